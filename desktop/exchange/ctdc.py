"""Export to the CTDC global dataset layout (Counter Trafficking Data Collaborative, k-anonymised
global dataset): its column names and value sets, `ageBroad` bins, 0/1 flags, and a k-anonymity
check (k ≥ 11 by default) with generalisation, then suppression, reported.

One record per victim (confirmed, or potential too when asked). No name, date or free text leaves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Date, case, func, select
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

from .kanon import AnonymityReport, Record, Row, Step, anonymise_rows

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


@cache
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
    records: tuple[Row, ...]  # in `columns` order
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


@cache
def _flags(columns: tuple[str, ...], on: frozenset[str], known: bool) -> tuple[str, ...]:
    """A run of 0/1 columns; many records share one, so each is built once."""
    return tuple(("1" if c in on else "0") if known else "" for c in columns)


def _decisions(s: Session) -> dict[int, tuple[date | None, date | None]]:
    """case id -> (first confirmation, first decision of any kind): one pass over the covering
    index, grouped in its own order."""
    h = IdentificationDecision
    confirmed = func.min(case((h.status == "CONFIRMED", h.decided_on)), type_=Date)
    rows = s.connection().execute(select(h.case_id, confirmed, func.min(h.decided_on))
                                  .group_by(h.case_id))
    return {case_id: (first_confirmed, first) for case_id, first_confirmed, first in rows}


def _events(s: Session) -> dict[int, tuple[date | None, str | None, date | None]]:
    """case id -> (first exploitation, least country of exploitation, first recruitment), grouped
    by case in the order of the case index (no sort)."""
    e = TraffickingEvent

    def first(kind: str, column: Any) -> Any:
        return func.min(case((e.kind == kind, column)), type_=column.type)

    return {case_id: (exploited, country, recruited) for case_id, exploited, country, recruited
            in s.connection().execute(
                select(e.case_id, first("EXPLOITATION", e.started_on),
                       first("EXPLOITATION", e.country), first("RECRUITMENT", e.started_on))
                .where(e.kind.in_(("EXPLOITATION", "RECRUITMENT"))).group_by(e.case_id))}


def _facts(s: Session, include_potential: bool, years: tuple[int, int] | None) -> list[Any]:
    """(case id, registered, sex, birth, estimate, estimated on, disputed, citizenships,
    exploited on, exploited in, recruited on) per victim, by case id. Registered is the first
    confirmation, else the first decision. Whole-table aggregates are read once in index order
    and joined here: the GROUP BY subqueries joined in SQL cost ten times as much."""
    statuses = ("CONFIRMED", "POSSIBLE") if include_potential else ("CONFIRMED",)
    decisions, events = _decisions(s), _events(s)
    p = Person
    facts = []
    people = (select(Case.id, p.sex, p.date_of_birth, p.estimated_age, p.age_estimated_on,
                     p.age_disputed, p.citizenships)
              .join(p, p.id == Case.person_id)
              .where(Case.identification_status.in_(statuses)).order_by(Case.id))
    for row in s.connection().execute(people):
        case_id = row[0]
        confirmed, first = decisions.get(case_id, (None, None))
        registered = confirmed or first
        if years and not (registered and years[0] <= registered.year <= years[1]):
            continue
        facts.append((case_id, registered, *row[1:], *events.get(case_id, (None, None, None))))
    return facts


def _codes(s: Session, statuses: tuple[str, ...]) -> dict[int, str]:
    """case id -> its codes of the kinds CTDC uses, as "kind:code,…" (grouped in SQL in the
    primary key's order; few distinct values, each turned into columns once)."""
    c = CaseCode
    victims = select(Case.id).where(Case.identification_status.in_(statuses))
    return dict(s.connection().execute(
        select(c.case_id, func.aggregate_strings(c.kind + ":" + c.code, ","))
        .where(c.kind.in_(CODE_KINDS), c.case_id.in_(victims)).group_by(c.case_id)).all())


def _relations(s: Session) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for case_id, relation in s.execute(select(Perpetrator.case_id, Perpetrator.relationship)
                                       .where(Perpetrator.roles.contains("RECRUITER"))):
        found[case_id].add(relation)
    return found


CODE_KINDS = ("exploitation", "means_of_control", "sector", "sexual_exploitation")
PERSON_COLUMNS = ("yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
                  "majorityStatusAtExploit", "majorityEntry", "citizenship")
CODE_COLUMNS = (*MEANS_COLUMNS, "meansOfControlConcatenated", *EXPLOIT_FLAGS, "isSexAndLabour",
                "typeOfExploitConcatenated", *LABOUR_COLUMNS, "typeOfLabourConcatenated",
                *SEX_COLUMNS, "typeOfSexConcatenated")
assert (*PERSON_COLUMNS, *CODE_COLUMNS, "isAbduction", "RecruiterRelationship",
                   "CountryOfExploitation", *RELATION_COLUMNS) == COLUMNS
NO_SPECIFIED = MEANS_COLUMNS.index("meansOfControlNotSpecified")
NONE: frozenset[str] = frozenset()


@cache
def _code_columns(forms: frozenset[str], means: frozenset[str], sectors: frozenset[str],
                  sexual: frozenset[str]) -> tuple[str, ...]:
    """CODE_COLUMNS of a case from its codes; victims share few combinations."""
    means_flags = list(_flags(MEANS_COLUMNS, frozenset(f"meansOfControl{camel(c)}" for c in means),
                              bool(means)))
    if not means:
        means_flags[NO_SPECIFIED] = "1"
    exploit = _flags(tuple(EXPLOIT_FLAGS), frozenset(
        flag for flag, group in EXPLOIT_FLAGS.items() if forms & set(group)), bool(forms))
    sexual_flag, labour_flag = (exploit[list(EXPLOIT_FLAGS).index(f)]
                                for f in ("isSexualExploit", "isForcedLabour"))
    return (*means_flags, ";".join(camel(c) for c in sorted(means)), *exploit,
            ("1" if sexual_flag == labour_flag == "1" else "0") if forms else "",
            ";".join(sorted({EXPLOIT_LABELS.get(c, "Other") for c in forms})),
            *_flags(LABOUR_COLUMNS, frozenset(f"typeOfLabour{camel(c)}" for c in sectors),
                    bool(sectors)),
            ";".join(camel(c) for c in sorted(sectors)),
            *_flags(SEX_COLUMNS, frozenset(f"typeOfSex{camel(c)}" for c in sexual), bool(sexual)),
            ";".join(camel(c) for c in sorted(sexual)))


@cache
def _codes_of(key: str) -> tuple[str, ...]:
    found: dict[str, set[str]] = defaultdict(set)
    for item in key.split(",") if key else ():
        kind, _, code = item.partition(":")
        found[kind].add(code)
    return _code_columns(*(frozenset(found.get(kind, NONE)) for kind in CODE_KINDS))


@cache
def _relation_columns(relations: frozenset[str] | None) -> tuple[str, tuple[str, ...]]:
    """RecruiterRelationship and the RELATION_COLUMNS flags."""
    chosen = relations or NONE
    return (";".join(RELATIONS[r] for r in sorted(chosen)),
            _flags(RELATION_COLUMNS, frozenset(f"recruiterRelation{RELATIONS[r]}" for r in chosen),
                   relations is not None and bool(chosen)))


def row_of(fact: Any, codes: tuple[str, ...], relations: frozenset[str] | None) -> tuple[str, ...]:
    """One CTDC row in COLUMNS order. Flags are blank when nothing of that kind was recorded
    (unknown, not 0)."""
    (_, registered, sex, birth, estimate, estimated_on, disputed, citizenships,
     exploited_on, exploited_in, recruited_on) = fact
    age = age_on(registered, birth, estimate, estimated_on, disputed)
    relationship, relation_flags = _relation_columns(relations)
    return (str(registered.year) if registered else "", "Case Management", GENDER.get(sex, ""),
            age_broad(age), _majority(age),
            _majority(age_on(exploited_on, birth, estimate, estimated_on, disputed))
            if exploited_on else "",
            _majority(age_on(recruited_on, birth, estimate, estimated_on, disputed))
            if recruited_on else "",
            citizenships.split(",")[0] if citizenships else "", *codes, "", relationship,
            exploited_in or "", *relation_flags)


def record_of(fact: Any, codes: Mapping[str, Iterable[str]], relations: Iterable[str] | None
              ) -> Record:
    """One CTDC row as a mapping of column to value."""
    code_columns = _code_columns(*(frozenset(codes.get(kind, NONE)) for kind in CODE_KINDS))
    row = row_of(fact, code_columns, None if relations is None else frozenset(relations))
    return dict(zip(COLUMNS, row, strict=True))


STEPS: tuple[Step, ...] = (
    ("Majority status at exploitation and at entry left blank",
     ("majorityStatusAtExploit", "majorityEntry")),
    ("Age group left blank (majority status kept)", ("ageBroad",)),
    ("Country of exploitation left blank", ("CountryOfExploitation",)),
    ("Citizenship left blank", ("citizenship",)),
    ("Gender left blank", ("gender",)),
)


def export(s: Session, *, k: int = DEFAULT_K, include_potential: bool = False,
           years: tuple[int, int] | None = None, with_recruiter: bool = False) -> CtdcExport:
    """The anonymised records, k-anonymous on QUASI_IDENTIFIERS. The recruiter relationship comes
    from perpetrator records (level 3) and is included only when the caller says the reader may."""
    facts = _facts(s, include_potential, years)
    codes = _codes(s, ("CONFIRMED", "POSSIBLE") if include_potential else ("CONFIRMED",))
    relations = _relations(s) if with_recruiter else {}
    rows_in = [row_of(f, _codes_of(codes.get(f[0], "")),
                      frozenset(relations.get(f[0], NONE)) if with_recruiter else None)
               for f in facts]
    released, report = anonymise_rows(rows_in, COLUMNS, QUASI_IDENTIFIERS, k, STEPS)
    return CtdcExport(COLUMNS, tuple(released), report, with_recruiter)


NUMERIC = frozenset({"yearOfRegistration", *MEANS_COLUMNS, *EXPLOIT_FLAGS, "isSexAndLabour",
                     *LABOUR_COLUMNS, *SEX_COLUMNS, *RELATION_COLUMNS})


def text_rows(result: CtdcExport) -> Sequence[tuple[str, ...]]:
    """Rows for CSV, every value as written."""
    return result.records


def rows(result: CtdcExport) -> list[list[str | int]]:
    """Rows for XLSX: years and flags as numbers, the rest as text."""
    numeric = [c in NUMERIC for c in result.columns]
    return [[int(v) if n and v.isdigit() else v for v, n in zip(line, numeric, strict=True)]
            for line in text_rows(result)]
