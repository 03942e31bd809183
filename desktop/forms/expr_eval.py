"""Interpreter for parsed XLSForm expressions, with XPath 1.0 conversions (expr_values).

The tree from expr_parse is walked node by node; functions are in expr_functions. Nothing here can
reach Python: a name is either a field, a choices column or one of the listed functions.
"""

from __future__ import annotations

import math

from desktop.forms.errors import ExpressionError
from desktop.forms.expr_functions import call
from desktop.forms.expr_parse import Binary, Column, Current, FieldRef, Literal, Node, Parent, Unary, parse
from desktop.forms.expr_values import (
    ISO_DATE,
    MAX_REGEX_LENGTH,
    MAX_STRING_LENGTH,
    Scope,
    Value,
    to_boolean,
    to_number,
    to_string,
)

__all__ = [
    "MAX_REGEX_LENGTH", "MAX_STRING_LENGTH", "Interpreter", "Scope", "Value", "evaluate", "evaluate_text",
    "to_boolean", "to_number", "to_string",
]


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        return to_number(left) == to_number(right)
    return left == right


def _relational(operator: str, left: Value, right: Value) -> bool:
    if isinstance(left, str) and isinstance(right, str) and ISO_DATE.match(left) and ISO_DATE.match(right):
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



class Interpreter:
    """Walks the tree; expr_functions calls back into value(), nodes(), text() and number()."""

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
        if isinstance(node, Column):
            return self.scope.column(node.name)
        if isinstance(node, Parent):
            raise ExpressionError("'..' is only supported as position(..)")
        if isinstance(node, Unary):
            return -to_number(self.value(node.operand))
        if isinstance(node, Binary):
            return self.binary(node)
        return call(self, node)

    def nodes(self, node: Node) -> list[Value]:
        """The node set an argument stands for: every entry for a repeat field, else its one value."""
        if isinstance(node, FieldRef):
            found = self.scope.nodes(node.name)
            if found is not None:
                return found
        return [self.value(node)]

    def text(self, node: Node) -> str:
        return to_string(self.value(node))

    def number(self, node: Node) -> float:
        return to_number(self.value(node))

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


def evaluate(node: Node, scope: Scope | None = None) -> Value:
    """Evaluate a parsed expression; only ExpressionError can escape."""
    try:
        return Interpreter(scope or Scope()).value(node)
    except ExpressionError:
        raise
    except (ArithmeticError, ValueError, RecursionError, OverflowError) as error:
        raise ExpressionError(f"expression could not be evaluated ({type(error).__name__})") from None


def evaluate_text(source: str, scope: Scope | None = None) -> Value:
    """Parse and evaluate in one step (tests and previews)."""
    return evaluate(parse(source), scope)

