"""A new case, with search-before-create: likely duplicates appear while the names are typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import desktop.models.vocab as vocab
from desktop.services.cases.reads import CaseRow
from desktop.services.cases.service import NewCase
from desktop.services.errors import ValidationError, VaultError

from .. import labels
from ..context import AppContext
from ..widgets import FieldError, error_text
from .common import (
    CodesBox,
    CountryBox,
    DateField,
    choice_box,
    note,
    set_choice,
    title,
)

DUPLICATE_DELAY_MS = 250


class NewCaseDialog(QDialog):
    """Fields of a first screening; `created` carries the new case, `open_existing` a duplicate."""

    created = Signal(object)  # CaseRow
    open_existing = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.gone = False  # rejected (the vault locked) while the worker was creating
        self.rejected.connect(lambda: setattr(self, "gone", True))
        self.duplicates: list[CaseRow] = []
        self.warned_for: tuple[int, ...] | None = None  # duplicates the user has been shown
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(1000)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(note(self.tr(
            "Start with the names: cases that may be the same person appear on the right as you "
            "type. Open one of them instead of creating a second record for the same person.")))
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(self._form(), 3)
        columns.addWidget(self._duplicates_panel(), 2)
        layout.addLayout(columns)
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.create_button.setText(self.tr("Create case"))
        self.create_button.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DUPLICATE_DELAY_MS)
        self.timer.timeout.connect(self.check_duplicates)
        for edit in (self.given, self.family, self.birth_date):
            edit.textChanged.connect(lambda _: self.timer.start())
        self.citizenship.currentIndexChanged.connect(lambda _: self.timer.start())

    # -- building -----------------------------------------------------------------------------
    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.given, self.family = QLineEdit(), QLineEdit()
        self.given.setPlaceholderText(self.tr("Required"))
        self.sex = choice_box("sex")
        set_choice(self.sex, "UNKNOWN")
        self.birth_date = DateField()
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Not estimated"))
        self.age.setValue(-1)
        self.age.setMinimumWidth(160)
        self.citizenship = CountryBox()
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("Other names, separated by commas"))
        self.district = choice_box("district", blank=self.tr("Not recorded"))
        self.context = choice_box("identification_context")
        set_choice(self.context, "OTHER")
        self.status = choice_box("identification_status")
        self.exploitation = CodesBox("exploitation", columns=2)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_date)
        birth.addWidget(note(self.tr("or estimated age")))
        birth.addWidget(self.age)
        birth.addStretch(1)
        birth_box = QWidget()
        birth_box.setLayout(birth)
        birth.setContentsMargins(0, 0, 0, 0)
        self.errors: dict[str, FieldError] = {}
        for key, label, widget in (
                ("given_names", self.tr("Given names"), self.given),
                ("family_names", self.tr("Family names"), self.family),
                ("sex", self.tr("Sex"), self.sex),
                ("date_of_birth", self.tr("Date of birth"), birth_box),
                ("citizenships", self.tr("Citizenship"), self.citizenship),
                ("aliases", self.tr("Also known as"), self.aliases),
                ("district", self.tr("District"), self.district),
                ("identification_context", self.tr("Identified through"), self.context),
                ("identification_status", self.tr("Identification"), self.status),
                ("exploitation", self.tr("Forms of exploitation"), self.exploitation)):
            self.errors[key] = FieldError()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(label, column)
        self.errors["estimated_age"] = self.errors["date_of_birth"]
        self.errors["identified_on"] = self.errors["identification_status"]
        return form

    def _duplicates_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("card")
        panel.setMinimumWidth(340)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(title(self.tr("Possible duplicates")))
        self.duplicate_note = note(self.tr("Type a name to look for cases of the same person."))
        layout.addWidget(self.duplicate_note)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setObjectName("duplicates")
        self.duplicate_list.setWordWrap(True)
        self.duplicate_list.itemDoubleClicked.connect(lambda _: self._open_duplicate())
        self.duplicate_list.hide()
        layout.addWidget(self.duplicate_list, 1)
        self.open_button = QPushButton(self.tr("Open the selected case"))
        self.open_button.clicked.connect(self._open_duplicate)
        self.open_button.hide()
        layout.addWidget(self.open_button)
        layout.addStretch(0)
        return panel

    # -- duplicates ---------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        """Ask the service for similar cases in scope; quick enough to run between keystrokes."""
        self.timer.stop()
        given, family = self.given.text().strip(), self.family.text().strip()
        if not (given or family) or self.ctx.session is None:
            self._show_duplicates([])
            self.duplicate_note.setText(self.tr("Type a name to look for cases of the same "
                                                "person."))
            return
        try:
            born = self.birth_date.value()
        except ValueError:
            born = None
        citizenship = self.citizenship.value()
        try:
            found = self.ctx.case_reads.duplicates(
                self.ctx.user, given, family, birth_year=born.year if born else None,
                citizenships=(citizenship,) if len(citizenship) == 2 else ())
        except VaultError as error:  # a service refused, with a sentence
            self.duplicate_note.setText(error_text(error))
            return
        self._show_duplicates(found)

    def _show_duplicates(self, found: list[CaseRow]) -> None:
        self.duplicates = found
        self.duplicate_list.clear()
        for row in found:
            status = labels.label("case_status", row.status)
            district = labels.label("district", row.district)
            item = QListWidgetItem(f"{row.name}\n{row.reference} · {status} · {district}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.duplicate_list.addItem(item)
        self.duplicate_list.setVisible(bool(found))
        self.open_button.setVisible(bool(found))
        if found:
            self.duplicate_note.setText(self.tr(
                "One case in your scope looks similar:") if len(found) == 1 else self.tr(
                "{n} cases in your scope look similar:").format(n=len(found)))
            self.duplicate_note.setObjectName("badText")
        else:
            self.duplicate_note.setText(self.tr("No similar case in your scope."))
            self.duplicate_note.setObjectName("hint")
        self.duplicate_note.style().unpolish(self.duplicate_note)
        self.duplicate_note.style().polish(self.duplicate_note)
        if self.warned_for is not None and self._shown_ids() != self.warned_for:
            self._reset_warning()

    def _shown_ids(self) -> tuple[int, ...]:
        return tuple(r.id for r in self.duplicates)

    def _reset_warning(self) -> None:
        self.warned_for = None
        self.create_button.setText(self.tr("Create case"))
        self.general.show_message("")

    def _open_duplicate(self) -> None:
        item = self.duplicate_list.currentItem() or self.duplicate_list.item(0)
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if case_id is not None:
            self.open_existing.emit(int(case_id))
            self.accept()

    # -- creating -----------------------------------------------------------------------------
    def new_case(self) -> NewCase:
        """The typed values; ValueError names a date that cannot be read."""
        age = self.age.value()
        citizenship = self.citizenship.value()
        aliases = tuple(a.strip() for a in self.aliases.text().split(",") if a.strip())
        exploitation = self.exploitation.value()
        return NewCase(
            given_names=self.given.text(), family_names=self.family.text(),
            sex=self.sex.currentData(), date_of_birth=self.birth_date.value(),
            estimated_age=None if age < 0 else age,
            citizenships=(citizenship,) if citizenship else (), aliases=aliases,
            identification_context=self.context.currentData(),
            identification_status=self.status.currentData(),
            district=self.district.currentData(),
            codes={"exploitation": exploitation} if exploitation else {})

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        try:
            new = self.new_case()
        except ValueError as error:
            self.errors["date_of_birth"].show_message(str(error))
            return
        if self.timer.isActive() or (not self.duplicates and (new.given_names or new.family_names)):
            self.check_duplicates()  # never create before the duplicate check has seen the names
        if self.duplicates and self.warned_for != self._shown_ids():
            self.warned_for = self._shown_ids()
            self.general.show_message(self.tr(
                "Possible duplicates are listed on the right. Open one of them, or press "
                "“Create anyway” if this is a different person."))
            self.create_button.setText(self.tr("Create anyway"))
            return
        self.setEnabled(False)
        self.general.show_message(self.tr("Creating the case…"))
        session, cases = self.ctx.user, self.ctx.cases
        self.ctx.worker.run(lambda: cases.create(session, new), self._created, self._failed,
                            self.tr("Creating the case…"))

    def _created(self, row: CaseRow) -> None:
        self.ctx.changes.changed.emit("cases")
        if self.gone:
            return
        self.setEnabled(True)
        self.created.emit(row)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if self.gone:
            return
        self.setEnabled(True)
        self.general.show_message("")
        field = error.field if isinstance(error, ValidationError) else ""
        field = "exploitation" if field in vocab.CODE_LISTS else field
        self.errors.get(field, self.general).show_message(error_text(error))
        focus: dict[str, Any] = {"given_names": self.given, "family_names": self.family}
        focus.get(field, self.create_button).setFocus()
