"""The annual report as files: the PDF, and every table as CSV (one file a table) or XLSX (one
sheet a table). Aggregates only; exporting them needs `statistics.export` and is audited."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.exchange.tabular import Cell, Sheet, csv_bytes, xlsx_bytes
from desktop.models.seed import Action
from desktop.reports.annual_text import LANGUAGES, label, t
from desktop.reports.figures import TOTAL, Period, StatisticsReport, StatsFilter, Table
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.errors import ValidationError
from desktop.services.statistics.service import StatisticsService
from desktop.services.statistics.tables import PREVENTION_TABLES
from desktop.services.user import UserSession
from desktop.storage.store import Store

TITLES = {"victims": "t_victims", "sex_age": "t_sex_age", "nationality": "t_nationality",
          "exploitation": "t_exploitation", "assisted": "t_assisted", "assistance": "t_assistance",
          "justice": "t_justice", "repatriation": "t_repatriation", "trainings": "t_trainings",
          "campaigns": "t_campaigns"}


@dataclass(frozen=True)
class ReportFile:
    filename: str
    data: bytes


def table_sheet(table: Table, language: str, suppressed: bool) -> Sheet:
    """A table as printed: labels, shown counts ("<5" for a small count, "—" for one hidden to
    protect it), the totals that are published, then what the marks mean (or, unsuppressed, that
    the file is for internal use only)."""
    cols = [*table.columns, *((TOTAL,) if table.has_row_totals else ())]
    columns = ("", *(label(language, c, table.key) for c in cols))

    def cell(row: str, col: str) -> Cell:
        value = table.shown(row, col)
        return value if value is not None else table.text(row, col)

    lines = [*table.rows, *((TOTAL,) if table.has_total_row else ())]
    rows: list[list[Cell]] = [[label(language, r, table.key), *(cell(r, c) for c in cols)]
                              for r in lines]
    notes = []
    if table.primary:
        notes.append(t(language, "primary_key", n=table.threshold, m=table.threshold - 1))
    if table.complementary:
        notes.append(t(language, "hidden_key"))
    if not suppressed and table.key not in PREVENTION_TABLES:
        notes.append(t(language, "internal"))
    rows += [[]] + [[note] for note in notes] if notes else []
    return Sheet(t(language, TITLES[table.key]), columns, rows)


def _language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError("language", "Choose English or Spanish.")


class AnnualReportService:
    def __init__(self, store: Store, statistics: StatisticsService | None = None) -> None:
        self.store = store
        self.statistics = statistics or StatisticsService(store)

    def _figures(self, user: UserSession, period: Period, filters: StatsFilter | None,
                 suppressed: bool, language: str) -> StatisticsReport:
        policy.require(user.principal, Action.STATISTICS_EXPORT)
        _language(language)
        return self.statistics.report(user, period, filters, suppressed=suppressed)

    def _audit(self, user: UserSession, action: AuditAction, what: str, period: Period) -> None:
        with self.store.session() as db, db.begin():
            audit.append(db, self.store, user.principal, action, "annual_report", "",
                         f"{what} {period.start}..{period.end}")

    def pdf(self, user: UserSession, period: Period, filters: StatsFilter | None = None, *,
            suppressed: bool = True, language: str = "en") -> ReportFile:
        policy.require(user.principal, Action.STATISTICS_EXPORT)
        _language(language)
        report, previous = self.statistics.reports(user, [period, period.previous()], filters,
                                                   suppressed=suppressed)
        f = report.filters
        limits = ", ".join(x for x in (f.agency_code, f.district.replace("_", " ").title()) if x)
        from desktop.reports.annual_report import annual_report_pdf  # ReportLab, when used

        data = annual_report_pdf(report, previous, language=language, filters_text=limits)
        self._audit(user, AuditAction.PRINT, f"annual report PDF ({language}, "
                    f"{'suppressed' if suppressed else 'INTERNAL, unsuppressed'})", period)
        return ReportFile(f"annual-report-{period.start:%Y}-{language}.pdf", data)

    def tables(self, user: UserSession, period: Period, filters: StatsFilter | None = None, *,
               suppressed: bool = True, language: str = "en", fmt: str = "xlsx") -> list[ReportFile]:
        """XLSX: one workbook, a sheet per table. CSV: one file per table."""
        if fmt not in ("csv", "xlsx"):
            raise ValidationError("format", "Choose CSV or XLSX.")
        report = self._figures(user, period, filters, suppressed, language)
        sheets = [table_sheet(table, language, suppressed) for table in report.tables]
        stem = f"annual-report-{period.start:%Y}-{language}"
        self._audit(user, AuditAction.EXPORT, f"annual report tables ({fmt}, "
                    f"{'suppressed' if suppressed else 'INTERNAL, unsuppressed'})", period)
        if fmt == "xlsx":
            return [ReportFile(f"{stem}.xlsx", xlsx_bytes(sheets))]
        return [ReportFile(f"{stem}-{n:02d}-{table.key}.csv", csv_bytes(sheet.columns, sheet.rows))
                for n, (table, sheet) in enumerate(zip(report.tables, sheets, strict=True), start=1)]
