"""Prevention: the register of trainings and awareness campaigns for a year, with forms to add
and remove them. Everything goes through PreventionService, which validates and audits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.errors import VaultError
from desktop.services.statistics.prevention import (
    MAX_PARTICIPANTS,
    CampaignRecord,
    TrainingRecord,
)
from desktop.services.statistics.service import Period

from .. import dates, labels
from ..cases.common import ask
from ..context import AppContext
from ..page import Page
from ..widgets import EmptyState, FieldError, PageHeader, error_text, show_error
from .years import report_year


def _combo(kind: str, blank: str = "") -> QComboBox:
    combo = QComboBox()
    if blank:
        combo.addItem(blank, "")
    for code in labels.KIND_OF_LIST[kind]:
        combo.addItem(labels.label(kind, code), code)
    return combo


class RecordDialog(QDialog):
    """A training or a campaign; the service's refusal is shown in the dialog, which stays open."""

    def __init__(self, page: PreventionPage, kind: str) -> None:
        super().__init__(page)
        self.page, self.kind = page, kind
        self.setWindowTitle(self.tr("New training") if kind == "training" else self.tr("New campaign"))
        form = QFormLayout(self)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.district = _combo("district", self.tr("Not recorded"))
        self.title = QLineEdit()
        self.organiser = QLineEdit()
        form.addRow(self.tr("Date"), self.day)
        if kind == "training":
            self.audience = _combo("training_audience")
            self.female, self.male, self.unknown = QSpinBox(), QSpinBox(), QSpinBox()
            for box in (self.female, self.male, self.unknown):
                box.setRange(0, MAX_PARTICIPANTS)
            form.addRow(self.tr("Audience"), self.audience)
            form.addRow(self.tr("Women"), self.female)
            form.addRow(self.tr("Men"), self.male)
            form.addRow(self.tr("Sex not recorded"), self.unknown)
        else:
            self.channel = _combo("campaign_channel")
            self.language = _combo("language")
            self.reach = QSpinBox()
            self.reach.setRange(0, 50_000_000)
            self.reach.setSingleStep(100)
            form.addRow(self.tr("Channel"), self.channel)
            form.addRow(self.tr("Language"), self.language)
            form.addRow(self.tr("Estimated reach"), self.reach)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Organiser"), self.organiser)
        self.error = FieldError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def record(self) -> TrainingRecord | CampaignRecord:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        common = {"district": self.district.currentData(), "title": self.title.text(),
                  "organiser": self.organiser.text()}
        if self.kind == "training":
            return TrainingRecord(day, self.audience.currentData(), participants_female=self.female.value(),
                                  participants_male=self.male.value(),
                                  participants_unknown=self.unknown.value(), **common)
        return CampaignRecord(day, self.channel.currentData(), self.language.currentData(),
                              self.reach.value(), **common)

    def save(self) -> None:
        try:
            self.page.ctx.prevention.save(self.page.ctx.user, self.record())
        except VaultError as error:  # the service says why, in a sentence
            self.error.show_message(error_text(error))
            return
        self.page.ctx.changes.changed.emit("prevention")
        self.accept()


class PreventionPage(Page):
    areas = ("prevention",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ctx.prevention
        self.layout_.addWidget(PageHeader(self.tr("Prevention"), self.tr(
            "Trainings for front-line staff and awareness campaigns, for the annual report.")))
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year)
        self.year.setValue(report_year())
        self.year.valueChanged.connect(self.refresh)
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        if ctx.user.principal.can(Action.PREVENTION_MANAGE):
            for key, text in (("training", self.tr("Add training…")),
                              ("campaign", self.tr("Add campaign…")), ("remove", self.tr("Remove"))):
                button = QPushButton(text)
                self.buttons[key] = button
                row.addWidget(button)
            self.buttons["training"].clicked.connect(lambda: RecordDialog(self, "training").open())
            self.buttons["campaign"].clicked.connect(lambda: RecordDialog(self, "campaign").open())
            self.buttons["remove"].clicked.connect(self.remove_selected)
        self.layout_.addLayout(row)
        self.trainings = self._grid([self.tr("Date"), self.tr("Audience"), self.tr("District"),
                                     self.tr("Title"), self.tr("Women"), self.tr("Men"),
                                     self.tr("Participants")])
        self.campaigns = self._grid([self.tr("Start"), self.tr("Channel"), self.tr("Language"),
                                     self.tr("Title"), self.tr("Estimated reach")])
        self.empty: dict[QTableWidget, EmptyState] = {}
        for title, grid, empty in (
                (self.tr("Trainings"), self.trainings, self.tr(
                    "No training recorded for this year. Sessions for police, social workers, "
                    "immigration and other front-line staff are counted in the annual report; add "
                    "each one with “Add training…”.")),
                (self.tr("Campaigns"), self.campaigns, self.tr(
                    "No awareness campaign recorded for this year. Radio spots, posters, school "
                    "visits and other campaigns are added with “Add campaign…”."))):
            heading = QLabel(title)
            heading.setObjectName("cardTitle")
            self.layout_.addWidget(heading)
            self.layout_.addWidget(grid, 1)
            self.empty[grid] = EmptyState(empty)
            self.layout_.addWidget(self.empty[grid])
        self.layout_.addStretch(0)  # takes the room only while both tables are empty
        self._tail = self.layout_.count() - 1
        self.last_grid: QTableWidget | None = None
        for grid in (self.trainings, self.campaigns):
            grid.itemSelectionChanged.connect(lambda g=grid: self._selected(g))
        self._selected(None)

    def _selected(self, grid: QTableWidget | None) -> None:
        """Remove acts on the row chosen last, in either table; nothing chosen, nothing to remove."""
        if grid is not None and grid.selectedItems():
            self.last_grid = grid
            other = self.campaigns if grid is self.trainings else self.trainings
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        elif grid is None or grid is self.last_grid:
            self.last_grid = None
        if "remove" in self.buttons:
            self.buttons["remove"].setEnabled(self.last_grid is not None)

    def _grid(self, headers: list[str]) -> QTableWidget:
        grid = QTableWidget(0, len(headers))
        grid.setHorizontalHeaderLabels(headers)
        grid.verticalHeader().setVisible(False)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        grid.horizontalHeader().setStretchLastSection(True)
        return grid

    def refresh(self) -> None:
        if self.ctx.session is None:
            return
        period, session = Period.year(self.year.value()), self.ctx.user
        self.ctx.worker.run(lambda: (self.service.trainings(session, period),
                                     self.service.campaigns(session, period)),
                            self._show, lambda e: self._failed(self.tr("Prevention"), e))

    def _show(self, result: tuple[list[TrainingRecord], list[CampaignRecord]]) -> None:
        trainings, campaigns = result
        self._fill(self.trainings, [[dates.day(t.held_on), labels.label("training_audience", t.audience),
                                     labels.label("district", t.district) if t.district else "", t.title,
                                     str(t.participants_female), str(t.participants_male),
                                     str(t.participants)] for t in trainings],
                   [("training", t.id) for t in trainings])
        self._fill(self.campaigns, [[dates.day(c.started_on), labels.label("campaign_channel", c.channel),
                                     labels.label("language", c.language), c.title, f"{c.reach:,}"]
                                    for c in campaigns], [("campaign", c.id) for c in campaigns])

    def _fill(self, grid: QTableWidget, rows: list[list[str]], ids: list[tuple[str, int]]) -> None:
        grid.setRowCount(len(rows))
        for r, (values, ident) in enumerate(zip(rows, ids, strict=True)):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                grid.setItem(r, c, item)
        grid.resizeColumnsToContents()
        grid.setVisible(bool(rows))
        self.empty[grid].setVisible(not rows)
        shown = any(g.isVisibleTo(self) for g in (self.trainings, self.campaigns))
        self.layout_.setStretch(self._tail, 0 if shown else 1)
        self._selected(grid)

    def remove_selected(self) -> None:
        """Remove the selected row of the table used last."""
        grid = self.last_grid
        item = grid.item(grid.currentRow(), 0) if grid is not None and grid.currentRow() >= 0 else None
        if item is None:
            return
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        session = self.ctx.user

        def confirmed() -> None:
            self.ctx.worker.run(lambda: self.service.remove(session, kind, record_id),
                                lambda _: self.ctx.changes.changed.emit("prevention"),
                                lambda e: self._failed(self.tr("Prevention"), e))

        what = grid.item(grid.currentRow(), 3)  # type: ignore[union-attr]  # the title column
        self.question = ask(self, self.tr("Remove from the register"), self.tr(
            "Remove “{title}” from the prevention register? The annual report will no longer "
            "count it.").format(title=what.text() if what is not None else ""),
            self.tr("Remove"), confirmed, danger=True)

    def _failed(self, title: str, error: BaseException) -> None:
        if self.isVisible():  # a page closed or locked meanwhile has nobody to tell
            show_error(self, title, error)

    def clear(self) -> None:
        for grid in (self.trainings, self.campaigns):
            grid.setRowCount(0)
