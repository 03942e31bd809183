"""Statistics: the annual report's tables for a year, with filters, the previous year alongside,
small-cell suppression, charts, the cases behind a figure (for roles that may open cases), and the
report, its tables and the CTDC export as files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desktop.models.vocab as vocab
from desktop.models.seed import AGENCIES, Action
from desktop.services.statistics.service import (
    TOTAL,
    Period,
    StatisticsReport,
    StatsFilter,
    Table,
)

from .. import labels
from ..context import AppContext
from ..page import Page
from ..widgets import PageHeader, show_error
from .chart import BarChart
from .years import report_year

CHARTED = ("victims", "exploitation", "assistance")
KEY_FIGURES = (("victims", "IDENTIFIED", TOTAL), ("victims", "NGO_IDENTIFIED", TOTAL),
               ("victims", "POTENTIAL", TOTAL), ("assisted", TOTAL, TOTAL),
               ("justice", TOTAL, "PROSECUTIONS"), ("justice", TOTAL, "CONVICTIONS"),
               ("repatriation", TOTAL, TOTAL), ("trainings", TOTAL, "PARTICIPANTS"))


def _item(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class StatisticsPage(Page):
    areas = ("cases", "prevention")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stats, self.files, self.exchange = ctx.statistics, ctx.reports, ctx.exchange
        self.report: StatisticsReport | None = None
        self.previous: StatisticsReport | None = None
        self.tables: dict[str, QTableWidget] = {}
        p = ctx.user.principal
        self.layout_.addWidget(PageHeader(self.tr("Statistics"), self.tr(
            "The annual report's figures. Identified victims are those confirmed by a government "
            "institution in the year; potential and NGO-identified victims are shown apart.")))
        self.layout_.addLayout(self._controls(p.can(Action.STATISTICS_EXPORT)))
        self.status = QLabel()
        self.status.setObjectName("pageSubtitle")
        status_row = QHBoxLayout()  # exports beside the period line: the filters need the width
        status_row.addWidget(self.status, 1)
        for button in self.export_buttons:
            status_row.addWidget(button)
        self.layout_.addLayout(status_row)
        self.internal = QLabel(self.tr(
            "Internal use only: small counts are shown. Do not publish or share these figures; "
            "tick “Suppress small counts” for figures that can be published."))
        self.internal.setObjectName("badText")
        self.internal.setWordWrap(True)
        self.internal.setVisible(False)
        self.layout_.addWidget(self.internal)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroller.setWidget(self.body)
        self.layout_.addWidget(self.scroller, 1)  # the window calls refresh() when the page is chosen

    def _controls(self, may_export: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year)
        self.year.setValue(report_year())
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), "")
        for code in vocab.DISTRICTS:
            self.district.addItem(labels.label("district", code), code)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("All organisations"), "")
        for agency in AGENCIES:
            self.agency.addItem(labels.agency(agency.name), agency.code)
        self.suppress = QCheckBox(self.tr("Suppress small counts"))
        self.suppress.setToolTip(self.tr(
            "Counts below 5 are shown as “<5”, and counts hidden to protect them as “—”, in every "
            "table, chart and file. Untick only for internal use."))
        self.suppress.setChecked(True)
        for widget, text in ((self.year, self.tr("Year")), (self.district, self.tr("District")),
                             (self.agency, self.tr("Organisation"))):
            row.addWidget(QLabel(text))
            row.addWidget(widget)
        row.addWidget(self.suppress)
        row.addStretch(1)
        self.year.valueChanged.connect(self.refresh)
        for combo in (self.district, self.agency):
            combo.currentIndexChanged.connect(self.refresh)
        self.suppress.toggled.connect(self.refresh)
        self.export_buttons: list[QPushButton] = []
        if may_export:
            for text, slot in ((self.tr("Report PDF…"), self._ask_pdf),
                               (self.tr("Tables XLSX…"), self._ask_tables),
                               (self.tr("CTDC export…"), self._ask_ctdc)):
                button = QPushButton(text)
                button.clicked.connect(slot)
                self.export_buttons.append(button)
        return row

    # -- loading ----------------------------------------------------------------------------------
    def _query(self) -> tuple[Period, StatsFilter, bool]:
        return (Period.year(self.year.value()),
                StatsFilter(self.agency.currentData() or "", self.district.currentData() or ""),
                self.suppress.isChecked())

    def refresh(self) -> None:
        if self.ctx.session is None:
            return
        period, filters, suppressed = self._query()
        session = self.ctx.user
        self.status.setText(self.tr("Counting…"))

        def load() -> tuple[StatisticsReport, StatisticsReport]:
            return (self.stats.report(session, period, filters, suppressed=suppressed),
                    self.stats.report(session, period.previous(), filters, suppressed=suppressed,
                                      only=tuple(dict.fromkeys(k for k, _, _ in KEY_FIGURES))))

        self.ctx.worker.run(load, self._show, lambda e: self._failed(self.tr("Statistics"), e),
                            self.tr("Counting the statistics"))

    def _show(self, result: tuple[StatisticsReport, StatisticsReport]) -> None:
        self.report, self.previous = result
        self.internal.setVisible(not self.report.suppressed)
        self._clear_body()
        self.body_layout.addWidget(self._section(self.tr("Key figures"), self._key_figures()))
        for table in self.report.tables:
            widget = self._table(table)
            self.tables[table.key] = widget
            self.body_layout.addWidget(self._section(labels.table_title(table.key), widget))
            if table.primary or table.complementary or table.key in ("assistance", "justice"):
                self.body_layout.addWidget(self._keys(table))
            if table.key in CHARTED:
                self.body_layout.addWidget(self._chart(table))
        self.body_layout.addStretch(1)
        hint = self.tr(" Double-click a figure to list the cases behind it.") if \
            self.ctx.user.principal.can(Action.CASE_VIEW) else ""
        self.status.setText(self.tr("{year}, compared with {previous}.").format(
            year=self.report.period.start.year, previous=self.previous.period.start.year) + hint)

    def _failed(self, title: str, error: BaseException) -> None:
        if self.isVisible():  # a page closed or locked meanwhile has nobody to tell
            show_error(self, title, error)

    def clear(self) -> None:
        self.report = self.previous = None
        self._clear_body()

    def _clear_body(self) -> None:
        self.tables.clear()
        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()

    # -- widgets ----------------------------------------------------------------------------------
    def _section(self, title: str, content: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
        layout.addWidget(content)
        return box

    def _grid(self, rows: int, cols: int, headers: list[str]) -> QTableWidget:
        grid = QTableWidget(rows, cols)
        grid.setHorizontalHeaderLabels(headers)
        grid.verticalHeader().setVisible(False)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return grid

    @staticmethod
    def _fit(grid: QTableWidget) -> QTableWidget:
        """Every row visible: the page scrolls, not each small table."""
        grid.resizeColumnsToContents()
        grid.resizeRowsToContents()
        height = grid.horizontalHeader().sizeHint().height() + 2 * grid.frameWidth()
        grid.setFixedHeight(height + sum(grid.rowHeight(r) for r in range(grid.rowCount())))
        return grid

    def _key_figures(self) -> QTableWidget:
        assert self.report is not None and self.previous is not None
        names = [self.tr("Victims identified"), self.tr("Identified by NGOs only"),
                 self.tr("Potential victims"), self.tr("Victims assisted"), self.tr("Prosecutions"),
                 self.tr("Convictions"), self.tr("Repatriations"), self.tr("Training participants")]
        grid = self._grid(len(KEY_FIGURES), 3, [self.tr("Figure"), str(self.previous.period.start.year),
                                                str(self.report.period.start.year)])
        for r, ((key, row, col), name) in enumerate(zip(KEY_FIGURES, names, strict=True)):
            grid.setItem(r, 0, _item(name, False))
            grid.setItem(r, 1, _item(self.previous.table(key).text(row, col)))
            grid.setItem(r, 2, _item(self.report.table(key).text(row, col)))
        return self._fit(grid)

    def _table(self, table: Table) -> QTableWidget:
        columns = [*table.columns, *((TOTAL,) if table.has_row_totals else ())]
        lines = [*table.rows, *((TOTAL,) if table.has_total_row else ())]
        grid = self._grid(len(lines), len(columns) + 1,
                          ["", *(labels.figure_label(table.key, c) for c in columns)])
        for r, row in enumerate(lines):
            grid.setItem(r, 0, _item(labels.figure_label(table.key, row), False))
            for c, col in enumerate(columns, start=1):
                item = _item(table.text(row, col))
                if table.state(row, col) != "shown":
                    item.setToolTip(self._meaning(table, row, col))
                grid.setItem(r, c, item)
        self._fit(grid)
        grid.cellDoubleClicked.connect(lambda r, c, t=table, cols=columns, rows=lines:
                                       self._drill(t, rows[r], c, cols))
        return grid

    def _meaning(self, table: Table, row: str, col: str) -> str:
        if table.state(row, col) == "primary":
            return self.tr("Fewer than {n} (from 1 to {m}).").format(n=table.threshold,
                                                                   m=table.threshold - 1)
        return self.tr("Hidden to protect a small figure.")

    def _keys(self, table: Table) -> QLabel:
        """What the marks of a table mean, under it."""
        parts = []
        if table.primary:
            parts.append(self.tr("<{n}: fewer than {n}").format(n=table.threshold))
        if table.complementary:
            parts.append(self.tr("—: hidden to protect a small figure"))
        if table.key == "assistance":
            parts.append(self.tr("A person can receive several kinds of assistance, so the rows "
                                 "are not added up; the table above counts each person once."))
        if table.key == "justice":
            parts.append(self.tr("The columns count different steps of the proceedings, so a row "
                                 "has no total."))
        key = QLabel(" · ".join(parts))
        key.setWordWrap(True)
        key.setObjectName("hint")
        return key

    def _chart(self, table: Table) -> BarChart:
        rows = [r for r in table.rows if (table.count(r) or 0) > 0 or table.state(r) != "shown"]
        cols = ["FEMALE", "MALE"] if "FEMALE" in table.columns else [TOTAL]
        note = self.tr("Dashed bars are hidden counts, not drawn to scale: “<{n}” fewer than {n}; "
                       "“—” hidden to protect a small figure.").format(n=table.threshold)
        names = {code: labels.figure_label(table.key, code) for code in (*rows, *cols)}
        return BarChart(table, rows, cols, names, note)

    # -- the cases behind a figure ----------------------------------------------------------------
    def _drill(self, table: Table, row: str, c: int, columns: list[str]) -> None:
        p = self.ctx.user.principal
        if c == 0 or not p.can(Action.CASE_VIEW) or not labels.has('statistics_table', table.key) or \
                table.key in ("trainings", "campaigns") or self.report is None:
            return
        col = columns[c - 1]
        if table.state(row, col) != "shown":  # a list would tell the hidden number
            QMessageBox.information(self, self.tr("Cases behind this figure"), self.tr(
                "This figure is hidden to protect a small figure. Untick “Suppress small "
                "counts” (internal use) to list the cases behind it."))
            return
        period, filters, _ = self._query()
        session = self.ctx.user
        self.ctx.worker.run(lambda: self.stats.cases_behind(session, period, table.key, row, col, filters),
                            self._show_cases, lambda e: self._failed(self.tr("Cases"), e),
                            self.tr("Finding the cases"))

    def _show_cases(self, drill: Any) -> None:
        lines = [f"{c.reference} — {c.name}" for c in drill.rows[:40]]
        more = self.tr("{n} more are outside your access.").format(n=drill.hidden) if drill.hidden else ""
        QMessageBox.information(self, self.tr("Cases behind this figure"),
                                "\n".join(lines) + ("\n\n" + more if more else ""))

    # -- files ------------------------------------------------------------------------------------
    def _ask(self, title: str, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return Path(path) if path else None

    def _ask_pdf(self) -> None:
        if (path := self._ask(self.tr("Save the annual report"), "annual-report.pdf", "PDF (*.pdf)")):
            self.export_pdf(path)

    def _ask_tables(self) -> None:
        if (path := self._ask(self.tr("Save the tables"), "annual-report.xlsx", "Excel (*.xlsx)")):
            self.export_tables(path)

    def _ask_ctdc(self) -> None:
        if (path := self._ask(self.tr("Save the CTDC export"), "ctdc.csv", "CSV (*.csv)")):
            self.export_ctdc(path)

    def _write(self, path: Path, make: Any, label_: str) -> None:
        def done(data: Any) -> None:
            path.write_bytes(data)
            self.status.setText(self.tr("Saved {name}.").format(name=path.name))

        self.ctx.worker.run(make, done, lambda e: self._failed(label_, e), label_)

    def export_pdf(self, path: Path, language: str = "en") -> None:
        period, filters, suppressed = self._query()
        session = self.ctx.user
        self._write(path, lambda: self.files.pdf(session, period, filters, suppressed=suppressed,
                                                 language=language).data, self.tr("Annual report"))

    def export_tables(self, path: Path) -> None:
        period, filters, suppressed = self._query()
        session = self.ctx.user
        self._write(path, lambda: self.files.tables(session, period, filters, suppressed=suppressed,
                                                    fmt="xlsx")[0].data, self.tr("Tables"))

    def export_ctdc(self, path: Path) -> None:
        session = self.ctx.user
        self._write(path, lambda: self.exchange.ctdc_export(session, fmt="csv").data,
                    self.tr("CTDC export"))
