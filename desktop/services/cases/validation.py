"""Input limits for case records (P3): every refusal names its field and says why."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from desktop.models import vocab
from desktop.services.errors import ValidationError

COUNTRY = re.compile(r"^[A-Z]{2}$")
MAX_NAME = 120
MAX_NOTE = 20_000
MAX_TITLE = 200
MAX_ALIAS = 200
MAX_ALIASES = 20
MAX_FIELD_TEXT = 500  # contact and documents on the Person tab
EARLIEST = date(1900, 1, 1)
# Format characters that names need: zero-width non-joiner and joiner (Persian and Indic spelling,
# emoji sequences such as 👩‍👧) and the left-to-right / right-to-left marks. Embeddings, overrides
# and isolates (U+202A–202E, U+2066–2069) stay refused: they can make text read other than it is.
NAME_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d", "\u200e", "\u200f"})


def clean_text(field: str, value: str, limit: int, *, required: bool = False,
               multiline: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "Enter text.")
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        raise ValidationError(field, "This field is required.")
    if len(text) > limit:
        raise ValidationError(field, f"At most {limit} characters.")
    allowed = NAME_FORMAT_CHARACTERS | ({"\n", "\t"} if multiline else set())
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") and c not in allowed for c in text):
        raise ValidationError(field, "The text contains control characters.")
    return text


def aliases(field: str, values: Iterable[str]) -> tuple[str, ...]:
    """Other names of the person: each cleaned, duplicates dropped, at most MAX_ALIASES (the same
    rule when a case is created and when its aliases change: refused, never cut silently)."""
    names = tuple(dict.fromkeys(clean_text(field, a, MAX_ALIAS, required=True) for a in values))
    if len(names) > MAX_ALIASES:
        raise ValidationError(field, f"Record at most {MAX_ALIASES} other names.")
    return names


def require_open(status: str) -> None:
    """A closed case is read-only until a supervisor reopens it."""
    if status in vocab.CLOSED_STATUSES:
        raise ValidationError("status", "The case is closed; a supervisor can reopen it.")


def choice(field: str, value: str, allowed: Iterable[str], *, blank: bool = False) -> str:
    if blank and value == "":
        return ""
    if value not in tuple(allowed):
        raise ValidationError(field, "Choose a value from the list.")
    return value


def codes(field: str, values: Iterable[str], allowed: Iterable[str]) -> tuple[str, ...]:
    allowed_set = set(allowed)
    unique = tuple(dict.fromkeys(values))
    if any(v not in allowed_set for v in unique):
        raise ValidationError(field, "Choose values from the list.")
    return unique


def countries(field: str, values: Iterable[str]) -> str:
    cleaned = [v.strip().upper() for v in values if v.strip()]
    if any(not COUNTRY.match(v) for v in cleaned) or len(cleaned) > 5:
        raise ValidationError(field, "Use two-letter country codes (ISO 3166), at most five.")
    return ",".join(dict.fromkeys(cleaned))


def past_date(field: str, value: date | None, *, today: date | None = None) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise ValidationError(field, "Enter a date.")
    limit = today or date.today()
    if not EARLIEST <= value <= limit:
        raise ValidationError(field, f"Enter a date between {EARLIEST:%Y} and today.")
    return value


def age(field: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise ValidationError(field, "Enter an age from 0 to 120.")
    return value


def level(field: str, value: int, ceiling: int) -> int:
    if value not in (1, 2, 3):
        raise ValidationError(field, "The level is 1, 2 or 3.")
    if value > ceiling:
        raise ValidationError(field, "You cannot write above your own level.")
    return value


LANGUAGES = vocab.LANGUAGES
