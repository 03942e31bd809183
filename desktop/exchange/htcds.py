"""IOM's HTCDS 2.0 Excel template (one case a row, `prs_`/`vic_`/`cas_`/`con_` columns): export of
cases under HTCDS field names, and parsing of a filled template with every row validated.

Parsing never touches the vault: it returns the cases and the problems by row; the import service
writes nothing unless there are no problems at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.models import Case, CaseCode, ConsentRecord, IdentificationDecision, Person, User

from . import htcds_codes as m
from .tabular import as_date

TYPO = "vic_TraffickinStatusDecisionMakingOrg"  # as spelled in IOM's template
DECIDER = "vic_TraffickingStatusDecisionMakingOrg"
TEMPLATE_COLUMNS: tuple[str, ...] = (
    "cas_CaseOwner", "prs_Salutation", "prs_FirstName", "prs_SecondName", "con_Consent",
    "prs_Birthdate", "prs_Gender", "prs_Citizenship", "prs_Title", "prs_Email", "prs_HomePhone",
    "prs_MobilePhone", "prs_MailingCity", "prs_MailingCountry", "prs_MailingState",
    "prs_MailingStreet", "prs_MailingPostalCode", "vic_TraffickingStatus", TYPO,
    "vic_MethodOfRecruitment", "vic_LocationOfRecruitment", "vic_MethodsOfControl",
    "vic_TypeOfExploitation", "vic_ForcedLabourIndustry", "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation", "cas_Status", "cas_ReferringOrganisation",
    "cas_IncomingReferralDate", "cas_ReferringPrimaryCaseWorker", "cas_ReasonForIncomingReferral",
    "cas_IncomingReferralDetails", "cas_ReferredOrganisation", "cas_ReferredPrimaryCaseWorker",
    "cas_ReasonForOutgoingReferral", "cas_OutgoingReferralDate", "cas_OutgoingReferralDetails",
    "cas_ReasonForCaseClosure")
MULTI: dict[str, tuple[str, m.Mapping3]] = {  # HTCDS column -> (CaseDesk code kind, mapping)
    "vic_MethodOfRecruitment": ("recruitment", m.RECRUITMENT),
    "vic_MethodsOfControl": ("means_of_control", m.MEANS_OF_CONTROL),
    "vic_TypeOfExploitation": ("exploitation", m.EXPLOITATION),
    "vic_ForcedLabourIndustry": ("sector", m.INDUSTRY),
    "vic_TypeOfSexExploitation": ("sexual_exploitation", m.SEXUAL_EXPLOITATION),
}
IMPORTED = {"prs_FirstName", "prs_SecondName", "con_Consent", "prs_Birthdate", "prs_Gender",
            "prs_Citizenship", "vic_TraffickingStatus", DECIDER, "cas_Status", "cas_CaseOwner", *MULTI}
MAX_ROWS = 5_000
MAX_NAME = 120
SEX_OF_GENDER = {"FEMININE": "FEMALE", "MASCULINE": "MALE"}
YES, NO = {"yes", "y", "true", "1", "si", "sí"}, {"no", "n", "false", "0"}


# -- export -----------------------------------------------------------------------------------
def export_rows(s: Session, where: ColumnElement[bool]) -> list[list[Any]]:
    """The template's columns for every case matching `where` (the caller's scope)."""
    cases = s.execute(select(Case, User.username).join(User, User.id == Case.owner_id)
                      .where(where).order_by(Case.id)).all()
    ids = [c.id for c, _ in cases]
    codes: dict[int, dict[str, list[str]]] = {}
    for case_id, kind, code in s.execute(select(CaseCode.case_id, CaseCode.kind, CaseCode.code)
                                         .where(CaseCode.case_id.in_(ids))):
        codes.setdefault(case_id, {}).setdefault(kind, []).append(code)
    deciders = dict(s.execute(select(IdentificationDecision.case_id, IdentificationDecision.decided_by_type)
                              .where(IdentificationDecision.case_id.in_(ids))
                              .order_by(IdentificationDecision.id)).all())
    consent = set(s.scalars(select(ConsentRecord.case_id).where(
        ConsentRecord.case_id.in_(ids), ConsentRecord.items.contains("CONSENTS"),
        ConsentRecord.withdrawn_on.is_(None))))
    out: list[list[Any]] = []
    for number, (case, owner) in enumerate(cases, start=1):
        p: Person = case.person
        own = codes.get(case.id, {})
        values: dict[str, Any] = {
            "cas_CaseOwner": owner, "prs_FirstName": p.given_names, "prs_SecondName": p.family_names,
            "con_Consent": "Yes" if case.id in consent else "", "prs_Birthdate": p.date_of_birth,
            "prs_Gender": m.label_of(m.GENDER, p.gender_identity),
            "prs_Citizenship": "; ".join(p.citizenships.split(",")) if p.citizenships else "",
            "vic_TraffickingStatus": m.label_of(m.TRAFFICKING_STATUS, case.identification_status),
            TYPO: m.label_of(m.DECIDED_BY, deciders.get(case.id, "OTHER")),
            "cas_Status": m.label_of(m.CASE_STATUS, "ACTIVE" if case.status == "SCREENING"
                                     else case.status)}
        for column, (kind, mapping) in MULTI.items():
            labels = dict.fromkeys(m.label_of(mapping, c) for c in own.get(kind, []))
            values[column] = "; ".join(label for label in labels if label)
        out.append([number, *(values.get(c, "") for c in TEMPLATE_COLUMNS)])
    return out


# -- import -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    row: int  # the spreadsheet's own row number
    column: str
    message: str


@dataclass(frozen=True)
class ImportedCase:
    row: int
    given_names: str
    family_names: str
    sex: str
    gender_identity: str
    date_of_birth: date | None
    citizenships: tuple[str, ...]
    identification_status: str
    decided_by_type: str
    status: str
    consent: bool
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedSheet:
    cases: tuple[ImportedCase, ...]
    problems: tuple[Problem, ...]
    ignored_columns: tuple[str, ...]  # filled in the sheet but not kept by CaseDesk


def _header(rows: Sequence[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:10]):
        names = {str(v).strip(): i for i, v in enumerate(row) if isinstance(v, str) and v.strip()}
        if "prs_FirstName" in names:
            if TYPO in names:
                names[DECIDER] = names.pop(TYPO)
            return index, names
    return None


def parse(rows: Sequence[tuple[Any, ...]]) -> ParsedSheet:
    """Validate every row of a template sheet (header row with field names, optional label row)."""
    found = _header(rows)
    if found is None:
        return ParsedSheet((), (Problem(1, "", "This is not an HTCDS case sheet: no prs_FirstName "
                                              "column in the first rows."),), ())
    header_at, columns = found
    start = header_at + 1
    if start < len(rows) and any(str(v or "").strip() == "First Name" for v in rows[start]):
        start += 1  # the template's row of field labels
    cases: list[ImportedCase] = []
    problems: list[Problem] = []
    ignored: set[str] = set()
    data = [(n + 1, r) for n, r in enumerate(rows) if n >= start]
    for number, row in data:
        cells = {name: row[i] if i < len(row) else None for name, i in columns.items()}
        if all(v is None or str(v).strip() == "" for v in cells.values()):
            continue
        ignored.update(k for k, v in cells.items() if k not in IMPORTED and str(v or "").strip())
        parsed, row_problems = _row(number, cells)
        problems.extend(row_problems)
        if parsed is not None:
            cases.append(parsed)
    if not cases and not problems:
        problems.append(Problem(start + 1, "", "The sheet has no cases."))
    if len(cases) > MAX_ROWS:
        problems.append(Problem(start + 1, "", f"At most {MAX_ROWS:,} cases per import."))
    return ParsedSheet(tuple(cases), tuple(problems), tuple(sorted(ignored)))


class _RowCheck:
    def __init__(self, number: int, cells: dict[str, Any]) -> None:
        self.number, self.cells, self.problems = number, cells, list[Problem]()

    def text(self, column: str) -> str:
        value = self.cells.get(column)
        return "" if value is None else unicodedata.normalize("NFC", str(value)).strip()

    def fail(self, column: str, message: str) -> None:
        self.problems.append(Problem(self.number, column, message))

    def name(self, column: str, required: bool) -> str:
        value = self.text(column)
        if required and not value:
            self.fail(column, "A first name is required.")
        elif len(value) > MAX_NAME:
            self.fail(column, f"At most {MAX_NAME} characters.")
        elif any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") for c in value):
            self.fail(column, "The text contains control characters.")
        return value

    def one(self, column: str, mapping: m.Mapping3, default: str) -> str:
        value = self.text(column)
        if not value:
            return default
        code = m.lookup(mapping, value)
        if code is None:
            self.fail(column, f"'{value[:40]}' is not an HTCDS value for this field.")
            return default
        return code

    def many(self, column: str, lookup: Callable[[str], str | None]) -> tuple[str, ...]:
        value = self.text(column)
        if not value:
            return ()
        if (whole := lookup(value)) is not None:
            return (whole,)
        parts, pending = re.split(r"[;|\n]", value), ""
        codes: list[str] = []
        for part in parts:
            candidate = f"{pending}; {part}" if pending else part
            code = lookup(candidate.strip())
            if code is None and "," in candidate:  # ISO codes may be comma-separated
                codes_in = [lookup(x.strip()) for x in candidate.split(",")]
                if all(codes_in):
                    codes.extend(c for c in codes_in if c)
                    pending = ""
                    continue
            if code is None:
                pending = candidate
            else:
                codes.append(code)
                pending = ""
        if pending.strip():
            self.fail(column, f"'{pending.strip()[:40]}' is not an HTCDS value for this field.")
        return tuple(dict.fromkeys(codes))

    def birthdate(self, column: str) -> date | None:
        try:
            value = as_date(self.cells.get(column))
        except ValueError:
            self.fail(column, "Enter the date as a date cell or YYYY-MM-DD.")
            return None
        if value is not None and not date(1900, 1, 1) <= value <= date.today():
            self.fail(column, "Enter a date between 1900 and today.")
            return None
        return value

    def consent(self, column: str) -> bool:
        value = self.text(column).casefold()
        if value and value not in YES | NO:
            self.fail(column, "Enter Yes or No.")
        return value in YES


def _lookup_in(mapping: m.Mapping3) -> Callable[[str], str | None]:
    return lambda text: m.lookup(mapping, text)


def _row(number: int, cells: dict[str, Any]) -> tuple[ImportedCase | None, list[Problem]]:
    check = _RowCheck(number, cells)
    gender = check.one("prs_Gender", m.GENDER, "NOT_SPECIFIED")
    countries = check.many("prs_Citizenship", lambda t: m.countries().get(m._fold(t)))
    if len(countries) > 5:
        check.fail("prs_Citizenship", "At most five citizenships.")
    codes = {kind: check.many(column, _lookup_in(mapping)) for column, (kind, mapping) in MULTI.items()}
    case = ImportedCase(
        row=number, given_names=check.name("prs_FirstName", True),
        family_names=check.name("prs_SecondName", False), sex=SEX_OF_GENDER.get(gender, "UNKNOWN"),
        gender_identity=gender, date_of_birth=check.birthdate("prs_Birthdate"),
        citizenships=countries,
        identification_status=check.one("vic_TraffickingStatus", m.TRAFFICKING_STATUS, "POSSIBLE"),
        decided_by_type=check.one(DECIDER, m.DECIDED_BY, "OTHER"),
        status=check.one("cas_Status", m.CASE_STATUS, "SCREENING"),
        consent=check.consent("con_Consent"), codes={k: v for k, v in codes.items() if v})
    return (None, check.problems) if check.problems else (case, [])
