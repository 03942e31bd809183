"""The frozen form schema a loaded XLSForm becomes.

Views render it, services validate answers against it, and the interview PDF prints it; none of them
needs the spreadsheet again. Row numbers are kept so that problems found later still point at a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.forms.expr_parse import Node

DEFAULT_LANGUAGE = "default"

INPUT_TYPES = frozenset({"text", "integer", "decimal", "date", "time", "datetime", "barcode"})
SELECT_TYPES = frozenset({"select_one", "select_multiple"})
# ODK/Kobo metadata (see columns.METADATA_TYPES): stored with the answers, never shown as questions.
METADATA = frozenset(
    {"start", "end", "today", "deviceid", "username", "email", "audit", "simserial", "phonenumber",
     "subscriberid"}
)
QUESTION_TYPES = INPUT_TYPES | SELECT_TYPES | METADATA | {"note", "acknowledge", "calculate"}
OTHER_CODE = "other"


@dataclass(frozen=True)
class Language:
    """A label language: the spreadsheet's name for it ("Spanish (es)") and its code when given."""

    name: str
    code: str


@dataclass(frozen=True)
class Text:
    """A translated text; falls back to the default column, then to any language present."""

    values: tuple[tuple[str, str], ...] = ()

    def get(self, language: str) -> str:
        mapping = dict(self.values)
        if language in mapping:
            return mapping[language]
        if DEFAULT_LANGUAGE in mapping:
            return mapping[DEFAULT_LANGUAGE]
        return self.values[0][1] if self.values else ""

    def __bool__(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True)
class Expression:
    """An expression's source text, kept for display and hashing, and its parsed tree."""

    source: str
    tree: Node


@dataclass(frozen=True)
class Choice:
    name: str
    label: Text
    columns: tuple[tuple[str, str], ...] = ()  # other columns of its row, read by choice_filter

    def column(self, name: str, language: str) -> str:
        if name == "name":
            return self.name
        if name == "label":
            return self.label.get(language)
        return dict(self.columns).get(name, "")


@dataclass(frozen=True)
class Question:
    name: str
    type: str
    row: int
    label: Text = Text()
    hint: Text = Text()
    required: Expression | None = None
    required_message: Text = Text()
    constraint: Expression | None = None
    constraint_message: Text = Text()
    relevant: Expression | None = None
    calculation: Expression | None = None
    default: str | None = None
    read_only: bool = False
    appearance: frozenset[str] = frozenset()
    list_name: str | None = None
    choices: tuple[Choice, ...] = ()
    or_other: bool = False
    choice_filter: Expression | None = None
    guidance: Text = Text()

    @property
    def takes_input(self) -> bool:
        """Whether a person types or picks an answer (notes, calculations and metadata do not)."""
        return self.type not in ("note", "calculate") and self.type not in METADATA and not self.read_only

    @property
    def is_metadata(self) -> bool:
        return self.type in METADATA

    @property
    def stored(self) -> bool:
        """Whether its value is kept with the answers: everything but notes (calculations too, so that
        once() keeps its first value and a record shows what was computed)."""
        return self.type != "note"

    def choice_label(self, code: str, language: str) -> str:
        for choice in self.choices:
            if choice.name == code:
                return choice.label.get(language)
        return code


@dataclass(frozen=True)
class Group:
    """A begin/end group; a top-level group is a page of the renderer."""

    name: str
    row: int
    label: Text = Text()
    relevant: Expression | None = None
    appearance: frozenset[str] = frozenset()
    children: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Repeat:
    """A begin/end repeat: its answers are a list of instances, each a mapping of child names.

    With `count` (the repeat_count column) the number of entries follows that expression."""

    name: str
    row: int
    label: Text = Text()
    relevant: Expression | None = None
    appearance: frozenset[str] = frozenset()
    children: tuple[Item, ...] = ()
    count: Expression | None = None


Item = Question | Group | Repeat


@dataclass(frozen=True)
class FormSchema:
    form_id: str
    title: Text
    version: str
    languages: tuple[Language, ...]
    default_language: str
    items: tuple[Item, ...]
    source_sha256: str = ""

    def pages(self) -> tuple[Group | Repeat, ...]:
        """Top-level groups and repeats are pages; loose top-level questions gather in one page each run."""
        pages: list[Group | Repeat] = []
        loose: list[Item] = []
        for item in self.items:
            if isinstance(item, Group | Repeat):
                if loose:
                    pages.append(_loose_page(len(pages) + 1, loose))
                    loose = []
                pages.append(item)
            else:
                loose.append(item)
        if loose:
            pages.append(_loose_page(len(pages) + 1, loose))
        return tuple(pages)

    def questions(self) -> Iterator[Question]:
        """Every question in reading order, inside groups and repeats too."""
        yield from iter_questions(self.items)

    def find(self, name: str) -> Question | Group | Repeat | None:
        for item in walk(self.items):
            if item.name == name:
                return item
        return None

    def language_names(self) -> tuple[str, ...]:
        return tuple(language.name for language in self.languages)


def _loose_page(number: int, loose: list[Item]) -> Group:
    return Group(name=f"_page{number}", row=loose[0].row, children=tuple(loose))


def walk(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        if isinstance(item, Group | Repeat):
            yield from walk(item.children)


def iter_questions(items: tuple[Item, ...]) -> Iterator[Question]:
    for item in walk(items):
        if isinstance(item, Question):
            yield item
