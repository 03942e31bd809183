"""Cases: find a case (search as you type, filters, a lazy list) and work on it in place.

The page is a stack of two: the list, and the workspace of the open case with a way back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.cases.reads import CaseFilter, CaseRow
from desktop.services.errors import VaultError

from .. import labels
from ..context import AppContext
from ..page import Page
from ..widgets import Card, EmptyState, FieldError, PageHeader, error_text
from .case_model import CASE_ID_ROLE, CasesModel
from .common import choice_box
from .new_case import NewCaseDialog
from .workspace import CaseWorkspace

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200
FIRST_YEAR = 2010


class CasesPage(Page):
    areas = ("cases",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: NewCaseDialog | None = None
        self.total: int | None = None
        self.stale = True  # the list must be reloaded before it is next shown
        self.stack = QStackedWidget()
        self.list_view = QWidget()
        self.workspace = CaseWorkspace(ctx)
        self.workspace.back_requested.connect(self.show_list)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.workspace)
        self.layout_.addWidget(self.stack, 1)
        column = QVBoxLayout(self.list_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(PageHeader(self.tr("Cases"), self.tr(
            "The cases you may see, most recently updated first. Search finds names, aliases, "
            "references and notes, with or without accents.")))
        column.addLayout(self._search_row())
        column.addLayout(self._filter_row())
        self.error = FieldError()
        column.addWidget(self.error)
        self._build_table(column)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply)

    # -- building -----------------------------------------------------------------------------
    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr(
            "Search by name, alias, reference or note text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(34)
        self.search.textChanged.connect(lambda _: self.timer.start())
        self.search.returnPressed.connect(self._search_now)
        row.addWidget(self.search, 1)
        self.mine_filter = QCheckBox(self.tr("Assigned to me"))
        self.overdue_filter = QCheckBox(self.tr("Overdue tasks"))
        for box in (self.mine_filter, self.overdue_filter):
            box.toggled.connect(lambda _: self.apply())
            row.addWidget(box)
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setVisible(self.ctx.user.principal.can(Action.CASE_CREATE))
        row.addWidget(self.new_button)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.status_filter = choice_box("case_status", blank=self.tr("Any status"))
        self.identification_filter = choice_box("identification_status",
                                                blank=self.tr("Any identification"))
        self.district_filter = choice_box("district", blank=self.tr("Any district"))
        self.agency_filter = QComboBox()
        self.agency_filter.addItem(self.tr("Any agency"), "")
        self.year_filter = QComboBox()
        self.year_filter.addItem(self.tr("Opened in any year"), None)
        for year in range(date.today().year, FIRST_YEAR - 1, -1):
            self.year_filter.addItem(self.tr("Opened in {year}").format(year=year), year)
        for combo in (self.status_filter, self.identification_filter, self.district_filter,
                      self.agency_filter, self.year_filter):
            combo.currentIndexChanged.connect(lambda _: self.apply())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(combo, 1)
        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.setFlat(True)
        self.reset_button.clicked.connect(self.reset_filters)
        row.addWidget(self.reset_button)
        return row

    def _build_table(self, column: QVBoxLayout) -> None:
        self.model = CasesModel(self)
        self.model.failed.connect(lambda error: self.error.show_message(error_text(error)))
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.model.modelReset.connect(self._show_count)
        self.table = table = QTableView()
        table.setObjectName("casesTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(30)  # uniform rows: no per-row measuring
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self._fit_columns()
        header.setSectionResizeMode(CasesModel.NAME, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        column.addWidget(table, 1)
        self.empty = Card(self.tr("No cases to show"))
        self.empty_text = EmptyState("")
        self.empty.body.addWidget(self.empty_text)
        self.empty.hide()
        column.addWidget(self.empty)
        self.count = QLabel()
        self.count.setObjectName("hint")
        column.addWidget(self.count)
        column.addStretch(0)

    def _fit_columns(self) -> None:
        """Coded columns as wide as their longest label in this language, so none is clipped."""
        metrics, model = self.table.fontMetrics(), self.model
        values = {model.STATUS: "case_status", model.IDENTIFICATION: "identification_status",
                  model.DISTRICT: "district"}
        samples = {model.REFERENCE: ("HS-2026-000000",), model.AGENCY: ("CON-GT",),
                   model.UPDATED: ("2026-12-31 23:59",)}
        for col in (model.REFERENCE, model.STATUS, model.IDENTIFICATION, model.DISTRICT,
                    model.AGENCY, model.UPDATED):
            texts = [model.headers[col], *samples.get(col, ()),
                     *(labels.label(values[col], code)
                       for code in labels.KIND_OF_LIST.get(values.get(col, ""), ()))]
            self.table.setColumnWidth(col, max(metrics.horizontalAdvance(t) for t in texts) + 28)

    # -- loading ------------------------------------------------------------------------------
    def filters(self) -> CaseFilter:
        return CaseFilter(
            status=self.status_filter.currentData() or "",
            identification_status=self.identification_filter.currentData() or "",
            district=self.district_filter.currentData() or "",
            agency_code=self.agency_filter.currentData() or "",
            year=self.year_filter.currentData(),
            assigned_to_me=self.mine_filter.isChecked(),
            overdue_tasks=self.overdue_filter.isChecked())

    def refresh(self) -> None:
        if self.agency_filter.count() == 1:
            for agency in self.ctx.directory.agencies(self.ctx.user):
                self.agency_filter.addItem(agency.code, agency.code)
                self.agency_filter.setItemData(self.agency_filter.count() - 1, labels.agency(agency.name),
                                               Qt.ItemDataRole.ToolTipRole)
        if self.stack.currentWidget() is self.list_view:
            self.apply()
        else:
            self.stale = True

    def apply(self) -> None:
        """Search when there is text, else list page by page; filters apply to both."""
        self.timer.stop()
        if self.ctx.session is None:
            return
        self.error.show_message("")
        self.stale = False
        text, filters, session, cases = self.search.text().strip(), self.filters(), \
            self.ctx.user, self.ctx.case_reads
        try:
            if text:
                self.total = None
                self.model.show_rows(cases.search(session, text, SEARCH_LIMIT, filters))
            else:
                self.total = cases.count(session, filters)
                self.model.load(cases.pages(session, filters))  # keyset pages
        except VaultError as error:  # a service refused, with a sentence
            self.model.forget()
            self.error.show_message(error_text(error))
        self.table.scrollToTop()

    def _search_now(self) -> None:
        self.apply()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        searching = bool(self.search.text().strip())
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not rows:
            self.empty_text.setText(self.tr(
                "No case matches this search. Check the spelling, try part of a name or the "
                "reference, or clear the filters.") if searching or self._filtered() else self.tr(
                "There are no cases in your scope yet. Cases you open, or that are assigned or "
                "referred to you, appear here."))
            self.count.clear()
        elif searching:
            self.count.setText(self.tr("The first {n} matches, best first. Type more to narrow "
                                       "the search.").format(n=rows) if rows >= SEARCH_LIMIT
                               else self.tr("{n} matching case(s), best first.").format(n=rows))
        else:
            self.count.setText(self.tr("{shown} of {total} cases shown; scroll down for more. "
                                       "Double-click a case or press Enter to open it.").format(
                shown=f"{rows:,}", total=f"{self.total or rows:,}")
                if self.model.canFetchMore(QModelIndex()) else self.tr(
                "{n} case(s). Double-click a case or press Enter to open it.").format(
                n=f"{rows:,}"))

    def _filtered(self) -> bool:
        return self.filters() != CaseFilter()

    def reset_filters(self) -> None:
        for combo in (self.status_filter, self.identification_filter, self.district_filter,
                      self.agency_filter, self.year_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.mine_filter, self.overdue_filter):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.apply()

    # -- opening ------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case(int(case_id))

    def open_case(self, case_id: int) -> None:
        """Show the workspace of a case (after asking about unsaved edits of another one)."""
        def proceed() -> None:
            self.stack.setCurrentWidget(self.workspace)
            self.workspace.load(case_id)

        if self.stack.currentWidget() is self.workspace:
            self.workspace.leave(proceed)
        else:
            proceed()

    def show_record(self, record_id: int, part: str = "") -> None:
        """A case opened from another page (Home, Referrals), on the tab it asks for."""
        self.open_case(record_id)
        if part:
            self.workspace.show_tab(part)

    def show_list(self) -> None:
        self.workspace.close_case()
        self.stack.setCurrentWidget(self.list_view)
        if self.stale:
            self.apply()
        self.search.setFocus()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.ctx, self)
        self.dialog = dialog
        dialog.created.connect(self._created)
        dialog.open_existing.connect(self.open_case)

        def finished(_: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _created(self, row: CaseRow) -> None:
        self.stale = True
        self.open_case(row.id)

    def clear(self) -> None:
        """The vault is locking: no case may stay in a model, a field or a dialog."""
        if self.dialog is not None:
            self.dialog.reject()
        self.timer.stop()
        self.workspace.clear()
        self.stack.setCurrentWidget(self.list_view)
        self.model.forget()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.count.clear()
        self.total = None
        self.stale = True

    def selected_row(self) -> CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None
