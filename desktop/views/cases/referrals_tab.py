"""The case's referrals: what went where, its status and due time, and the way to compose a new one,
record the recipient's answer, or print the case summary for the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.errors import VaultError
from desktop.services.referrals import rules as referral_rules
from desktop.services.referrals.documents import IssuedDocument
from desktop.services.referrals.service import RESPONSES, ReferralInfo

from .. import labels
from ..context import AppContext
from ..reauth import confirm_identity
from ..style import ui_language
from ..widgets import EmptyState, FieldError, error_text
from . import referral_output
from .case_tab import CaseTab, OpenCase
from .common import ALERT, RowsModel, choice_box, make_table, note, selected_key, title
from .referral_composer import ReferralComposer
from .referral_fields import due_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralsTab", text)


def due_text(info: ReferralInfo) -> str:
    return due_words(info.due_at, info.draft.priority, info.overdue)


class AnswerDialog(QDialog):
    """Record what the recipient said (acknowledged, accepted, declined), completion or withdrawal."""

    def __init__(self, ctx: AppContext, info: ReferralInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.info = ctx, info
        self.setWindowTitle(_tr("Referral to {name}").format(name=labels.agency(info.recipient_name)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        allowed = referral_rules.TRANSITIONS[info.status]
        if not ctx.user.principal.can(Action.REFERRAL_CREATE):  # the recipient answers, never withdraws
            allowed = tuple(code for code in allowed if code in RESPONSES)
        # Send checks consent, so it is not offered here
        self.status = choice_box("referral_status", tuple(code for code in allowed if code != "SENT"))
        self.outcome = choice_box("referral_outcome", blank=_tr("— none —"))
        self.note = QLineEdit()
        form.addRow(_tr("New status"), self.status)
        form.addRow(_tr("Outcome"), self.outcome)
        form.addRow(_tr("Note"), self.note)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.ctx.referrals.set_status(self.ctx.user, self.info.id, str(self.status.currentData()),
                                          self.note.text(), str(self.outcome.currentData() or ""))
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(error_text(error))
            return
        self.accept()


class ReferralsTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        p = ctx.user.principal
        row = QHBoxLayout()
        row.addWidget(title(_tr("Referrals")))
        row.addStretch(1)
        self.new_button = QPushButton(_tr("New referral…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.compose(None))
        self.open_button = QPushButton(_tr("Open…"))
        self.open_button.clicked.connect(self.open_selected)
        self.answer_button = QPushButton(_tr("Record answer…"))
        self.answer_button.clicked.connect(self.answer)
        self.summary_button = QPushButton(_tr("Case summary PDF…"))
        self.summary_button.setVisible(p.can(Action.EXPORT_IDENTIFIABLE))
        self.summary_button.clicked.connect(self.save_summary)
        for button in (self.new_button, self.open_button, self.answer_button, self.summary_button):
            row.addWidget(button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(note(_tr(
            "A referral releases only the sections chosen, with the person's consent. Drafts are "
            "previewed as the recipient will see them; printed and saved copies are numbered and "
            "recorded in the audit trail.")))
        self.model = RowsModel((_tr("Recipient"), _tr("Status"), _tr("Priority"), _tr("Due"),
                                _tr("Sections"), _tr("Consent")), self)
        self.table = make_table(self.model, (250, 110, 100, 170, 260), fit=True)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.empty = EmptyState(_tr("No referrals yet. A new referral starts with the minimum the "
                                    "recipient needs; you choose what else to release."))
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(self.empty)
        self.error = FieldError()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.infos: dict[int, ReferralInfo] = {}
        self.dialog: QDialog | None = None

    def show_case(self, case: OpenCase) -> None:
        super().show_case(case)
        self._buttons()

    def load(self) -> None:
        if self.case is None:
            return
        try:
            infos = self.ctx.referrals.for_case(self.ctx.user, self.case.id)
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(error_text(error))
            return
        self.error.show_message("")
        self.infos = {info.id: info for info in infos}
        rows = [(i.id, (labels.agency(i.recipient_name), labels.label("referral_status", i.status),
                        labels.label("priority", i.draft.priority), due_text(i),
                        labels.labels("section", i.sections),
                        labels.label("consent_flag", i.consent_flag) if i.consent_flag else
                        (_tr("Override") if i.override_reason else _tr("Recorded") if i.draft.consent_id
                         else _tr("No consent chosen")))) for i in infos]
        self.model.set_rows(rows, [ALERT if i.overdue or i.consent_flag else None for i in infos])
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._buttons()

    def _selected(self) -> ReferralInfo | None:
        key = selected_key(self.table)
        return self.infos.get(key) if key is not None else None

    def _buttons(self) -> None:
        p, case, info = self.ctx.user.principal, self.case, self._selected()
        self.new_button.setVisible(p.can(Action.REFERRAL_CREATE))
        self.new_button.setEnabled(case is not None and case.can_edit)
        self.open_button.setEnabled(info is not None)
        self.answer_button.setEnabled(info is not None and bool(referral_rules.TRANSITIONS[info.status]))

    def compose(self, info: ReferralInfo | None) -> None:
        if self.case is None:
            return
        composer = ReferralComposer(self.ctx, self.case, info, self)
        composer.wrote.connect(self._composer_wrote)
        composer.finished.connect(lambda _: self._closed(composer))
        self.dialog = composer
        composer.open()

    def _composer_wrote(self) -> None:
        self.load()
        self.ctx.changes.changed.emit("referrals")

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.load()

    def open_selected(self) -> None:
        info = self._selected()
        if info is not None:
            self.compose(info)

    def answer(self) -> None:
        info = self._selected()
        if info is None:
            return
        dialog = AnswerDialog(self.ctx, info, self)
        dialog.accepted.connect(self._composer_wrote)
        dialog.finished.connect(lambda _: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def save_summary(self) -> None:
        if self.case is None:
            return
        path = referral_output.choose_file(self, f"CS-{self.case.detail.row.reference}.pdf")
        if not path or not confirm_identity(self, self.ctx, _tr("The case summary holds victim data.")):
            return
        session, case_id, documents = self.ctx.user, self.case.id, self.ctx.documents

        def done(issued: IssuedDocument) -> None:
            try:
                referral_output.write_file(path, issued)
            except OSError as error:
                self.error.show_message(_tr("The file could not be written ({error}).").format(
                    error=error.strerror))
                return
            self.error.show_message(_tr("Case summary saved."))

        lang = ui_language()
        self.ctx.worker.run(lambda: documents.case_summary(session, case_id, lang), done,
                            lambda error: self.error.show_message(error_text(error)),
                            _tr("Preparing the case summary…"))

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        super().clear()
        self.infos = {}
        self.model.forget()
