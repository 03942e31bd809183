"""Data exchange use cases: the anonymised CTDC export (M&E officer), the identifiable HTCDS export
(within the reader's case scope) and the all-or-nothing import of IOM's HTCDS Excel template.

Permissions, scope and the audit trail live here; formats live in `desktop.exchange`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop.exchange import ctdc, htcds
from desktop.exchange.htcds import ImportedCase, Problem
from desktop.exchange.tabular import Sheet, csv_bytes, read_xlsx, xlsx_bytes
from desktop.models import Agency, Case, CaseCode, ConsentRecord, IdentificationDecision, Person
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import search as case_index
from desktop.services.cases.service import CaseService
from desktop.services.errors import ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

FORMATS = ("csv", "xlsx")
MAX_IMPORT_BYTES = 20 * 2**20


@dataclass(frozen=True)
class ExportFile:
    data: bytes
    filename: str
    records: int
    notes: tuple[str, ...] = ()  # what anonymisation did, for the person exporting


@dataclass(frozen=True)
class ImportResult:
    imported: int
    references: tuple[str, ...]
    problems: tuple[Problem, ...]
    ignored_columns: tuple[str, ...]


def _parsed(data: bytes) -> htcds.ParsedSheet:
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError("file", "The spreadsheet is larger than 20 MB.")
    try:
        rows = read_xlsx(data, "Case Sheet")
    except Exception as error:  # openpyxl raises many kinds for a file that is not XLSX
        raise ValidationError("file", "This file is not an Excel workbook (.xlsx).") from error
    return htcds.parse(rows)


def registered_in(first: int, last: int) -> Any:
    """Case ids whose registration (first confirmation, else first decision) falls in the years."""
    h = IdentificationDecision
    registered = func.coalesce(func.min(case((h.status == "CONFIRMED", h.decided_on))),
                               func.min(h.decided_on))
    return (select(h.case_id).group_by(h.case_id)
            .having(registered >= date(first, 1, 1), registered <= date(last, 12, 31)))


def _years(years: tuple[int, int] | None) -> None:
    if years and not (1900 <= years[0] <= years[1] <= 2200):
        raise ValidationError("year", "Choose a year between 1900 and 2200.")


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValidationError("format", "Choose CSV or XLSX.")
    return fmt


class ExchangeService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def ctdc_export(self, user: UserSession, *, k: int = ctdc.DEFAULT_K, fmt: str = "csv",
                    include_potential: bool = False,
                    years: tuple[int, int] | None = None) -> ExportFile:
        """Every victim in the vault, anonymised to k-anonymity; no name ever leaves."""
        p = user.principal
        policy.require(p, Action.STATISTICS_EXPORT)
        if not 2 <= k <= 100:
            raise ValidationError("k", "k must be from 2 to 100.")
        _years(years)
        with self.store.session() as db, db.begin():
            result = ctdc.export(db, k=k, include_potential=include_potential, years=years,
                                 with_recruiter=policy.can_read(p, "perpetrators"))
            audit.append(db, self.store, p, AuditAction.EXPORT, "ctdc", "",
                         f"{len(result.records)} records, k={k}, "
                         f"suppressed {result.report.suppressed}")
        notes = tuple(result.report.lines()) + (() if result.recruiter_included else (
            "Recruiter relationship left out: it comes from level-3 perpetrator records.",))
        data = (csv_bytes(result.columns, ctdc.text_rows(result), as_text=True)
                if _format(fmt) == "csv"
                else xlsx_bytes([Sheet("CTDC", result.columns, ctdc.rows(result))]))
        return ExportFile(data, f"casedesk-ctdc-{date.today():%Y%m%d}.{fmt}",
                          len(result.records), notes)

    def htcds_export(self, user: UserSession, fmt: str = "xlsx",
                     years: tuple[int, int] | None = None) -> ExportFile:
        """The cases the reader may open, under HTCDS field names, in the template's layout;
        with `years`, those registered in them (first confirmation, else first decision — the
        CTDC export's yearOfRegistration)."""
        p = user.principal
        policy.require(p, Action.EXPORT_IDENTIFIABLE)
        _years(years)
        where = policy.case_scope(p)
        if years:
            where = and_(where, Case.id.in_(registered_in(*years)))
        with self.store.session() as db, db.begin():
            rows = htcds.export_rows(db, where)
            audit.append(db, self.store, p, AuditAction.EXPORT, "htcds", "",
                         f"{len(rows)} cases (identifiable)"
                         + (f", registered {years[0]}..{years[1]}" if years else ""))
        columns = ("", *htcds.TEMPLATE_COLUMNS)
        data = (csv_bytes(columns, rows) if _format(fmt) == "csv"
                else xlsx_bytes([Sheet("Case Sheet", columns, rows)]))
        return ExportFile(data, f"casedesk-htcds-{date.today():%Y%m%d}.{fmt}", len(rows))

    def htcds_check(self, user: UserSession, data: bytes) -> ImportResult:
        """A dry run: every row validated, nothing written but the audit entry. `imported` is
        the number of cases the import would create."""
        p = user.principal
        policy.require(p, Action.CASE_CREATE)
        parsed = _parsed(data)
        with self.store.session() as db, db.begin():
            audit.append(db, self.store, p, AuditAction.PREVIEW, "import", "",
                         f"HTCDS import checked: {len(parsed.cases)} rows, "
                         f"{len(parsed.problems)} problem(s)")
        return ImportResult(0 if parsed.problems else len(parsed.cases), (), parsed.problems,
                            parsed.ignored_columns)

    def htcds_import(self, user: UserSession, data: bytes) -> ImportResult:
        """Validate every row; import all of them in one transaction, or none when any fails."""
        p = user.principal
        policy.require(p, Action.CASE_CREATE)
        parsed = _parsed(data)
        if parsed.problems:
            with self.store.session() as db, db.begin():
                audit.append(db, self.store, p, AuditAction.CREATE, "import", "",
                             f"HTCDS import refused: {len(parsed.problems)} problem(s)")
            return ImportResult(0, (), parsed.problems, parsed.ignored_columns)
        references: list[str] = []
        with self.store.session() as db, db.begin():
            agency = db.get(Agency, p.agency_id)
            for row in parsed.cases:
                case = _write(db, self.store, user, row, agency.code if agency else "CD")
                references.append(case.reference)
            audit.append(db, self.store, p, AuditAction.CREATE, "import", "",
                         f"HTCDS import: {len(references)} cases")
        return ImportResult(len(references), tuple(references), (), parsed.ignored_columns)


def _write(db: Session, store: Store, user: UserSession, row: ImportedCase, agency_code: str) -> Case:
    p = user.principal
    person = Person(given_names=row.given_names, family_names=row.family_names, sex=row.sex,
                    gender_identity=row.gender_identity, date_of_birth=row.date_of_birth,
                    citizenships=",".join(row.citizenships), languages="", interpreter_needed=False,
                    age_disputed=False, unaccompanied="NO", contact="", documents="")
    today = date.today()
    government = row.identification_status == "CONFIRMED" and row.decided_by_type in (
        "POLICE", "COURT_OR_PROSECUTION", "NON_POLICE_GOVERNMENT")
    case = Case(reference=CaseService._next_reference(db, agency_code), person=person,
                status=row.status, identification_status=row.identification_status,
                identification_context="OTHER", identified_on=today if government else None,
                district="", owning_agency_id=p.agency_id, owner_id=p.user_id,
                closure_requested_status="")
    db.add(case)
    db.flush()
    db.add_all(CaseCode(case_id=case.id, kind=kind, code=code)
              for kind, codes in row.codes.items() for code in codes)
    db.add(IdentificationDecision(case_id=case.id, status=row.identification_status, decided_on=today,
                                 decided_by_type=row.decided_by_type, recorded_by=p.user_id))
    if row.consent:
        db.add(ConsentRecord(case_id=case.id, created_by=p.user_id, given_by="PERSON", given_on=today,
                            items="CONSENTS", recipient_types="",
                            notes="Consent recorded in the imported HTCDS sheet."))
    case_index.index_case(db, store, case.id)
    audit.append(db, store, p, AuditAction.CREATE, "case", case.id,
                 f"{case.reference} (HTCDS import, row {row.row})")
    return case
