"""The SQL behind the annual statistics. Every table is counted from "atoms" (k, unit, case, row,
column), where k numbers the period: one statement counts any number of periods (ten years cost
one pass, not ten). Each concept has one definition here, used by every table that shows it:

- identified (by government): the case's first confirmation by a government institution falls in
  the period. The age, nationality and exploitation tables break down exactly these victims, so
  their total row is the "identified" row of the victims table.
- NGO-identified: the first confirmation by another organisation falls in the period and there is
  no government confirmation by its end. Potential: the first decision of any kind falls in the
  period and there is no confirmation and no ruling-out by its end.
- assisted: a service active at some time in the period (begun by its end and not ended before
  it began, open services included), for a case not ruled out by the period's end; by the year
  of the first government confirmation (before, in or after/without).

Dates are compared as ISO strings (SQLite stores `Date` that way); ages are computed in SQL with the
same rule as the CTDC export (`exchange.ctdc.age_on`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
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
    Campaign,
    Case,
    CaseCode,
    IdentificationDecision,
    LegalProceeding,
    Person,
    Repatriation,
    ServiceDelivery,
    Training,
    vocab,
)
from desktop.reports.figures import UNKNOWN, Period, StatsFilter, age_bin_labels

H = IdentificationDecision
Sql = Any  # SQLAlchemy's Select and CTE are variadic generics; the atoms are typed loosely
SEXUAL_FORMS = ("SEXUAL_EXPLOITATION",)
LABOUR_FORMS = ("FORCED_LABOUR", "CHILD_LABOUR", "SERVITUDE")
OTHER_FORMS = tuple(c for c in vocab.EXPLOITATION_TYPES if c not in SEXUAL_FORMS + LABOUR_FORMS)
VICTIM_CATEGORIES = ("IDENTIFIED", "NGO_IDENTIFIED", "POTENTIAL")
ASSISTED_CATEGORIES = ("IDENTIFIED_IN_PERIOD", "IDENTIFIED_EARLIER", "NOT_CONFIRMED")
EXPLOITATION_GROUPS = ("SEXUAL", "LABOUR", "SEXUAL_AND_LABOUR", "OTHER_ONLY", "NOT_RECORDED")
JUSTICE_COLUMNS = ("INVESTIGATIONS", "PROSECUTIONS", "CONVICTIONS", "ACQUITTALS", "DISMISSED")
PROSECUTED_STAGES = ("PROSECUTION_INITIATED", "PENDING", "CONVICTED", "ACQUITTED",
                     "DISMISSED_WITHDRAWN")


def _day(day: date) -> ColumnElement[Any]:
    """A date constant that compares with date columns on both backends: SQLite's date('…')
    is the ISO text it stores; on PostgreSQL the same call is a cast to date."""
    return func.date(literal(day.isoformat()), type_=Date)


def periods_table(periods: Sequence[Period]) -> Sql:
    """(k, start, end) for every period asked for."""
    rows = [select(literal(k, Integer).label("k"), _day(p.start).label("start"),
                   _day(p.end).label("end")) for k, p in enumerate(periods)]
    return (union_all(*rows) if len(rows) > 1 else rows[0]).cte("periods")


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


def _settled(h: Any) -> ColumnElement[bool]:
    settled: ColumnElement[bool] = h.status.in_(("CONFIRMED", "NOT_A_VICTIM"))
    return settled


Kind = Callable[[Any], ColumnElement[bool]]


def _without(query: Sql, h: Any, kind: Kind, when: Callable[[Any], ColumnElement[bool]]) -> Sql:
    """Keep the rows whose case has no decision of `kind` for which `when(e)` holds.

    A LEFT JOIN … IS NULL seeks on the covering index with one open cursor; a NOT EXISTS (or a
    GROUP BY per case) allocates per row, which SQLCipher's memory security makes costly."""
    e = aliased(H)
    return query.outerjoin(e, and_(e.case_id == h.case_id, kind(e), when(e))).where(e.id.is_(None))


def _firsts(kind: Kind, p: Sql, category: str) -> tuple[Sql, Any]:
    """(k, case_id, on, row) for decisions that are their case's first of `kind`, dated in
    period k; and the decisions' alias, for further conditions."""
    h = aliased(H)
    query = (select(p.c.k, h.case_id.label("case_id"), h.decided_on.label("on"),
                    literal(category).label("row"))
             .select_from(p).join(h, and_(h.decided_on >= p.c.start, h.decided_on <= p.c.end))
             .where(kind(h)))
    return _without(query, h, kind, lambda e: or_(
        e.decided_on < h.decided_on, and_(e.decided_on == h.decided_on, e.id < h.id))), h


def victims(p: Sql, f: StatsFilter) -> Sql:
    """The victims table: identified, NGO-identified and potential, by sex."""
    identified, _ = _firsts(_gov, p, "IDENTIFIED")
    ngo, h = _firsts(_other, p, "NGO_IDENTIFIED")
    ngo = _without(ngo, h, _gov, lambda e: e.decided_on <= p.c.end)
    potential, h = _firsts(_any, p, "POTENTIAL")
    potential = _without(potential, h, _settled, lambda e: e.decided_on <= p.c.end)
    rows = union_all(identified, ngo, potential).subquery("victim_rows")
    return (select(rows.c.k, Case.id.label("unit"), Case.id.label("case_id"), rows.c.row,
                   Person.sex.label("col"))
            .select_from(rows).join(Case, Case.id == rows.c.case_id + 0)
            .join(Person, Person.id == Case.person_id).where(*case_conditions(f)))


def age_at(reference: Any) -> ColumnElement[Any]:
    """Completed years at `reference`: from the date of birth, else the dated estimate plus the
    whole years since (days // 365); negative is unknown; a disputed age counts as a child's."""
    p = Person
    by_birth = (cast(func.strftime("%Y", reference), Integer)
                - cast(func.strftime("%Y", p.date_of_birth), Integer)
                - case((func.strftime("%m-%d", reference) < func.strftime("%m-%d", p.date_of_birth), 1),
                       else_=0))
    days = cast(func.julianday(reference) - func.julianday(p.age_estimated_on), Integer)
    whole_years = case((days >= 0, days // 365), else_=-((364 - days) // 365))  # floor, below 0 too
    by_estimate = p.estimated_age + func.coalesce(whole_years, 0)
    age = case((p.date_of_birth.is_not(None), by_birth),
               (p.estimated_age.is_not(None), by_estimate), else_=null())
    return case((age < 0, null()), (and_(p.age_disputed.is_(True), age >= 18), 17), else_=age)


#: The age groups of the office server's statistics functions: their `p_bins` argument, labelled
#: there by `casedesk.age_label` as `age_bin_labels` labels them (services/statistics/server_sql).
BINS_ARGUMENT: tuple[int, ...] = ()


def age_group(age: Any, bins: tuple[int, ...]) -> ColumnElement[Any]:
    if bins == BINS_ARGUMENT:
        return func.casedesk.age_label(age, literal_column("p_bins"))
    labels = age_bin_labels(bins)
    whens: list[tuple[Any, Any]] = [(age.is_(None), literal(UNKNOWN))]
    whens += [(age < hi, literal(label)) for hi, label in zip(bins[1:], labels, strict=False)]
    return case(*whens, else_=literal(labels[len(bins) - 1]))


def first_citizenship() -> ColumnElement[Any]:
    c = Person.citizenships
    comma = func.instr(c, ",")
    return case((c == "", literal(UNKNOWN)), (comma > 0, func.substr(c, 1, comma - 1)), else_=c)


def _has_code(codes: tuple[str, ...]) -> ColumnElement[bool]:
    return select(CaseCode.case_id).where(CaseCode.case_id == Case.id, CaseCode.kind == "exploitation",
                                          CaseCode.code.in_(codes)).exists()


def exploitation_group(sexual: Any, labour: Any, other: Any) -> ColumnElement[Any]:
    """Each person in one group: both, sexual (not labour), labour (not sexual), other forms
    only, or none recorded."""
    s, la, o = sexual.is_(True), labour.is_(True), other.is_(True)  # EXISTS: 1 or true
    return case((and_(s, la), literal("SEXUAL_AND_LABOUR")), (s, literal("SEXUAL")),
                (la, literal("LABOUR")), (o, literal("OTHER_ONLY")), else_=literal("NOT_RECORDED"))


def identified_people(p: Sql, f: StatsFilter, bins: tuple[int, ...]) -> Sql:
    """The victims identified in each period (the victims table's first row), once each, with
    their age group at identification, first citizenship, sex and group of exploitation."""
    firsts = _firsts(_gov, p, "IDENTIFIED")[0].subquery("firsts")
    people = (select(firsts.c.k, Case.id.label("case_id"), age_at(firsts.c.on).label("age"),
                     first_citizenship().label("nationality"), Person.sex.label("sex"),
                     _has_code(SEXUAL_FORMS).label("sexual"), _has_code(LABOUR_FORMS).label("labour"),
                     _has_code(OTHER_FORMS).label("other"))
              .select_from(firsts).join(Case, Case.id == firsts.c.case_id + 0)
              .join(Person, Person.id == Case.person_id).where(*case_conditions(f))
              .cte("identified").prefix_with("MATERIALIZED"))  # ages and codes once per person
    return select(people.c.k, people.c.case_id.label("unit"), people.c.case_id,
                  age_group(people.c.age, bins).label("age_group"), people.c.nationality,
                  people.c.sex, exploitation_group(people.c.sexual, people.c.labour,
                                                   people.c.other).label("exploitation"))


def _ruled_out_by(case_id: Any, end: Any) -> ColumnElement[bool]:
    """The case's latest decision dated by `end` rules it out (not a victim). `end` belongs to
    the enclosing query: both subqueries correlate to everything but their own table."""
    d, later = aliased(H), aliased(H)
    newer = select(later.id).where(
        later.case_id == d.case_id, later.decided_on <= end, or_(
            later.decided_on > d.decided_on, and_(later.decided_on == d.decided_on, later.id > d.id))
    ).correlate_except(later).exists()
    return select(d.id).where(d.case_id == case_id, d.status == "NOT_A_VICTIM", d.decided_on <= end,
                              ~newer).correlate_except(d).exists()


def assisted_services(p: Sql, f: StatsFilter) -> tuple[Sql, Sql]:
    """(k, case_id, service) for every kind of service a case received in period k, and the
    assisted people (k, case_id, category, sex) once each."""
    s = ServiceDelivery
    services = (select(p.c.k, s.case_id, s.service_type.label("service")).distinct()
                .select_from(p).join(s, and_(s.started_on <= p.c.end, or_(
                    s.ended_on.is_(None), s.ended_on >= p.c.start)))
                .cte("services").prefix_with("MATERIALIZED"))
    cases = select(services.c.k, services.c.case_id).distinct().subquery("assisted_cases")
    start, end = p.c.start, p.c.end
    before, by_end = aliased(H), aliased(H)
    category = case(
        (select(before.id).where(before.case_id == Case.id, _gov(before), before.decided_on < start)
         .exists(), literal("IDENTIFIED_EARLIER")),
        (select(by_end.id).where(by_end.case_id == Case.id, _gov(by_end), by_end.decided_on <= end)
         .exists(), literal("IDENTIFIED_IN_PERIOD")),
        else_=literal("NOT_CONFIRMED"))
    people = (select(cases.c.k, Case.id.label("case_id"), category.label("category"),
                     Person.sex.label("sex"))
              .select_from(cases).join(p, p.c.k == cases.c.k)
              .join(Case, Case.id == cases.c.case_id + 0)
              .join(Person, Person.id == Case.person_id)
              .where(~_ruled_out_by(Case.id, end), *case_conditions(f))
              .cte("assisted").prefix_with("MATERIALIZED"))
    return services, people


def assisted(p: Sql, f: StatsFilter) -> tuple[Sql, Sql]:
    """Atoms of the assisted table (people by category and sex) and of the assistance table
    (people by kind of service and category; a person in as many rows as kinds received)."""
    services, people = assisted_services(p, f)
    by_sex = select(people.c.k, people.c.case_id.label("unit"), people.c.case_id,
                    people.c.category.label("row"), people.c.sex.label("col"))
    by_service = (select(people.c.k, people.c.case_id.label("unit"), people.c.case_id,
                         services.c.service.label("row"), people.c.category.label("col"))
                  .select_from(services).join(people, and_(people.c.k == services.c.k,
                                                           people.c.case_id == services.c.case_id)))
    return by_sex, by_service


def justice(p: Sql, f: StatsFilter) -> Sql:
    """Proceedings (not persons): opened in the period at investigation or a later stage, and
    decisions dated in the period."""
    lp = LegalProceeding

    def part(column: str, day: Any, *where: ColumnElement[bool]) -> Sql:
        return (select(p.c.k, lp.id.label("unit"), lp.case_id.label("case_id"),
                       lp.offence.label("row"), literal(column).label("col"))
                .select_from(p).join(lp, and_(day >= p.c.start, day <= p.c.end))
                .join(Case, Case.id == lp.case_id).where(*where, *case_conditions(f)))

    return union_all(
        part("INVESTIGATIONS", lp.opened_on, lp.stage == "INVESTIGATION"),
        part("PROSECUTIONS", lp.opened_on, lp.stage.in_(PROSECUTED_STAGES)),
        part("CONVICTIONS", lp.decided_on, lp.stage == "CONVICTED"),
        part("ACQUITTALS", lp.decided_on, lp.stage == "ACQUITTED"),
        part("DISMISSED", lp.decided_on, lp.stage == "DISMISSED_WITHDRAWN"),
    )


def repatriations(p: Sql, f: StatsFilter) -> Sql:
    r = Repatriation
    return (select(p.c.k, r.id.label("unit"), r.case_id.label("case_id"),
                   r.destination_country.label("row"), r.carried_out_by.label("col"))
            .select_from(p).join(r, and_(r.repatriated_on >= p.c.start, r.repatriated_on <= p.c.end))
            .join(Case, Case.id == r.case_id).where(*case_conditions(f)))


def _prevention_conditions(model: Any, f: StatsFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.district:
        where.append(model.district == f.district)
    if f.agency_code:
        where.append(model.organiser_agency_id.in_(
            select(Agency.id).where(Agency.code == f.agency_code)))
    return where


def trainings(p: Sql, f: StatsFilter) -> Sql:
    """(k, audience, sessions, female, male, unknown participants)."""
    t = Training
    return (select(p.c.k, t.audience, func.count(t.id), func.sum(t.participants_female),
                   func.sum(t.participants_male), func.sum(t.participants_unknown))
            .select_from(p).join(t, and_(t.held_on >= p.c.start, t.held_on <= p.c.end))
            .where(*_prevention_conditions(t, f)).group_by(p.c.k, t.audience))


def campaigns(p: Sql, f: StatsFilter) -> Sql:
    """(k, channel, campaigns, reach), by the day each campaign started."""
    c = Campaign
    return (select(p.c.k, c.channel, func.count(c.id), func.sum(c.reach))
            .select_from(p).join(c, and_(c.started_on >= p.c.start, c.started_on <= p.c.end))
            .where(*_prevention_conditions(c, f)).group_by(p.c.k, c.channel))
