"""The organisations directory: council members, partners, consulates (HTCDS organisation types).

Dialogs open window-modal with `open()`, never a blocking `exec()`: the tab continues in slots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.accounts.directory import ORGANISATION_KINDS, AgencyInfo
from desktop.services.errors import ValidationError, VaultError

from .. import labels
from ..context import AppContext
from ..palette import colour
from ..widgets import FieldError, PageHeader, error_text
from .base import AdminTab

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationsTab", text)


def kind_labels() -> dict[str, str]:
    """Readable names of the HTCDS organisation types, in the order of ORGANISATION_KINDS."""
    return {kind: labels.label("organisation_kind", kind) for kind in ORGANISATION_KINDS}


class AgenciesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.agencies: list[AgencyInfo] = []
        self.headers = [_tr("Code"), _tr("Name"), _tr("Type"), _tr("Council member"),
                        _tr("Active")]

    def set_agencies(self, agencies: list[AgencyInfo]) -> None:
        self.beginResetModel()
        self.agencies = agencies
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.agencies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        agency = self.agencies[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            yes, no = _tr("Yes"), _tr("No")
            return [agency.code, agency.name, kind_labels().get(agency.kind, agency.kind),
                    yes if agency.council_member else no,
                    yes if agency.active else no][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return agency.name  # in full, should the column be too narrow
        if role == Qt.ItemDataRole.ForegroundRole and not agency.active:
            return colour("faint")
        return None


class AgencyDialog(QDialog):
    """Add an organisation, or edit one (its code is fixed); errors sit next to their field."""

    def __init__(self, ctx: AppContext, agency: AgencyInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agency = ctx, agency
        self.saved: AgencyInfo | None = None
        self.setWindowTitle(self.tr("Edit organisation") if agency
                            else self.tr("New organisation"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr("The code cannot change once saved; an organisation no longer "
                               "working with the council is made inactive, not deleted.")
                       if agency is None else self.tr("The code identifies this organisation in "
                                                       "records and cannot change."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if agency is not None:
            self._load(agency)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.code = QLineEdit()
        self.code.setObjectName("agencyCode")
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("Short code, e.g. CON-BR"))
        self.name = QLineEdit()
        self.name.setObjectName("agencyName")
        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.council = QCheckBox(self.tr("Member of the ATIPs Council"))
        self.active = QCheckBox(self.tr("Active: offered when creating users and referrals"))
        self.active.setChecked(True)
        self.errors: dict[str, FieldError] = {}
        for label, widget, key in ((self.tr("Code"), self.code, "code"),
                                   (self.tr("Name"), self.name, "name"),
                                   (self.tr("Type"), self.kind, "kind")):
            self.errors[key] = FieldError()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(label, column)
        form.addRow("", self.council)
        form.addRow("", self.active)
        return form

    def _load(self, agency: AgencyInfo) -> None:
        self.code.setText(agency.code)
        self.code.setReadOnly(True)
        self.code.setObjectName("fixedValue")
        self.code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.name.setText(agency.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(agency.kind)))
        self.council.setChecked(agency.council_member)
        self.active.setChecked(agency.active)

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        code = self.code.text().strip().upper()
        if self.agency is None and any(a.code == code for a in self.ctx.directory.agencies(
                self.ctx.user)):  # save_agency would update it: adding must not overwrite
            self._show(ValidationError("code", self.tr("An organisation already has this code.")))
            return
        try:
            self.saved = self.ctx.directory.save_agency(
                self.ctx.user, self.code.text(), self.name.text(), self.kind.currentData(),
                self.council.isChecked(), self.active.isChecked())
        except VaultError as error:  # a service refused, with a sentence
            self._show(error)
            return
        self.accept()

    def _show(self, error: BaseException) -> None:
        field = error.field if isinstance(error, ValidationError) else ""
        if field in self.errors:
            self.errors[field].show_message(error_text(error))
            {"code": self.code, "name": self.name, "kind": self.kind}[field].setFocus()
        else:
            self.general.show_message(error_text(error))


class OrganisationsTab(AdminTab):
    required = (Action.AGENCIES_MANAGE,)
    areas = ("agencies",)

    @classmethod
    def title(cls) -> str:
        return _tr("Organisations")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: AgencyDialog | None = None
        self.layout_.addWidget(PageHeader(self.tr("Organisations directory"), self.tr(
            "The council's member agencies and its partners. Every user belongs to one; "
            "referrals are addressed to them. Inactive organisations stay in old records.")))
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.model = AgenciesModel()
        self.table = QTableView()
        self.table.setObjectName("organisationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.layout_.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.layout_.addWidget(self.summary)
        self._update_buttons()

    def selected(self) -> AgencyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.agencies[rows[0].row()] if rows else None

    def select(self, code: str) -> None:
        for row, agency in enumerate(self.model.agencies):
            if agency.code == code:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def edit_selected(self) -> None:
        agency = self.selected()
        if agency is not None:
            self.open_dialog(agency)

    def open_dialog(self, agency: AgencyInfo | None,
                    then: Callable[[AgencyDialog], None] | None = None) -> AgencyDialog:
        """Open the add or edit dialog window-modal; a save refreshes and tells other views."""
        dialog = self.dialog = AgencyDialog(self.ctx, agency, self)

        def finished(_: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if dialog.saved is not None:
                self.ctx.changes.changed.emit("agencies")  # refreshes this tab while showing
                if not self.isVisible():
                    self.refresh()
                self.select(dialog.saved.code)
            if then is not None:
                then(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        current = self.selected()
        agencies = self.ctx.directory.agencies(self.ctx.user)
        self.model.set_agencies(agencies)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, header.sectionSize(column) + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if current is not None:
            self.select(current.code)
        council = sum(a.council_member for a in agencies)
        self.summary.setText(self.tr("{n} organisations, {c} of them council members. "
                                     "Double-click a row to edit it.").format(
                                         n=len(agencies), c=council))
        self._update_buttons()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.model.set_agencies([])
        self.summary.clear()
        self._update_buttons()
