"""Which XLSForm sheets, columns and types CaseDesk understands, and how translated headers read.

One place for the supported subset, so that the loader can name whatever falls outside it.
"""

from __future__ import annotations

import re

from desktop.forms.schema import DEFAULT_LANGUAGE, Language

SURVEY_COLUMNS = frozenset(
    {
        "type", "name", "label", "hint", "guidance_hint", "required", "required_message", "constraint",
        "constraint_message", "relevant", "default", "read_only", "appearance", "calculation",
        "repeat_count", "choice_filter",
    }
)
# Other spellings pyxform accepts for the same columns.
COLUMN_ALIASES = {
    "jr:count": "repeat_count", "count": "repeat_count", "readonly": "read_only", "relevance": "relevant",
    "calculate": "calculation", "caption": "label", "constraining_message": "constraint_message",
    "requiredmsg": "required_message", "jr:constraintmsg": "constraint_message",
    "jr:requiredmsg": "required_message",
}
# Columns that KoboToolbox's form builder adds for its own bookkeeping ($kuid, $autoname, $prev,
# $given_name…): they say nothing about the form, so CaseDesk reads past them.
BOOKKEEPING_PREFIX = "$"
TRANSLATABLE = frozenset({"label", "hint", "guidance_hint", "required_message", "constraint_message"})
CHOICES_COLUMNS = frozenset({"list_name", "name", "label"})
# Media columns cannot be shown; any other choices column is data for choice_filter.
MEDIA_COLUMNS = frozenset({"image", "big-image", "audio", "video", "media"})
SETTINGS_COLUMNS = frozenset({"form_title", "form_id", "version", "default_language",
                              "allow_choice_duplicates"})
# Settings that only concern ODK servers, phones or web forms; accepted and without effect here.
SETTINGS_WITHOUT_EFFECT = frozenset(
    {
        "instance_name", "style", "submission_url", "public_key", "auto_send", "auto_delete", "name",
        "namespaces", "clean_text_values", "omit_instanceid", "prefix", "delimiter",
    }
)
APPEARANCES = frozenset({"multiline", "minimal", "field-list"})
# Appearances that only change how ODK Collect or Enketo lay a question out; CaseDesk's own layout
# is used instead and the answers are the same.
LAYOUT_APPEARANCES = frozenset(
    {
        "horizontal", "horizontal-compact", "compact", "quick", "quickcompact", "likert", "no-calendar",
        "autocomplete", "numbers", "thousands-sep", "columns", "columns-pack", "label", "list-nolabel",
        "list", "table-list", "no-ticks",
    }
)
_LAYOUT_APPEARANCE = re.compile(r"^(w\d{1,2}|columns-\d{1,2}|compact-\d{1,2})$")

# ODK/Kobo metadata: filled by CaseDesk where a desktop knows the value (start, end, today, username),
# left empty where it cannot (the phone's numbers, the audit log file of ODK Collect).
METADATA_TYPES = frozenset(
    {"start", "end", "today", "deviceid", "username", "email", "audit", "simserial", "phonenumber",
     "subscriberid"}
)
TYPE_ALIASES = {
    "imei": "deviceid", "device id": "deviceid", "subscriber id": "subscriberid", "sim id": "simserial",
    "phone number": "phonenumber", "get start time": "start", "get end time": "end", "end time": "end",
    "get today": "today", "get sim id": "simserial", "get phone number": "phonenumber",
    "get subscriber id": "subscriberid", "int": "integer", "string": "text", "trigger": "acknowledge",
    "datetime": "datetime",
}

# XLSForm types CaseDesk knows by name but does not support, for a precise message.
KNOWN_UNSUPPORTED_TYPES = frozenset(
    {
        "geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "range", "photo",
        "rank", "hidden", "begin loop", "end loop", "select_one_from_file", "select_multiple_from_file",
        "xml-external", "csv-external", "background-audio", "start-geopoint",
        "background-geopoint", "select_one_external", "entity", "osm",
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
    return TYPE_ALIASES.get(lowered, lowered)


def is_layout_appearance(word: str) -> bool:
    return word in LAYOUT_APPEARANCES or bool(_LAYOUT_APPEARANCE.match(word))


def normalise_row(row: dict[str, str]) -> dict[str, str]:
    """Canonical column names (aliases resolved, languages kept); Kobo bookkeeping columns dropped."""
    out: dict[str, str] = {}
    for key, value in row.items():
        base, language = split_header(key)
        if base.startswith(BOOKKEEPING_PREFIX):
            continue
        base = COLUMN_ALIASES.get(base, base)
        out[base if language is None else f"{base}::{language}"] = value
    return out


def parse_select(type_text: str) -> tuple[str, str, bool] | None:
    """("select_one", list name, or_other) for a select type, else None."""
    text = re.sub(r"^select one\b", "select_one", type_text)
    text = re.sub(r"^select multiple\b", "select_multiple", text)
    text = re.sub(r"^select all that apply\b", "select_multiple", text)
    text = re.sub(r"^select1\b", "select_one", text)
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
