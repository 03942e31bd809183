"""Clipboard hygiene (U5): text copied from CaseDesk is cleared after 30 s if still unchanged."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_unchanged)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self.timer.start()

    def clear_if_unchanged(self) -> None:
        """Clear only our own text: something the user copied since then is left alone."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
        self.timer.stop()


_shared: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    global _shared
    if _shared is None:
        _shared = SensitiveClipboard(QGuiApplication.instance())
    return _shared
