"""Idle lock (U1): the watcher that notices inactivity and the screen that hides everything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QWidget,
)

from .context import AppContext
from .credential_card import CredentialCard, centre
from .widgets import error_text

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}
ABSOLUTE_HOURS = 12


class IdleWatcher(QObject):
    """Emits `idle` after the configured minutes without input, `expired` after 12 hours."""

    idle = Signal()
    expired = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.absolute = QTimer(self)
        self.absolute.setSingleShot(True)
        self.absolute.setInterval(ABSOLUTE_HOURS * 3600 * 1000)
        self.absolute.timeout.connect(self.expired)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, min(minutes, 15)) * 60 * 1000)

    def start(self) -> None:
        self.timer.start()
        self.absolute.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.absolute.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QWidget):
    """Shown in place of every page while locked; only the same user's password unlocks."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")
        card = CredentialCard(self.tr("CaseDesk is locked"))
        self.title, self.who = card.title, card.subtitle
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.password.returnPressed.connect(self.submit)
        card.add(self.password)
        self.error = card.error
        self.logout = QPushButton(self.tr("Log out"))
        self.logout.clicked.connect(self.logout_requested)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.clicked.connect(self.submit)
        card.finish(self.button, self.logout)
        centre(self, card)

    def prepare(self, reason: str) -> None:
        principal = self.ctx.user.principal
        self.who.setText(self.tr("{reason} Only {name} ({username}) can unlock it.").format(
            reason=reason, name=principal.display_name, username=principal.username))
        self.error.show_message("")
        self.password.clear()
        self.password.setEnabled(True)
        self.button.setEnabled(True)
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        if not password or self.ctx.worker.is_busy:
            return
        self.password.setEnabled(False)
        self.button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.password.setEnabled(True)
            self.button.setEnabled(True)
            self.password.clear()
            self.password.setFocus()
            self.error.show_message(error_text(error))

        def done(_: object) -> None:
            self.password.clear()
            self.unlocked.emit()

        self.ctx.worker.run(lambda: self.ctx.accounts.unlock(self.ctx.user, password), done,
                            failed, self.tr("Unlocking…"))
