"""One way to write days and times, per language, on screens and in documents (no Qt).

A day reads "03 Dec 2026" in English and "03 dic 2026" in Spanish; a moment adds the local time
of the workstation ("03 Dec 2026 14:05"). The vault stores naive UTC; nothing is shown in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from .catalogue import language

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
_LONG_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}


def day_text(value: date | datetime | None, lang: str = "en") -> str:
    """A calendar day ("03 Dec 2026"); "" for none. A datetime is taken as naive UTC."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value)
    return f"{value.day:02d} {_MONTHS[language(lang)][value.month - 1]} {value.year}"


def long_day_text(value: date, lang: str = "en") -> str:
    """A day written out for a letter: "3 December 2026", "3 de diciembre de 2026"."""
    month = _LONG_MONTHS[language(lang)][value.month - 1]
    if language(lang) == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{value.day} {month} {value.year}"


def local(moment: datetime) -> datetime:
    """A stored time (naive UTC, or aware) in the workstation's time zone, without tzinfo."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def moment_text(moment: datetime | None, lang: str = "en", seconds: bool = False) -> str:
    """A stored time as the workstation's local day and time ("03 Dec 2026 14:05")."""
    if moment is None:
        return ""
    shown = local(moment)
    return f"{day_text(shown.date(), lang)} {shown:%H:%M:%S}" if seconds else \
        f"{day_text(shown.date(), lang)} {shown:%H:%M}"
