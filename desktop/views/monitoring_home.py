"""Home for the M&E officer: this year's key figures against last year's, the data to complete
before the annual report, and the way to the report and its exports. Counts only, never a name
(the statistics service refuses anything else to this role)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.statistics.service import TOTAL, Period, StatisticsReport, Table

from .context import AppContext
from .statistics.years import report_year
from .widgets import Card, EmptyState, error_text

#: (table, row, column) of each key figure; the same figures the Statistics page leads with.
KEY_FIGURES = (("victims", "IDENTIFIED", TOTAL), ("victims", "NGO_IDENTIFIED", TOTAL),
               ("victims", "POTENTIAL", TOTAL), ("assisted", TOTAL, TOTAL),
               ("justice", TOTAL, "PROSECUTIONS"), ("justice", TOTAL, "CONVICTIONS"),
               ("repatriation", TOTAL, TOTAL), ("trainings", TOTAL, "PARTICIPANTS"))
TABLES = tuple(dict.fromkeys(key for key, _, _ in KEY_FIGURES)) + ("sex_age", "nationality", "exploitation")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MonitoringHome", text)


def figure_names() -> tuple[str, ...]:
    return (_tr("Identified victims"), _tr("Identified by an NGO only"), _tr("Potential victims"),
            _tr("Assisted victims"), _tr("Prosecutions"), _tr("Convictions"), _tr("Repatriations"),
            _tr("Training participants"))


def _count(table: Table, row: str, col: str) -> int:
    """A cell's true count; 0 when the row or column does not occur this year."""
    if (row != TOTAL and row not in table.rows) or (col != TOTAL and col not in table.columns):
        return 0
    return table.count(row, col) or 0


def data_to_complete(report: StatisticsReport) -> list[tuple[int, str]]:
    """What the annual report will show as "not recorded" or undecided, with how many persons."""
    victims, ages = report.table("victims"), report.table("sex_age")
    nationality, exploitation = report.table("nationality"), report.table("exploitation")
    found = [
        (_count(victims, "IDENTIFIED", "UNKNOWN"), _tr("identified victims without their sex recorded")),
        (_count(ages, "UNKNOWN", TOTAL), _tr("identified victims without a date of birth or an "
                                             "estimated age")),
        (_count(nationality, "UNKNOWN", TOTAL), _tr("identified victims without a citizenship")),
        (_count(exploitation, "NOT_RECORDED", TOTAL), _tr("identified victims without a form of "
                                                          "exploitation")),
        (_count(victims, "POTENTIAL", TOTAL), _tr("potential victims still awaiting a decision "
                                                  "on their identification")),
    ]
    return [(n, text) for n, text in found if n]


class MonitoringCards:
    """The three cards of the M&E officer's Home; `go(page_key)` opens another page."""

    def __init__(self, ctx: AppContext, go: Callable[[str], None]) -> None:
        self.ctx, self.go = ctx, go
        self.stats = ctx.statistics
        self.figures = Card(_tr("Key figures"))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.figures.body.addLayout(self.grid)
        self.figures.body.addStretch(1)
        self.quality = Card(_tr("Data to complete before the annual report"))
        self.quality_text = QLabel()
        self.quality_text.setWordWrap(True)
        self.quality_text.setTextFormat(Qt.TextFormat.PlainText)
        self.quality_done = EmptyState(_tr("Nothing missing: every identified victim of the year "
                                           "has sex, age, citizenship and a form of exploitation "
                                           "recorded, and no potential victim awaits a decision."))
        self.quality.body.addWidget(self.quality_text)
        self.quality.body.addWidget(self.quality_done)
        self.quality.body.addStretch(1)
        self.shortcuts = self._shortcuts()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.figures.body.addWidget(self.status)

    def cards(self) -> tuple[Card, ...]:
        return self.figures, self.quality, self.shortcuts

    def _shortcuts(self) -> Card:
        card = Card(_tr("Annual report and exports"))
        card.body.addWidget(EmptyState(_tr(
            "The Statistics page has every table of the annual report, with the report as PDF, "
            "its tables as XLSX and the CTDC export; the Prevention page keeps the trainings and "
            "campaigns it counts.")))
        row = QHBoxLayout()
        for text, key in ((_tr("Statistics, report and exports"), "statistics"),
                          (_tr("Prevention register"), "prevention")):
            button = QPushButton(text)
            button.setObjectName("shortcut")
            button.clicked.connect(lambda _=False, k=key: self.go(k))
            row.addWidget(button)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addStretch(1)
        return card

    def refresh(self) -> None:
        year, session, stats = report_year(), self.ctx.user, self.stats
        self.status.setText(_tr("Counting…"))

        def load() -> tuple[StatisticsReport, StatisticsReport]:
            return (stats.report(session, Period.year(year), only=TABLES),
                    stats.report(session, Period.year(year - 1), only=TABLES))

        self.ctx.worker.run(load, self._show, self._failed, _tr("Counting the key figures"))

    def _show(self, result: tuple[StatisticsReport, StatisticsReport]) -> None:
        if self.ctx.session is None:
            return
        current, previous = result
        self.clear()
        year = current.period.start.year
        for column, text in enumerate(("", str(year), str(year - 1))):
            self._cell(0, column, text, bold=True)
        for row, ((key, r, c), name) in enumerate(zip(KEY_FIGURES, figure_names(), strict=True),
                                                  start=1):
            self._cell(row, 0, name)
            self._cell(row, 1, f"{_count(current.table(key), r, c):,}", bold=True)
            self._cell(row, 2, f"{_count(previous.table(key), r, c):,}")
        self.status.setText(_tr("Exact counts, for your work; the report and its exports hide "
                                "small counts."))
        missing = data_to_complete(current)
        self.quality_text.setText("\n".join(
            _tr("{n} {what}").format(n=n, what=text) for n, text in missing))
        self.quality_text.setVisible(bool(missing))
        self.quality_done.setVisible(not missing)

    def _cell(self, row: int, column: int, text: str, bold: bool = False) -> None:
        label = QLabel(text)
        label.setObjectName("figureStrong" if bold else "figure")
        if column:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(label, row, column)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget: QWidget | None = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.quality_text.clear()
        self.status.clear()
