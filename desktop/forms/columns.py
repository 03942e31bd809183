"""Which XLSForm sheets, columns and types CaseDesk understands, and how translated headers read.

One place for the supported subset, so that the loader can name whatever falls outside it.
"""

from __future__ import annotations

import re

from desktop.forms.schema import DEFAULT_LANGUAGE, Language

SURVEY_COLUMNS = frozenset(
    {
        "type", "name", "label", "hint", "required", "required_message", "constraint",
        "constraint_message", "relevant", "default", "read_only", "appearance", "calculation",
    }
)
TRANSLATABLE = frozenset({"label", "hint", "required_message", "constraint_message"})
CHOICES_COLUMNS = frozenset({"list_name", "name", "label"})
SETTINGS_COLUMNS = frozenset({"form_title", "form_id", "version", "default_language"})
APPEARANCES = frozenset({"multiline", "minimal", "field-list"})

# XLSForm types CaseDesk knows by name but does not support, for a precise message.
KNOWN_UNSUPPORTED_TYPES = frozenset(
    {
        "geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode", "range",
        "rank", "hidden", "start", "end", "today", "deviceid", "username", "phonenumber", "email",
        "audit", "begin loop", "end loop", "select_one_from_file", "select_multiple_from_file",
        "xml-external", "csv-external", "background-audio", "start-geopoint", "trigger",
        "simserial", "subscriberid", "background-geopoint", "select_one_external", "entity",
    }
)

_SELECT = re.compile(r"^(select_one|select_multiple)\s+([A-Za-z_][A-Za-z0-9_.\-]*)(\s+or_other)?$")
_LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")
STRUCTURAL_TYPES = frozenset(
    {"begin group", "end group", "begin repeat", "end repeat", "begin loop", "end loop"}
)
NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def normalise_type(raw: str) -> str:
    """Single spaces, lower-case keywords, spaced structural types; list names keep their case."""
    text = re.sub(r"\s+", " ", raw.strip())
    lowered = text.lower()
    if lowered.replace("_", " ") in STRUCTURAL_TYPES:
        return lowered.replace("_", " ")
    if lowered.startswith("select"):
        head, _, rest = text.partition(" ")
        return f"{head.lower()} {rest}".strip()
    return lowered


def parse_select(type_text: str) -> tuple[str, str, bool] | None:
    """("select_one", list name, or_other) for a select type, else None."""
    text = re.sub(r"^select one\b", "select_one", type_text)
    text = re.sub(r"^select multiple\b", "select_multiple", text)
    match = _SELECT.match(text)
    if match is None:
        return None
    return match.group(1), match.group(2), bool(match.group(3))


def split_header(header: str) -> tuple[str, str | None]:
    """("label", "Spanish (es)") for "label::Spanish (es)"; ("label", None) for a plain column."""
    if "::" in header:
        base, _, language = header.partition("::")
        return base.strip().lower(), language.strip()
    return header.strip().lower(), None


def language_of(name: str) -> Language:
    if name == DEFAULT_LANGUAGE:
        return Language(DEFAULT_LANGUAGE, "")
    match = _LANGUAGE_CODE.search(name)
    return Language(name, match.group(1).lower() if match else "")


def is_yes(value: str) -> bool:
    return value.strip().lower() in ("yes", "true", "true()", "1")


def is_no(value: str) -> bool:
    return value.strip().lower() in ("no", "false", "false()", "0", "")
