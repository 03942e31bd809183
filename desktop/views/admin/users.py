"""User accounts: create, edit role/agency/level/groups, reset, disable (U2 before each change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
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
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import LEVELS, Action
from desktop.services.accounts import NewUser, UserInfo
from desktop.services.errors import ValidationError

from ..clipboard import sensitive_clipboard
from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import FieldError, PageHeader, error_text
from .base import AdminTab

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersTab", text)


def state_text(user: UserInfo) -> str:
    if user.disabled:
        return _tr("Disabled")
    return _tr("Must change password") if user.must_change_password else _tr("Active")


class UsersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.users: list[UserInfo] = []
        self.headers = [_tr("Username"), _tr("Name"), _tr("Role"), _tr("Agency"), _tr("Level"),
                        _tr("Groups"), _tr("State"), _tr("Last login")]

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self.users = users
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.users)

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
        user = self.users[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return user
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "—"
        values = [user.username, user.display_name, user.role_name, user.agency_code,
                  f"{user.level} · {_tr(LEVELS[user.level])}", ", ".join(user.groups) or "—",
                  state_text(user), last]
        return values[index.column()]


class UserDialog(QDialog):
    """New user, or edit one (username fixed); errors are shown next to their field."""

    def __init__(self, ctx: AppContext, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setWindowTitle(_tr("Edit user") if user else _tr("New user"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("newUsername")
        self.username.setReadOnly(user is not None)
        self.name = QLineEdit(user.display_name if user else "")
        self.name.setObjectName("newName")
        self.role = QComboBox()
        for role in ctx.directory.roles(ctx.user):
            self.role.addItem(role.name, role.code)
        self.agency = QComboBox()
        for agency in ctx.directory.agencies(ctx.user, include_inactive=False):
            self.agency.addItem(f"{agency.name} ({agency.code})", agency.code)
        self.level = QComboBox()
        for number, label in LEVELS.items():
            self.level.addItem(f"{number} · {_tr(label)}", number)
        self.groups: dict[str, QCheckBox] = {}
        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        for group in ctx.directory.groups(ctx.user):
            box = QCheckBox(group.name)
            self.groups[group.code] = box
            groups_layout.addWidget(box)
        self.errors = {key: FieldError() for key in ("username", "display_name", "role", "agency",
                                                     "level", "groups")}
        for label, widget, key in ((_tr("Username"), self.username, "username"),
                                   (_tr("Full name"), self.name, "display_name"),
                                   (_tr("Role"), self.role, "role"),
                                   (_tr("Agency"), self.agency, "agency"),
                                   (_tr("Level"), self.level, "level"),
                                   (_tr("Groups"), groups_box, "groups")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        layout.addLayout(form)
        if user is not None:
            self._load(user)
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.saved: tuple[UserInfo, str | None] | None = None

    def _load(self, user: UserInfo) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(user.role_code)))
        self.agency.setCurrentIndex(max(0, self.agency.findData(user.agency_code)))
        self.level.setCurrentIndex(max(0, self.level.findData(user.level)))
        for code, box in self.groups.items():
            box.setChecked(code in user.groups)

    def values(self) -> dict[str, Any]:
        return {"display_name": self.name.text(), "role_code": self.role.currentData(),
                "agency_code": self.agency.currentData(), "level": self.level.currentData(),
                "groups": tuple(code for code, box in self.groups.items() if box.isChecked())}

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        values = self.values()
        self.setEnabled(False)
        if self.user is None:
            new = NewUser(self.username.text(), values["display_name"], values["role_code"],
                          values["agency_code"], values["level"], values["groups"])
            job: Any = lambda: self.ctx.accounts.create_user(self.ctx.user, new)  # noqa: E731
        else:
            username = self.user.username
            job = lambda: (self.ctx.accounts.update_user(self.ctx.user, username, **values),  # noqa: E731
                           None)
        self.ctx.worker.run(job, self._saved, self._failed, _tr("Saving the account…"))

    def _saved(self, result: tuple[UserInfo, str | None]) -> None:
        self.saved = result
        self.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.errors:
            self.errors[error.field].show_message(str(error))
        else:
            self.general.show_message(error_text(error))


class TemporaryPasswordDialog(QDialog):
    """Shows a temporary password once, with a copy button that clears the clipboard later."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Temporary password"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Give this temporary password to {user} in person. It is shown only "
                           "now; it must be changed at the first login.").format(user=username))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLineEdit(password)
        self.password.setObjectName("temporaryPassword")
        self.password.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.password.setFont(font)
        layout.addWidget(self.password)
        row = QHBoxLayout()
        copy = QPushButton(_tr("Copy"))
        copy.clicked.connect(lambda: sensitive_clipboard().copy(password))
        note = QLabel(_tr("The clipboard is cleared after 30 seconds."))
        note.setObjectName("hint")
        row.addWidget(copy)
        row.addWidget(note, 1)
        layout.addLayout(row)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.rejected.connect(self.accept)
        layout.addWidget(done)


class UsersTab(AdminTab):
    required = (Action.USERS_MANAGE,)
    areas = ("users", "agencies")

    @classmethod
    def title(cls) -> str:
        return _tr("Users")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(_tr("User accounts"), _tr(
            "Each person has their own account. New accounts start with a temporary password "
            "that must be changed at the first login.")))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(_tr("New user…"))
        self.new_button.setObjectName("primary")
        self.edit_button = QPushButton(_tr("Edit…"))
        self.reset_button = QPushButton(_tr("Reset password…"))
        self.disable_button = QPushButton(_tr("Disable…"))
        self.disable_button.setObjectName("danger")
        for button in (self.new_button, self.edit_button, self.reset_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.model = UsersModel()
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_user())
        self.layout_.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_user)
        self.disable_button.clicked.connect(self.disable_user)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and not user.disabled
                                       and user.id != self.ctx.user.principal.user_id)

    def refresh(self) -> None:
        self.model.set_users(self.ctx.accounts.list_users(self.ctx.user))
        self.table.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def clear(self) -> None:
        self.model.set_users([])

    # -- actions ----------------------------------------------------------------------------
    def _confirmed(self) -> bool:
        return confirm_identity(self, self.ctx, _tr("Changing user accounts needs your password."))

    def open_user_dialog(self, user: UserInfo | None) -> UserDialog:
        return UserDialog(self.ctx, user, self)

    def new_user(self) -> None:
        if not self._confirmed():
            return
        dialog = self.open_user_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            info, temporary = dialog.saved
            self._changed()
            if temporary:
                self.show_temporary(info.username, temporary)

    def edit_user(self) -> None:
        user = self.selected()
        if user is None or not self._confirmed():
            return
        dialog = self.open_user_dialog(user)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def show_temporary(self, username: str, password: str) -> None:
        TemporaryPasswordDialog(username, password, self).exec()

    def ask(self, question: str) -> bool:
        return QMessageBox.question(self, _tr("Please confirm"), question) == \
            QMessageBox.StandardButton.Yes

    def reset_user(self) -> None:
        user = self.selected()
        if user is None or not self.ask(_tr(
                "Issue a new temporary password for {name}? Their current password stops "
                "working now.").format(name=user.display_name)) or not self._confirmed():
            return
        self._run(lambda: self.ctx.accounts.reset_user(self.ctx.user, user.username),
                  lambda temporary: self.show_temporary(user.username, temporary))

    def disable_user(self) -> None:
        user = self.selected()
        if user is None or not self.ask(_tr(
                "Disable {name}? Their key slot is removed and they can no longer log in. If the "
                "person has left, rotate the database key afterwards (Security tab).").format(
                name=user.display_name)) or not self._confirmed():
            return
        self._run(lambda: self.ctx.accounts.disable_user(self.ctx.user, user.username),
                  lambda _: None)

    def _run(self, job: Any, then: Any) -> None:
        def done(result: object) -> None:
            self._changed()
            then(result)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, _tr("User accounts"), error_text(error))

        self.ctx.worker.run(job, done, failed, _tr("Updating the account…"))

    def _changed(self) -> None:
        self.refresh()
        self.ctx.changes.changed.emit("users")
