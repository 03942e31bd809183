"""Form-wide expression checks at import: unknown references, bad regular expressions, cycles.

A cycle (a calculation or relevance that depends on itself, directly or through others) would make
the renderer loop or show arbitrary values, so it is refused with the rows involved.
"""

from __future__ import annotations

import re

from desktop.forms.errors import Problem
from desktop.forms.expr_eval import MAX_REGEX_LENGTH
from desktop.forms.expr_parse import Binary, Call, Literal, Node, Unary, references
from desktop.forms.schema import Expression, Group, Item, Question, Repeat, walk

_COLUMNS = ("relevant", "calculation", "constraint", "required")


def check_expressions(items: tuple[Item, ...]) -> list[Problem]:
    rows = {item.name: item.row for item in walk(items)}
    problems: list[Problem] = []
    for item in walk(items):
        for column, expression in _expressions(item):
            for name in sorted(references(expression.tree)):
                if name not in rows:
                    problems.append(Problem("survey", item.row, f"{column} refers to unknown field '{name}'"))
            for message in _regex_problems(expression.tree):
                problems.append(Problem("survey", item.row, f"{column}: {message}"))
    if not problems:
        problems.extend(_cycles(items, rows))
    return problems


def _expressions(item: Item) -> list[tuple[str, Expression]]:
    found: list[tuple[str, Expression]] = []
    for column in _COLUMNS:
        expression = getattr(item, column, None)
        if isinstance(expression, Expression):
            found.append((column, expression))
    return found


def _regex_problems(node: Node) -> list[str]:
    """Literal patterns are compiled now, so that a broken one is an import problem, not a runtime one."""
    found: list[str] = []
    if isinstance(node, Call):
        if node.function == "regex" and isinstance(node.arguments[1], Literal):
            pattern = str(node.arguments[1].value)
            if len(pattern) > MAX_REGEX_LENGTH:
                found.append(f"regular expression is longer than {MAX_REGEX_LENGTH} characters")
            else:
                try:
                    re.compile(pattern)
                except re.error as error:
                    found.append(f"invalid regular expression ({error.msg})")
        for argument in node.arguments:
            found.extend(_regex_problems(argument))
    elif isinstance(node, Binary):
        found.extend(_regex_problems(node.left) + _regex_problems(node.right))
    elif isinstance(node, Unary):
        found.extend(_regex_problems(node.operand))
    return found


def dependencies(items: tuple[Item, ...]) -> dict[str, set[str]]:
    """What each field's value or visibility depends on: its calculation, relevance and enclosing groups."""
    graph: dict[str, set[str]] = {}

    def visit(children: tuple[Item, ...], parent: str | None) -> None:
        for item in children:
            needs: set[str] = set() if parent is None else {parent}
            if item.relevant is not None:
                needs |= references(item.relevant.tree)
            if isinstance(item, Question) and item.calculation is not None:
                needs |= references(item.calculation.tree)
            graph[item.name] = needs
            if isinstance(item, Group | Repeat):
                visit(item.children, item.name)

    visit(items, None)
    return graph


def _cycles(items: tuple[Item, ...], rows: dict[str, int]) -> list[Problem]:
    graph = dependencies(items)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems: list[Problem] = []
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        state[start] = 1
        path.append(start)
        while stack:
            name, pending = stack[-1]
            if not pending:
                stack.pop()
                path.pop()
                state[name] = 2
                continue
            nxt = pending.pop()
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                problems.append(
                    Problem("survey", rows[nxt], "circular reference: " + " → ".join(cycle))
                )
            elif not state.get(nxt) and nxt in graph:
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(graph[nxt])))
    return problems
