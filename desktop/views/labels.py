"""Code labels on screen: the one table of `desktop.i18n.labels`, translated by Qt.

Every code a screen shows goes through here: `QCoreApplication.translate("Labels", english,
kind)` reads the same .ts entries that documents read through `desktop.i18n.catalogue`, with the
kind as Qt's disambiguation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication

import desktop.models.vocab as vocab
from desktop.i18n import catalogue
from desktop.i18n import labels as table

kind_of = table.kind_of
has = table.has
KIND_OF_LIST = table.KIND_OF_LIST


def label(kind: str, code: str) -> str:
    """The words for a code of a kind, in the interface's language; "—" for no code."""
    if not code:
        return "—"
    return QCoreApplication.translate(table.CONTEXT, table.english(kind, code), kind)


def labels(kind: str, codes: Iterable[str] | str) -> str:
    """Several codes (a tuple or a stored "A,B" string) as a readable list."""
    items = [c for c in (codes.split(",") if isinstance(codes, str) else codes) if c]
    return ", ".join(label(kind, c) for c in items) if items else "—"


def stored_name(kind: str, code: str, stored: str) -> str:
    """An agency's or role's name from the vault, translated while it is still the seeded one."""
    if stored and table.english(kind, code) != stored:
        return stored
    return label(kind, code) if code else stored


def agency(stored: str) -> str:
    """An organisation's name as the vault keeps it, translated while it is the seeded name (an
    administrator's own name has no translation and shows as written)."""
    return QCoreApplication.translate(table.CONTEXT, stored, "agency") if stored else "—"


def role(stored: str) -> str:
    """A role's name, translated while it is the seeded one."""
    return QCoreApplication.translate(table.CONTEXT, stored, "role") if stored else "—"


def name(key: str) -> str:
    """The words for a part of a case (a tab, a code list) or a field."""
    for kind in ("case_part", "field"):
        if table.has(kind, key):
            return label(kind, key)
    return key.replace("_", " ").capitalize()


def field_name(section: str, field: str) -> str:
    """A field's label inside a section record; a few names depend on their section."""
    return label("field", field) if table.has("field", field) else name(field)


def levels() -> dict[int, str]:
    return {int(code): label("level", code) for code in table.table()["level"]}


def country_name(code: str) -> str:
    """A two-letter ISO code as its country's name; an unknown code is shown as it is."""
    return label("country", code) if code else "—"


def countries(codes: str | Iterable[str]) -> str:
    return labels("country", codes)


def all_countries() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, the ones frequent in Belize's cases first, then by name."""
    return _all_countries(QCoreApplication.translate(table.CONTEXT, "Belize", "country"))


@cache
def _all_countries(_language_marker: str) -> tuple[tuple[str, str], ...]:
    names = {code: label("country", code) for code in table.countries()}
    frequent = [(c, names.get(c, c)) for c in vocab.FREQUENT_COUNTRIES]
    rest = sorted(((c, n) for c, n in names.items() if c not in vocab.FREQUENT_COUNTRIES),
                  key=lambda item: _fold(item[1]))
    return tuple(frequent + rest)


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))


def figure_label(table_key: str, code: str) -> str:
    """A row or column of a statistics table."""
    kind, code = catalogue.figure_kind(table_key, code)
    return label(kind, code) if kind else code


def table_title(key: str) -> str:
    return label("statistics_table", key)
