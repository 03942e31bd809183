"""The SQL behind the annual statistics: each report table is a set of "atoms" (unit, case, row,
column) built in SQL, counted with GROUP BY, and reopened as a case list for a drill-down.

Definitions follow shared/brief/domain.md; they are written out for readers in the report's notes.
Dates are compared as ISO strings (SQLite stores `Date` that way), ages are computed in SQL.
"""

from __future__ import annotations

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
    true,
    union_all,
)
from sqlalchemy.orm import aliased
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


def case_conditions(f: StatsFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.agency_code:
        conditions.append(Case.owning_agency_id.in_(
            select(Agency.id).where(Agency.code == f.agency_code)))
    if f.district:
        conditions.append(Case.district == f.district)
    return conditions


def _gov(h: Any) -> ColumnElement[bool]:
    return and_(h.status == "CONFIRMED", h.decided_by_type.in_(vocab.GOVERNMENT_DECIDERS))


def _other(h: Any) -> ColumnElement[bool]:
    return and_(h.status == "CONFIRMED", h.decided_by_type.not_in(vocab.GOVERNMENT_DECIDERS))


def _any(h: Any) -> ColumnElement[bool]:
    return true()


def _without(query: Any, h: Any, kind: Any, when: Any) -> Any:
    """Keep the rows whose case has no decision of `kind` for which `when(e)` holds.

    A LEFT JOIN … IS NULL seeks on the covering index with one open cursor; a NOT EXISTS (or a
    GROUP BY per case) would allocate per row, and under SQLCipher's memory security every
    allocation is locked and wiped (measured: 10× slower on 100,000 cases)."""
    e = aliased(H)
    return query.outerjoin(e, and_(e.case_id == h.case_id, kind(e), when(e))).where(e.id.is_(None))


def _firsts(kind: Any, period: Period, category: str) -> tuple[Any, Any]:
    """(case_id, on, category) for history rows that are the case's first decision of `kind`,
    dated in the period; and the history alias, for further conditions."""
    h = aliased(H)
    query = (select(h.case_id.label("case_id"), h.decided_on.label("on"),
                    literal(category).label("category"))
             .select_from(h).where(kind(h), _in(h.decided_on, period)))
    return _without(query, h, kind, lambda e: or_(
        e.decided_on < h.decided_on, and_(e.decided_on == h.decided_on, e.id < h.id))), h


def first_confirmations(period: Period) -> Any:
    """(case_id, on): first government confirmation of each case, when it falls in the period."""
    return _firsts(_gov, period, "IDENTIFIED")[0]


def victim_rows(period: Period) -> Any:
    """(case_id, on, category): IDENTIFIED — first government confirmation in the period;
    NGO_IDENTIFIED — first other confirmation in the period and no government one by its end;
    POTENTIAL — first recorded in the period, neither confirmed nor ruled out by its end."""
    end = period.end
    identified = first_confirmations(period)
    ngo, h = _firsts(_other, period, "NGO_IDENTIFIED")
    ngo = _without(ngo, h, _gov, lambda e: e.decided_on <= end)
    potential, h = _firsts(_any, period, "POTENTIAL")
    potential = _without(potential, h, lambda e: e.status.in_(("CONFIRMED", "NOT_A_VICTIM")),
                         lambda e: e.decided_on <= end)
    return union_all(identified, ngo, potential).subquery("victim_rows")


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
    rows = victim_rows(period)
    case_id, category = rows.c[0], rows.c[2]
    return (select(Case.id.label("unit"), Case.id.label("case_id"), category.label("row"),
                   Person.sex.label("col"))
            .select_from(rows).join(Case, Case.id == case_id)
            .join(Person, Person.id == Case.person_id).where(*case_conditions(f)))


def identified(period: Period, f: StatsFilter, bins: tuple[int, ...]) -> Atoms:
    """Victims identified in the period with their age group at identification (the first
    government confirmation, not age today), first citizenship and sex."""
    firsts = first_confirmations(period).subquery("firsts")
    people = (select(Case.id.label("case_id"), age_at(firsts.c.on).label("age"),
                     first_citizenship().label("nationality"), Person.sex.label("sex"))
              .select_from(firsts).join(Case, Case.id == firsts.c.case_id)
              .join(Person, Person.id == Case.person_id).where(*case_conditions(f))
              .cte("people").prefix_with("MATERIALIZED"))  # the age is computed once per person
    return select(people.c.case_id.label("unit"), people.c.case_id.label("case_id"),
                  age_group(people.c.age, bins).label("age_group"), people.c.nationality,
                  people.c.sex)


def exploitation(period: Period, f: StatsFilter) -> Any:
    """A person in both sexual and labour exploitation is counted in both rows (and in the
    "both" row); the column totals count each person once."""
    firsts = first_confirmations(period).subquery("firsts")
    people = (select(Case.id.label("case_id"), Person.sex.label("sex"),
                     _has_code(SEXUAL_FORMS).label("sexual"), _has_code(LABOUR_FORMS).label("labour"),
                     _has_code(OTHER_FORMS).label("other"))
              .select_from(firsts).join(Case, Case.id == firsts.c.case_id)
              .join(Person, Person.id == Case.person_id).where(*case_conditions(f))
              .cte("exploited").prefix_with("MATERIALIZED"))  # the codes are read once per person
    sexual, labour, other = people.c.sexual == 1, people.c.labour == 1, people.c.other == 1

    def part(form: str, *where: ColumnElement[bool]) -> Atoms:
        return select(people.c.case_id.label("unit"), people.c.case_id.label("case_id"),
                      literal(form).label("row"), people.c.sex.label("col")).where(*where)

    return union_all(part("SEXUAL", sexual), part("LABOUR", labour),
                     part("SEXUAL_AND_LABOUR", sexual, labour), part("OTHER", other),
                     part("NOT_RECORDED", ~sexual, ~labour, ~other))


def _services_in(period: Period) -> ColumnElement[bool]:
    """A service received in the period: begun in it, or begun earlier and ended in or after it."""
    db = ServiceDelivery
    return or_(_in(db.started_on, period),
               and_(db.started_on < period.start, db.ended_on >= period.start))


def assisted(period: Period, f: StatsFilter) -> Atoms:
    """Services received in the period (service), with the category of identification of
    their case (category) and the person's sex."""
    db = ServiceDelivery
    earlier, now = aliased(H), aliased(H)
    category = case((earlier.case_id.is_not(None), literal("IDENTIFIED_EARLIER")),
                    (now.case_id.is_not(None), literal("IDENTIFIED_IN_PERIOD")),
                    else_=literal("NOT_CONFIRMED"))
    return (select(Case.id.label("unit"), Case.id.label("case_id"), db.service_type.label("service"),
                   category.label("category"), Person.sex.label("sex"))
            # "+ 0": the case_id index is not used, so the services drive the join (cases by key)
            .select_from(db).join(Case, Case.id == db.case_id + 0)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(earlier, and_(earlier.case_id == Case.id, _gov(earlier),
                                     earlier.decided_on < period.start))
            .outerjoin(now, and_(now.case_id == Case.id, _gov(now), _in(now.decided_on, period)))
            .where(_services_in(period), Case.identification_status != "NOT_A_VICTIM",
                   *case_conditions(f)))


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
