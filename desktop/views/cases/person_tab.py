"""The Person tab: the person's fields, edited in place, saved together, checked by the service.

A refused value is explained next to its field. `dirty()` tells the workspace to ask before the
edits would be lost (switching tabs or cases, going back to the list).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ValidationError, VaultError

from .. import labels
from ..context import AppContext
from ..widgets import FieldError, error_text, set_status
from .case_tab import CaseTab, OpenCase
from .common import CodesBox, DateField, RestrictedPanel, choice_box, set_choice

FIELDS = ("given_names", "family_names", "sex", "gender_identity", "date_of_birth", "estimated_age",
          "citizenships", "languages", "interpreter_needed", "contact", "documents", "district")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonTab", text)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in text.replace(";", ",").split(",")
                 if part.strip())


def _aliases(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


class PersonTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.original: dict[str, Any] = {}
        self.errors: dict[str, FieldError] = {}
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("hint")
        self.read_only_note.setWordWrap(True)
        self.layout_.addWidget(self.read_only_note)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._person_box(), 1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self._language_box())
        right.addWidget(self._private_box())
        self.private_restricted = RestrictedPanel("contact")
        right.addWidget(self.private_restricted)
        right.addWidget(self._case_box())
        right.addStretch(1)
        columns.addLayout(right, 1)
        self.form = QWidget()
        self.form.setLayout(columns)
        columns.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.form)
        self.restricted = RestrictedPanel("person")
        self.layout_.addWidget(self.restricted)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self._buttons())
        for widget in (self.given, self.family, self.citizenships, self.aliases):
            widget.textChanged.connect(self._edited)
        for check_box in (self.interpreter, *self.languages.boxes.values()):
            check_box.toggled.connect(self._edited)
        self.birth.textChanged.connect(self._edited)
        for text_edit in (self.contact, self.documents):
            text_edit.textChanged.connect(self._edited)
        for combo in (self.sex, self.gender, self.district):
            combo.currentIndexChanged.connect(self._edited)
        self.age.valueChanged.connect(self._edited)
        self.citizenships.textChanged.connect(self._name_countries)
        self.widgets: dict[str, QWidget] = {
            "given_names": self.given, "family_names": self.family, "sex": self.sex,
            "gender_identity": self.gender, "languages": self.languages,
            "interpreter_needed": self.interpreter, "aliases": self.aliases,
            "date_of_birth": self.birth, "estimated_age": self.age,
            "citizenships": self.citizenships, "contact": self.contact,
            "documents": self.documents, "district": self.district}

    # -- building -----------------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget,
             extra: QWidget | None = None) -> None:
        self.errors[key] = FieldError()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if extra is not None:
            column.addWidget(extra)
        column.addWidget(self.errors[key])
        form.addRow(label, column)

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Person"))
        form = QFormLayout(box)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.given, self.family = QLineEdit(), QLineEdit()
        self.sex = choice_box("sex")
        self.gender = choice_box("gender_identity")
        self.birth = DateField()
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(_tr("Not estimated"))
        self.age.setMinimumWidth(170)
        self.age.setMaximumWidth(170)
        self.citizenships = QLineEdit()
        self.citizenships.setPlaceholderText(_tr("Two-letter codes, e.g. GT, HN"))
        self.country_names = QLabel()
        self.country_names.setObjectName("hint")
        self._row(form, "given_names", _tr("Given names"), self.given)
        self._row(form, "family_names", _tr("Family names"), self.family)
        self._row(form, "sex", _tr("Sex"), self.sex)
        self._row(form, "gender_identity", _tr("Gender identity"), self.gender)
        self._row(form, "date_of_birth", _tr("Date of birth"), self.birth)
        self._row(form, "estimated_age", _tr("Estimated age"), self.age)
        self._row(form, "citizenships", _tr("Citizenships"), self.citizenships,
                  self.country_names)
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(_tr("Other names and nicknames, separated by “;”"))
        self._row(form, "aliases", _tr("Also known as"), self.aliases)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Languages"))
        form = QFormLayout(box)
        form.setVerticalSpacing(6)
        self.languages = CodesBox("language", columns=3)
        self.interpreter = QCheckBox(_tr("Needs an interpreter"))
        self._row(form, "languages", _tr("Speaks"), self.languages)
        self._row(form, "interpreter_needed", "", self.interpreter)
        return box

    def _private_box(self) -> QGroupBox:
        self.private = box = QGroupBox(_tr("Contact and identity documents"))
        form = QFormLayout(box)
        form.setVerticalSpacing(6)
        self.contact, self.documents = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.contact, self.documents):
            edit.setFixedHeight(64)
            edit.setTabChangesFocus(True)
        self.contact.setPlaceholderText(_tr("Telephone, safe address, who may be contacted"))
        self.documents.setPlaceholderText(_tr("Passport, ID or birth certificate: number and "
                                              "who holds it"))
        self._row(form, "contact", _tr("Contact"), self.contact)
        self._row(form, "documents", _tr("Documents"), self.documents)
        return box

    def _case_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Case"))
        form = QFormLayout(box)
        self.district = choice_box("district", blank=_tr("Not recorded"))
        self._row(form, "district", _tr("District"), self.district)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.general = FieldError()
        row.addWidget(self.state)
        row.addWidget(self.general, 1)
        row.addStretch(1)
        self.discard_button = QPushButton(_tr("Discard changes"))
        self.discard_button.clicked.connect(self.revert)
        self.save_button = QPushButton(_tr("Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        return row

    # -- showing ------------------------------------------------------------------------------
    def show_case(self, case: OpenCase) -> None:
        same = self.case is not None and self.case.id == case.id
        super().show_case(case)
        if same and self.dirty():
            return  # never overwrite what the user is typing with a reload
        person = case.detail.person
        self.form.setVisible(person is not None)
        self.restricted.setVisible(person is None)
        private = person is not None and person.get("contact") is not None \
            and person.get("documents") is not None
        self.private.setVisible(private)
        self.private_restricted.setVisible(not private)
        self._fill(person or {}, case.detail.row.district)
        editable = case.can_edit and person is not None
        for widget in (self.given, self.family, self.birth, self.citizenships, self.aliases):
            widget.setReadOnly(not editable)
        for text_edit in (self.contact, self.documents):
            text_edit.setReadOnly(not editable)
        for other in (self.sex, self.gender, self.district, self.age, self.languages,
                      self.interpreter):
            other.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)
        self.read_only_note.setVisible(not editable)
        self.read_only_note.setText(
            _tr("The case is closed, so its fields cannot change; a supervisor can reopen it.")
            if case.closed else _tr("You can read this case; your role does not change it."))
        self._edited()

    def _fill(self, person: dict[str, Any], district: str) -> None:
        widgets: list[Any] = [self.given, self.family, self.sex, self.gender, self.birth, self.age,
                              self.citizenships, self.contact, self.documents, self.district,
                              self.aliases, self.interpreter, *self.languages.boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.given.setText(person.get("given_names") or "")
        self.family.setText(person.get("family_names") or "")
        set_choice(self.sex, person.get("sex") or "UNKNOWN")
        set_choice(self.gender, person.get("gender_identity") or "NOT_SPECIFIED")
        self.languages.set_value(person.get("languages") or "")
        self.interpreter.setChecked(bool(person.get("interpreter_needed")))
        self.aliases.setText("; ".join(person.get("aliases") or ()))
        self.birth.set_value(person.get("date_of_birth"))
        age = person.get("estimated_age")
        self.age.setValue(-1 if age is None else int(age))
        self.citizenships.setText(", ".join(_codes(person.get("citizenships") or "")))
        self.contact.setPlainText(person.get("contact") or "")
        self.documents.setPlainText(person.get("documents") or "")
        set_choice(self.district, district)
        for widget in widgets:
            widget.blockSignals(False)
        self._name_countries()
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        self.original = self._raw()

    def _name_countries(self) -> None:
        codes = _codes(self.citizenships.text())
        self.country_names.setText(labels.countries(codes) if codes else "")
        self.country_names.setVisible(bool(codes))

    # -- editing ------------------------------------------------------------------------------
    def _raw(self) -> dict[str, Any]:
        """What the fields hold, unparsed: differs from `original` exactly when edited."""
        return {"given_names": self.given.text(), "family_names": self.family.text(),
                "sex": self.sex.currentData(), "gender_identity": self.gender.currentData(),
                "languages": self.languages.value(), "interpreter_needed": self.interpreter.isChecked(),
                "aliases": _aliases(self.aliases.text()),
                "date_of_birth": self.birth.text().strip(),
                "estimated_age": self.age.value(), "citizenships": _codes(self.citizenships.text()),
                "contact": self.contact.toPlainText(), "documents": self.documents.toPlainText(),
                "district": self.district.currentData()}

    def dirty(self) -> bool:
        return self.case is not None and bool(self.original) and self._raw() != self.original

    def _edited(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        if self.case is not None and self.case.can_edit:
            set_status(self.state, None, _tr("Unsaved changes") if dirty else "")

    def changes(self) -> dict[str, Any]:
        """The edited fields as the service takes them; ValidationError for an unreadable date."""
        raw, found = self._raw(), {}
        for key in FIELDS:
            if raw[key] == self.original.get(key):
                continue
            if key == "date_of_birth":
                try:
                    found[key] = self.birth.value()
                except ValueError as error:
                    raise ValidationError(key, str(error)) from None
            elif key == "estimated_age":
                found[key] = None if raw[key] < 0 else raw[key]
            else:
                found[key] = raw[key]
        return found

    def save(self) -> bool:
        """Save the edits now (a quick write); True when nothing is left unsaved."""
        case = self.case
        if case is None:
            return True
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        try:
            changes = self.changes()
            aliases = self._raw()["aliases"]
            if not changes and aliases == self.original.get("aliases"):
                return True
            if changes:
                self.ctx.cases.update(self.ctx.user, case.id, changes, case.detail.version)
            if aliases != self.original.get("aliases"):
                self.ctx.cases.set_aliases(self.ctx.user, case.id, aliases)
        except ValidationError as error:
            self.errors.get(error.field, self.general).show_message(error_text(error))
            widget = self.widgets.get(error.field)
            if widget is not None:
                widget.setFocus()
            return False
        except VaultError as error:  # a service refused, with a sentence
            self.general.show_message(error_text(error))
            return False
        self.original = self._raw()
        self._edited()
        set_status(self.state, True, _tr("Saved."))
        self.wrote.emit(True)
        return True

    def revert(self) -> None:
        if self.case is not None:
            self.original = {}
            self._fill(self.case.detail.person or {}, self.case.detail.row.district)
            self._edited()

    def clear(self) -> None:
        super().clear()
        self.original = {}
        self._fill({}, "")
        self.original = {}
        set_status(self.state, None, "")
