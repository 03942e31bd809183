"""Days and times on screen: the one style of `desktop.i18n.dates`, in the interface's language."""

from __future__ import annotations

from datetime import date, datetime

from desktop.i18n import dates

from .style import ui_language


def moment(value: datetime | None, empty: str = "—", seconds: bool = False) -> str:
    """A stored time (naive UTC) as the workstation's local day and time."""
    return dates.moment_text(value, ui_language(), seconds) if value is not None else empty


def day(value: date | None, empty: str = "—") -> str:
    return dates.day_text(value, ui_language()) if value is not None else empty
