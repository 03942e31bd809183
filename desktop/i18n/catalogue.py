"""Translations for documents, read from the same Qt Linguist files as the screens (no Qt).

Screens translate with Qt (`tr`, `QCoreApplication.translate`) from the compiled `.qm`; reports
run below the views without Qt, so they read `resources/i18n/casedesk_<lang>.ts` here (parsed
once with the standard library, then cached). Both read the same entries, so a label or a
sentence is translated once for both. English is the source text.

Documents mark their sentences with a `Translator`:

    _ = Translator("ReferralPacket", lang)
    text(_("Dear colleagues of {recipient},").format(recipient=name))

`installers/translations.py update` finds every `_("…")` of a module that assigns
`_ = Translator("Context", …)` and writes it to the .ts files under that context; a constant
written before its language is known is marked with `marked("Context", "…")`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from desktop.resources import resource

from . import labels as table

ENGLISH = "en"
LANGUAGES = ("en", "es")
_Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


def i18n_folder() -> Path:
    return resource("i18n")


@cache
def _entries(lang: str) -> dict[_Key, str]:
    """(context, source, disambiguation) → finished translation of one language's .ts file."""
    path = i18n_folder() / f"casedesk_{lang}.ts"
    if lang == ENGLISH or not path.is_file():
        return {}
    found: dict[_Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = translation.text
    return found


def language(lang: str | None) -> str:
    """A supported language code ("es", "en"); anything else reads as English."""
    code = (lang or ENGLISH).split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def translate(context: str, source: str, lang: str, disambiguation: str | None = None) -> str:
    """`source` in `lang` as the .ts file has it; the source itself when untranslated."""
    if language(lang) == ENGLISH:
        return source
    return _entries(language(lang)).get((context, source, disambiguation or ""), source)


def label(kind: str, code: str, lang: str = ENGLISH) -> str:
    """The words for a code of a kind ("sex", "FEMALE") in a language; "—" for no code."""
    if not code:
        return "—"
    return translate(table.CONTEXT, table.english(kind, code), lang, kind)


def labels(kind: str, codes: Iterable[str] | str, lang: str = ENGLISH) -> str:
    """Several codes (a tuple or a stored "A,B" string) as one readable list."""
    items = [c for c in (codes.split(",") if isinstance(codes, str) else codes) if c]
    return ", ".join(label(kind, c, lang) for c in items) if items else "—"


def stored_name(kind: str, code: str, stored: str, lang: str = ENGLISH) -> str:
    """A name kept in the vault (an agency, a role) translated while it is still the seeded one;
    a name an administrator changed is shown as they wrote it."""
    if stored and table.english(kind, code) != stored:
        return stored
    return label(kind, code, lang) if code else stored


def figure_label(table_key: str, code: str, lang: str = ENGLISH) -> str:
    """A row or column of an annual statistics table (reports.figures.Table)."""
    kind, code = figure_kind(table_key, code)
    return label(kind, code, lang) if kind else code


def figure_kind(table_key: str, code: str) -> tuple[str, str]:
    """Which (kind, code) of the table labels a statistics row or column; ("", code) for a
    code that is its own label (an age group such as "18–24")."""
    if table_key in ("trainings", "campaigns") and code == "UNKNOWN":
        return "statistic", "SEX_NOT_RECORDED"
    if table_key == "trainings" and table.has("training_audience", code):
        return "training_audience", code
    if table_key == "campaigns" and table.has("campaign_channel", code):
        return "campaign_channel", code
    if table.has("statistic", code):
        return "statistic", code
    if len(code) == 2 and code.isupper():
        return "country", code
    for kind in ("service", "offence", "repatriated_by"):
        if table.has(kind, code):
            return kind, code
    return "", code


def marked(context: str, source: str) -> str:
    """Marks a sentence for the .ts files where it is written (Qt's QT_TRANSLATE_NOOP) and returns
    it unchanged; a `Translator` of that context translates the value later."""
    return source


class Translator:
    """The marker of a document's sentences: `_ = Translator("Context", lang)`, then `_("…")`."""

    def __init__(self, context: str, lang: str) -> None:
        self.context = context
        self.lang = language(lang)

    def __call__(self, source: str, disambiguation: str | None = None) -> str:
        return translate(self.context, source, self.lang, disambiguation)

    def label(self, kind: str, code: str) -> str:
        return label(kind, code, self.lang)

    def labels(self, kind: str, codes: Iterable[str] | str) -> str:
        return labels(kind, codes, self.lang)
