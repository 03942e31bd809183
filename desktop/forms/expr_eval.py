"""Interpreter for parsed XLSForm expressions, with XPath 1.0 conversions.

Answers are strings, numbers or booleans; an unanswered field is the empty string (so a comparison
with a number is false, as in ODK). A select_multiple answer is its codes separated by spaces.
ISO dates and times (HH:MM) compare as such because they compare as strings.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.forms.errors import ExpressionError
from desktop.forms.expr_parse import Binary, Call, Current, FieldRef, Literal, Node, Unary, parse

Value = str | float | bool
MAX_REGEX_LENGTH = 200
MAX_STRING_LENGTH = 100_000

_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}:\d{2})")


def _empty_lookup(name: str) -> Value | None:
    raise ExpressionError(f"unknown field '{name}'")


@dataclass(frozen=True)
class Scope:
    """What an expression can see: field values by name, the current value, and today's date."""

    lookup: Callable[[str], Value | None] = _empty_lookup
    current: Value | None = None
    today: dt.date = field(default_factory=dt.date.today)


def to_boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    return value != ""


def to_number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    text = value.strip()
    if not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", text):
        return math.nan
    return float(text)


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


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        return to_number(left) == to_number(right)
    return left == right


def _relational(operator: str, left: Value, right: Value) -> bool:
    if isinstance(left, str) and isinstance(right, str) and _ISO_DATE.match(left) and _ISO_DATE.match(right):
        a: str | float = left
        b: str | float = right
    else:
        a, b = to_number(left), to_number(right)
    if operator == "<":
        return a < b  # type: ignore[operator]
    if operator == "<=":
        return a <= b  # type: ignore[operator]
    if operator == ">":
        return a > b  # type: ignore[operator]
    return a >= b  # type: ignore[operator]


def _arithmetic(operator: str, left: float, right: float) -> float:
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    if operator == "*":
        return left * right
    if operator == "div":
        if right == 0:
            return math.nan if left == 0 or math.isnan(left) else math.copysign(math.inf, left)
        return left / right
    if right == 0 or math.isinf(left):
        return math.nan
    return math.fmod(left, right)


def _regex(value: str, pattern: str) -> bool:
    if len(pattern) > MAX_REGEX_LENGTH:
        raise ExpressionError(f"regular expression is longer than {MAX_REGEX_LENGTH} characters")
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise ExpressionError(f"invalid regular expression: {error.msg}") from None
    return compiled.search(value) is not None


class _Interpreter:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def value(self, node: Node) -> Value:
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, FieldRef):
            found = self.scope.lookup(node.name)
            return "" if found is None else found
        if isinstance(node, Current):
            return "" if self.scope.current is None else self.scope.current
        if isinstance(node, Unary):
            return -to_number(self.value(node.operand))
        if isinstance(node, Binary):
            return self.binary(node)
        return self.call(node)

    def binary(self, node: Binary) -> Value:
        operator = node.operator
        if operator == "or":
            return to_boolean(self.value(node.left)) or to_boolean(self.value(node.right))
        if operator == "and":
            return to_boolean(self.value(node.left)) and to_boolean(self.value(node.right))
        left, right = self.value(node.left), self.value(node.right)
        if operator == "=":
            return _equal(left, right)
        if operator == "!=":
            return not _equal(left, right)
        if operator in ("<", "<=", ">", ">="):
            return _relational(operator, left, right)
        return _arithmetic(operator, to_number(left), to_number(right))

    def text(self, node: Node) -> str:
        return to_string(self.value(node))

    def call(self, node: Call) -> Value:
        name, args = node.function, node.arguments
        if name == "if":
            return self.value(args[1]) if to_boolean(self.value(args[0])) else self.value(args[2])
        if name == "not":
            return not to_boolean(self.value(args[0]))
        if name in ("true", "false"):
            return name == "true"
        if name == "today":
            return self.scope.today.isoformat()
        if name == "selected":
            return self.text(args[1]).strip() in self.text(args[0]).split()
        if name == "count-selected":
            return float(len(self.text(args[0]).split()))
        if name == "string-length":
            return float(len(self.text(args[0])))
        if name == "regex":
            return _regex(self.text(args[0]), self.text(args[1]))
        return self.conversion(name, args)

    def conversion(self, name: str, args: tuple[Node, ...]) -> Value:
        if name == "number":
            return to_number(self.value(args[0]))
        if name == "string":
            return self.text(args[0])
        if name == "boolean":
            return to_boolean(self.value(args[0]))
        if name == "int":
            number = to_number(self.value(args[0]))
            return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))
        if name == "round":
            number = to_number(self.value(args[0]))
            digits = int(to_number(self.value(args[1]))) if len(args) > 1 else 0
            if math.isnan(number) or math.isinf(number) or abs(digits) > 15:
                return number
            return float(round(number, digits))
        if name == "concat":
            joined = "".join(self.text(argument) for argument in args)
            if len(joined) > MAX_STRING_LENGTH:
                raise ExpressionError("concat() result is too long")
            return joined
        if name == "contains":
            return self.text(args[1]) in self.text(args[0])
        if name == "starts-with":
            return self.text(args[0]).startswith(self.text(args[1]))
        if name == "coalesce":
            first = self.text(args[0])
            return first if first != "" else self.text(args[1])
        raise ExpressionError(f"function '{name}()' is not supported")


def evaluate(node: Node, scope: Scope | None = None) -> Value:
    """Evaluate a parsed expression; only ExpressionError can escape."""
    try:
        return _Interpreter(scope or Scope()).value(node)
    except ExpressionError:
        raise
    except (ArithmeticError, ValueError, RecursionError) as error:
        raise ExpressionError(f"expression could not be evaluated ({type(error).__name__})") from None


def evaluate_text(source: str, scope: Scope | None = None) -> Value:
    """Parse and evaluate in one step (tests and previews)."""
    return evaluate(parse(source), scope)
