"""Turn survey and choices rows into schema items, collecting every problem with its row number."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.forms.columns import (
    APPEARANCES,
    BOOKKEEPING_PREFIX,
    KNOWN_UNSUPPORTED_TYPES,
    NAME_PATTERN,
    SURVEY_COLUMNS,
    TRANSLATABLE,
    is_layout_appearance,
    is_no,
    is_yes,
    normalise_row,
    normalise_type,
    parse_select,
    split_header,
)
from desktop.forms.errors import ExpressionError, Problem
from desktop.forms.expr_parse import Literal, parse
from desktop.forms.schema import (
    DEFAULT_LANGUAGE,
    OTHER_CODE,
    QUESTION_TYPES,
    Choice,
    Expression,
    Group,
    Item,
    Question,
    Repeat,
    Text,
)

MAX_TEXT_LENGTH = 4000
MAX_NESTING = 8
_OTHER_LABELS = {"en": "Other", "es": "Otro"}


@dataclass
class _Open:
    """A group or repeat whose end row has not been reached yet."""

    kind: str  # "group" or "repeat"
    row: int
    fields: dict[str, Any]
    children: list[Item] = field(default_factory=list)


class SurveyBuilder:
    """Reads rows top to bottom with a stack of open groups; problems accumulate, nothing raises."""

    def __init__(
        self, survey: list[dict[str, str]], headers: list[str], choices: list[dict[str, str]],
        default_language: str, allow_choice_duplicates: bool = False,
    ) -> None:
        self.rows = [normalise_row(row) for row in survey]
        self.headers = [h for h in headers if not split_header(h)[0].startswith(BOOKKEEPING_PREFIX)]
        self.default_language = default_language
        self.problems: list[Problem] = []
        self.names: set[str] = set()
        self.allow_choice_duplicates = allow_choice_duplicates
        self.choice_lists = self._choice_lists([normalise_row(row) for row in choices])

    def problem(self, row: int, message: str, sheet: str = "survey") -> None:
        self.problems.append(Problem(sheet, row, message))

    def build(self) -> tuple[Item, ...]:
        before = len(self.problems)
        self._check_headers()
        if len(self.problems) > before:
            return ()
        stack = [_Open("form", 1, {})]
        for index, row in enumerate(self.rows):
            if row:
                self._row(index + 2, row, stack)
        for still_open in stack[1:]:
            self.problem(still_open.row, f"'begin {still_open.kind}' has no matching 'end {still_open.kind}'")
        if not self.problems and not any(isinstance(item, Question) for item in _all(stack[0].children)):
            self.problem(0, "the form has no questions")
        return tuple(stack[0].children)

    def _check_headers(self) -> None:
        bases = set()
        for header in self.headers:
            base, language = split_header(normalise_row({header: ""}).popitem()[0])
            bases.add(base)
            if base not in SURVEY_COLUMNS:
                self.problem(1, f"column '{header}' is not supported")
            elif language is not None and base not in TRANSLATABLE:
                self.problem(1, f"column '{header}': '{base}' cannot be translated")
        for needed in ("type", "name"):
            if needed not in bases:
                self.problem(1, f"the survey sheet has no '{needed}' column")

    def _row(self, number: int, row: dict[str, str], stack: list[_Open]) -> None:
        raw_type = row.get("type", "")
        if not raw_type:
            self.problem(number, "the row has no type")
            return
        kind = normalise_type(raw_type)
        if kind in ("begin group", "begin repeat"):
            self._begin(number, row, kind.split()[1], stack)
        elif kind in ("end group", "end repeat"):
            self._end(number, kind.split()[1], stack)
        else:
            question = self._question(number, row, kind)
            if question is not None:
                stack[-1].children.append(question)

    def _begin(self, number: int, row: dict[str, str], kind: str, stack: list[_Open]) -> None:
        if len(stack) > MAX_NESTING:
            self.problem(number, f"groups are nested deeper than {MAX_NESTING} levels")
        if kind == "repeat" and any(frame.kind == "repeat" for frame in stack):
            self.problem(number, "a repeat inside a repeat is not supported")
        name = self._name(number, row)
        fields: dict[str, Any] = {
            "name": name, "row": number, "label": self._text(number, row, "label"),
            "relevant": self._expression(number, row, "relevant"),
            "appearance": self._appearance(number, row),
        }
        if kind == "repeat":
            fields["count"] = self._expression(number, row, "repeat_count")
        elif row.get("repeat_count", "").strip():
            self.problem(number, "repeat_count only applies to a 'begin repeat' row")
        stack.append(_Open(kind, number, fields))

    def _end(self, number: int, kind: str, stack: list[_Open]) -> None:
        if len(stack) == 1 or stack[-1].kind != kind:
            self.problem(number, f"'end {kind}' has no matching 'begin {kind}'")
            return
        frame = stack.pop()
        if not frame.children:
            self.problem(frame.row, f"the {kind} '{frame.fields['name']}' is empty")
        maker = Group if kind == "group" else Repeat
        stack[-1].children.append(maker(children=tuple(frame.children), **frame.fields))

    def _question(self, number: int, row: dict[str, str], kind: str) -> Question | None:
        select = parse_select(kind) if kind.startswith("select") else None
        base = select[0] if select else kind
        if base not in QUESTION_TYPES:
            what = "is not supported" if base in KNOWN_UNSUPPORTED_TYPES or base.startswith("select") else (
                "is not an XLSForm type"
            )
            self.problem(number, f"type '{row.get('type', '').strip()[:60]}' {what}")
            return None
        name = self._name(number, row)
        choices: tuple[Choice, ...] = ()
        if select:
            choices = self._choices_for(number, select[1], select[2])
        calculation = self._expression(number, row, "calculation")
        if base == "calculate" and calculation is None:
            self.problem(number, f"the calculate field '{name}' has no calculation")
        default = row.get("default") or None
        if default and select and not all(code in {c.name for c in choices} for code in default.split()):
            self.problem(number, f"default '{default[:40]}' is not a choice of list '{select[1]}'")
        read_only = row.get("read_only", "")
        if read_only and not (is_yes(read_only) or is_no(read_only)):
            self.problem(number, "read_only must be yes or no; expressions are not supported there")
        choice_filter = None
        if row.get("choice_filter", "").strip():
            if select:
                choice_filter = self._expression(number, row, "choice_filter", columns=True)
            else:
                self.problem(number, "choice_filter only applies to select_one and select_multiple")
        if row.get("repeat_count", "").strip():
            self.problem(number, "repeat_count only applies to a 'begin repeat' row")
        return Question(
            name=name, type=base, row=number, label=self._text(number, row, "label"),
            hint=self._text(number, row, "hint"), required=self._required(number, row),
            required_message=self._text(number, row, "required_message"),
            constraint=self._expression(number, row, "constraint"),
            constraint_message=self._text(number, row, "constraint_message"),
            relevant=self._expression(number, row, "relevant"), calculation=calculation,
            default=default, read_only=is_yes(read_only),
            appearance=self._appearance(number, row), list_name=select[1] if select else None,
            choices=choices, or_other=bool(select and select[2]), choice_filter=choice_filter,
            guidance=self._text(number, row, "guidance_hint"),
        )

    def _name(self, number: int, row: dict[str, str]) -> str:
        name = row.get("name", "").strip()
        if not name:
            self.problem(number, "the row has no name")
        elif not NAME_PATTERN.match(name) or len(name) > 64:
            self.problem(number, f"name '{name[:64]}' is not valid (letters, digits, _ . -; at most 64)")
        elif name in self.names:
            self.problem(number, f"name '{name}' is used twice")
        self.names.add(name)
        return name

    def _text(self, number: int, row: dict[str, str], column: str) -> Text:
        pairs: list[tuple[str, str]] = []
        for key, value in row.items():
            base, language = split_header(key)
            if base != column or not value:
                continue
            if len(value) > MAX_TEXT_LENGTH:
                self.problem(number, f"{column} is longer than {MAX_TEXT_LENGTH} characters")
            pairs.append((language or DEFAULT_LANGUAGE, value))
        return Text(tuple(pairs))

    def _expression(self, number: int, row: dict[str, str], column: str,
                    columns: bool = False) -> Expression | None:
        source = row.get(column, "").strip()
        if not source:
            return None
        try:
            return Expression(source, parse(source, columns=columns))
        except ExpressionError as error:
            self.problem(number, f"{column}: {error}")
            return None

    def _required(self, number: int, row: dict[str, str]) -> Expression | None:
        value = row.get("required", "").strip()
        if is_no(value):
            return None
        if is_yes(value):
            return Expression("yes", Literal("true"))
        return self._expression(number, row, "required")

    def _appearance(self, number: int, row: dict[str, str]) -> frozenset[str]:
        words = frozenset(row.get("appearance", "").split())
        for word in sorted(words - APPEARANCES):
            if not is_layout_appearance(word):
                self.problem(number, f"appearance '{word[:40]}' is not supported")
        return words & APPEARANCES

    def _choice_lists(self, rows: list[dict[str, str]]) -> dict[str, list[Choice]]:
        lists: dict[str, list[Choice]] = {}
        for index, row in enumerate(rows):
            if not row:
                continue
            number = index + 2
            list_name, name = row.get("list_name", "").strip(), row.get("name", "").strip()
            if not list_name or not name:
                self.problem(number, "a choice needs a list_name and a name", "choices")
                continue
            if not self.allow_choice_duplicates and any(c.name == name for c in lists.get(list_name, [])):
                self.problem(number, f"choice '{name}' appears twice in list '{list_name}'", "choices")
            extra = tuple(
                (key, str(value)) for key, value in row.items()
                if split_header(key)[0] not in ("list_name", "name", "label") and "::" not in key
            )
            lists.setdefault(list_name, []).append(Choice(name, self._text(number, row, "label"), extra))
        return lists

    def _choices_for(self, number: int, list_name: str, or_other: bool) -> tuple[Choice, ...]:
        if list_name not in self.choice_lists:
            self.problem(number, f"choice list '{list_name}' is not on the choices sheet")
            return ()
        choices = list(self.choice_lists[list_name])
        if or_other and all(choice.name != OTHER_CODE for choice in choices):
            choices.append(Choice(OTHER_CODE, self._other_label()))
        return tuple(choices)

    def _other_label(self) -> Text:
        languages = {split_header(h)[1] for h in self.headers if split_header(h)[0] == "label"}
        pairs = []
        for language in sorted(lang or DEFAULT_LANGUAGE for lang in languages) or [DEFAULT_LANGUAGE]:
            spanish = "(es)" in language or language.lower().startswith(("spanish", "español"))
            pairs.append((language, _OTHER_LABELS["es" if spanish else "en"]))
        return Text(tuple(pairs))


def _all(items: list[Item]) -> list[Item]:
    found: list[Item] = []
    for item in items:
        found.append(item)
        if isinstance(item, Group | Repeat):
            found.extend(_all(list(item.children)))
    return found
