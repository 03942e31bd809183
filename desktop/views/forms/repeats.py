"""The entries of one repeat on a form page: a box of fields per entry, with Add and Remove, or,
for a repeat with a repeat_count, exactly as many entries as the count says (no buttons)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from desktop.forms.runtime import default_answers
from desktop.forms.schema import Repeat

from .field_row import FieldRow
from .fields import plain_label

if TYPE_CHECKING:
    from .renderer import FormRenderer


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormRenderer", text)


class RepeatPanel(QWidget):
    """The entries of one repeat, each a box of fields, with Add and Remove."""

    def __init__(self, renderer: FormRenderer, repeat: Repeat, page: int) -> None:
        super().__init__()
        self.renderer, self.repeat, self.page = renderer, repeat, page
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label("")
        self.title.setObjectName("cardTitle")
        self.layout_.addWidget(self.title)
        self.entries = QVBoxLayout()
        self.layout_.addLayout(self.entries)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.boxes: list[tuple[QGroupBox, list[FieldRow]]] = []
        self.counted = repeat.count is not None  # the count decides; no Add or Remove
        self.add_button.setVisible(not self.counted)

    def set_language(self, language: str) -> None:
        label = self.repeat.label.get(language) or self.repeat.name
        self.title.setText(label)
        self.add_button.setText(_tr("Add an entry to “{name}”").format(name=label))
        for number, (box, _rows) in enumerate(self.boxes, start=1):
            box.setTitle(_tr("Entry {n}").format(n=number))

    def values(self) -> list[dict[str, str]]:
        return [self.renderer.collect(rows) for _box, rows in self.boxes]

    def follow_count(self, count: int) -> bool:
        """Add or drop entries to match repeat_count; True when the entries changed."""
        if not self.counted or count == len(self.boxes):
            return False
        values = self.values()[:count]
        values += [default_answers(self.repeat.children) for _ in range(count - len(values))]
        self.rebuild(values)
        return True

    def rebuild(self, instances: list[dict[str, str]]) -> None:
        for box, rows in self.boxes:
            for row in rows:
                self.renderer.rows.pop(row.path, None)
            box.deleteLater()
        self.boxes = []
        for instance in instances:
            self._append(instance)
        self.set_language(self.renderer.language)

    def _append(self, instance: dict[str, str]) -> list[FieldRow]:
        index = len(self.boxes)
        box = QGroupBox()
        layout = QVBoxLayout(box)
        rows: list[FieldRow] = []
        self.renderer.add_items(self.repeat.children, layout, self.page, rows, self.repeat.name, index)
        for row in rows:
            if row.editor is not None:
                row.editor.set_value(instance.get(row.question.name, ""),
                                     instance.get(f"{row.question.name}_other", ""))
        if not self.counted:
            remove = QPushButton(_tr("Remove this entry"))
            remove.clicked.connect(lambda _=False, i=index: self.remove_entry(i))
            remove.setEnabled(not self.renderer.read_only)
            layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self.entries.addWidget(box)
        self.boxes.append((box, rows))
        return rows

    def add_entry(self) -> None:
        rows = self._append(default_answers(self.repeat.children))
        self.set_language(self.renderer.language)
        self.renderer.edited()
        focusable = next((row.editor for row in rows if row.editor is not None), None)
        if focusable is not None:
            focusable.setFocus()

    def remove_entry(self, index: int) -> None:
        values = self.values()
        del values[index]
        self.rebuild(values)
        self.renderer.edited()
        self.add_button.setFocus()
