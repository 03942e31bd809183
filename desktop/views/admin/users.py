"""User accounts: create, edit, reset, disable; every change needs a recent password (U2).

Dialogs open window-modal with `open()`, never a blocking `exec()`: the tab continues in slots.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.accounts.users import UserInfo

from .. import dates, labels
from ..context import AppContext
from ..palette import colour
from ..reauth import confirm_identity
from ..widgets import PageHeader, error_text
from .base import AdminTab
from .user_dialogs import TemporaryPasswordDialog, UserDialog, level_labels, note

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersTab", text)


def state_text(user: UserInfo) -> str:
    if user.disabled:
        return _tr("Disabled")
    return _tr("Must change password") if user.must_change_password else _tr("Active")


def local_time(moment: datetime | None) -> str:
    """Stored times are naive UTC; shown in the workstation's time zone, in the one style."""
    return dates.moment(moment, empty=_tr("Never"))


NAME_COLUMN = 1


class UsersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.users: list[UserInfo] = []
        self.group_names: dict[str, str] = {}
        self.headers = [_tr("Username"), _tr("Name"), _tr("Role"), _tr("Agency"), _tr("Level"),
                        _tr("Groups"), _tr("State"), _tr("Last login")]

    def set_users(self, users: list[UserInfo], group_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.users, self.group_names = users, group_names or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        return self.headers[section] if horizontal and role == DISPLAY else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        user, column = self.users[index.row()], index.column()
        if role == DISPLAY:
            return [user.username, user.display_name, labels.role(user.role_name), user.agency_code,
                    level_labels().get(user.level, str(user.level)), ", ".join(user.groups) or "—",
                    state_text(user), local_time(user.last_login_at)][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME_COLUMN:
            return user.display_name  # in full where the column elides it
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return labels.agency(user.agency_name)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and user.groups:
            return "\n".join(self.group_names.get(code, code) for code in user.groups)
        if role == Qt.ItemDataRole.ForegroundRole and user.disabled:
            return colour("faint")
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and user.must_change_password:
            return colour("warning")
        return None


class UsersTab(AdminTab):
    required = (Action.USERS_MANAGE,)
    areas = ("users", "agencies")

    @classmethod
    def title(cls) -> str:
        return _tr("Users")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None  # the open user, question or password dialog
        self.layout_.addWidget(PageHeader(self.tr("User accounts"), self.tr(
            "Each person has their own account. New accounts start with a temporary password "
            "that must be changed at the first login.")))
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New user…"))
        self.new_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.disable_button.setObjectName("danger")
        for button, slot in ((self.new_button, self.new_user), (self.edit_button, self.edit_user),
                             (self.reset_button, self.reset_user),
                             (self.disable_button, self.disable_user)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.model = UsersModel()
        self.table = table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # the name takes what the other columns leave (elided when it is tight, as in Spanish
        # at 1280 px), so every column, the last login too, stays in view
        table.horizontalHeader().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        table.doubleClicked.connect(lambda _: self.edit_user())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.layout_.addWidget(table, 1)
        self.summary = note("", "hint")
        self.layout_.addWidget(self.summary)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self.model.users):
            if user.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        own = user is not None and user.id == self.ctx.user.principal.user_id
        self.edit_button.setEnabled(user is not None)
        self.reset_button.setEnabled(user is not None)
        self.reset_button.setText(self.tr("Re-enable with new password…") if user and user.disabled
                                  else self.tr("Reset password…"))
        self.disable_button.setEnabled(user is not None and not user.disabled and not own)
        self.disable_button.setToolTip(self.tr("You cannot disable your own account.") if own
                                       else "")

    def refresh(self) -> None:
        current = self.selected()
        groups = {g.code: g.name for g in self.ctx.directory.groups(self.ctx.user)}
        users = self.ctx.accounts.list_users(self.ctx.user)
        self.model.set_users(users, groups)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):  # air between columns
            if column != NAME_COLUMN:
                header.resizeSection(column, header.sectionSize(column) + 16)
        if current is not None:
            self.select(current.username)
        self.summary.setText(self.tr("{n} accounts, {d} disabled. Double-click a row to edit it.")
                             .format(n=len(users), d=sum(u.disabled for u in users)))
        self._update_buttons()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # a temporary password must not outlive the lock
        self.model.set_users([])
        self.summary.clear()
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _confirmed(self) -> bool:
        return confirm_identity(self, self.ctx, self.tr("Changing user accounts needs your "
                                                        "password."))

    def _open(self, dialog: QDialog, then: Callable[[Any], None] = lambda _: None) -> None:
        """Open window-modal; `then(dialog)` runs once it closes."""
        self.dialog = dialog

        def finished(_: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            then(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_user(self) -> None:
        if self._confirmed():
            self._open(UserDialog(self.ctx, None, self), self._after_save)

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and self._confirmed():
            self._open(UserDialog(self.ctx, user, self), self._after_save)

    def _after_save(self, dialog: UserDialog) -> None:
        if dialog.saved is not None:
            info, temporary = dialog.saved
            self._changed(info.username)
            if temporary:
                self.show_temporary(info.username, temporary)

    def show_temporary(self, username: str, password: str) -> None:
        self._open(TemporaryPasswordDialog(username, password, self))

    def ask(self, title: str, text: str, confirm: str, then: Callable[[], None]) -> None:
        """A question whose confirm button is named after the action; Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._open(box, lambda _: then() if box.clickedButton() == yes else None)

    def reset_user(self) -> None:
        self._act(self.tr("Reset password"), self.tr(
            "Issue a new temporary password for {name} ({user})? Their current password stops "
            "working now, and a disabled account is enabled again."),
            self.tr("Issue new password"), self.ctx.accounts.reset_user, self.show_temporary)

    def disable_user(self) -> None:
        self._act(self.tr("Disable account"), self.tr(
            "Disable {name} ({user})? They can no longer log in and their key slot is removed."
            "\n\nThey knew a password that opened the database key. If they have left or their "
            "password may be known to others, rotate the database key afterwards (Security "
            "tab)."), self.tr("Disable account"), self.ctx.accounts.disable_user, lambda *_: None)

    def _act(self, title: str, question: str, confirm: str, method: Callable[[Any, str], Any],
             then: Callable[[str, Any], None]) -> None:
        """U2, then the question, then `method(session, username)` on the worker."""
        user = self.selected()
        if user is None or not self._confirmed():
            return
        session, username = self.ctx.user, user.username
        self.ask(title, question.format(name=user.display_name, user=username), confirm,
                 lambda: self._run(lambda: method(session, username),
                                   lambda result: then(username, result), username))

    def _run(self, job: Callable[[], Any], then: Callable[[Any], None], username: str) -> None:
        def done(result: object) -> None:
            self._changed(username)
            then(result)

        def failed(error: BaseException) -> None:  # ReauthenticationRequired, VaultError, …
            self._open(QMessageBox(QMessageBox.Icon.Warning, self.tr("User accounts"),
                                   error_text(error), QMessageBox.StandardButton.Ok, self),
                       lambda _: self.refresh())

        self.ctx.worker.run(job, done, failed, self.tr("Updating the account…"))

    def _changed(self, username: str) -> None:
        self.ctx.changes.changed.emit("users")  # refreshes this tab too while it is showing
        if not self.isVisible():
            self.refresh()
        self.select(username)
