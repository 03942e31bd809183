"""Case-level actions with a small form: assign, change status, request closure, record an
identification decision, and tick the coded lists and flags.
Each dialog saves through the service and explains a refusal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

import desktop.models.vocab as vocab
from desktop.services.errors import ValidationError, VaultError

from .. import labels
from ..context import AppContext
from ..widgets import FieldError, error_text
from .case_tab import OpenCase
from .common import CodesBox, DateField, choice_box, note, set_choice


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseActions", text)


class ActionDialog(QDialog):
    """A short form; `submit()` calls the service and raises on refusal."""

    def __init__(self, ctx: AppContext, case: OpenCase, heading: str, intro: str, confirm: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case = ctx, case
        self.setWindowTitle(heading)
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(note(intro, ""))
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.errors: dict[str, FieldError] = {}
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(confirm)
        self.ok_button.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        self.errors[key] = FieldError()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors[key])
        self.form.addRow(label, column)

    def submit(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        try:
            self.submit()
        except ValidationError as error:
            self.errors.get(error.field, self.general).show_message(error_text(error))
            return
        except ValueError as error:  # a date that cannot be read
            self.general.show_message(str(error))
            return
        except VaultError as error:  # a service refused, with a sentence
            self.general.show_message(error_text(error))
            return
        self.accept()


class AssignDialog(ActionDialog):
    def __init__(self, ctx: AppContext, case: OpenCase, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, _tr("Assign the case"), _tr(
            "The people assigned see the case in their lists and may work on it. Enter their "
            "usernames, separated by commas; this replaces the current assignment."),
            _tr("Assign"), parent)
        self.usernames = QLineEdit(", ".join(case.detail.assigned))
        self.usernames.setPlaceholderText(_tr("e.g. ana.xiu, luis.coc"))
        self.add_row("assigned", _tr("Assigned to"), self.usernames)

    def submit(self) -> None:
        names = tuple(dict.fromkeys(n.strip().lower() for n in self.usernames.text().split(",")
                                    if n.strip()))
        self.ctx.cases.assign(self.ctx.user, self.case.id, names)


class StatusDialog(ActionDialog):
    def __init__(self, ctx: AppContext, case: OpenCase, parent: QWidget | None = None) -> None:
        reopening = case.closed
        super().__init__(ctx, case, _tr("Reopen the case") if reopening else
                         _tr("Change the status"), _tr(
            "Reopening a closed case is recorded in its history.") if reopening else _tr(
            "Closing goes through a request that another supervisor approves; use “Request "
            "closure…” for that."), _tr("Reopen") if reopening else _tr("Change status"), parent)
        open_statuses = tuple(s for s in vocab.CASE_STATUS if s not in vocab.CLOSED_STATUSES)
        self.status = choice_box("case_status", open_statuses)
        set_choice(self.status, "FOLLOW_UP" if reopening else case.detail.row.status)
        self.add_row("status", _tr("Status"), self.status)

    def submit(self) -> None:
        self.ctx.cases.change_status(self.ctx.user, self.case.id, self.status.currentData())


class ClosureDialog(ActionDialog):
    def __init__(self, ctx: AppContext, case: OpenCase, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, _tr("Request closure"), _tr(
            "A supervisor other than you approves the closure. Until then the case stays open "
            "and can still change."), _tr("Request closure"), parent)
        self.status = choice_box("case_status", vocab.CLOSED_STATUSES)
        self.add_row("status", _tr("Close as"), self.status)

    def submit(self) -> None:
        self.ctx.cases.request_closure(self.ctx.user, self.case.id, self.status.currentData())


class IdentificationDialog(ActionDialog):
    def __init__(self, ctx: AppContext, case: OpenCase, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, _tr("Record an identification decision"), _tr(
            "Record who decided, when, and what they decided. Earlier decisions stay in the "
            "case's history."), _tr("Record decision"), parent)
        self.status = choice_box("identification_status")
        set_choice(self.status, case.detail.row.identification_status)
        self.decided_on = DateField()
        self.decided_on.set_value(date.today())
        self.decided_by = choice_box("decided_by")
        self.add_row("identification_status", _tr("Decision"), self.status)
        self.add_row("decided_on", _tr("Decided on"), self.decided_on)
        self.add_row("decided_by_type", _tr("Decided by"), self.decided_by)

    def submit(self) -> None:
        try:
            day = self.decided_on.value() or date.today()
        except ValueError as error:
            raise ValidationError("decided_on", str(error)) from None
        self.ctx.cases.record_identification(self.ctx.user, self.case.id,
                                             self.status.currentData(), day,
                                             self.decided_by.currentData())


class CodesDialog(ActionDialog):
    """Tick the coded lists of the case: one group of check boxes per list."""

    KINDS: tuple[str, ...] = ("exploitation", "sector", "sexual_exploitation", "means_of_control",
                              "recruitment")

    def __init__(self, ctx: AppContext, case: OpenCase, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, *self._texts(), parent)
        self.boxes: dict[str, CodesBox] = {}
        for kind in self.KINDS:
            self.boxes[kind] = CodesBox(kind, vocab.CODE_LISTS[kind], columns=3)
            self.boxes[kind].set_value(case.detail.codes.get(kind, ()))
            self.add_row(kind, _tr("Forms of exploitation") if kind == "exploitation"
                         else labels.name(kind), self.boxes[kind])

    @staticmethod
    def _texts() -> tuple[str, str, str]:
        return (_tr("Exploitation and control"), _tr(
            "Tick everything the person experienced; a person can suffer several forms of "
            "exploitation at once, and the annual statistics count each."), _tr("Save"))

    def submit(self) -> None:
        for kind, box in self.boxes.items():
            if set(box.value()) != set(self.case.detail.codes.get(kind, ())):
                self.ctx.cases.set_codes(self.ctx.user, self.case.id, kind, box.value())


class FlagsDialog(CodesDialog):
    KINDS = ("flag",)

    @staticmethod
    def _texts() -> tuple[str, str, str]:
        return (_tr("Flags"), _tr(
            "Flags show in red on the case's header for everyone who opens it."), _tr("Save"))


DIALOGS: dict[str, Callable[[AppContext, OpenCase, QWidget], ActionDialog]] = {
    "assign": AssignDialog, "status": StatusDialog, "closure": ClosureDialog,
    "identification": IdentificationDialog, "codes": CodesDialog, "flags": FlagsDialog,
}
