"""The login window: clear errors, a visible countdown when throttled, forced password change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import Throttled
from desktop.services.user import UserSession
from desktop.synthetic.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

from . import labels
from .connection_dialog import ConnectionDialog
from .context import AppContext
from .credential_card import CARD_WIDTH, CredentialCard, centre
from .reauth import ChangePasswordDialog
from .widgets import error_text


class LoginWindow(QWidget):
    logged_in = Signal(object)  # UserSession
    connection_changed = Signal()  # "Connect to…" saved another choice: reopen with it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_dir = data_dir
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("CaseDesk — Log in"))
        self._remaining = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        # never a tick early: the wait is the vault's or the server's, counted in whole seconds
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)
        self._countdown.timeout.connect(self._tick)

        card = CredentialCard(self.tr("CaseDesk"), self.tr("Anti-trafficking case management"))
        card.add(self._connection_label())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        card.add(form)
        self.error, self.progress = card.error, card.progress
        self.error.setObjectName("loginError")
        self.button = QPushButton(self.tr("Log in"))
        self.button.clicked.connect(self.submit)
        self.connect_button: QPushButton | None = None
        if data_dir is not None and not ctx.demo:  # a demo vault stays a demo vault
            self.connect_button = QPushButton(self.tr("Connect to…"))
            self.connect_button.setObjectName("connectTo")
            self.connect_button.setToolTip(self.tr(
                "Use this workstation's own vault or the council's office server"))
            self.connect_button.clicked.connect(self.choose_connection)
        card.finish(self.button, self.connect_button)
        self.password.returnPressed.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        centre(self, card, *((self._demo_panel(),) if ctx.demo else ()))
        self.username.setFocus()

    def choose_connection(self) -> None:
        assert self.data_dir is not None
        if ConnectionDialog(self.data_dir, self).exec():
            self.connection_changed.emit()

    def _connection_label(self) -> QLabel:
        """Which backend the connection profile chose (`casedesk server connect` changes it)."""
        where = self.ctx.accounts.credentials.describe()
        text = (self.tr("Office server: {server}").format(server=where)
                if self.ctx.accounts.backend == "postgresql" else self.tr("This workstation's vault"))
        label = QLabel(text)
        label.setObjectName("connectionProfile")
        label.setProperty("class", "hint")
        label.setWordWrap(True)
        label.setToolTip(where)
        return label

    def _demo_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("demoPanel")
        panel.setFixedWidth(CARD_WIDTH)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(20, 12, 20, 12)
        heading = QLabel(self.tr("Demo vault — synthetic data, deleted when CaseDesk closes"))
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        rows = "".join(
            f"<tr><td><b>{a.username}</b>&nbsp;&nbsp;</td><td>{labels.label('role', a.role_code)}"
            f"</td></tr>" for a in DEMO_ACCOUNTS)
        table = QLabel(f"<table>{rows}</table>")
        table.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(table)
        password = QLabel(self.tr("Password for every demo account: {password}").format(
            password=DEMO_PASSWORD))
        password.setWordWrap(True)  # Spanish runs longer than the card is wide
        layout.addWidget(password)
        return panel

    def submit(self) -> None:
        if self._remaining > 0 or self.ctx.worker.is_busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.show_message(self.tr("Enter your username and password."))
            return
        self._set_busy(True)
        self.error.show_message("")
        self.ctx.worker.run(lambda: self.ctx.accounts.login(username, password),
                            self._succeeded, self._failed,
                            self.tr("Connecting to the office server…")
                            if self.ctx.accounts.backend == "postgresql"
                            else self.tr("Unlocking the vault…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.username, self.password, self.button):
            widget.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, Throttled):
            self._remaining = error.seconds
            self.button.setEnabled(False)
            self._countdown.start()
            self._show_countdown()
            return
        self.error.show_message(error_text(error))

    def _show_countdown(self) -> None:
        self.error.show_message(self.tr("Too many failed logins. Try again in {n} s.").format(
            n=self._remaining))

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._countdown.stop()
            self.button.setEnabled(True)
            self.error.show_message(self.tr("You can try again now."))
            return
        self._show_countdown()

    def _succeeded(self, session: UserSession) -> None:
        self._set_busy(False)
        self.password.clear()
        self.ctx.session = session
        if session.must_change_password:
            dialog = ChangePasswordDialog(self.ctx, forced=True, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.ctx.accounts.logout(session)
                self.ctx.session = None
                self.error.show_message(self.tr("You must choose your own password to continue."))
                return
        self.error.show_message("")
        self.logged_in.emit(session)
