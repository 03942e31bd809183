"""Evaluate a form against its answers: calculations, skip logic and validation, in one pass.

The renderer calls this after every change and the interview service before every submission, so
both see the same rules. Answers are JSON-shaped: field name → string, repeat name → list of
instances (field name → string). Fields are visited in dependency order, so a hidden field reads as
empty for everything after it, as in ODK.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from desktop.forms.checks import dependencies
from desktop.forms.errors import ExpressionError
from desktop.forms.expr_eval import Scope, Value, evaluate, to_boolean, to_string
from desktop.forms.schema import FormSchema, Group, Item, Question, Repeat, Text

MAX_ANSWER_LENGTH = 20_000
MAX_REPEAT_INSTANCES = 200
_FORMATS = {
    "integer": re.compile(r"^-?\d{1,15}$"),
    "decimal": re.compile(r"^-?(\d{1,15}(\.\d{0,10})?|\.\d{1,10})$"),
    "time": re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$"),
}

Answers = dict[str, Any]


@dataclass(frozen=True)
class FieldError:
    """A validation failure; kind is required, constraint or format; message is the form's own text."""

    path: str
    name: str
    kind: str
    message: Text


@dataclass(frozen=True)
class FormState:
    values: dict[str, str]
    instances: dict[str, list[dict[str, str]]]
    hidden: frozenset[str]
    errors: tuple[FieldError, ...]

    def is_hidden(self, path: str) -> bool:
        return path in self.hidden



def field_path(name: str, repeat: str | None = None, index: int | None = None) -> str:
    """"name" outside repeats, "repeat[index]/name" inside one (index from 0)."""
    return name if repeat is None or index is None else f"{repeat}[{index}]/{name}"


def _topological(graph: dict[str, set[str]]) -> list[str]:
    order: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> None:
        stack = [(name, iter(sorted(graph.get(name, ()))))]
        done.add(name)
        while stack:
            current, pending = stack[-1]
            nxt = next((n for n in pending if n not in done and n in graph), None)
            if nxt is None:
                stack.pop()
                order.append(current)
            else:
                done.add(nxt)
                stack.append((nxt, iter(sorted(graph[nxt]))))

    for name in graph:
        if name not in done:
            visit(name)
    return order


def _placement(items: tuple[Item, ...]) -> dict[str, tuple[Item, str | None, str | None]]:
    """name → (item, enclosing repeat, parent group or repeat)."""
    found: dict[str, tuple[Item, str | None, str | None]] = {}

    def visit(children: tuple[Item, ...], repeat: str | None, parent: str | None) -> None:
        for item in children:
            found[item.name] = (item, repeat, parent)
            if isinstance(item, Group | Repeat):
                visit(item.children, item.name if isinstance(item, Repeat) else repeat, item.name)

    visit(items, None, None)
    return found


class _Evaluation:
    def __init__(self, schema: FormSchema, answers: Answers, today: dt.date) -> None:
        self.schema = schema
        self.today = today
        self.place = _placement(schema.items)
        self.top: dict[str, str] = {}
        self.instances: dict[str, list[dict[str, str]]] = {}
        for name, (item, repeat, _) in self.place.items():
            if isinstance(item, Repeat):
                raw = answers.get(name) or []
                rows = raw if isinstance(raw, list) else []
                self.instances[name] = [
                    {k: str(v) for k, v in row.items()}
                    for row in rows[:MAX_REPEAT_INSTANCES]
                    if isinstance(row, dict)
                ]
            elif repeat is None and isinstance(item, Question):
                self.top[name] = str(answers.get(name) or "")
                if item.or_other:
                    self.top[f"{name}_other"] = str(answers.get(f"{name}_other") or "")
        self.hidden: set[str] = set()

    def scope(self, store: dict[str, str], repeat: str | None, current: str | None = None) -> Scope:
        def lookup(name: str) -> Value | None:
            if repeat is not None and self.place.get(name, (None, None, None))[1] == repeat:
                return store.get(name, "")
            return self.top.get(name, "")

        return Scope(lookup=lookup, current=current, today=self.today)

    def run(self) -> None:
        for name in _topological(dependencies(self.schema.items)):
            item, repeat, parent = self.place[name]
            if isinstance(item, Repeat) or repeat is None:
                self.visit(item, None, None, parent, self.top)
            else:
                for index, store in enumerate(self.instances.get(repeat, [])):
                    self.visit(item, repeat, index, parent, store)

    def visit(self, item: Item, repeat: str | None, index: int | None, parent: str | None,
              store: dict[str, str]) -> None:
        path = field_path(item.name, repeat, index)
        parent_path = None if parent is None else (
            parent if parent == repeat else field_path(parent, repeat, index)
        )
        visible = parent_path not in self.hidden and self.truth(item.relevant, store, repeat, default=True)
        if not visible:
            self.hidden.add(path)
            if isinstance(item, Question):
                store[item.name] = ""
            return
        if isinstance(item, Question) and item.calculation is not None:
            try:
                store[item.name] = to_string(evaluate(item.calculation.tree, self.scope(store, repeat)))
            except ExpressionError:
                store[item.name] = ""

    def truth(self, expression: Any, store: dict[str, str], repeat: str | None, default: bool,
              current: str | None = None) -> bool:
        if expression is None:
            return default
        try:
            return to_boolean(evaluate(expression.tree, self.scope(store, repeat, current)))
        except ExpressionError:
            return default

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for item, repeat, _ in self.place.values():
            if not isinstance(item, Question) or not item.takes_input:
                continue
            if repeat is None:
                errors.extend(self.check(item, None, None, self.top))
            else:
                for index, store in enumerate(self.instances.get(repeat, [])):
                    errors.extend(self.check(item, repeat, index, store))
        return errors

    def check(self, question: Question, repeat: str | None, index: int | None,
              store: dict[str, str]) -> list[FieldError]:
        path = field_path(question.name, repeat, index)
        if path in self.hidden:
            return []
        value = store.get(question.name, "")
        if value == "":
            if self.truth(question.required, store, repeat, default=False):
                return [FieldError(path, question.name, "required", question.required_message)]
            return []
        if not value_is_well_formed(question, value):
            return [FieldError(path, question.name, "format", Text())]
        if not self.truth(question.constraint, store, repeat, default=True, current=value):
            return [FieldError(path, question.name, "constraint", question.constraint_message)]
        return []


def value_is_well_formed(question: Question, value: str) -> bool:
    """Whether an answer fits its type: numbers, ISO dates and times, known choice codes."""
    if len(value) > MAX_ANSWER_LENGTH:
        return False
    kind = question.type
    if kind in _FORMATS:
        return bool(_FORMATS[kind].match(value))
    if kind in ("date", "datetime"):
        try:
            (dt.date if kind == "date" else dt.datetime).fromisoformat(value)
        except ValueError:
            return False
        return True
    codes = {choice.name for choice in question.choices}
    if kind == "select_one":
        return value in codes
    if kind == "select_multiple":
        picked = value.split()
        return bool(picked) and all(code in codes for code in picked) and len(set(picked)) == len(picked)
    if kind == "acknowledge":
        return value == "OK"
    return True


def evaluate_form(schema: FormSchema, answers: Answers, today: dt.date | None = None) -> FormState:
    """Calculations, visibility and validation errors of one set of answers."""
    evaluation = _Evaluation(schema, answers, today or dt.date.today())
    evaluation.run()
    errors = evaluation.validate()
    return FormState(
        values=dict(evaluation.top), instances=evaluation.instances,
        hidden=frozenset(evaluation.hidden), errors=tuple(errors),
    )




def default_answers(items: tuple[Item, ...]) -> dict[str, str]:
    """The `default` column of the input questions among `items` (outside repeats): what a new
    interview, or a new repeat entry when given the repeat's children, starts with."""
    found: dict[str, str] = {}
    for item in items:
        if isinstance(item, Question) and item.takes_input and item.default:
            found[item.name] = item.default
        elif isinstance(item, Group):
            found.update(default_answers(item.children))
    return found
