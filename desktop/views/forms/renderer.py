"""A form as pages: one page per top-level group or repeat, a progress bar, live skip logic and
validation (the forms runtime decides both, as the service does on submission), repeats with
add/remove, and a language switch. Keyboard only: Tab moves between answers, Space chooses,
Ctrl+Page Down / Ctrl+Page Up (or the Alt+N / Alt+P mnemonics) move between pages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.forms import metadata
from desktop.forms.runtime import FieldError, FormState, evaluate_form, field_path, fill_text
from desktop.forms.schema import FormSchema, Group, Item, Language, Question, Repeat

from .. import labels
from .field_row import FieldRow
from .repeats import RepeatPanel

FORMAT_MESSAGES = {
    "integer": "Enter a whole number.", "decimal": "Enter a number.", "date": "Enter a date as YYYY-MM-DD.",
    "time": "Enter a time as HH:MM.", "datetime": "Enter a date and time as YYYY-MM-DDTHH:MM.",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormRenderer", text)


ISO_639_1 = {"en": "eng", "es": "spa"}  # a spreadsheet's two-letter codes, as the vocabulary's


def language_label(language: Language) -> str:
    """A form language in the interface's language ("Español (es)" … "Inglés (en)" in Spanish)
    when the language vocabulary knows its code; otherwise the spreadsheet's own name."""
    code = ISO_639_1.get(language.code.lower(), language.code.lower())
    if code and code != "other" and labels.has("language", code):
        return f"{labels.label('language', code)} ({language.code})"
    return language.name


class FormRenderer(QWidget):
    changed = Signal()

    def __init__(self, schema: FormSchema, language: str = "", parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self.schema = schema
        self.username = username
        self.meta = metadata.on_open(schema, {}, dt.datetime.now(), username)
        self.calculated: dict[str, Any] = {}  # calculate values as last computed (kept for once())
        self.language = language if language in schema.language_names() else schema.default_language
        self.rows: dict[str, FieldRow] = {}
        self.groups: dict[str, tuple[QWidget, int]] = {}
        self.repeats: dict[str, RepeatPanel] = {}
        self.read_only = False
        self.show_all_errors = False
        self.state: FormState | None = None
        self.today = dt.date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top_bar())
        self.stack = QStackedWidget()
        self.pages = schema.pages()
        self.page_titles: list[QLabel] = []
        for index, page in enumerate(self.pages):
            self.stack.addWidget(self._build_page(page, index))
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._bottom_bar())
        self.set_language(self.language)
        self.refresh()
        self._show_page(0)

    # -- building -----------------------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.page_label = QLabel()
        self.page_label.setObjectName("cardTitle")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("hint")
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(_tr("Form language"))
        for language in self.schema.languages:
            self.language_box.addItem(language_label(language), language.name)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.language)))
        self.language_box.activated.connect(lambda _i: self.set_language(self.language_box.currentData()))
        self.language_box.setVisible(len(self.schema.languages) > 1)  # nothing to switch between
        bar.addWidget(self.page_label, 2)
        bar.addWidget(self.progress_text)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.language_box)
        return bar

    def _bottom_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = QPushButton(_tr("&Previous"))
        self.next_button = QPushButton(_tr("&Next"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go(s))
        self.page_status = QLabel()
        self.page_status.setObjectName("badText")
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_status, 1)
        bar.addWidget(self.next_button)
        return bar

    def _build_page(self, page: Group | Repeat, index: int) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 20, 8)
        if isinstance(page, Repeat):
            panel = RepeatPanel(self, page, index)
            self.repeats[page.name] = panel
            layout.addWidget(panel)
        else:
            self.add_items(page.children, layout, index, [], None, None)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def add_items(self, items: tuple[Item, ...], layout: QVBoxLayout, page: int, into: list[FieldRow],
                  repeat: str | None, index: int | None) -> None:
        for item in items:
            internal = isinstance(item, Question) and (item.is_metadata or item.type == "calculate"
                                                        and not item.label)
            if internal:
                continue  # an unlabelled calculation or ODK metadata is internal: nothing to show
            if isinstance(item, Question):
                row = FieldRow(item, field_path(item.name, repeat, index), self.language)
                row.page, row.repeat, row.index = page, repeat, index
                if row.editor is not None:
                    row.editor.edited.connect(lambda r=row: self._touched(r))
                    row.editor.set_read_only(self.read_only or item.read_only)
                self.rows[row.path] = row
                into.append(row)
                layout.addWidget(row)
            elif isinstance(item, Group):
                box = QGroupBox(item.label.get(self.language) or item.name)
                inner = QVBoxLayout(box)
                self.groups[field_path(item.name, repeat, index)] = (box, page)
                self.add_items(item.children, inner, page, into, repeat, index)
                layout.addWidget(box)
            elif isinstance(item, Repeat):
                panel = RepeatPanel(self, item, page)
                self.repeats[item.name] = panel
                layout.addWidget(panel)

    # -- answers ------------------------------------------------------------------------------
    @staticmethod
    def collect(rows: list[FieldRow]) -> dict[str, str]:
        values: dict[str, str] = {}
        for row in rows:
            if row.editor is None:
                continue
            value = row.editor.value()
            if value:
                values[row.question.name] = value
            other = row.editor.other_text()
            if other:
                values[f"{row.question.name}_other"] = other
        return values

    def answers(self) -> dict[str, Any]:
        """What is stored: typed answers, ODK metadata, and calculations as last computed."""
        top = [row for path, row in self.rows.items() if "[" not in path]
        result: dict[str, Any] = {k: v for k, v in self.calculated.items() if not isinstance(v, list) and v}
        result.update({k: v for k, v in self.meta.items() if v})
        result.update(self.collect(top))
        for name, panel in self.repeats.items():
            entries = panel.values()
            computed = self.calculated.get(name)
            if isinstance(computed, list) and len(computed) == len(entries):
                entries = [{**calc, **typed} for calc, typed in zip(computed, entries, strict=True)]
            if entries:
                result[name] = entries
        return result

    def _keep_calculated(self, state: FormState) -> None:
        calculations = {q.name for q in self.schema.questions() if q.type == "calculate"}
        kept: dict[str, Any] = {k: v for k, v in state.values.items() if k in calculations and v}
        for name, entries in state.instances.items():
            kept[name] = [{k: v for k, v in e.items() if k in calculations and v} for e in entries]
        self.calculated = kept

    def set_answers(self, answers: dict[str, Any]) -> None:
        flat = {k: str(v) for k, v in answers.items() if not isinstance(v, list)}
        self.meta = metadata.on_open(self.schema, flat, dt.datetime.now(), self.username)
        self._keep_calculated(FormState(
            values=flat,
            instances={k: [dict(e) for e in v if isinstance(e, dict)] for k, v in answers.items()
                       if isinstance(v, list)},
            hidden=frozenset(), errors=()))
        for name, panel in self.repeats.items():
            raw = answers.get(name)
            panel.rebuild([dict(entry) for entry in raw] if isinstance(raw, list) else [])
        for path, row in self.rows.items():
            if "[" not in path and row.editor is not None:
                name = row.question.name
                row.editor.set_value(str(answers.get(name, "")), str(answers.get(f"{name}_other", "")))
        self.refresh()

    # -- behaviour ----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.language = language
        for row in self.rows.values():
            row.set_language(language)
        for panel in self.repeats.values():
            panel.set_language(language)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.rows.values():
            if row.editor is not None:
                row.editor.set_read_only(read_only or row.question.read_only)
        for panel in self.repeats.values():
            panel.add_button.setVisible(not read_only)
            for box, _rows in panel.boxes:
                for button in box.findChildren(QPushButton):
                    button.setEnabled(not read_only)

    def _touched(self, row: FieldRow) -> None:
        row.touched = True
        self.edited()

    def edited(self) -> None:
        self.meta = metadata.on_edit(self.schema, self.meta, dt.datetime.now())
        self.refresh()
        self.changed.emit()

    def message(self, error: FieldError, question: Question) -> str:
        own = error.message.get(self.language)
        if own:
            return own
        if error.kind == "required":
            return _tr("This answer is required.")
        if error.kind == "format":
            return _tr(FORMAT_MESSAGES.get(question.type, "Choose from the list."))
        return _tr("This answer is not accepted.")

    def _evaluate(self) -> FormState:
        state = evaluate_form(self.schema, self.answers(), self.today, language=self.language)
        self._keep_calculated(state)
        return state

    def refresh(self) -> None:
        """Re-evaluate skip logic, repeat counts, choice filters and validation and show the result."""
        self.state = state = self._evaluate()
        resized = [panel.follow_count(state.repeat_counts.get(name, 0))
                   for name, panel in self.repeats.items() if panel.counted]
        if any(resized):
            self.set_read_only(self.read_only)
            self.state = state = self._evaluate()
        errors = {error.path: error for error in state.errors}
        for path, row in self.rows.items():
            row.setVisible(not state.is_hidden(path))
            row.show_state(state, self.language)
            if row.question.type == "calculate":
                row.hint.setText(state.value(row.question.name, row.repeat, row.index))
                row.hint.setVisible(True)
            error = errors.get(path)
            shown = error is not None and (row.touched or self.show_all_errors)
            row.error.show_message(self.message(error, row.question) if shown and error else "")
        for path, (box, _page) in self.groups.items():
            box.setVisible(not state.is_hidden(path))
        self._update_progress()

    def visible_pages(self) -> list[int]:
        hidden = self.state.hidden if self.state else frozenset()
        return [i for i, page in enumerate(self.pages) if page.name not in hidden]

    def page_errors(self, page: int) -> list[FieldRow]:
        assert self.state is not None
        bad = {error.path for error in self.state.errors}
        return [row for path, row in self.rows.items() if path in bad and row.page == page]

    def go(self, step: int) -> None:
        current = self.stack.currentIndex()
        if step > 0:
            invalid = self.page_errors(current)
            if invalid:
                for row in invalid:
                    row.touched = True
                self.refresh()
                self.page_status.setText(_tr("Correct the marked answers before going on."))
                if invalid[0].editor is not None:
                    invalid[0].editor.setFocus()
                return
        pages = self.visible_pages()
        position = pages.index(current) if current in pages else 0
        target = position + step
        if 0 <= target < len(pages):
            self._show_page(pages[target])

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.page_status.setText("")
        self._update_progress()
        first = next((row.editor for row in self.rows.values()
                      if row.page == index and row.editor is not None and row.isVisibleTo(self)), None)
        if first is not None:
            first.setFocus()

    def _update_progress(self) -> None:
        pages = self.visible_pages()
        current = self.stack.currentIndex()
        position = pages.index(current) + 1 if current in pages else 1
        self.progress.setRange(0, max(1, len(pages)))
        self.progress.setValue(position)
        self.progress_text.setText(_tr("Page {n} of {total}").format(n=position, total=len(pages)))
        page = self.pages[current] if self.pages else None
        title = page.label.get(self.language) if page is not None else ""
        self.page_label.setText(fill_text(title, self.state) if self.state is not None else title)
        self.previous_button.setEnabled(position > 1)
        self.next_button.setEnabled(position < len(pages))

    def show_errors(self) -> int:
        """Mark every error on every page (before submitting); returns how many there are."""
        self.show_all_errors = True
        self.refresh()
        return len(self.state.errors) if self.state else 0

    def first_error_page(self) -> int | None:
        if self.state is None or not self.state.errors:
            return None
        for path in (error.path for error in self.state.errors):
            row = self.rows.get(path)
            if row is not None:
                return row.page
        return None

    def show_page(self, index: int) -> None:
        self._show_page(index)
