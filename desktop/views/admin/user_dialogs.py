"""The dialogs of the Users tab: an account's details, and a temporary password shown once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts.service import NewUser, UserInfo
from desktop.services.errors import ValidationError

from .. import labels
from ..clipboard import sensitive_clipboard
from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import FieldError, error_text

DEFAULT_ROLE = "CASE_WORKER"  # least privilege unless the administrator chooses otherwise


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersTab", text)


def note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def level_labels() -> dict[int, str]:
    return {1: _tr("1 · Standard"), 2: _tr("2 · Sensitive"), 3: _tr("3 · Restricted")}


class UserDialog(QDialog):
    """New user, or edit one (username fixed); a rejected value is explained next to its field."""

    def __init__(self, ctx: AppContext, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.saved: tuple[UserInfo, str | None] | None = None
        self.gone = False  # rejected (the vault locked) while the worker was saving
        self.rejected.connect(lambda: setattr(self, "gone", True))
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("New user"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(note(self.tr("Change what this person may do. The username cannot "
                                      "change.") if user else self.tr(
            "The account starts with a temporary password, shown once after saving."), "hint"))
        layout.addLayout(self._form())
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save changes") if user else self.tr("Create account"))
        self.save_button.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(user)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.username, self.name = QLineEdit(), QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. maria.garcia"))
        self.role, self.agency, self.level = QComboBox(), QComboBox(), QComboBox()
        for role in self.ctx.directory.roles(self.ctx.user):
            self.role.addItem(labels.role(role.name), role.code)
        for agency in self.ctx.directory.agencies(self.ctx.user, include_inactive=False):
            self.agency.addItem(f"{labels.agency(agency.name)} ({agency.code})", agency.code)
        for number, label in level_labels().items():
            self.level.addItem(label, number)
        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 4, 0, 0)
        self.groups = {group.code: QCheckBox(group.name)
                       for group in self.ctx.directory.groups(self.ctx.user)}
        for box in self.groups.values():
            groups_layout.addWidget(box)
        self.errors: dict[str, FieldError] = {}
        for label, widget, key in ((self.tr("Username"), self.username, "username"),
                                   (self.tr("Full name"), self.name, "display_name"),
                                   (self.tr("Role"), self.role, "role"),
                                   (self.tr("Agency"), self.agency, "agency"),
                                   (self.tr("Level"), self.level, "level"),
                                   (self.tr("Groups"), groups_box, "groups")):
            self.errors[key] = FieldError()
            column = QVBoxLayout()  # the message sits right under its field
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(label, column)
        return form

    def _load(self, user: UserInfo | None) -> None:
        if user is None:
            self.role.setCurrentIndex(max(0, self.role.findData(DEFAULT_ROLE)))
            self.agency.setCurrentIndex(max(0, self.agency.findData(
                self.ctx.user.principal.agency_code)))
            return
        self.username.setText(user.username)
        self.username.setReadOnly(True)
        self.username.setObjectName("fixedValue")
        self.username.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.name.setText(user.display_name)
        if self.agency.findData(user.agency_code) < 0:  # an inactive agency stays selectable
            self.agency.addItem(f"{labels.agency(user.agency_name)} ({user.agency_code})", user.agency_code)
        for combo, value in ((self.role, user.role_code), (self.agency, user.agency_code),
                             (self.level, user.level)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for code, box in self.groups.items():
            box.setChecked(code in user.groups)
        if user.id == self.ctx.user.principal.user_id:
            self.role.setEnabled(False)
            self.role.setObjectName("fixedValue")
            self.role.setToolTip(self.tr("You cannot change your own role."))

    def changes(self) -> dict[str, Any]:
        """The fields to send: everything for a new user, only what differs for an edit."""
        values = {"display_name": self.name.text(), "role_code": self.role.currentData(),
                  "agency_code": self.agency.currentData(), "level": self.level.currentData(),
                  "groups": tuple(code for code, box in self.groups.items() if box.isChecked())}
        if self.user is None:
            return values
        old = {"display_name": self.user.display_name, "role_code": self.user.role_code,
               "agency_code": self.user.agency_code, "level": self.user.level,
               "groups": tuple(sorted(self.user.groups))}
        return {key: value for key, value in values.items()
                if (tuple(sorted(value)) if key == "groups" else value) != old[key]}

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        if not confirm_identity(self, self.ctx, self.tr("Changing user accounts needs your "
                                                        "password.")):
            return
        values, accounts, session = self.changes(), self.ctx.accounts, self.ctx.user
        if self.user is None:
            new = NewUser(self.username.text(), **values)
            job: Callable[[], Any] = lambda: accounts.create_user(session, new)  # noqa: E731
        elif not values:
            self.reject()
            return
        else:
            username = self.user.username
            job = lambda: (accounts.update_user(session, username, **values), None)  # noqa: E731
        self.setEnabled(False)
        self.general.show_message(self.tr("Saving…"))
        self.ctx.worker.run(job, self._saved, self._failed, self.tr("Saving the account…"))

    def _saved(self, result: tuple[UserInfo, str | None]) -> None:
        if self.gone:
            return
        self.saved = result
        self.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if self.gone:
            return
        self.setEnabled(True)
        self.general.show_message("")
        field = error.field if isinstance(error, ValidationError) else ""
        self.errors.get(field, self.general).show_message(error_text(error))
        focus = {"username": self.username, "display_name": self.name}
        focus.get(field, self.save_button).setFocus()


class TemporaryPasswordDialog(QDialog):
    """Shows a temporary password once; Copy puts it on the clipboard for 30 seconds."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Temporary password"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(note(self.tr(
            "The temporary password for <b>{user}</b>. It is shown only this once: give it to "
            "the person directly, never by e-mail or chat.").format(user=username)))
        self.password = QLineEdit(password)
        self.password.setReadOnly(True)
        self.password.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password.setObjectName("oneTimePassword")
        self.password.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.password)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.copy_note = note(self.tr("The clipboard is cleared again after 30 seconds."), "hint")
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_note, 1)
        layout.addLayout(row)
        layout.addWidget(note(self.tr("The person must choose their own password at the first "
                                      "login; that also binds the account to their workstation.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.finished.connect(lambda _: self.password.clear())  # shown once, then forgotten

    def copy(self) -> None:
        sensitive_clipboard().copy(self.password.text())
        self.copy_note.setText(self.tr("Copied. The clipboard is cleared after 30 seconds."))
