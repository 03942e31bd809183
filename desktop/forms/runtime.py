"""Evaluate a form against its answers: calculations, skip logic, repeat counts, choice filters and
validation, in one pass.

The renderer calls this after every change and the interview service before every submission, so
both see the same rules. Answers are JSON-shaped: field name → string, repeat name → list of
instances (field name → string). Fields are visited in dependency order, so a hidden field reads as
empty for everything after it, as in ODK.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.forms.checks import dependencies
from desktop.forms.errors import ExpressionError
from desktop.forms.expr_eval import Scope, Value, evaluate, to_boolean, to_number, to_string
from desktop.forms.schema import Choice, Expression, FormSchema, Group, Item, Question, Repeat, Text

MAX_ANSWER_LENGTH = 20_000
MAX_REPEAT_INSTANCES = 200
_FORMATS = {
    "integer": re.compile(r"^-?\d{1,15}$"),
    "decimal": re.compile(r"^-?(\d{1,15}(\.\d{0,10})?|\.\d{1,10})$"),
    "time": re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$"),
}
_FIELD_IN_TEXT = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")

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
    """values: top-level fields; instances: repeat entries; repeat_counts: entries a repeat_count asks
    for; choices: the codes a choice_filter leaves, by path."""

    values: dict[str, str]
    instances: dict[str, list[dict[str, str]]]
    hidden: frozenset[str]
    errors: tuple[FieldError, ...]
    repeat_counts: dict[str, int] = field(default_factory=dict)
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def is_hidden(self, path: str) -> bool:
        return path in self.hidden

    def value(self, name: str, repeat: str | None = None, index: int | None = None) -> str:
        if repeat is not None and index is not None:
            entries = self.instances.get(repeat, [])
            if 0 <= index < len(entries) and name in entries[index]:
                return entries[index][name]
        return self.values.get(name, "")


def field_path(name: str, repeat: str | None = None, index: int | None = None) -> str:
    """"name" outside repeats, "repeat[index]/name" inside one (index from 0)."""
    return name if repeat is None or index is None else f"{repeat}[{index}]/{name}"


def fill_text(text: str, state: FormState, repeat: str | None = None, index: int | None = None) -> str:
    """A label or hint with each ${field} replaced by that field's current answer, as ODK shows it."""
    if "${" not in text:
        return text
    return _FIELD_IN_TEXT.sub(lambda match: state.value(match.group(1), repeat, index), text)


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


def _strings(row: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in row.items() if v is not None}


class _Evaluation:
    def __init__(self, schema: FormSchema, answers: Answers, today: dt.date, now: dt.datetime,
                 language: str) -> None:
        self.schema, self.today, self.now, self.language = schema, today, now, language
        self.place = _placement(schema.items)
        self.top: dict[str, str] = {}
        self.instances: dict[str, list[dict[str, str]]] = {}
        self.counts: dict[str, int] = {}
        self.choices: dict[str, tuple[str, ...]] = {}
        for name, (item, repeat, _) in self.place.items():
            if isinstance(item, Repeat):
                raw = answers.get(name) or []
                rows = raw if isinstance(raw, list) else []
                rows = rows[:MAX_REPEAT_INSTANCES]
                self.instances[name] = [_strings(row) for row in rows if isinstance(row, dict)]
            elif repeat is None and isinstance(item, Question):
                self.top[name] = str(answers.get(name) or "")
                if item.or_other:
                    self.top[f"{name}_other"] = str(answers.get(f"{name}_other") or "")
        self.hidden: set[str] = set()

    # -- what an expression sees ------------------------------------------------------------
    def scope(self, store: dict[str, str], repeat: str | None, index: int | None,
              current: Value | None = None, own: str = "") -> Scope:
        def lookup(name: str) -> Value | None:
            item, where, _ = self.place[name]
            if isinstance(item, Repeat):
                return ""
            if where is None:
                return self.top.get(name, "")
            if where == repeat:
                return store.get(name, "")
            entries = self.instances.get(where, [])
            return entries[0].get(name, "") if entries else ""

        def nodes(name: str) -> list[Value] | None:
            item, where, _ = self.place[name]
            if isinstance(item, Repeat):
                return [""] * len(self.instances.get(name, []))
            if where is not None and where != repeat:
                return [entry.get(name, "") for entry in self.instances.get(where, [])]
            return None

        def choice_label(name: str, code: str) -> str:
            item = self.place[name][0]
            return item.choice_label(code, self.language) if isinstance(item, Question) else code

        return Scope(lookup=lookup, current=current, today=self.today, now=self.now, nodes=nodes, own=own,
                     position=None if index is None else index + 1, choice_label=choice_label)

    def value_of(self, expression: Expression, store: dict[str, str], repeat: str | None,
                 index: int | None, own: str = "") -> str:
        try:
            return to_string(evaluate(expression.tree, self.scope(store, repeat, index, own=own)))
        except ExpressionError:
            return ""

    def truth(self, expression: Expression | None, store: dict[str, str], repeat: str | None,
              index: int | None, default: bool, current: str | None = None) -> bool:
        if expression is None:
            return default
        try:
            return to_boolean(evaluate(expression.tree, self.scope(store, repeat, index, current)))
        except ExpressionError:
            return default

    # -- calculations and visibility --------------------------------------------------------
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
        if isinstance(item, Repeat) and item.count is not None:
            self.resize(item, store)
        visible = parent_path not in self.hidden and self.truth(item.relevant, store, repeat, index, True)
        if not visible:
            self.hidden.add(path)
            if isinstance(item, Question):
                store[item.name] = ""
            return
        if isinstance(item, Question) and item.calculation is not None:
            own = store.get(item.name, "")
            store[item.name] = self.value_of(item.calculation, store, repeat, index, own)

    def resize(self, repeat: Repeat, store: dict[str, str]) -> None:
        """repeat_count decides how many entries there are: missing ones start from the defaults."""
        assert repeat.count is not None
        try:
            wanted = to_number(evaluate(repeat.count.tree, self.scope(store, None, None)))
        except ExpressionError:
            wanted = math.nan
        count = 0 if math.isnan(wanted) else int(max(0, min(MAX_REPEAT_INSTANCES, wanted)))
        entries = self.instances.setdefault(repeat.name, [])
        del entries[count:]
        while len(entries) < count:
            entries.append(default_answers(repeat.children))
        self.counts[repeat.name] = count

    # -- validation -------------------------------------------------------------------------
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

    def allowed(self, question: Question, store: dict[str, str], repeat: str | None,
                index: int | None) -> tuple[str, ...]:
        """The choice codes a choice_filter keeps for this entry (all of them without a filter)."""
        codes = tuple(choice.name for choice in question.choices)
        if question.choice_filter is None:
            return codes
        kept: list[str] = []
        base = self.scope(store, repeat, index)
        for choice in question.choices:
            scope = Scope(lookup=base.lookup, today=base.today, now=base.now, nodes=base.nodes,
                          position=base.position, choice_label=base.choice_label,
                          column=self._columns_of(choice))
            try:
                if to_boolean(evaluate(question.choice_filter.tree, scope)):
                    kept.append(choice.name)
            except ExpressionError:
                continue
        return tuple(kept)

    def _columns_of(self, choice: Choice) -> Callable[[str], Value]:
        return lambda name: choice.column(name, self.language)

    def check(self, question: Question, repeat: str | None, index: int | None,
              store: dict[str, str]) -> list[FieldError]:
        path = field_path(question.name, repeat, index)
        if path in self.hidden:
            return []
        codes: tuple[str, ...] | None = None
        if question.choice_filter is not None:
            codes = self.choices[path] = self.allowed(question, store, repeat, index)
        value = store.get(question.name, "")
        if value == "":
            if self.truth(question.required, store, repeat, index, default=False):
                return [FieldError(path, question.name, "required", question.required_message)]
            return []
        if not value_is_well_formed(question, value, codes):
            return [FieldError(path, question.name, "format", Text())]
        if not self.truth(question.constraint, store, repeat, index, default=True, current=value):
            return [FieldError(path, question.name, "constraint", question.constraint_message)]
        return []


def value_is_well_formed(question: Question, value: str, codes: tuple[str, ...] | None = None) -> bool:
    """Whether an answer fits its type: numbers, ISO dates and times, known (and not filtered) codes."""
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
    allowed = set(codes) if codes is not None else {choice.name for choice in question.choices}
    if kind == "select_one":
        return value in allowed
    if kind == "select_multiple":
        picked = value.split()
        return bool(picked) and all(code in allowed for code in picked) and len(set(picked)) == len(picked)
    if kind == "acknowledge":
        return value == "OK"
    return True


def evaluate_form(schema: FormSchema, answers: Answers, today: dt.date | None = None,
                  now: dt.datetime | None = None, language: str | None = None) -> FormState:
    """Calculations, visibility and validation errors of one set of answers."""
    moment = now or dt.datetime.now().astimezone()
    evaluation = _Evaluation(schema, answers, today or moment.date(), moment,
                             language or schema.default_language)
    evaluation.run()
    errors = evaluation.validate()
    return FormState(
        values=dict(evaluation.top), instances=evaluation.instances,
        hidden=frozenset(evaluation.hidden), errors=tuple(errors), repeat_counts=dict(evaluation.counts),
        choices=dict(evaluation.choices),
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
