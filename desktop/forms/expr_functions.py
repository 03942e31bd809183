"""The XPath and ODK functions of XLSForm expressions (the table in expr_parse.FUNCTIONS).

Each function takes the interpreter and its unevaluated arguments, so that if() and once() evaluate
only what they need and node-set functions can ask for every entry of a repeat field.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import math
import random
import re
import secrets
import uuid
from collections.abc import Callable
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol

from desktop.forms.errors import ExpressionError
from desktop.forms.expr_parse import Call, Node, choice_name_field
from desktop.forms.expr_values import (
    Scope,
    Value,
    bounded,
    parse_moment,
    regex_search,
    to_boolean,
    to_number,
    to_string,
)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TIME = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?")
_DIGESTS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512"}


class Evaluator(Protocol):
    scope: Scope

    def value(self, node: Node) -> Value: ...
    def nodes(self, node: Node) -> list[Value]: ...
    def text(self, node: Node) -> str: ...
    def number(self, node: Node) -> float: ...


Function = Callable[[Evaluator, tuple[Node, ...]], Value]


def call(ev: Evaluator, node: Call) -> Value:
    function = _TABLE.get(node.function) or _MATH_TABLE.get(node.function)
    if function is None:
        raise ExpressionError(f"function '{node.function}()' is not supported")
    if node.function == "jr:choice-name":
        return _choice_name(ev, node)
    return function(ev, node.arguments)


# -- strings ----------------------------------------------------------------------------------
def _all_texts(ev: Evaluator, args: tuple[Node, ...]) -> list[str]:
    return [to_string(value) for argument in args for value in ev.nodes(argument)]


def _substr(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    text = ev.text(args[0])
    start = ev.number(args[1])
    end = ev.number(args[2]) if len(args) > 2 else float(len(text))
    if math.isnan(start) or math.isnan(end):
        return ""
    return text[max(0, int(start)):max(0, int(min(end, len(text))))]


def _translate(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    text, source, target = ev.text(args[0]), ev.text(args[1]), ev.text(args[2])
    table: dict[int, int | None] = {}
    for index, char in enumerate(source):
        table.setdefault(ord(char), ord(target[index]) if index < len(target) else None)
    return text.translate(table)


def _normalize_space(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    text = ev.text(args[0]) if args else to_string(ev.scope.current or "")
    return " ".join(text.split())


def _uuid(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    if not args:
        return str(uuid.uuid4())
    length = ev.number(args[0])
    if math.isnan(length) or not 1 <= length <= 1000:
        raise ExpressionError("uuid() takes a length from 1 to 1000")
    return secrets.token_hex((int(length) + 1) // 2)[: int(length)]


def _digest(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    algorithm = _DIGESTS.get(ev.text(args[1]).upper())
    if algorithm is None:
        raise ExpressionError("digest() takes MD5, SHA-1, SHA-256, SHA-384 or SHA-512")
    raw = hashlib.new(algorithm, ev.text(args[0]).encode("utf-8")).digest()
    encoding = ev.text(args[2]).lower() if len(args) > 2 else "base64"
    return raw.hex() if encoding == "hex" else base64.b64encode(raw).decode("ascii")


def _base64_decode(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    try:
        return base64.b64decode(ev.text(args[0]), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""


# -- booleans ---------------------------------------------------------------------------------
def _if(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    return ev.value(args[1]) if to_boolean(ev.value(args[0])) else ev.value(args[2])


def _coalesce(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    first = ev.text(args[0])
    return first if first != "" else ev.text(args[1])


def _once(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    return ev.scope.own if ev.scope.own != "" else ev.value(args[0])


def _checklist(ev: Evaluator, args: tuple[Node, ...], weighted: bool = False) -> Value:
    low, high = ev.number(args[0]), ev.number(args[1])
    if weighted:
        if len(args) % 2:
            raise ExpressionError("weighted-checklist() takes pairs of value and weight")
        pairs = [(args[i], args[i + 1]) for i in range(2, len(args), 2)]
        total = sum(ev.number(weight) for value, weight in pairs if to_boolean(ev.value(value)))
    else:
        total = float(sum(1 for argument in args[2:] for v in ev.nodes(argument) if to_boolean(v)))
    return (low < 0 or total >= low) and (high < 0 or total <= high)


# -- numbers ----------------------------------------------------------------------------------
def _numbers(ev: Evaluator, args: tuple[Node, ...]) -> list[float]:
    return [to_number(value) for argument in args for value in ev.nodes(argument)]


def _extreme(ev: Evaluator, args: tuple[Node, ...], pick: Callable[[list[float]], float]) -> Value:
    numbers = _numbers(ev, args)
    if not numbers or any(math.isnan(n) for n in numbers):
        return math.nan
    return pick(numbers)


def _int(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    number = ev.number(args[0])
    return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))


def _round(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    """Halves round towards positive infinity, as XPath says (round(2.5) = 3, round(-2.5) = -2)."""
    number = ev.number(args[0])
    digits = ev.number(args[1]) if len(args) > 1 else 0.0
    if math.isnan(number) or math.isinf(number) or math.isnan(digits) or abs(digits) > 15:
        return number
    try:
        exponent = Decimal(1).scaleb(-int(digits))
        mode = ROUND_HALF_UP if number >= 0 else ROUND_HALF_DOWN
        return float(Decimal(repr(number)).quantize(exponent, rounding=mode))
    except InvalidOperation:
        return number


def _math(function: Callable[[float], float]) -> Function:
    def apply(ev: Evaluator, args: tuple[Node, ...]) -> Value:
        number = ev.number(args[0])
        try:
            return function(number)
        except (ValueError, OverflowError):
            return math.nan

    return apply


def _pow(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    try:
        return math.pow(ev.number(args[0]), ev.number(args[1]))
    except (ValueError, OverflowError):
        return math.nan


# -- node sets --------------------------------------------------------------------------------
def _position(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    if ev.scope.position is None:
        raise ExpressionError("position(..) is only meaningful inside a repeat")
    return float(ev.scope.position)


def _indexed_repeat(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    values = ev.nodes(args[0])
    index = ev.number(args[2])
    if math.isnan(index) or not 1 <= index <= len(values) or not float(index).is_integer():
        return ""
    return values[int(index) - 1]


# -- dates ------------------------------------------------------------------------------------
def _moment(value: Value) -> dt.datetime | None:
    if isinstance(value, float | bool):
        days = value if isinstance(value, float) else float(value)
        if math.isnan(days) or math.isinf(days) or abs(days) > 3_000_000:
            return None
        return dt.datetime(1970, 1, 1) + dt.timedelta(days=days)
    return parse_moment(value)


def _date(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    moment = _moment(ev.value(args[0]))
    return "" if moment is None else moment.date().isoformat()


def _date_time(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    moment = _moment(ev.value(args[0]))
    return "" if moment is None else moment.isoformat(timespec="milliseconds")


def _decimal_date_time(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    moment = _moment(ev.value(args[0]))
    return math.nan if moment is None else (moment - dt.datetime(1970, 1, 1)).total_seconds() / 86_400


def _decimal_time(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    match = _TIME.match(ev.text(args[0]).strip())
    if match is None:
        return math.nan
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return math.nan
    return (hours * 3600 + minutes * 60 + seconds) / 86_400


def format_moment(moment: dt.datetime, pattern: str) -> str:
    """ODK's format-date tokens: %Y %y %m %n %b %d %e %a, and %H %h %M %S %3 for times."""
    tokens = {
        "Y": f"{moment.year:04d}", "y": f"{moment.year % 100:02d}", "m": f"{moment.month:02d}",
        "n": str(moment.month), "b": _MONTHS[moment.month - 1], "d": f"{moment.day:02d}",
        "e": str(moment.day), "a": _DAYS[moment.weekday()], "H": f"{moment.hour:02d}",
        "h": str(moment.hour), "M": f"{moment.minute:02d}", "S": f"{moment.second:02d}",
        "3": f"{moment.microsecond // 1000:03d}",
    }
    return bounded(re.sub(r"%(.)", lambda m: tokens.get(m.group(1), m.group(0)), pattern), "format-date()")


def _format_date(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    moment = _moment(ev.value(args[0]))
    return "" if moment is None else format_moment(moment, ev.text(args[1]))


def _now(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    moment = ev.scope.now or dt.datetime.now().astimezone()
    return moment.isoformat(timespec="milliseconds")


# -- selects ----------------------------------------------------------------------------------
def _selected_at(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    codes = ev.text(args[0]).split()
    index = ev.number(args[1])
    if math.isnan(index) or not 0 <= index < len(codes) or not float(index).is_integer():
        return ""
    return codes[int(index)]


def _choice_name(ev: Evaluator, node: Call) -> Value:
    field = choice_name_field(node)
    if field is None:
        raise ExpressionError("jr:choice-name() needs the field as its second argument, written '${field}'")
    return ev.scope.choice_label(field, ev.text(node.arguments[0]).strip())


def _concat(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    return bounded("".join(_all_texts(ev, args)), "concat()")


def _join(ev: Evaluator, args: tuple[Node, ...]) -> Value:
    return bounded(ev.text(args[0]).join(_all_texts(ev, args[1:])), "join()")


_TABLE: dict[str, Function] = {
    "string": lambda ev, a: ev.text(a[0]),
    "concat": _concat,
    "join": _join,
    "substr": _substr,
    "substring-before": lambda ev, a: ev.text(a[0]).partition(ev.text(a[1]))[0] if ev.text(a[1]) in ev.text(
        a[0]) else "",
    "substring-after": lambda ev, a: ev.text(a[0]).partition(ev.text(a[1]))[2],
    "translate": _translate,
    "string-length": lambda ev, a: float(len(ev.text(a[0]))),
    "normalize-space": _normalize_space,
    "contains": lambda ev, a: ev.text(a[1]) in ev.text(a[0]),
    "starts-with": lambda ev, a: ev.text(a[0]).startswith(ev.text(a[1])),
    "ends-with": lambda ev, a: ev.text(a[0]).endswith(ev.text(a[1])),
    "uuid": _uuid,
    "digest": _digest,
    "base64-decode": _base64_decode,
    "if": _if,
    "coalesce": _coalesce,
    "once": _once,
    "true": lambda ev, a: True,
    "false": lambda ev, a: False,
    "boolean": lambda ev, a: to_boolean(ev.value(a[0])),
    "boolean-from-string": lambda ev, a: ev.text(a[0]).strip().lower() in ("true", "1"),
    "not": lambda ev, a: not to_boolean(ev.value(a[0])),
    "regex": lambda ev, a: regex_search(ev.text(a[0]), ev.text(a[1])),
    "checklist": _checklist,
    "weighted-checklist": lambda ev, a: _checklist(ev, a, weighted=True),
    "number": lambda ev, a: ev.number(a[0]),
    "random": lambda ev, a: random.random(),  # noqa: S311 - a form's random(), not a secret
    "int": _int,
    "sum": lambda ev, a: math.fsum(_numbers(ev, a)),
    "max": lambda ev, a: _extreme(ev, a, max),
    "min": lambda ev, a: _extreme(ev, a, min),
    "round": _round,
    "pow": _pow,
    "count": lambda ev, a: float(len(ev.nodes(a[0]))),
    "count-non-empty": lambda ev, a: float(sum(1 for v in ev.nodes(a[0]) if to_string(v) != "")),
    "position": _position,
    "indexed-repeat": _indexed_repeat,
    "today": lambda ev, a: ev.scope.today.isoformat(),
    "now": _now,
    "date": _date,
    "date-time": _date_time,
    "decimal-date-time": _decimal_date_time,
    "decimal-time": _decimal_time,
    "format-date": _format_date,
    "format-date-time": _format_date,
    "selected": lambda ev, a: ev.text(a[1]).strip() in ev.text(a[0]).split(),
    "selected-at": _selected_at,
    "count-selected": lambda ev, a: float(len(ev.text(a[0]).split())),
    "jr:choice-name": lambda ev, a: "",  # handled in call(): it needs the whole node
}

_MATH_TABLE: dict[str, Function] = {
    "log": _math(math.log), "log10": _math(math.log10), "abs": _math(abs), "sin": _math(math.sin),
    "cos": _math(math.cos), "tan": _math(math.tan), "asin": _math(math.asin), "acos": _math(math.acos),
    "atan": _math(math.atan), "sqrt": _math(math.sqrt), "exp": _math(math.exp),
    "exp10": _math(lambda x: math.pow(10, x)),
    "atan2": lambda ev, a: math.atan2(ev.number(a[0]), ev.number(a[1])),
    "pi": lambda ev, a: math.pi,
}

