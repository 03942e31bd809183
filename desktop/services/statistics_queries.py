"""The SQL behind the annual statistics: each report table is a set of "atoms" (unit, case, row,
column) built in SQL, counted with GROUP BY, and reopened as a case list for a drill-down.

Definitions follow shared/brief/domain.md; they are written out for readers in the report's notes.
Dates are compared as ISO strings (SQLite stores `Date` that way), ages are computed in SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from desktop.models import (
    Agency,
    Case,
    CaseCode,
    IdentificationDecision,
    LegalProceeding,
    Person,
    Repatriation,
    ServiceDelivery,
    vocab,
)
from desktop.reports.figures import UNKNOWN, Period, StatsFilter, age_bin_labels

H = IdentificationDecision
Atoms = Any  # a SELECT of (unit, case_id, row, col); typed loosely as SQLAlchemy's Select is variadic
SEXUAL_FORMS = ("SEXUAL_EXPLOITATION",)
LABOUR_FORMS = ("FORCED_LABOUR", "CHILD_LABOUR", "SERVITUDE")
OTHER_FORMS = tuple(c for c in vocab.EXPLOITATION_TYPES if c not in SEXUAL_FORMS + LABOUR_FORMS)
VICTIM_CATEGORIES = ("IDENTIFIED", "NGO_IDENTIFIED", "POTENTIAL")
ASSISTED_CATEGORIES = ("IDENTIFIED_IN_PERIOD", "IDENTIFIED_EARLIER", "NOT_CONFIRMED")
EXPLOITATION_GROUPS = ("SEXUAL", "LABOUR", "SEXUAL_AND_LABOUR", "OTHER", "NOT_RECORDED")
JUSTICE_COLUMNS = ("INVESTIGATIONS", "PROSECUTIONS", "CONVICTIONS", "ACQUITTALS", "DISMISSED")
PROSECUTED_STAGES = ("PROSECUTION_INITIATED", "PENDING", "CONVICTED", "ACQUITTED",
                     "DISMISSED_WITHDRAWN")


def _in(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)


def _not_by(column: Any, day: date) -> ColumnElement[bool]:
    """The event had not happened by `day` (never, or later)."""
    return or_(column.is_(None), column > day)


def case_conditions(f: StatsFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.agency_code:
        conditions.append(Case.owning_agency_id.in_(
            select(Agency.id).where(Agency.code == f.agency_code)))
    if f.district:
        conditions.append(Case.district == f.district)
    return conditions


def identification_facts(period: Period, candidates: Any = None) -> Any:
    """Per case: first government confirmation, first other confirmation, first decision and first
    rejection, all up to the period's end. Candidates default to cases with a decision in the period."""
    if candidates is None:
        candidates = select(H.case_id).where(_in(H.decided_on, period))
    gov = and_(H.status == "CONFIRMED", H.decided_by_type.in_(vocab.GOVERNMENT_DECIDERS))
    other = and_(H.status == "CONFIRMED", H.decided_by_type.not_in(vocab.GOVERNMENT_DECIDERS))
    return (select(H.case_id.label("case_id"),
                   func.min(case((gov, H.decided_on))).label("gov_on"),
                   func.min(case((other, H.decided_on))).label("other_on"),
                   func.min(H.decided_on).label("first_on"),
                   func.min(case((H.status == "NOT_A_VICTIM", H.decided_on))).label("rejected_on"))
            .where(H.case_id.in_(candidates), H.decided_on <= period.end)
            .group_by(H.case_id).subquery("facts"))


def victim_category(facts: Any, period: Period) -> ColumnElement[Any]:
    """IDENTIFIED: first government confirmation in the period. NGO_IDENTIFIED: confirmed in the
    period by a non-government body and not by government by the period's end. POTENTIAL: first
    recorded in the period and neither confirmed nor ruled out by its end."""
    end = period.end
    return case(
        (_in(facts.c.gov_on, period), literal("IDENTIFIED")),
        (and_(_in(facts.c.other_on, period), _not_by(facts.c.gov_on, end)), literal("NGO_IDENTIFIED")),
        (and_(_in(facts.c.first_on, period), _not_by(facts.c.gov_on, end),
              _not_by(facts.c.other_on, end), _not_by(facts.c.rejected_on, end)),
         literal("POTENTIAL")),
        else_=null())


def age_at(reference: Any) -> ColumnElement[Any]:
    """Completed years at `reference` from the date of birth, else from the dated estimate."""
    p = Person
    by_birth = (cast(func.strftime("%Y", reference), Integer)
                - cast(func.strftime("%Y", p.date_of_birth), Integer)
                - case((func.strftime("%m-%d", reference) < func.strftime("%m-%d", p.date_of_birth), 1),
                       else_=0))
    drift = cast((func.julianday(reference) - func.julianday(p.age_estimated_on)) / 365.25, Integer)
    by_estimate = p.estimated_age + func.coalesce(drift, 0)
    age = case((p.date_of_birth.is_not(None), by_birth),
               (p.estimated_age.is_not(None), by_estimate), else_=null())
    # A person whose age is disputed is treated as a child.
    return case((and_(p.age_disputed.is_(True), age >= 18), 17), else_=age)


def age_group(age: Any, bins: tuple[int, ...]) -> ColumnElement[Any]:
    labels = age_bin_labels(bins)
    whens: list[tuple[Any, Any]] = [(age.is_(None), literal(UNKNOWN))]
    whens += [(age < hi, literal(label)) for hi, label in zip(bins[1:], labels, strict=False)]
    return case(*whens, else_=literal(labels[len(bins) - 1]))


def first_citizenship() -> ColumnElement[Any]:
    c = Person.citizenships
    comma = func.instr(c, ",")
    return case((c == "", literal(UNKNOWN)), (comma > 0, func.substr(c, 1, comma - 1)), else_=c)


def _has_code(codes: tuple[str, ...]) -> ColumnElement[bool]:
    return exists().where(CaseCode.case_id == Case.id, CaseCode.kind == "exploitation",
                          CaseCode.code.in_(codes))


def victims(period: Period, f: StatsFilter) -> Atoms:
    facts = identification_facts(period)
    category = victim_category(facts, period)
    return (select(Case.id.label("unit"), Case.id.label("case_id"), category.label("row"),
                   Person.sex.label("col"))
            .select_from(facts).join(Case, Case.id == facts.c.case_id)
            .join(Person, Person.id == Case.person_id)
            .where(category.is_not(None), *case_conditions(f)))


def _identified(period: Period, f: StatsFilter, row: Any, col: Any) -> Atoms:
    facts = identification_facts(period)
    return (select(Case.id.label("unit"), Case.id.label("case_id"), row.label("row"), col.label("col"))
            .select_from(facts).join(Case, Case.id == facts.c.case_id)
            .join(Person, Person.id == Case.person_id)
            .where(_in(facts.c.gov_on, period), *case_conditions(f)))


def sex_by_age(period: Period, f: StatsFilter, bins: tuple[int, ...]) -> Atoms:
    """Age at identification (the first government confirmation), not age today."""
    facts = identification_facts(period)
    ages = (select(Case.id.label("case_id"), age_at(facts.c.gov_on).label("age"),
                   Person.sex.label("sex"))
            .select_from(facts).join(Case, Case.id == facts.c.case_id)
            .join(Person, Person.id == Case.person_id)
            .where(_in(facts.c.gov_on, period), *case_conditions(f)).subquery("ages"))
    return select(ages.c.case_id.label("unit"), ages.c.case_id.label("case_id"),
                  age_group(ages.c.age, bins).label("row"), ages.c.sex.label("col"))


def nationalities(period: Period, f: StatsFilter) -> Atoms:
    return _identified(period, f, first_citizenship(), Person.sex)


def exploitation(period: Period, f: StatsFilter) -> Any:
    """A person in both sexual and labour exploitation is counted in both rows (and in the
    "both" row); the column totals count each person once."""
    sexual, labour, other = _has_code(SEXUAL_FORMS), _has_code(LABOUR_FORMS), _has_code(OTHER_FORMS)
    parts = [
        _identified(period, f, literal("SEXUAL"), Person.sex).where(sexual),
        _identified(period, f, literal("LABOUR"), Person.sex).where(labour),
        _identified(period, f, literal("SEXUAL_AND_LABOUR"), Person.sex).where(sexual, labour),
        _identified(period, f, literal("OTHER"), Person.sex).where(other),
        _identified(period, f, literal("NOT_RECORDED"), Person.sex).where(
            ~sexual, ~labour, ~other),
    ]
    return union_all(*parts)


def _services_in(period: Period) -> ColumnElement[bool]:
    """A service received in the period: begun in it, or begun earlier and ended in or after it."""
    s = ServiceDelivery
    return or_(_in(s.started_on, period),
               and_(s.started_on < period.start, s.ended_on >= period.start))


def _assisted_category(period: Period) -> ColumnElement[Any]:
    gov_on = (select(func.min(H.decided_on))
              .where(H.case_id == Case.id, H.status == "CONFIRMED",
                     H.decided_by_type.in_(vocab.GOVERNMENT_DECIDERS), H.decided_on <= period.end)
              .scalar_subquery())
    return case((gov_on.is_(None), literal("NOT_CONFIRMED")),
                (gov_on >= period.start, literal("IDENTIFIED_IN_PERIOD")),
                else_=literal("IDENTIFIED_EARLIER"))


def _assisted(period: Period, f: StatsFilter, row: Any, col: Any) -> Atoms:
    s = ServiceDelivery
    return (select(Case.id.label("unit"), Case.id.label("case_id"), row.label("row"), col.label("col"))
            .select_from(s).join(Case, Case.id == s.case_id).join(Person, Person.id == Case.person_id)
            .where(_services_in(period), Case.identification_status != "NOT_A_VICTIM",
                   *case_conditions(f)))


def assisted(period: Period, f: StatsFilter) -> Atoms:
    return _assisted(period, f, _assisted_category(period), Person.sex)


def assistance_means(period: Period, f: StatsFilter) -> Atoms:
    return _assisted(period, f, ServiceDelivery.service_type, _assisted_category(period))


def justice(period: Period, f: StatsFilter) -> Any:
    """Proceedings (not persons): opened in the period at investigation or a later stage,
    and decisions dated in the period."""
    lp = LegalProceeding

    def part(column: str, *where: ColumnElement[bool]) -> Atoms:
        return (select(lp.id.label("unit"), lp.case_id.label("case_id"), lp.offence.label("row"),
                       literal(column).label("col"))
                .join(Case, Case.id == lp.case_id).where(*where, *case_conditions(f)))

    return union_all(
        part("INVESTIGATIONS", _in(lp.opened_on, period), lp.stage == "INVESTIGATION"),
        part("PROSECUTIONS", _in(lp.opened_on, period), lp.stage.in_(PROSECUTED_STAGES)),
        part("CONVICTIONS", _in(lp.decided_on, period), lp.stage == "CONVICTED"),
        part("ACQUITTALS", _in(lp.decided_on, period), lp.stage == "ACQUITTED"),
        part("DISMISSED", _in(lp.decided_on, period), lp.stage == "DISMISSED_WITHDRAWN"),
    )


def repatriations(period: Period, f: StatsFilter) -> Atoms:
    r = Repatriation
    return (select(r.id.label("unit"), r.case_id.label("case_id"), r.destination_country.label("row"),
                   r.carried_out_by.label("col"))
            .join(Case, Case.id == r.case_id)
            .where(_in(r.repatriated_on, period), *case_conditions(f)))
