"""Tokenizer and parser for the XLSForm expression subset CaseDesk evaluates.

Expressions come from spreadsheets that anyone can write, so they are never handed to Python: the
tokenizer accepts a closed set of tokens, the parser builds a small AST, and expr_eval interprets it.
Anything outside the subset is an ExpressionError naming the feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.forms.errors import ExpressionError

MAX_EXPRESSION_LENGTH = 1000
MAX_DEPTH = 40  # nested parentheses, calls and unary minus
MAX_OPERATORS = 200  # bounds the depth of the tree that left-associative chains build

# Functions the interpreter knows, with (min, max) argument counts; max -1 means any number.
FUNCTIONS: dict[str, tuple[int, int]] = {
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "today": (0, 0),
    "if": (3, 3),
    "regex": (2, 2),
    "true": (0, 0),
    "false": (0, 0),
    "number": (1, 1),
    "string": (1, 1),
    "int": (1, 1),
    "round": (1, 2),
    "concat": (1, -1),
    "contains": (2, 2),
    "starts-with": (2, 2),
    "coalesce": (2, 2),
    "boolean": (1, 1),
}

BINARY_LEVELS: tuple[tuple[str, ...], ...] = (
    ("or",),
    ("and",),
    ("=", "!="),
    ("<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "div", "mod"),
)

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<field>\$\{(?P<fname>[A-Za-z_][A-Za-z0-9_.\-]*)\})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<dot>\.)
  | (?P<name>[A-Za-z_][A-Za-z0-9_\-]*)
    """,
    re.VERBOSE,
)

_WORD_OPERATORS = {"and", "or", "div", "mod"}


@dataclass(frozen=True)
class Token:
    kind: str  # number, string, field, dot, op, name, end
    text: str
    position: int


@dataclass(frozen=True)
class Literal:
    value: str | float


@dataclass(frozen=True)
class FieldRef:
    name: str


@dataclass(frozen=True)
class Current:
    """The `.` of a constraint: the value being checked."""


@dataclass(frozen=True)
class Unary:
    operand: Node


@dataclass(frozen=True)
class Binary:
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    function: str
    arguments: tuple[Node, ...]


Node = Literal | FieldRef | Current | Unary | Binary | Call


def tokenize(source: str) -> list[Token]:
    """Split an expression into tokens; any character outside the subset is an error."""
    if len(source) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(f"expression is longer than {MAX_EXPRESSION_LENGTH} characters")
    tokens: list[Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            char = source[position]
            if char == "/":
                raise ExpressionError("XPath paths (/data/...) are not supported; use ${field}")
            if char in "[]@|":
                raise ExpressionError(f"XPath '{char}' is not supported")
            raise ExpressionError(f"unexpected character {char!r} at position {position + 1}")
        kind = match.lastgroup or ""
        if kind == "fname":
            kind = "field"
        if kind == "field":
            tokens.append(Token("field", match.group("fname"), position))
        elif kind != "space":
            tokens.append(Token(kind, match.group(0), position))
        position = match.end()
    tokens.append(Token("end", "", len(source)))
    return tokens


class _Parser:
    """Recursive descent by precedence level, XPath style (or < and < = < relational < + < *)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.depth = 0
        self.operators = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text or token.kind not in ("op", "name"):
            found = token.text or "the end"
            raise ExpressionError(f"expected '{text}' at position {token.position + 1}, found {found!r}")

    def _is_operator(self, token: Token, operators: tuple[str, ...]) -> bool:
        if token.kind == "op":
            return token.text in operators
        return token.kind == "name" and token.text in _WORD_OPERATORS and token.text in operators

    def nest(self) -> None:
        """One more level of parentheses, call arguments or unary minus."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"expression is nested deeper than {MAX_DEPTH} levels")

    def expression(self, level: int = 0) -> Node:
        if level == len(BINARY_LEVELS):
            return self.unary()
        node = self.expression(level + 1)
        while self._is_operator(self.peek(), BINARY_LEVELS[level]):
            operator = self.take().text
            self.operators += 1
            if self.operators > MAX_OPERATORS:
                raise ExpressionError(f"expression has more than {MAX_OPERATORS} operators")
            node = Binary(operator, node, self.expression(level + 1))
        return node

    def unary(self) -> Node:
        if self._is_operator(self.peek(), ("-",)):
            self.take()
            self.nest()
            try:
                return Unary(self.unary())
            finally:
                self.depth -= 1
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "number":
            return Literal(float(token.text))
        if token.kind == "string":
            return Literal(token.text[1:-1])
        if token.kind == "field":
            return FieldRef(token.text)
        if token.kind == "dot":
            return Current()
        if token.kind == "op" and token.text == "(":
            self.nest()
            try:
                node = self.expression()
            finally:
                self.depth -= 1
            self.expect(")")
            return node
        if token.kind == "name" and token.text not in _WORD_OPERATORS:
            return self.call(token)
        found = token.text or "the end"
        raise ExpressionError(f"unexpected {found!r} at position {token.position + 1}")

    def call(self, token: Token) -> Node:
        name = token.text
        if self.peek().text != "(":
            raise ExpressionError(f"bare name '{name}' is not supported; use ${{{name}}} for a field")
        if name not in FUNCTIONS:
            raise ExpressionError(f"function '{name}()' is not supported")
        self.take()
        arguments: list[Node] = []
        self.nest()
        try:
            if self.peek().text != ")":
                arguments.append(self.expression())
                while self.peek().text == ",":
                    self.take()
                    arguments.append(self.expression())
        finally:
            self.depth -= 1
        self.expect(")")
        low, high = FUNCTIONS[name]
        if len(arguments) < low or (high >= 0 and len(arguments) > high):
            raise ExpressionError(f"function '{name}()' takes a different number of arguments")
        return Call(name, tuple(arguments))


def parse(source: str) -> Node:
    """Parse an expression into its AST; raises ExpressionError for anything outside the subset."""
    if not source.strip():
        raise ExpressionError("expression is empty")
    parser = _Parser(tokenize(source))
    node = parser.expression()
    trailing = parser.peek()
    if trailing.kind != "end":
        raise ExpressionError(f"unexpected {trailing.text!r} at position {trailing.position + 1}")
    return node


def references(node: Node) -> set[str]:
    """The field names an expression reads, for reference checks and cycle detection."""
    if isinstance(node, FieldRef):
        return {node.name}
    if isinstance(node, Unary):
        return references(node.operand)
    if isinstance(node, Binary):
        return references(node.left) | references(node.right)
    if isinstance(node, Call):
        found: set[str] = set()
        for argument in node.arguments:
            found |= references(argument)
        return found
    return set()
