"""One question on a form page: its label and hint beside its editor and inline error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.forms.runtime import FormState, field_path, fill_text
from desktop.forms.schema import Question

from ..widgets import FieldError
from .fields import make_editor, plain_label

EDITOR_WIDTH = 640  # beyond this a box only makes the eye travel
LABEL_WIDTH = 400


class FieldRow(QWidget):
    """Label and hint on the left, the editor and its inline error on the right, so that a page
    of questions reads down two columns and a 1366×768 screen holds a dozen of them; a note (no
    editor) spans both."""

    def __init__(self, question: Question, path: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question, self.path = question, path
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 3, 0, 3)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        layout.setColumnStretch(0, 1)  # a third for the question, two for the answer
        layout.setColumnStretch(1, 2)
        layout.setAlignment(Qt.AlignmentFlag.AlignLeft)  # a wide window keeps its spare room right
        self.label = plain_label("")
        self.label.setObjectName("noteText" if question.type == "note" else "fieldLabel")
        self.hint = plain_label("")
        self.hint.setObjectName("hint")
        self.editor = make_editor(question, language)
        span = 1 if self.editor is not None else 2
        if self.editor is not None:  # the question's column stops growing here, the answer's at
            for text in (self.label, self.hint):  # EDITOR_WIDTH; a wide window keeps the rest
                text.setMaximumWidth(LABEL_WIDTH)
        top = Qt.AlignmentFlag.AlignTop
        layout.addWidget(self.label, 0, 0, 1, span, top)
        layout.addWidget(self.hint, 1, 0, 1, span, top)
        if self.editor is not None:
            self.editor.setMaximumWidth(EDITOR_WIDTH)
            layout.addWidget(self.editor, 0, 1, 2, 1, top)
            self.label.setBuddy(self.editor)
        self.error = FieldError()
        layout.addWidget(self.error, 2, 1 if self.editor is not None else 0)
        self.touched = False
        self.page = 0  # index of the renderer page that holds this row
        self.repeat: str | None = None  # the repeat and entry of this row, if it is in one
        self.index: int | None = None
        self.set_language(language)

    def _texts(self, language: str, state: FormState | None) -> tuple[str, str]:
        label = self.question.label.get(language) or self.question.name
        hint = "\n".join(part for part in (self.question.hint.get(language),
                                             self.question.guidance.get(language)) if part)
        if state is not None:
            label, hint = (fill_text(text, state, self.repeat, self.index) for text in (label, hint))
        return label, hint

    def set_language(self, language: str, state: FormState | None = None) -> None:
        text, hint = self._texts(language, state)
        required = self.question.required is not None and self.editor is not None
        self.label.setText(f"{text} *" if required else text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.editor is not None:
            self.editor.set_language(language)

    def show_state(self, state: FormState, language: str) -> None:
        """${field} in the label and hint show the current answers; a choice_filter narrows choices."""
        if self.question.choice_filter is not None and self.editor is not None:
            self.editor.show_only(state.choices.get(field_path(self.question.name, self.repeat, self.index)))
        if any("${" in value for text in (self.question.label, self.question.hint, self.question.guidance)
               for _language, value in text.values):
            self.set_language(language, state)
