"""Re-authentication before sensitive actions (U2), and the password-change dialog."""

from __future__ import annotations

import time

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.policy import REAUTH_WINDOW_SECONDS

from .context import AppContext
from .widgets import FieldError, StrengthMeter, error_text


class ReauthDialog(QDialog):
    """Asks the logged-in user's password again and checks it through the service."""

    def __init__(self, ctx: AppContext, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Confirm it is you"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{reason}\n\nEnter your password to continue.").format(
            reason=reason))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        layout.addWidget(self.password)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        password = self.password.text()
        self.setEnabled(False)
        self.error.show_message(self.tr("Checking…"))

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            self.password.clear()
            self.password.setFocus()
            self.error.show_message(error_text(error))

        def done(_: object) -> None:
            self.password.clear()
            self.accept()

        self.ctx.worker.run(lambda: self.ctx.accounts.reauthenticate(self.ctx.user, password),
                            done, failed, self.tr("Checking your password…"))


def confirm_identity(parent: QWidget, ctx: AppContext, reason: str, *, always: bool = False) -> bool:
    """True when the password was entered recently enough, or is entered now (U2)."""
    recent = time.time() - ctx.user.authenticated_at < REAUTH_WINDOW_SECONDS - 5
    if recent and not always:
        return True
    return ReauthDialog(ctx, reason, parent).exec() == QDialog.DialogCode.Accepted


class ChangePasswordDialog(QDialog):
    """Change one's own password; forced after a temporary password."""

    def __init__(self, ctx: AppContext, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Choose your password") if forced
                            else self.tr("Change password"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("You logged in with a temporary password. Choose your own "
                                  "password now; it also binds your account to this "
                                  "workstation."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.current = self._field()
        self.new = self._field()
        self.again = self._field()
        self.meter = StrengthMeter()
        self.new.textChanged.connect(
            lambda text: self.meter.update_for(text, ctx.user.principal.username))
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("New password again"), self.again)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.error.show_message(self.tr("The two new passwords differ."))
            return
        current, new = self.current.text(), self.new.text()
        self.setEnabled(False)
        self.error.show_message(self.tr("Saving…"))

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            self.error.show_message(error_text(error))

        def done(_: object) -> None:
            for field in (self.current, self.new, self.again):
                field.clear()
            self.accept()

        self.ctx.worker.run(lambda: self.ctx.accounts.change_password(self.ctx.user, current, new),
                            done, failed, self.tr("Changing your password…"))
