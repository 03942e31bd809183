"""The organisations directory: council members, partners, consulates (HTCDS organisation types)."""

from __future__ import annotations

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
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.directory import AgencyInfo
from desktop.services.errors import ValidationError

from ..context import AppContext
from ..widgets import FieldError, PageHeader, error_text
from .base import AdminTab

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationsTab", text)


def kind_labels() -> dict[str, str]:
    return {
        "NON_POLICE_GOVERNMENT": _tr("Government (non-police)"),
        "POLICE": _tr("Police"),
        "COURT_OR_PROSECUTION": _tr("Court or prosecution"),
        "NGO": _tr("Non-governmental organisation"),
        "OTHER": _tr("Other (international, consulate…)"),
    }


class AgenciesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.agencies: list[AgencyInfo] = []
        self.headers = [_tr("Code"), _tr("Name"), _tr("Type"), _tr("Council member"), _tr("Active")]

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
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self.agencies[index.row()]
        yes, no = _tr("Yes"), _tr("No")
        return [a.code, a.name, kind_labels().get(a.kind, a.kind),
                yes if a.council_member else no, yes if a.active else no][index.column()]


class AgencyDialog(QDialog):
    def __init__(self, ctx: AppContext, agency: AgencyInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("Edit organisation") if agency else _tr("New organisation"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(agency.code if agency else "")
        self.code.setObjectName("agencyCode")
        self.code.setReadOnly(agency is not None)
        self.name = QLineEdit(agency.name if agency else "")
        self.name.setObjectName("agencyName")
        self.kind = QComboBox()
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.council = QCheckBox(_tr("Member of the ATIPs Council"))
        self.active = QCheckBox(_tr("Active (offered when creating users)"))
        self.active.setChecked(True)
        if agency is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(agency.kind)))
            self.council.setChecked(agency.council_member)
            self.active.setChecked(agency.active)
        self.errors = {key: FieldError() for key in ("code", "name", "kind")}
        form.addRow(_tr("Code"), self.code)
        form.addRow("", self.errors["code"])
        form.addRow(_tr("Name"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(_tr("Type"), self.kind)
        form.addRow("", self.errors["kind"])
        form.addRow("", self.council)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        try:
            self.ctx.directory.save_agency(self.ctx.user, self.code.text(), self.name.text(),
                                           self.kind.currentData(), self.council.isChecked(),
                                           self.active.isChecked())
        except ValidationError as error:
            self.errors.get(error.field, self.general).show_message(str(error))
            return
        except Exception as error:  # shown as a sentence; details in the log
            self.general.show_message(error_text(error))
            return
        self.accept()


class OrganisationsTab(AdminTab):
    required = (Action.AGENCIES_MANAGE,)
    areas = ("agencies",)

    @classmethod
    def title(cls) -> str:
        return _tr("Organisations")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(_tr("Organisations directory"), _tr(
            "The council's member agencies and partners. Users belong to one; referrals are "
            "addressed to them.")))
        row = QHBoxLayout()
        self.add_button = QPushButton(_tr("Add…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(_tr("Edit…"))
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.model = AgenciesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.table, 1)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.table.doubleClicked.connect(lambda _: self.open_dialog(self.selected()))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_button.setEnabled(self.selected() is not None))
        self.edit_button.setEnabled(False)

    def selected(self) -> AgencyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.agencies[rows[0].row()] if rows else None

    def make_dialog(self, agency: AgencyInfo | None) -> AgencyDialog:
        return AgencyDialog(self.ctx, agency, self)

    def open_dialog(self, agency: AgencyInfo | None) -> None:
        if self.make_dialog(agency).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.ctx.changes.changed.emit("agencies")

    def refresh(self) -> None:
        self.model.set_agencies(self.ctx.directory.agencies(self.ctx.user))
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.edit_button.setEnabled(self.selected() is not None)

    def clear(self) -> None:
        self.model.set_agencies([])
