"""Export to the CTDC global dataset layout (Counter Trafficking Data Collaborative, k-anonymised
global dataset): its column names and value sets, `ageBroad` bins, 0/1 flags, and a k-anonymity
check (k ≥ 11 by default) with generalisation, then suppression, reported.

One record per victim (confirmed, or potential too when asked). No name, date or free text leaves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Case,
    CaseCode,
    IdentificationDecision,
    Perpetrator,
    Person,
    TraffickingEvent,
    vocab,
)

from .kanon import AnonymityReport, Record, Step, anonymise

DEFAULT_K = 11
AGE_BROAD: tuple[tuple[int, str], ...] = (  # (upper bound exclusive, CTDC label)
    (9, "0--8"), (18, "9--17"), (21, "18--20"), (24, "21--23"), (27, "24--26"), (30, "27--29"),
    (39, "30--38"), (48, "39--47"))
AGE_BROAD_LAST = "48+"
GENDER = {"FEMALE": "Female", "MALE": "Male"}
EXPLOIT_FLAGS = {
    "isForcedLabour": ("FORCED_LABOUR", "CHILD_LABOUR"),
    "isSexualExploit": ("SEXUAL_EXPLOITATION",),
    "isOtherExploit": ("FORCED_BEGGING", "FORCED_ADOPTION", "SURROGACY", "FORCED_CRIMINALITY", "OTHER"),
    "isForcedMarriage": ("FORCED_MARRIAGE",),
    "isForcedMilitary": ("FORCED_MILITARY",),
    "isOrganRemoval": ("ORGAN_REMOVAL",),
    "isSlaveryAndPractices": ("SERVITUDE",),
}
EXPLOIT_LABELS = {
    "FORCED_LABOUR": "Forced labour", "CHILD_LABOUR": "Forced labour",
    "SEXUAL_EXPLOITATION": "Sexual exploitation", "FORCED_MARRIAGE": "Forced marriage",
    "FORCED_MILITARY": "Forced military", "ORGAN_REMOVAL": "Organ removal",
    "SERVITUDE": "Slavery and similar practices"}
RELATIONS = {"INTIMATE_PARTNER": "IntimatePartner", "FRIEND": "Friend", "FAMILY": "Family",
             "OTHER": "Other", "UNKNOWN": "Unknown"}
QUASI_IDENTIFIERS = ("yearOfRegistration", "gender", "ageBroad", "majorityStatus",
                     "majorityStatusAtExploit", "majorityEntry", "citizenship",
                     "CountryOfExploitation")


def camel(code: str) -> str:
    return "".join(part.capitalize() for part in code.split("_"))


MEANS_COLUMNS = tuple(f"meansOfControl{camel(c)}" for c in vocab.MEANS_OF_CONTROL)
LABOUR_COLUMNS = tuple(f"typeOfLabour{camel(c)}" for c in vocab.LABOUR_SECTORS)
SEX_COLUMNS = tuple(f"typeOfSex{camel(c)}" for c in vocab.SEXUAL_EXPLOITATION_TYPES)
RELATION_COLUMNS = tuple(f"recruiterRelation{v}" for v in RELATIONS.values())
COLUMNS: tuple[str, ...] = (
    "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
    "majorityStatusAtExploit", "majorityEntry", "citizenship", *MEANS_COLUMNS,
    "meansOfControlConcatenated", *EXPLOIT_FLAGS.keys(), "isSexAndLabour",
    "typeOfExploitConcatenated", *LABOUR_COLUMNS, "typeOfLabourConcatenated", *SEX_COLUMNS,
    "typeOfSexConcatenated", "isAbduction", "RecruiterRelationship", "CountryOfExploitation",
    *RELATION_COLUMNS)


@dataclass(frozen=True)
class CtdcExport:
    columns: tuple[str, ...]
    records: tuple[Record, ...]
    report: AnonymityReport
    recruiter_included: bool


def age_broad(age: int | None) -> str:
    if age is None:
        return ""
    for bound, label in AGE_BROAD:
        if age < bound:
            return label
    return AGE_BROAD_LAST


def age_on(day: date | None, birth: date | None, estimate: int | None,
           estimated_on: date | None, disputed: bool) -> int | None:
    """Completed years on `day`; a disputed age counts as a child's (17 at most)."""
    if day is None:
        return None
    if birth is not None:
        age: int | None = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    elif estimate is not None:
        age = estimate + ((day - estimated_on).days // 365 if estimated_on else 0)
    else:
        age = None
    if age is not None and disputed:
        age = min(age, 17)
    return None if age is None or age < 0 else age


def _majority(age: int | None) -> str:
    return "" if age is None else ("Minor" if age < 18 else "Adult")


def _flags(columns: Sequence[str], on: set[str], known: bool) -> Record:
    return {c: ("1" if c in on else "0") if known else "" for c in columns}


def _facts(s: Session, include_potential: bool, years: tuple[int, int] | None) -> list[Any]:
    h, e = IdentificationDecision, TraffickingEvent
    confirmed = (select(h.case_id, func.min(h.decided_on).label("on"))
                 .where(h.status == "CONFIRMED").group_by(h.case_id).subquery())
    first = select(h.case_id, func.min(h.decided_on).label("on")).group_by(h.case_id).subquery()
    exploited = (select(e.case_id, func.min(e.started_on).label("on"), func.min(e.country).label("country"))
                 .where(e.kind == "EXPLOITATION").group_by(e.case_id).subquery())
    recruited = (select(e.case_id, func.min(e.started_on).label("on"))
                 .where(e.kind == "RECRUITMENT").group_by(e.case_id).subquery())
    registered = func.coalesce(confirmed.c.on, first.c.on)
    statuses = ("CONFIRMED", "POSSIBLE") if include_potential else ("CONFIRMED",)
    query = (select(Case.id, registered, Person.sex, Person.date_of_birth, Person.estimated_age,
                    Person.age_estimated_on, Person.age_disputed, Person.citizenships,
                    exploited.c.on, exploited.c.country, recruited.c.on)
             .join(Person, Person.id == Case.person_id)
             .outerjoin(confirmed, confirmed.c.case_id == Case.id)
             .outerjoin(first, first.c.case_id == Case.id)
             .outerjoin(exploited, exploited.c.case_id == Case.id)
             .outerjoin(recruited, recruited.c.case_id == Case.id)
             .where(Case.identification_status.in_(statuses)).order_by(Case.id))
    if years:
        query = query.where(and_(registered >= date(years[0], 1, 1),
                                 registered <= date(years[1], 12, 31)))
    return list(s.execute(query))


def _codes(s: Session, ids: set[int]) -> dict[int, dict[str, set[str]]]:
    kinds = ("exploitation", "sector", "sexual_exploitation", "means_of_control")
    found: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for case_id, kind, code in s.execute(select(CaseCode.case_id, CaseCode.kind, CaseCode.code)
                                         .where(CaseCode.kind.in_(kinds))):
        if case_id in ids:
            found[case_id][kind].add(code)
    return found


def _relations(s: Session) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for case_id, relation in s.execute(select(Perpetrator.case_id, Perpetrator.relationship)
                                       .where(Perpetrator.roles.contains("RECRUITER"))):
        found[case_id].add(relation)
    return found


def record_of(fact: Any, codes: dict[str, set[str]], relations: set[str] | None) -> Record:
    """One CTDC row. Flags are blank when nothing of that kind was recorded (unknown, not 0)."""
    (_, registered, sex, birth, estimate, estimated_on, disputed, citizenships,
     exploited_on, exploited_in, recruited_on) = fact
    age = age_on(registered, birth, estimate, estimated_on, disputed)
    forms = codes.get("exploitation", set())
    means = codes.get("means_of_control", set())
    sectors = codes.get("sector", set())
    sexual = codes.get("sexual_exploitation", set())
    row: Record = {
        "yearOfRegistration": str(registered.year) if registered else "", "Datasource": "Case Management",
        "gender": GENDER.get(sex, ""), "ageBroad": age_broad(age), "majorityStatus": _majority(age),
        "majorityStatusAtExploit": _majority(age_on(exploited_on, birth, estimate, estimated_on,
                                                    disputed)),
        "majorityEntry": _majority(age_on(recruited_on, birth, estimate, estimated_on, disputed)),
        "citizenship": citizenships.split(",")[0] if citizenships else "",
        "CountryOfExploitation": exploited_in or "", "isAbduction": ""}
    row |= _flags(MEANS_COLUMNS, {f"meansOfControl{camel(c)}" for c in means}, bool(means))
    if not means:
        row["meansOfControlNotSpecified"] = "1"
    row["meansOfControlConcatenated"] = ";".join(camel(c) for c in sorted(means))
    row |= _flags(tuple(EXPLOIT_FLAGS), {flag for flag, group in EXPLOIT_FLAGS.items()
                                         if forms & set(group)}, bool(forms))
    row["isSexAndLabour"] = ("1" if row["isSexualExploit"] == row["isForcedLabour"] == "1" else "0") \
        if forms else ""
    row["typeOfExploitConcatenated"] = ";".join(sorted({EXPLOIT_LABELS.get(c, "Other") for c in forms}))
    row |= _flags(LABOUR_COLUMNS, {f"typeOfLabour{camel(c)}" for c in sectors}, bool(sectors))
    row["typeOfLabourConcatenated"] = ";".join(camel(c) for c in sorted(sectors))
    row |= _flags(SEX_COLUMNS, {f"typeOfSex{camel(c)}" for c in sexual}, bool(sexual))
    row["typeOfSexConcatenated"] = ";".join(camel(c) for c in sorted(sexual))
    chosen = relations or set()
    row |= _flags(RELATION_COLUMNS, {f"recruiterRelation{RELATIONS[r]}" for r in chosen},
                  relations is not None and bool(chosen))
    row["RecruiterRelationship"] = ";".join(RELATIONS[r] for r in sorted(chosen))
    return row


def _blank(*fields: str) -> Any:
    return lambda r: r | dict.fromkeys(fields, "")


STEPS: tuple[Step, ...] = (
    ("Majority status at exploitation and at entry left blank",
     _blank("majorityStatusAtExploit", "majorityEntry")),
    ("Age group left blank (majority status kept)", _blank("ageBroad")),
    ("Country of exploitation left blank", _blank("CountryOfExploitation")),
    ("Citizenship left blank", _blank("citizenship")),
    ("Gender left blank", _blank("gender")),
)


def export(s: Session, *, k: int = DEFAULT_K, include_potential: bool = False,
           years: tuple[int, int] | None = None, with_recruiter: bool = False) -> CtdcExport:
    """The anonymised records, k-anonymous on QUASI_IDENTIFIERS. The recruiter relationship comes
    from perpetrator records (level 3) and is included only when the caller says the reader may."""
    facts = _facts(s, include_potential, years)
    ids = {int(f[0]) for f in facts}
    codes = _codes(s, ids)
    relations = _relations(s) if with_recruiter else {}
    records = [record_of(f, codes.get(f[0], {}), relations.get(f[0], set()) if with_recruiter else None)
               for f in facts]
    released, report = anonymise(records, QUASI_IDENTIFIERS, k, STEPS)
    return CtdcExport(COLUMNS, tuple(released), report, with_recruiter)


def rows(result: CtdcExport) -> list[list[str | int]]:
    """Rows for CSV/XLSX: years and flags as numbers, the rest as text."""
    numeric = {"yearOfRegistration", *MEANS_COLUMNS, *EXPLOIT_FLAGS, "isSexAndLabour", *LABOUR_COLUMNS,
               *SEX_COLUMNS, *RELATION_COLUMNS}
    return [[int(r[c]) if c in numeric and r.get(c, "").isdigit() else r.get(c, "")
             for c in result.columns] for r in result.records]
