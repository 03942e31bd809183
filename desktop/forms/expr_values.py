"""Values of XLSForm expressions and their XPath 1.0 conversions, and what an expression can see.

Answers are strings, numbers or booleans; an unanswered field is the empty string (so a comparison
with a number is false, as in ODK). A select_multiple answer is its codes separated by spaces.
ISO dates and times (HH:MM) compare as such because they compare as strings; in arithmetic a date
or date-time is its number of days since 1970-01-01, as the ODK specification extends number().
A field of a repeat read from outside that repeat is a node set: aggregate functions (count, sum,
max, min, join…) see every entry, anything else sees the first, as in XPath.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.forms.errors import ExpressionError

Value = str | float | bool
MAX_REGEX_LENGTH = 200
MAX_STRING_LENGTH = 100_000

ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}:\d{2})")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_NUMBER = re.compile(r"-?(\d+(\.\d*)?|\.\d+)")


def _empty_lookup(name: str) -> Value | None:
    raise ExpressionError(f"unknown field '{name}'")


def _no_nodes(name: str) -> list[Value] | None:
    return None


def _code_as_label(field_name: str, code: str) -> str:
    return code


def _no_column(name: str) -> Value:
    raise ExpressionError(f"'{name}' is only known in a choice_filter")


@dataclass(frozen=True)
class Scope:
    """What an expression can see.

    lookup: a field's value; nodes: every value of a repeat field (or one "" per entry of a repeat)
    when read from outside it, else None; current: the value a constraint checks (`.`); own: the
    stored value of the field being calculated (for once()); position: the 1-based repeat entry;
    choice_label: jr:choice-name; column: a choices-sheet column in a choice_filter.
    """

    lookup: Callable[[str], Value | None] = _empty_lookup
    current: Value | None = None
    today: dt.date = field(default_factory=dt.date.today)
    now: dt.datetime | None = None
    nodes: Callable[[str], list[Value] | None] = _no_nodes
    own: str = ""
    position: int | None = None
    choice_label: Callable[[str, str], str] = _code_as_label
    column: Callable[[str], Value] = _no_column


def to_boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    return value != ""


def parse_moment(text: str) -> dt.datetime | None:
    """An ISO date or date-time string as a datetime (dates at midnight), else None."""
    text = text.strip()
    if not (_DATE_ONLY.match(text) or _DATE_TIME.match(text)):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def to_number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    text = value.strip()
    if _NUMBER.fullmatch(text):
        return float(text)
    moment = parse_moment(text)
    if moment is None:
        return math.nan
    return (moment - dt.datetime(1970, 1, 1)).total_seconds() / 86_400


def to_string(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def regex_search(value: str, pattern: str) -> bool:
    if len(pattern) > MAX_REGEX_LENGTH:
        raise ExpressionError(f"regular expression is longer than {MAX_REGEX_LENGTH} characters")
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise ExpressionError(f"invalid regular expression: {error.msg}") from None
    return compiled.search(value) is not None


def bounded(text: str, what: str) -> str:
    if len(text) > MAX_STRING_LENGTH:
        raise ExpressionError(f"{what} result is too long")
    return text
