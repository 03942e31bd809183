"""The base of every main-window page and administration tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .context import AppContext


class Page(QWidget):
    """A page loads its data through services in `refresh()` and drops all of it in `clear()`.

    `clear()` runs when the vault locks (U1): afterwards no record may remain in a Qt model or a
    widget. `areas` names the change notices (`ctx.changes.changed`) that make it refresh.
    """

    areas: tuple[str, ...] = ()
    #: Ask the main window to show another page and a record on it: (page key, record id, part),
    #: e.g. ("cases", 600, "referrals"); pages never reach for the window themselves.
    navigate = Signal(str, int, str)
    restored = Signal()  # a backup replaced the vault: everyone logs in again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.setSpacing(12)
        ctx.changes.changed.connect(self._on_change)

    def _on_change(self, area: str) -> None:
        if area in self.areas and self.ctx.session is not None and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Load or reload what the page shows."""

    def clear(self) -> None:
        """Forget everything shown (the vault is locking)."""

    def show_record(self, record_id: int, part: str = "") -> None:
        """Show one record of this page (a case, and one of its tabs); pages without records
        ignore it."""
