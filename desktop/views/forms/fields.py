"""One editor widget per XLSForm question type; each reads and writes its answer as a string.

Labels are plain text (a form may contain markup; it is shown, never interpreted). Every editor is
reachable and operable with the keyboard alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.schema import OTHER_CODE, Question

SHAPED = ("date", "time", "datetime", "integer", "decimal")  # short answers: a short box


def placeholder(kind: str) -> str:
    """The shape of a typed answer, in the interface's language (AAAA-MM-DD in Spanish)."""
    shapes = {"date": _tr("YYYY-MM-DD"), "time": _tr("HH:MM"), "datetime": _tr("YYYY-MM-DDTHH:MM"),
              "integer": "0", "decimal": "0.0"}
    return shapes.get(kind, "")
RADIO_LIMIT = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormRenderer", text)


def plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class Editor(QWidget):
    """Base: `edited` fires on every user change; value()/set_value() speak the stored string."""

    edited = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> str:
        return ""

    def other_text(self) -> str:
        return ""

    def set_value(self, value: str, other: str = "") -> None:
        """Show a stored answer."""

    def set_language(self, language: str) -> None:
        """Relabel choices."""

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def show_only(self, codes: tuple[str, ...] | None) -> None:
        """Offer only these choice codes (a choice_filter); None offers every choice."""


class LineEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder(question.type))
        self.line.setMaxLength(20_000)
        if question.type in SHAPED:  # a date, a time or a number: no 1000-pixel box for it
            self.line.setMaximumWidth(240)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.layout_.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: str, other: str = "") -> None:
        self.line.setText(value)


class MultilineEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # keyboard users leave with Tab
        self.text.setFixedHeight(90)
        self.text.textChanged.connect(self._changed)
        self.layout_.addWidget(self.text)
        self.setFocusProxy(self.text)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def set_value(self, value: str, other: str = "") -> None:
        self._loading = True
        self.text.setPlainText(value)
        self._loading = False


LONG_CHOICE = 48  # characters; a longer choice label wraps beside its button instead of widening the page


class ChoiceLabel(QLabel):
    """The wrapping text of a long choice; a click on it acts on its button, as the button text would."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__()
        self.button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.button.isEnabled():
            self.button.click()
        super().mouseReleaseEvent(event)


def choice_cell(button: QAbstractButton) -> tuple[QWidget, ChoiceLabel]:
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    label = ChoiceLabel(button)
    row.addWidget(button, 0)
    row.addWidget(label, 1)
    return cell, label


def set_choice_text(button: QAbstractButton, label: ChoiceLabel, text: str) -> None:
    long = len(text) > LONG_CHOICE
    button.setText("" if long else text)
    button.setAccessibleName(text)
    label.setText(text if long else "")
    label.setVisible(long)


class _OtherMixin:
    """The free-text box of `or_other`, shown while "other" is chosen."""

    other: QLineEdit

    def _make_other(self, layout: QVBoxLayout, edited: SignalInstance) -> None:
        self.other = QLineEdit()
        self.other.setPlaceholderText(_tr("Specify"))
        self.other.textEdited.connect(lambda _t: edited.emit())
        self.other.hide()
        layout.addWidget(self.other)


class SelectOneEditor(Editor, _OtherMixin):
    """Radio buttons for a short list, a drop-down for a long one or appearance `minimal`."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.codes = [choice.name for choice in question.choices]
        self.combo: QComboBox | None = None
        self.group: QButtonGroup | None = None
        if "minimal" in question.appearance or len(self.codes) > RADIO_LIMIT:
            self.combo = QComboBox()
            # a long choice ("South Georgia and the South Sandwich Islands") must not widen the page
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combo.setMinimumContentsLength(24)
            self.combo.addItem("—", "")
            for code in self.codes:
                self.combo.addItem(code, code)
            self.combo.activated.connect(lambda _i: self._changed())
            self.layout_.addWidget(self.combo)
            self.setFocusProxy(self.combo)
        else:
            labels = [choice.label.get(language) for choice in question.choices]
            row = QVBoxLayout() if sum(map(len, labels)) > 2 * LONG_CHOICE else QHBoxLayout()
            self.group = QButtonGroup(self)
            self.labels: list[ChoiceLabel] = []
            for index, code in enumerate(self.codes):
                button = QRadioButton(code)
                self.group.addButton(button, index)
                cell, label = choice_cell(button)
                self.labels.append(label)
                row.addWidget(cell)
            if isinstance(row, QHBoxLayout):
                row.addStretch(1)
            self.group.buttonClicked.connect(lambda _b: self._changed())
            self.layout_.addLayout(row)
            if self.codes:
                self.setFocusProxy(self.group.buttons()[0])
        self._make_other(self.layout_, self.edited)
        self.set_language(language)

    def _changed(self) -> None:
        self.other.setVisible(self.value() == OTHER_CODE)
        self.edited.emit()

    def value(self) -> str:
        if self.combo is not None:
            return str(self.combo.currentData() or "")
        assert self.group is not None
        index = self.group.checkedId()
        return self.codes[index] if index >= 0 else ""

    def other_text(self) -> str:
        return self.other.text().strip() if self.value() == OTHER_CODE else ""

    def set_value(self, value: str, other: str = "") -> None:
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        elif self.group is not None:
            if value in self.codes:
                self.group.button(self.codes.index(value)).setChecked(True)
            else:
                self.group.setExclusive(False)
                for button in self.group.buttons():
                    button.setChecked(False)
                self.group.setExclusive(True)
        self.other.setText(other)
        self.other.setVisible(self.value() == OTHER_CODE)

    def set_language(self, language: str) -> None:
        for index, code in enumerate(self.codes):
            text = self.question.choice_label(code, language)
            if self.combo is not None:
                self.combo.setItemText(index + 1, text)
            elif self.group is not None:
                set_choice_text(self.group.button(index), self.labels[index], text)

    def show_only(self, codes: tuple[str, ...] | None) -> None:
        offered = set(self.codes if codes is None else codes) | {self.value()} - {""}
        for index, code in enumerate(self.codes):
            if self.combo is not None:
                view = self.combo.view()
                if hasattr(view, "setRowHidden"):
                    view.setRowHidden(index + 1, code not in offered)
            elif self.group is not None:
                self.group.button(index).setVisible(code in offered)
                self.labels[index].setVisible(code in offered and bool(self.labels[index].text()))


class SelectMultipleEditor(Editor, _OtherMixin):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[str, QCheckBox]] = []
        self.labels: list[ChoiceLabel] = []
        columns = 2 if len(question.choices) > 6 else 1
        for index, choice in enumerate(question.choices):
            box = QCheckBox(choice.name)
            box.toggled.connect(lambda _on: self._changed())
            cell, label = choice_cell(box)
            grid.addWidget(cell, index // columns, index % columns)
            self.boxes.append((choice.name, box))
            self.labels.append(label)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.layout_.addLayout(grid)
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])
        self._make_other(self.layout_, self.edited)
        self._loading = False
        self.set_language(language)

    def _changed(self) -> None:
        if self._loading:
            return
        self.other.setVisible(OTHER_CODE in self.value().split())
        self.edited.emit()

    def value(self) -> str:
        return " ".join(code for code, box in self.boxes if box.isChecked())

    def other_text(self) -> str:
        return self.other.text().strip() if OTHER_CODE in self.value().split() else ""

    def set_value(self, value: str, other: str = "") -> None:
        self._loading = True
        picked = set(value.split())
        for code, box in self.boxes:
            box.setChecked(code in picked)
        self._loading = False
        self.other.setText(other)
        self.other.setVisible(OTHER_CODE in picked)

    def set_language(self, language: str) -> None:
        for (code, box), label in zip(self.boxes, self.labels, strict=True):
            set_choice_text(box, label, self.question.choice_label(code, language))

    def show_only(self, codes: tuple[str, ...] | None) -> None:
        for (code, box), label in zip(self.boxes, self.labels, strict=True):
            shown = codes is None or code in codes or box.isChecked()
            box.setVisible(shown)
            label.setVisible(shown and bool(label.text()))


class AcknowledgeEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.box = QCheckBox(_tr("Confirmed"))
        self.box.toggled.connect(lambda _on: self.edited.emit())
        self.layout_.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> str:
        return "OK" if self.box.isChecked() else ""

    def set_value(self, value: str, other: str = "") -> None:
        self.box.blockSignals(True)
        self.box.setChecked(value == "OK")
        self.box.blockSignals(False)


def make_editor(question: Question, language: str) -> Editor | None:
    """The editor for a question, or None for notes and calculations (nothing to type)."""
    if question.type in ("note", "calculate"):
        return None
    if question.type == "select_one":
        return SelectOneEditor(question, language)
    if question.type == "select_multiple":
        return SelectMultipleEditor(question, language)
    if question.type == "acknowledge":
        return AcknowledgeEditor(question)
    if question.type == "text" and "multiline" in question.appearance:
        return MultilineEditor(question)
    return LineEditor(question)
