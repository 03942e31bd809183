"""Workspace tabs read from the case itself or its history: identification, exploitation codes,
notes, tasks and the field-level history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

import desktop.models.vocab as vocab
from desktop.services.cases.sections import SECTIONS
from desktop.services.errors import VaultError

from .. import labels
from ..context import AppContext
from ..widgets import EmptyState, FieldError, error_text
from .case_tab import CaseTab, OpenCase
from .common import (
    ALERT,
    MUTED,
    DateField,
    RowsModel,
    day_text,
    fit_columns,
    local_time,
    make_table,
    note,
    selected_key,
    title,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTabs", text)


class CodesSummary(QFrame):
    """The coded lists of a case (forms of exploitation, sectors, means of control…)."""

    KINDS = ("exploitation", "sector", "sexual_exploitation", "means_of_control", "recruitment")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        for row, kind in enumerate(self.KINDS):
            name = QLabel(_tr("Forms of exploitation") if kind == "exploitation"
                          else labels.name(kind))
            name.setObjectName("hint")
            value = QLabel()
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[kind] = value
        grid.setColumnStretch(1, 1)
        self.edit_button = QPushButton(_tr("Edit…"))
        grid.addWidget(self.edit_button, 0, 2, len(self.KINDS), 1, Qt.AlignmentFlag.AlignTop)

    def show_codes(self, codes: dict[str, tuple[str, ...]]) -> None:
        for kind, label in self.values.items():
            label.setText(labels.labels(kind, codes.get(kind, ())))

    def clear(self) -> None:
        for label in self.values.values():
            label.clear()


class IdentificationTab(CaseTab):
    """The trafficking status with every dated decision behind it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        row = QHBoxLayout()
        self.current = QLabel()
        self.current.setObjectName("cardTitle")
        row.addWidget(self.current, 1)
        self.decide_button = QPushButton(_tr("Record a decision…"))
        self.decide_button.setObjectName("primary")
        row.addWidget(self.decide_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(note(_tr(
            "Each decision is kept with its date and who made it. A confirmation by the police, "
            "the prosecution or another government body sets the date of identification used "
            "in the annual statistics.")))
        self.model = RowsModel((_tr("Status"), _tr("Decided on"), _tr("Decided by")), self)
        self.table = make_table(self.model, (200, 140), fit=True)
        self.layout_.addWidget(self.table)
        self.layout_.addStretch(1)

    def show_case(self, case: OpenCase) -> None:
        super().show_case(case)
        self.current.setText(_tr("Now: {status}").format(
            status=labels.label("identification_status", case.detail.row.identification_status)))
        self.model.set_rows([(n, (labels.label("identification_status", status), day_text(day),
                                  labels.label("decided_by", by)))
                             for n, (status, day, by) in enumerate(case.detail.identification)])
        self.decide_button.setEnabled(case.can_edit)

    def clear(self) -> None:
        super().clear()
        self.current.clear()
        self.model.forget()


class NotesTab(CaseTab):
    """Case notes up to the reader's level, newest first; a new note at a chosen level."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RowsModel((_tr("Written"), _tr("Level"), _tr("Note")), self)
        self.table = make_table(self.model, (140, 120), wrap=True, fit=True)
        self.empty = EmptyState(_tr("No notes yet. Notes record what happened and what was "
                                    "agreed; each carries a level so sensitive notes reach "
                                    "only the people cleared for them."))
        self.compose = QFrame()
        row = QHBoxLayout(self.compose)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(_tr("Write a note…"))
        self.text.setFixedHeight(72)
        self.text.setTabChangesFocus(True)
        self.level = QComboBox()
        for number, text in labels.levels().items():
            if number <= ctx.user.principal.level:
                self.level.addItem(text, number)
        self.level.setToolTip(_tr("Who may read the note: users of this level and above."))
        self.add_button = QPushButton(_tr("Add note"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.text, 1)
        side = QGridLayout()
        side.addWidget(QLabel(_tr("Level")), 0, 0)
        side.addWidget(self.level, 0, 1)
        side.addWidget(self.add_button, 1, 0, 1, 2)
        row.addLayout(side)
        self.layout_.addWidget(self.compose)
        self.error = FieldError()
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)

    def show_case(self, case: OpenCase) -> None:
        super().show_case(case)
        self.model.set_rows([(n, (local_time(at), labels.levels().get(level, str(level)), text))
                             for n, (at, level, text) in enumerate(case.detail.notes)])
        fit_columns(self.table)
        self.table.setVisible(bool(case.detail.notes))
        self.empty.setVisible(not case.detail.notes)
        self.compose.setVisible(case.can_edit)

    def add(self) -> None:
        if self.case is None:
            return
        self.error.show_message("")
        try:
            self.ctx.cases.add_note(self.ctx.user, self.case.id, self.text.toPlainText(),
                                    int(self.level.currentData()))
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(error_text(error))
            return
        self.text.clear()
        self.wrote.emit(True)

    def clear(self) -> None:
        super().clear()
        self.model.forget()
        self.text.clear()


class TasksTab(CaseTab):
    """Tasks and follow-ups of the case: open ones first by due date, overdue in red."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        row = QHBoxLayout()
        row.addWidget(title(_tr("Tasks and follow-ups")))
        row.addStretch(1)
        self.done_button = QPushButton(_tr("Mark done"))
        self.done_button.clicked.connect(self.complete)
        row.addWidget(self.done_button)
        self.layout_.addLayout(row)
        self.model = RowsModel((_tr("Task"), _tr("Due"), _tr("State")), self)
        self.table = make_table(self.model, (420, 120), fit=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.empty = EmptyState(_tr("No tasks. Add follow-ups with a due date so they appear on "
                                    "Home when they are due."))
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(self.empty)
        self.compose = QFrame()
        add = QHBoxLayout(self.compose)
        add.setContentsMargins(0, 0, 0, 0)
        self.task_title = QLineEdit()
        self.task_title.setPlaceholderText(_tr("New task, e.g. “Book the medical check-up”"))
        self.due = DateField()
        self.due.setText(QDate.currentDate().addDays(7).toString("yyyy-MM-dd"))
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(_tr("Assign to (optional)"))
        self.assignee.setToolTip(_tr("The username of the person who should do it; empty "
                                     "means you."))
        self.assignee.setMaximumWidth(200)
        self.add_button = QPushButton(_tr("Add task"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.task_title.returnPressed.connect(self.add)
        add.addWidget(self.task_title, 1)
        add.addWidget(QLabel(_tr("Due")))
        add.addWidget(self.due)
        add.addWidget(self.assignee)
        add.addWidget(self.add_button)
        self.layout_.addWidget(self.compose)
        self.error = FieldError()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def show_case(self, case: OpenCase) -> None:
        super().show_case(case)
        today = date.today()
        tasks = sorted(case.detail.tasks, key=lambda t: (t[3], t[2] is None, t[2] or today))
        rows, colours = [], []
        for task_id, text, due, done in tasks:
            overdue = not done and due is not None and due < today
            state = _tr("Done") if done else _tr("Overdue") if overdue else _tr("Open")
            rows.append(((task_id, done), (text, day_text(due), state)))
            colours.append(MUTED if done else ALERT if overdue else None)
        self.model.set_rows(rows, colours)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.compose.setVisible(case.can_edit)
        self._buttons()

    def _buttons(self) -> None:
        key = selected_key(self.table)
        self.done_button.setVisible(self.case is not None and self.case.can_edit)
        self.done_button.setEnabled(key is not None and not key[1])

    def add(self) -> None:
        if self.case is None:
            return
        self.error.show_message("")
        try:
            due = self.due.value()
            self.ctx.cases.add_task(self.ctx.user, self.case.id, self.task_title.text(), due,
                                    self.assignee.text().strip() or None)
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(str(error) if isinstance(error, ValueError)
                                    else error_text(error))
            return
        self.task_title.clear()
        self.wrote.emit(True)

    def complete(self) -> None:
        key = selected_key(self.table)
        if self.case is None or key is None:
            return
        try:
            self.ctx.cases.complete_task(self.ctx.user, self.case.id, int(key[0]))
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(error_text(error))
            return
        self.wrote.emit(True)

    def clear(self) -> None:
        super().clear()
        self.model.forget()
        self.task_title.clear()
        self.assignee.clear()


#: The kind of code each field of the case and person holds, as its history shows it.
HISTORY_KINDS: dict[str, str] = {
    "sex": "sex", "gender_identity": "gender_identity", "unaccompanied": "unaccompanied",
    "district": "district", "identification_context": "identification_context",
    "identification_status": "identification_status", "status": "case_status",
    "languages": "language", "citizenships": "country", "age_disputed": "answer",
    "interpreter_needed": "answer", **{kind: kind for kind in vocab.CODE_LISTS},
}


def _kind(section: str, field: str) -> str:
    """The kind of code a changed field holds ("" for free text)."""
    if field.startswith("#") and "." in field and section in SECTIONS:
        name = field.split(".", 1)[1]
        spec = next((f for f in SECTIONS[section].fields if f.name == name), None)
        if spec is None:
            return ""
        if spec.kind == "country":
            return "country"
        if spec.kind == "bool":
            return "answer"
        return labels.kind_of(spec.choices) if spec.choices else ""
    return HISTORY_KINDS.get(field, "")


def _value(section: str, field: str, text: str) -> str:
    kind = _kind(section, field)
    if not text or not kind:
        return text or "—"
    if kind == "answer":
        return labels.label("answer", "YES" if text in ("True", "1", "YES") else "NO")
    return labels.labels(kind, text)


def _field(field: str) -> str:
    if field == "added":
        return _tr("Record added")
    if field == "removed":
        return _tr("Record removed")
    if field.startswith("#") and "." in field:
        number, name = field[1:].split(".", 1)
        return _tr("Record #{n}: {field}").format(n=number, field=labels.name(name))
    return labels.name(field)


class HistoryTab(CaseTab):
    """Every change of a field, newest first; values above the reader's level stay hidden."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(note(_tr(
            "Every change to this case, newest first, with who made it. Values of sections "
            "above your level show as •••.")))
        self.model = RowsModel((_tr("When"), _tr("By"), _tr("Section"), _tr("Field"),
                                _tr("Before"), _tr("After")), self)
        self.table = make_table(self.model, (140, 110, 150, 170, 180), fit=True)
        self.layout_.addWidget(self.table)
        self.empty = EmptyState(_tr(
            "No field of this case has changed since it was recorded. Each change to the person, "
            "the case and its sections will be listed here with who made it and when."))
        self.empty.hide()
        self.layout_.addWidget(self.empty)
        self.error = FieldError()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def load(self) -> None:
        if self.case is None:
            return
        try:
            changes = self.ctx.case_reads.history(self.ctx.user, self.case.id)
        except VaultError as error:
            self.error.show_message(error_text(error))
            return
        self.error.show_message("")
        self.table.setVisible(bool(changes))
        self.empty.setVisible(not changes)
        self.model.set_rows([(n, (local_time(c.at), c.user_name or c.username or "—",
                                  labels.name(c.section),
                                  _field(c.field), _value(c.section, c.field, c.old),
                                  _value(c.section, c.field, c.new)))
                             for n, c in enumerate(changes)])

    def clear(self) -> None:
        super().clear()
        self.model.forget()
