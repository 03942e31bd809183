"""The preview of an import: every arriving case with what it would change, and for the fields
changed on both sides since the last exchange a choice, field by field: keep this vault's value
or take the sender's. Nothing is chosen for the user; until every conflict has a choice the
import cannot be applied."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bundles.importer import ImportPreview
from desktop.services.bundles.merge import CONFLICT, MINE, THEIRS, CasePlan

from .common import outcome_labels, status_labels, unit_label, value_text

CONFLICT_COLOUR = QColor("#fdeedd")


class MergeView(QWidget):
    """Cases above, the selected case's parts below; `choices()` is what `apply` needs."""

    changed = Signal()  # a choice was made or undone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.picked: dict[str, dict[str, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cases = self._table([self.tr("Case (sender's reference)"), self.tr("Here"),
                                  self.tr("Name"), self.tr("What happens")])
        self.cases.setObjectName("bundleCases")
        self.cases.itemSelectionChanged.connect(self._show_selected)
        self.units = self._table([self.tr("Part"), self.tr("In this vault"),
                                  self.tr("In the bundle"), self.tr("Outcome")])
        self.units.setObjectName("bundleUnits")
        self.units.setWordWrap(True)
        header = self.units.horizontalHeader()
        for section, mode in ((1, QHeaderView.ResizeMode.Stretch), (2, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(section, mode)
        header.setStretchLastSection(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.cases)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.all_mine = QPushButton(self.tr("Keep mine for all conflicts"))
        self.all_theirs = QPushButton(self.tr("Take theirs for all conflicts"))
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        column.addLayout(row)
        column.addWidget(self.units, 1)
        splitter.addWidget(below)
        splitter.setSizes([200, 300])
        layout.addWidget(splitter, 1)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # -- content -------------------------------------------------------------------------------
    def show_preview(self, preview: ImportPreview) -> None:
        self.preview, self.picked = preview, {}
        statuses = status_labels()
        self.cases.setRowCount(len(preview.cases))
        for row, plan in enumerate(preview.cases):
            here = plan.local_reference or self.tr("(a new reference)")
            if plan.local_id is None and plan.local_reference == plan.remote_reference:
                here = self.tr("(the same)")
            text = statuses[plan.status]
            if plan.conflicts:
                text += " · " + self.tr("{n} to choose").format(n=len(plan.conflicts))
            for column, value in enumerate((plan.remote_reference, here, plan.name, text)):
                item = QTableWidgetItem(value)
                if plan.conflicts:
                    item.setBackground(CONFLICT_COLOUR)
                self.cases.setItem(row, column, item)
        first = next((n for n, p in enumerate(preview.cases) if p.conflicts), 0)
        if preview.cases:
            self.cases.selectRow(first)
        self._update_hint()

    def _plan(self) -> CasePlan | None:
        rows = self.cases.selectionModel().selectedRows() if self.preview else []
        return self.preview.cases[rows[0].row()] if rows and self.preview else None

    def _show_selected(self) -> None:
        plan = self._plan()
        self.units.setRowCount(0)
        if plan is None:
            return
        outcomes = outcome_labels()
        changes = sorted(plan.changes, key=lambda c: (c.outcome != CONFLICT, c.key))
        self.units.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (unit_label(change.key), value_text(change.key, change.mine),
                     value_text(change.key, change.theirs))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.units.setItem(row, column, item)
            if change.outcome == CONFLICT:
                self.units.setCellWidget(row, 3, self._choice(plan, change.key))
            else:
                self.units.setItem(row, 3, QTableWidgetItem(outcomes[change.outcome]))
        self.units.resizeRowsToContents()

    def _choice(self, plan: CasePlan, key: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Choose…"), "")
        box.addItem(self.tr("Keep mine"), MINE)
        box.addItem(self.tr("Take theirs"), THEIRS)
        current = self.picked.get(plan.uuid, {}).get(key, "")
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(
            lambda _=0, b=box: self._picked(plan.uuid, key, str(b.currentData())))
        return box

    def _picked(self, uuid: str, key: str, side: str) -> None:
        chosen = self.picked.setdefault(uuid, {})
        if side:
            chosen[key] = side
        else:
            chosen.pop(key, None)
        self._update_hint()
        self.changed.emit()

    def choose_all(self, side: str) -> None:
        for plan in self.preview.cases if self.preview else ():
            for change in plan.conflicts:
                self.picked.setdefault(plan.uuid, {})[change.key] = side
        self._show_selected()
        self._update_hint()
        self.changed.emit()

    def unresolved(self) -> int:
        if self.preview is None:
            return 0
        return sum(1 for plan in self.preview.cases for c in plan.conflicts
                   if c.key not in self.picked.get(plan.uuid, {}))

    def choices(self) -> dict[str, dict[str, str]]:
        return {uuid: dict(units) for uuid, units in self.picked.items() if units}

    def _update_hint(self) -> None:
        open_ = self.unresolved()
        has_conflicts = bool(self.preview and self.preview.conflicts)
        self.all_mine.setVisible(has_conflicts)
        self.all_theirs.setVisible(has_conflicts)
        if not has_conflicts:
            self.hint.setText(self.tr("Nothing was changed on both sides: what changed there is "
                                      "taken, what changed here is kept."))
        elif open_:
            self.hint.setText(self.tr("{n} part(s) changed both here and there since the last "
                                      "exchange: choose for each whether to keep this vault's "
                                      "value or take the sender's.").format(n=open_))
        else:
            self.hint.setText(self.tr("Every conflict has a choice."))

    def clear(self) -> None:
        self.preview, self.picked = None, {}
        self.cases.setRowCount(0)
        self.units.setRowCount(0)
