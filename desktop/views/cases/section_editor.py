"""Repeatable sections (events, perpetrators, services, shelter, consent, justice, repatriation),
rendered from their declaration in `SECTIONS`: a table, and a dialog to add or edit a record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases.sections import SECTIONS, FieldSpec, SectionSpec
from desktop.services.errors import PermissionDenied, ValidationError, VaultError

from .. import labels
from ..context import AppContext
from ..widgets import EmptyState, FieldError, error_text
from .case_tab import CaseTab, OpenCase
from .common import (
    CodesBox,
    CountryBox,
    DateField,
    RestrictedPanel,
    RowsModel,
    ask,
    choice_box,
    danger_button,
    day_text,
    fit_columns,
    make_table,
    note,
    selected_key,
    set_choice,
    title,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseSections", text)


def _empty_text(key: str) -> str:
    return {
        "events": _tr("No trafficking event recorded yet. Add the recruitment, transit "
                             "and exploitation stages as they become known."),
        "perpetrators": _tr("No perpetrator recorded."),
        "services": _tr("No service recorded yet. Record each service delivered or "
                               "arranged, with its provider."),
        "shelter": _tr("No shelter placement recorded."),
        "consent": _tr("No consent recorded yet. Referrals cannot be sent without it."),
        "justice": _tr("No legal proceeding recorded."),
        "repatriation": _tr("No repatriation recorded."),
    }.get(key, "")


def cell(spec: FieldSpec, value: Any) -> str:
    """A stored value as the table shows it."""
    if spec.kind == "choice":
        return labels.label(labels.kind_of(spec.choices), value or "")
    if spec.kind == "codes":
        return labels.labels(labels.kind_of(spec.choices), value or "")
    if spec.kind == "country":
        return labels.country_name(value or "")
    if spec.kind == "date":
        return day_text(value)
    if spec.kind == "bool":
        return labels.label("answer", "YES" if value else "NO")
    text = str(value or "")
    return text.splitlines()[0] + " …" if "\n" in text else text or "—"


class RecordDialog(QDialog):
    """A record of one section, its fields built from the section's FieldSpecs."""

    def __init__(self, spec: SectionSpec, values: dict[str, Any] | None,
                 submit: Callable[[dict[str, Any]], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.submit = spec, submit
        self.setWindowTitle((_tr("Edit: {section}") if values else
                             _tr("Add: {section}")).format(section=labels.name(spec.key)))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        for field in spec.fields:
            widget = self._widget(field)
            self.widgets[field.name] = widget
            self.errors[field.name] = FieldError()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[field.name])
            text = labels.field_name(spec.key, field.name)
            form.addRow(text + (" *" if field.required else ""), column)
            if values is not None:
                self._set(field, widget, values.get(field.name))
        layout.addLayout(form)
        layout.addWidget(note(_tr("* required")))
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _widget(field: FieldSpec) -> QWidget:
        if field.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setFixedHeight(72)
            return edit
        if field.kind == "date":
            return DateField()
        if field.kind == "choice":
            return choice_box(labels.kind_of(field.choices), field.choices,
                              None if field.required else "—")
        if field.kind == "codes":
            return CodesBox(labels.kind_of(field.choices), field.choices,
                            columns=3 if len(field.choices) > 8 else 2)
        if field.kind == "country":
            return CountryBox()
        if field.kind == "bool":
            return QCheckBox()
        line = QLineEdit()
        line.setMaxLength(field.max_length)
        return line

    @staticmethod
    def _set(field: FieldSpec, widget: Any, value: Any) -> None:
        if field.kind == "multiline":
            widget.setPlainText(value or "")
        elif field.kind in ("date", "codes", "country"):
            widget.set_value(value or (None if field.kind == "date" else ""))
        elif field.kind == "choice":
            set_choice(widget, value or "")
        elif field.kind == "bool":
            widget.setChecked(bool(value))
        else:
            widget.setText(value or "")

    def values(self) -> dict[str, Any]:
        """The typed values; ValidationError for a date that cannot be read."""
        found: dict[str, Any] = {}
        for field in self.spec.fields:
            widget: Any = self.widgets[field.name]
            if field.kind == "multiline":
                found[field.name] = widget.toPlainText()
            elif field.kind == "date":
                try:
                    found[field.name] = widget.value()
                except ValueError as error:
                    raise ValidationError(field.name, str(error)) from None
            elif field.kind in ("codes", "country"):
                found[field.name] = widget.value()
            elif field.kind == "choice":
                found[field.name] = widget.currentData() or ""
            elif field.kind == "bool":
                found[field.name] = widget.isChecked()
            else:
                found[field.name] = widget.text()
        return found

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        try:
            self.submit(self.values())
        except ValidationError as error:
            self.errors.get(error.field, self.general).show_message(error_text(error))
            focus = self.widgets.get(error.field)
            (focus or self.save_button).setFocus()
            return
        except VaultError as error:  # a service refused, with a sentence
            self.general.show_message(error_text(error))
            return
        self.accept()


class SectionPanel(QWidget):
    """One section of a case: its records in a table, with add, edit and remove."""

    changed = Signal()

    def __init__(self, ctx: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.key, self.spec = ctx, key, SECTIONS[key]
        self.case: OpenCase | None = None
        self.records: list[dict[str, Any]] = []
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(title(labels.name(key)))
        row.addStretch(1)
        self.add_button = QPushButton(_tr("Add…"))
        self.edit_button = QPushButton(_tr("Edit…"))
        self.remove_button = danger_button(_tr("Remove…"))
        for button, slot in ((self.add_button, self.add), (self.edit_button, self.edit),
                             (self.remove_button, self.remove)):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.model = RowsModel([labels.field_name(key, f.name) for f in self.spec.fields], self)
        self.table = make_table(self.model, wrap=True, fit=True)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        layout.addWidget(self.table)
        self.empty = EmptyState(_empty_text(key))
        layout.addWidget(self.empty)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.restricted = RestrictedPanel(self.spec.level_key)
        layout.addWidget(self.restricted)
        self.buttons = (self.add_button, self.edit_button, self.remove_button)
        self._show(restricted=False)

    def _show(self, restricted: bool) -> None:
        self.restricted.setVisible(restricted)
        self.table.setVisible(not restricted and bool(self.records))
        self.empty.setVisible(not restricted and not self.records)
        for button in self.buttons:
            button.setVisible(not restricted)
        self._buttons()

    def _buttons(self) -> None:
        editable = self.case is not None and self.case.can_edit
        chosen = selected_key(self.table) is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.remove_button.setEnabled(editable and chosen)

    def show_case(self, case: OpenCase) -> None:
        self.case = case
        self._buttons()

    def load(self) -> None:
        if self.case is None:
            return
        if self.case.restricted(self.spec.level_key):
            self.records = []
            self.model.forget()
            self._show(restricted=True)
            return
        try:
            self.records = self.ctx.sections.records(self.ctx.user, self.case.id, self.key)
        except PermissionDenied:
            self.records = []
            self.model.forget()
            self._show(restricted=True)
            return
        self.model.set_rows([(r["id"], [cell(f, r.get(f.name)) for f in self.spec.fields])
                             for r in self.records])
        fit_columns(self.table)
        self._show(restricted=False)

    def is_restricted(self) -> bool:
        return self.restricted.isVisibleTo(self)

    def _record(self, record_id: Any) -> dict[str, Any] | None:
        return next((r for r in self.records if r["id"] == record_id), None)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._written()

        dialog.finished.connect(finished)
        dialog.open()

    def add(self) -> None:
        case = self.case
        if case is None:
            return
        self._open(RecordDialog(self.spec, None, lambda values: self.ctx.sections.add(
            self.ctx.user, case.id, self.key, values), self))

    def edit(self) -> None:
        case, record = self.case, self._record(selected_key(self.table))
        if case is None or record is None or not case.can_edit:
            return
        record_id = record["id"]
        self._open(RecordDialog(self.spec, record, lambda values: self.ctx.sections.update(
            self.ctx.user, case.id, self.key, record_id, values), self))

    def remove(self) -> None:
        case, record_id = self.case, selected_key(self.table)
        if case is None or record_id is None:
            return

        def confirmed() -> None:
            try:
                self.ctx.sections.remove(self.ctx.user, case.id, self.key, record_id)
            except VaultError as error:  # a service refused, with a sentence
                self.error.show_message(error_text(error))
                return
            self._written()

        self.dialog = ask(self, _tr("Remove record"), _tr(
            "Remove this record from {section}? The case history keeps a note that it was "
            "removed.").format(section=labels.name(self.key)), _tr("Remove"), confirmed,
            danger=True)

    def _written(self) -> None:
        self.error.show_message("")
        self.load()
        self.changed.emit()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.case, self.records = None, []
        self.model.forget()


class SectionsTab(CaseTab):
    """A workspace tab of one or more sections, optionally below a summary widget."""

    def __init__(self, ctx: AppContext, keys: tuple[str, ...], top: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.top = top
        if top is not None:
            self.layout_.addWidget(top)
        self.panels = {key: SectionPanel(ctx, key) for key in keys}
        for panel in self.panels.values():
            panel.changed.connect(lambda: self.wrote.emit(False))
            self.layout_.addWidget(panel)
            self.layout_.addSpacing(8)
        self.layout_.addStretch(1)

    def show_case(self, case: OpenCase) -> None:
        super().show_case(case)
        for panel in self.panels.values():
            panel.show_case(case)

    def load(self) -> None:
        for panel in self.panels.values():
            panel.load()

    def clear(self) -> None:
        super().clear()
        for panel in self.panels.values():
            panel.clear()
