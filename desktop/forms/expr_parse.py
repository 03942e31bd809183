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

# Functions the interpreter knows, with (min, max) argument counts; max -1 means any number. The set
# follows the ODK XForms specification's function table (getodk/xforms-spec, "XPath Functions").
FUNCTIONS: dict[str, tuple[int, int]] = {
    # strings
    "string": (1, 1), "concat": (1, -1), "join": (2, -1), "substr": (2, 3), "substring-before": (2, 2),
    "substring-after": (2, 2), "translate": (3, 3), "string-length": (1, 1), "normalize-space": (0, 1),
    "contains": (2, 2), "starts-with": (2, 2), "ends-with": (2, 2), "uuid": (0, 1), "digest": (2, 3),
    "base64-decode": (1, 1),
    # booleans and choices between values
    "if": (3, 3), "coalesce": (2, 2), "once": (1, 1), "true": (0, 0), "false": (0, 0), "boolean": (1, 1),
    "boolean-from-string": (1, 1), "not": (1, 1), "regex": (2, 2), "checklist": (2, -1),
    "weighted-checklist": (2, -1),
    # numbers
    "number": (1, 1), "random": (0, 0), "int": (1, 1), "sum": (1, 1), "max": (1, -1), "min": (1, -1),
    "round": (1, 2), "pow": (2, 2), "log": (1, 1), "log10": (1, 1), "abs": (1, 1), "sin": (1, 1),
    "cos": (1, 1), "tan": (1, 1), "asin": (1, 1), "acos": (1, 1), "atan": (1, 1), "atan2": (2, 2),
    "sqrt": (1, 1), "exp": (1, 1), "exp10": (1, 1), "pi": (0, 0),
    # node sets (fields of a repeat, the repeat itself)
    "count": (1, 1), "count-non-empty": (1, 1), "position": (0, 1), "indexed-repeat": (3, 3),
    # dates and times
    "today": (0, 0), "now": (0, 0), "date": (1, 1), "date-time": (1, 1), "decimal-date-time": (1, 1),
    "decimal-time": (1, 1), "format-date": (2, 2), "format-date-time": (2, 2),
    # selects
    "selected": (2, 2), "selected-at": (2, 2), "count-selected": (1, 1), "jr:choice-name": (2, 2),
}

# Functions of the specification that CaseDesk does not evaluate, each with the reason an
# administrator reads next to the row (the generic "is not supported" is kept for unknown names).
UNSUPPORTED_FUNCTIONS: dict[str, str] = {
    "pulldata": "it reads external CSV files attached to the form",
    "instance": "secondary instances (external data) are not supported",
    "current": "it is only meaningful with instance(), which is not supported",
    "randomize": "random choice order is not supported",
    "jr:itext": "translations are taken from the label::language columns",
    "area": "geographic questions are not supported",
    "distance": "geographic questions are not supported",
    "geofence": "geographic questions are not supported",
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
  | (?P<dotdot>\.\.)
  | (?P<dot>\.)
  | (?P<name>(?:jr:)?[A-Za-z_][A-Za-z0-9_\-]*)
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
class Parent:
    """`..` in `position(..)`: the repeat entry the expression is evaluated in."""


@dataclass(frozen=True)
class Column:
    """A bare name in a choice_filter: a column of the choices sheet (name, label or any other)."""

    name: str


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


Node = Literal | FieldRef | Current | Parent | Column | Unary | Binary | Call


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

    def __init__(self, tokens: list[Token], columns: bool = False) -> None:
        self.tokens = tokens
        self.columns = columns  # bare names are choice columns (choice_filter)
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
        if token.kind == "dotdot":
            raise ExpressionError("XPath '..' is only supported as position(..)")
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
            if self.columns and not name.startswith("jr:"):
                return Column(name)
            raise ExpressionError(f"bare name '{name}' is not supported; use ${{{name}}} for a field")
        if name in UNSUPPORTED_FUNCTIONS:
            raise ExpressionError(f"function '{name}()' is not supported: {UNSUPPORTED_FUNCTIONS[name]}")
        if name not in FUNCTIONS:
            raise ExpressionError(f"function '{name}()' is not supported")
        self.take()
        arguments: list[Node] = []
        self.nest()
        try:
            if name == "position" and self.peek().kind == "dotdot":
                self.take()
                arguments.append(Parent())
            elif self.peek().text != ")":
                arguments.append(self.expression())
                while self.peek().text == ",":
                    self.take()
                    arguments.append(self.expression())
        finally:
            self.depth -= 1
        self.expect(")")
        _check_arity(name, len(arguments))
        if name == "position" and arguments and not isinstance(arguments[0], Parent):
            raise ExpressionError("position() takes no argument or '..' (the repeat entry)")
        return Call(name, tuple(arguments))


def _check_arity(name: str, count: int) -> None:
    low, high = FUNCTIONS[name]
    if low <= count and (high < 0 or count <= high):
        return
    if name == "indexed-repeat" and count > 3:
        raise ExpressionError("indexed-repeat() over nested repeats is not supported (repeats cannot nest)")
    if high < 0:
        wanted = f"at least {low}"
    elif low == high:
        wanted = str(low)
    else:
        wanted = f"{low} to {high}"
    plural = "" if wanted == "1" else "s"
    raise ExpressionError(f"function '{name}()' takes {wanted} argument{plural}, not {count}")


def parse(source: str, columns: bool = False) -> Node:
    """Parse an expression into its AST; raises ExpressionError for anything outside the subset.

    With `columns`, bare names are columns of the choices sheet (the choice_filter column)."""
    if not source.strip():
        raise ExpressionError("expression is empty")
    parser = _Parser(tokenize(source), columns)
    node = parser.expression()
    trailing = parser.peek()
    if trailing.kind != "end":
        raise ExpressionError(f"unexpected {trailing.text!r} at position {trailing.position + 1}")
    return node


_FIELD_IN_STRING = re.compile(r"^\s*\$\{([A-Za-z_][A-Za-z0-9_.\-]*)\}\s*$")


def choice_name_field(node: Call) -> str | None:
    """The field named by jr:choice-name's second argument, written '${field}' as in pyxform."""
    argument = node.arguments[1]
    if isinstance(argument, Literal) and isinstance(argument.value, str):
        match = _FIELD_IN_STRING.match(argument.value)
        return match.group(1) if match else None
    return None


def children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Unary):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Call):
        return node.arguments
    return ()


def walk_nodes(node: Node) -> list[Node]:
    """Every node of a tree, parents before children."""
    found: list[Node] = []
    pending = [node]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(reversed(children(current)))
    return found


def references(node: Node) -> set[str]:
    """The field names an expression reads, for reference checks and cycle detection."""
    found: set[str] = set()
    for current in walk_nodes(node):
        if isinstance(current, FieldRef):
            found.add(current.name)
        elif isinstance(current, Call) and current.function == "jr:choice-name":
            field = choice_name_field(current)
            if field is not None:
                found.add(field)
    return found


def columns_read(node: Node) -> set[str]:
    """The choices-sheet columns a choice_filter reads."""
    return {current.name for current in walk_nodes(node) if isinstance(current, Column)}


def calls(node: Node) -> set[str]:
    return {current.function for current in walk_nodes(node) if isinstance(current, Call)}
