"""Form-wide expression checks at import: unknown references, bad regular expressions, cycles.

A cycle (a calculation or relevance that depends on itself, directly or through others) would make
the renderer loop or show arbitrary values, so it is refused with the rows involved.
"""

from __future__ import annotations

import re

from desktop.forms.errors import Problem
from desktop.forms.expr_eval import MAX_REGEX_LENGTH
from desktop.forms.expr_parse import Binary, Call, Literal, Node, Unary, columns_read, references
from desktop.forms.schema import Expression, Group, Item, Question, Repeat, Text, walk

# attribute of the schema item → the spreadsheet column it came from
_COLUMNS = {"relevant": "relevant", "calculation": "calculation", "constraint": "constraint",
            "required": "required", "count": "repeat_count", "choice_filter": "choice_filter"}
_TEXTS = {"label": "label", "hint": "hint", "guidance": "guidance_hint",
          "constraint_message": "constraint_message", "required_message": "required_message"}
_FIELD_IN_TEXT = re.compile(r"\$\{([^}]*)\}")


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
        problems.extend(_text_problems(item, rows))
        if isinstance(item, Question) and item.choice_filter is not None:
            problems.extend(_filter_columns(item))
    if not problems:
        problems.extend(_cycles(items, rows))
    return problems


def _expressions(item: Item) -> list[tuple[str, Expression]]:
    found: list[tuple[str, Expression]] = []
    for attribute, column in _COLUMNS.items():
        expression = getattr(item, attribute, None)
        if isinstance(expression, Expression):
            found.append((column, expression))
    return found


def _text_problems(item: Item, rows: dict[str, int]) -> list[Problem]:
    """${field} inside a label or hint is shown with that field's answer: the field must exist."""
    problems: list[Problem] = []
    for attribute, column in _TEXTS.items():
        text = getattr(item, attribute, None)
        if not isinstance(text, Text):
            continue
        names = {name for _language, value in text.values for name in _FIELD_IN_TEXT.findall(value)}
        for name in sorted(names):
            if name not in rows:
                message = f"{column} refers to unknown field '{name[:64]}'"
                problems.append(Problem("survey", item.row, message))
    return problems


def _filter_columns(question: Question) -> list[Problem]:
    assert question.choice_filter is not None
    known = {"name", "label"} | {key for choice in question.choices for key, _value in choice.columns}
    return [
        Problem("survey", question.row, f"choice_filter reads column '{name}', which the choices of list "
                f"'{question.list_name}' do not have")
        for name in sorted(columns_read(question.choice_filter.tree) - known)
    ]


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
            if isinstance(item, Repeat) and item.count is not None:
                needs |= references(item.count.tree)
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
