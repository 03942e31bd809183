"""The Referrals page: outgoing referrals of the cases the user works on, overdue ones first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

import desktop.models.vocab as vocab
from desktop.models.seed import Action
from desktop.services.errors import VaultError
from desktop.services.referrals.service import ReferralRow

from . import labels
from .cases.common import ALERT, RowsModel, make_table, selected_key
from .cases.referral_fields import due_words
from .cases.referrals_tab import AnswerDialog
from .context import AppContext
from .page import Page
from .widgets import EmptyState, FieldError, PageHeader, error_text


class ReferralsPage(Page):
    areas = ("referrals", "cases")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        p = ctx.user.principal
        # A partner liaison answers referrals sent to their organisation; senders track theirs.
        self.incoming = p.can(Action.REFERRAL_RESPOND) and not p.can(Action.REFERRAL_CREATE)
        self.layout_.addWidget(PageHeader(self.tr("Referrals"), self.tr(
            "Referrals sent to {agency}. Overdue ones come first; record your answer on each.").format(
            agency=labels.agency(p.agency_name)) if self.incoming else self.tr(
            "Referrals sent from the cases you work on. Overdue ones — no answer by the due time "
            "of their priority — and those whose consent was withdrawn come first.")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status")))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in vocab.REFERRAL_STATUS:
            self.status_filter.addItem(labels.label("referral_status", code), code)
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        row.addWidget(self.status_filter)
        row.addStretch(1)
        self.answer_button = QPushButton(self.tr("Record answer…"))
        self.answer_button.setVisible(self.incoming)
        self.answer_button.clicked.connect(self.answer)
        row.addWidget(self.answer_button)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        row.addWidget(self.summary)
        self.layout_.addLayout(row)
        self.model = RowsModel((self.tr("Case"), self.tr("From") if self.incoming else self.tr("Recipient"),
                                self.tr("Status"),
                                self.tr("Priority"), self.tr("Due"), self.tr("Attention")), self)
        self.table = make_table(self.model, (150, 300, 120, 100, 160))
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.layout_.addWidget(self.table, 1)
        self.empty = EmptyState(self.tr("No referrals. Referrals are composed from a case's "
                                        "Referrals tab and are tracked here until they are "
                                        "completed."))
        self.layout_.addWidget(self.empty)
        self.error = FieldError()
        self.layout_.addWidget(self.error)
        self.rows: list[ReferralRow] = []
        self.dialog: AnswerDialog | None = None

    def attention(self, row: ReferralRow) -> str:
        if row.consent_flag:
            return labels.label("consent_flag", row.consent_flag)
        return self.tr("Overdue") if row.overdue else ""

    def _cells(self, r: ReferralRow) -> tuple[str, ...]:
        other = r.sender_name if self.incoming else labels.agency(r.recipient_name)
        return (r.case_reference, other, labels.label("referral_status", r.status),
                labels.label("priority", r.priority), due_words(r.due_at, r.priority, False),
                self.attention(r))

    def refresh(self) -> None:
        try:
            status = str(self.status_filter.currentData())
            self.rows = ([r for r in self.ctx.referrals.incoming(self.ctx.user) if status in ("", r.status)]
                         if self.incoming else self.ctx.referrals.outgoing(self.ctx.user, status))
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(error_text(error))
            return
        self.error.show_message("")
        self.model.set_rows([((r.case_id, r.id), self._cells(r)) for r in self.rows],
                            [ALERT if r.overdue or r.consent_flag else None for r in self.rows])
        overdue = sum(1 for r in self.rows if r.overdue)
        self.summary.setText(self.tr("Referrals: {n} · overdue: {overdue}").format(
            n=len(self.rows), overdue=overdue))
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)

    def open_selected(self) -> None:
        """Opens the referral's case on the Cases page (its Referrals tab)."""
        key = selected_key(self.table)
        if key is not None:
            self.navigate.emit("cases", int(key[0]), "referrals")

    def answer(self) -> None:
        key = selected_key(self.table)
        if key is None:
            return
        try:
            info = self.ctx.referrals.get(self.ctx.user, int(key[1]))
        except VaultError as error:  # a service refused, with a sentence
            self.error.show_message(error_text(error))
            return
        dialog = AnswerDialog(self.ctx, info, self)
        dialog.accepted.connect(lambda: self.ctx.changes.changed.emit("referrals"))
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.rows = []
        self.model.forget()
        self.summary.clear()
