"""The referral composer: the form on the left, the packet as the recipient will see it on the right.

The preview follows the form: after a short pause the draft is saved and the packet re-rendered
(each preview is audited). Sending checks consent; printing and saving ask for the password first
(U2) and issue a numbered copy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import desktop.models.vocab as vocab
from desktop.models.seed import Action
from desktop.services.errors import ValidationError, VaultError
from desktop.services.referrals.documents import IssuedDocument
from desktop.services.referrals.rules import ConsentGap
from desktop.services.referrals.service import ReferralDraft, ReferralInfo

from .. import labels
from ..context import AppContext
from ..reauth import confirm_identity
from ..style import ui_language
from ..widgets import EmptyState, FieldError, error_text, fit_to_screen, set_status, shrinkable
from . import referral_output
from .case_tab import OpenCase
from .common import CodesBox, choice_box, day_text, note, set_choice
from .referral_fields import SectionsBox, gap_text, priority_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralComposer", text)


class ReferralComposer(QDialog):
    wrote = Signal()

    def __init__(self, ctx: AppContext, case: OpenCase, referral: ReferralInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case, self.referral = ctx, case, referral
        self.gen, self.loading = 0, True
        self.setWindowTitle(_tr("Referral — case {reference}").format(reference=case.detail.row.reference))
        fit_to_screen(self, 1280, 820)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh_preview)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._form_panel())
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.preview_state = note("")  # pages and progress of the preview, once there is one
        column.addWidget(self.preview_state)
        self.preview = referral_output.PdfPreview()
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(EmptyState(_tr(
            "The packet is previewed here exactly as the recipient will read it: cover letter, case "
            "summary, consent record and the sections you release. Choose the recipient and at "
            "least one service to request.")))
        self.preview_stack.addWidget(self.preview)
        column.addWidget(self.preview_stack, 1)
        splitter.addWidget(right)
        splitter.setSizes([680, 680])
        layout.addWidget(splitter, 1)
        self.status = FieldError()
        layout.addWidget(self.status)
        layout.addLayout(self._button_row())
        self._fill(referral)
        self.loading = False
        self._update_state()
        self.refresh_preview()

    # -- building --------------------------------------------------------------------------------
    def _form_panel(self) -> QScrollArea:
        p = self.ctx.user.principal
        self.recipient = QComboBox()
        for agency in self.ctx.directory.agencies(self.ctx.user, include_inactive=False):
            if agency.id != p.agency_id:
                self.recipient.addItem(labels.agency(agency.name), agency.id)
        self.recipient_type = note("")
        self.reason = choice_box("referral_reason")
        self.reason_note = QLineEdit()
        self.reason_note.setPlaceholderText(_tr("Required when the reason is Other"))
        self.priority = QComboBox()
        for code in vocab.REFERRAL_PRIORITY_HOURS:
            self.priority.addItem(priority_text(code), code)
        self.services = CodesBox("service", vocab.REFERRAL_SERVICES, 2)
        self.safety = choice_box("safety_risk")
        self.health = choice_box("health_urgency")
        self.at_large = QCheckBox(_tr("Trafficker at large"))
        self.interview = QLineEdit()
        self.consent = QComboBox()
        self.sections = SectionsBox(p.level)
        self.restricted_tick = QCheckBox(_tr("I confirm that restricted (level 3) content is released"))
        self.restricted_tick.setObjectName("badText")
        self.cover = QPlainTextEdit()
        self.cover.setPlaceholderText(_tr("A note for the recipient, printed in the cover letter"))
        self.cover.setFixedHeight(90)
        self.gate = QLabel()
        self.gate.setWordWrap(True)
        for combo in (self.recipient, self.reason, self.priority, self.safety, self.health, self.consent):
            shrinkable(combo)
        form = QFormLayout()
        # labels above their fields: the two columns of services and sections need the width,
        # in Spanish above all
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, widget in ((_tr("Recipient"), self.recipient), ("", self.recipient_type),
                             (_tr("Reason"), self.reason), (_tr("Reason details"), self.reason_note),
                             (_tr("Priority"), self.priority), (_tr("Services requested"), self.services),
                             (_tr("Safety risk"), self.safety), (_tr("Health urgency"), self.health),
                             ("", self.at_large), (_tr("Interview reference"), self.interview),
                             (_tr("Consent relied on"), self.consent), ("", self.gate),
                             (_tr("Sections released (level if above 1)"), self.sections),
                             ("", self.restricted_tick),
                             (_tr("Cover note"), self.cover)):
            form.addRow(text, widget)
        panel = QWidget()
        panel.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(560)
        scroll.setWidget(panel)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        for signal in (self.reason.currentIndexChanged, self.priority.currentIndexChanged,
                       self.safety.currentIndexChanged, self.health.currentIndexChanged,
                       self.consent.currentIndexChanged, self.reason_note.textChanged,
                       self.interview.textChanged, self.cover.textChanged,
                       self.at_large.toggled, self.restricted_tick.toggled):
            signal.connect(self._schedule)
        for box in (*self.services.boxes.values(), *self.sections.boxes.values()):
            box.toggled.connect(self._schedule)
        return scroll

    def _button_row(self) -> QHBoxLayout:
        p = self.ctx.user.principal
        row = QHBoxLayout()
        self.send_button = QPushButton(_tr("Send referral"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        self.override_button = QPushButton(_tr("Override consent…"))
        self.override_button.setVisible(p.can(Action.CONSENT_OVERRIDE))
        self.override_button.clicked.connect(self.override)
        self.protect = QCheckBox(_tr("Protect saved PDF with a password"))
        self.protect.setChecked(True)
        self.print_button = QPushButton(_tr("Print…"))
        self.print_button.clicked.connect(self.print_packet)
        self.save_button = QPushButton(_tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_packet)
        for widget in (self.protect, self.print_button, self.save_button):
            widget.setVisible(p.can(Action.REFERRAL_PRINT))
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.accept)
        for widget in (self.send_button, self.override_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.protect, self.print_button, self.save_button, close):
            row.addWidget(widget)
        return row

    def _fill(self, referral: ReferralInfo | None) -> None:
        self.consent.clear()
        self.consent.addItem(_tr("— no consent chosen —"), None)
        try:
            for option in self.ctx.referrals.consents(self.ctx.user, self.case.id):
                withdrawn = _tr(" — WITHDRAWN {day}").format(day=day_text(option.withdrawn_on)) \
                    if option.withdrawn_on else ""
                self.consent.addItem(_tr("{who}, {day}: {types}{withdrawn}").format(
                    who=labels.label("consent_given_by", option.given_by),
                    day=day_text(option.given_on),
                    types=labels.labels("recipient_type", option.recipient_types),
                    withdrawn=withdrawn), option.id)
        except VaultError as error:  # a service refused, with a sentence
            self.status.show_message(error_text(error))
        codes = self.case.detail.codes.get("flag", ())
        if referral is None:
            if self.consent.count() > 1:
                self.consent.setCurrentIndex(1)
            set_choice(self.priority, "NORMAL")
            set_choice(self.safety, "HIGH" if "SAFETY_RISK" in codes else "NONE")
            self.at_large.setChecked("TRAFFICKER_AT_LARGE" in codes)
            self._recipient_changed()
            return
        d = referral.draft
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(d.recipient_agency_id)))
        self._recipient_changed()
        set_choice(self.reason, d.reason)
        self.reason_note.setText(d.reason_note)
        set_choice(self.priority, d.priority)
        self.services.set_value(d.services)
        set_choice(self.safety, d.safety_risk)
        set_choice(self.health, d.health_urgency)
        self.at_large.setChecked(d.trafficker_at_large)
        self.interview.setText(d.interview_reference)
        self.consent.setCurrentIndex(max(0, self.consent.findData(d.consent_id)))
        self.sections.set_value(referral.sections)
        self.restricted_tick.setChecked(d.restricted_confirmed)
        self.cover.setPlainText(d.cover_note)

    # -- form --------------------------------------------------------------------------------------
    def _recipient_changed(self) -> None:
        agency_id = self.recipient.currentData()
        if agency_id is None:
            return
        try:
            kind, defaults = self.ctx.referrals.recipient_defaults(self.ctx.user, int(agency_id))
        except VaultError as error:  # a service refused, with a sentence
            self.status.show_message(error_text(error))
            return
        self.recipient_type.setText(_tr("Recipient type: {kind} · default release: {sections}").format(
            kind=labels.label("recipient_type", kind), sections=labels.labels("section", defaults)))
        if not self.loading or self.referral is None:
            self.sections.set_value(defaults)
        self._schedule()

    def draft(self) -> ReferralDraft:
        return ReferralDraft(
            int(self.recipient.currentData() or 0), str(self.reason.currentData()),
            self.reason_note.text(), str(self.priority.currentData()), self.services.value(),
            str(self.safety.currentData()), str(self.health.currentData()), self.at_large.isChecked(),
            self.interview.text(), self.cover.toPlainText(), self.consent.currentData(),
            self.sections.value(), self.restricted_tick.isChecked())

    def editable(self) -> bool:
        return self.referral is None or self.referral.status == "DRAFT"

    def _schedule(self) -> None:
        self.restricted_tick.setVisible(self.sections.restricted())
        if not self.loading and self.editable():
            self.timer.start()

    def _update_state(self) -> None:
        r, editable = self.referral, self.editable()
        for widget in (self.recipient, self.reason, self.reason_note, self.priority, self.services,
                       self.safety, self.health, self.at_large, self.interview, self.consent,
                       self.sections, self.restricted_tick, self.cover):
            widget.setEnabled(editable)
        self.restricted_tick.setVisible(self.sections.restricted())
        self.send_button.setEnabled(r is not None and editable)
        issued = r is not None and r.status not in ("DRAFT", "WITHDRAWN")
        self.print_button.setEnabled(issued)
        self.save_button.setEnabled(issued)
        self.protect.setEnabled(issued)
        self.override_button.setEnabled(r is not None and r.status in vocab.REFERRAL_OPEN)

    def show_gate(self, gaps: list[ConsentGap]) -> None:
        r = self.referral
        if r is not None and r.override_reason and gaps:
            set_status(self.gate, None, _tr("Consent gate overridden by {who}: {reason}").format(
                who=r.override_by, reason=r.override_reason))
        elif gaps:
            set_status(self.gate, False, " ".join(gap_text(gap) for gap in gaps))
        else:
            set_status(self.gate, True, _tr("Consent covers this recipient and these sections."))

    # -- work -------------------------------------------------------------------------------------
    def _run(self, label: str, work, done) -> None:  # type: ignore[no-untyped-def]
        self.gen += 1
        gen = self.gen

        def finished(result: object) -> None:
            if gen == self.gen and self.ctx.session is not None:
                done(result)

        def failed(error: BaseException) -> None:
            if gen == self.gen:  # the consent gate's refusal is worded above, in the gate's line
                self.status.show_message(
                    _tr("The consent does not cover this referral; see why above.")
                    if isinstance(error, ValidationError) and error.field == "consent"
                    else error_text(error))

        self.status.show_message("")
        self.ctx.worker.run(work, finished, failed, label)

    def refresh_preview(self) -> None:
        """Save the draft (if it changed) and render the packet preview off the GUI thread."""
        if self.recipient.currentData() is None or self.ctx.session is None or not self.isVisible():
            return
        if self.editable() and not self.services.value():
            self.preview_state.setText(_tr("Choose at least one service to request; the preview "
                                           "follows."))
            return
        session, referrals, documents = self.ctx.user, self.ctx.referrals, self.ctx.documents
        draft, current = (self.draft() if self.editable() else None), self.referral
        lang = ui_language()

        def work() -> tuple[ReferralInfo, list[ConsentGap], bytes]:
            info = current
            if draft is not None:
                info = (referrals.create(session, self.case.id, draft) if current is None
                        else referrals.update(session, current.id, draft))
            assert info is not None
            return (info, referrals.consent_gaps(session, info.id),
                    documents.packet(session, info.id, "preview", lang=lang).pdf)

        def done(result: tuple[ReferralInfo, list[ConsentGap], bytes]) -> None:
            created = self.referral is None
            self.referral, gaps, pdf = result
            self.preview.show_pdf(pdf)
            self.preview_stack.setCurrentWidget(self.preview)
            pages = self.preview.page_count()
            self.preview_state.setText(_tr("Preview of the packet — {n} pages. Previews are "
                                           "recorded in the audit trail.").format(n=pages))
            self.show_gate(gaps)
            self._update_state()
            if created or draft is not None:
                self.wrote.emit()

        self._run(_tr("Preparing the preview…"), work, done)

    def _after(self, info: ReferralInfo, message: str) -> None:
        self.referral = info
        self._update_state()
        set_status(self.gate, None, "")
        self.status.show_message(message)
        self.wrote.emit()
        self.refresh_preview()

    def send(self) -> None:
        if self.referral is None:
            return
        self.timer.stop()
        session, rid, referrals, draft = self.ctx.user, self.referral.id, self.ctx.referrals, self.draft()

        def work() -> ReferralInfo:
            referrals.update(session, rid, draft)
            return referrals.send(session, rid)

        self._run(_tr("Sending…"), work, lambda info: self._after(info, _tr(
            "Sent. Print or save the packet to deliver it.")))

    def override(self) -> None:
        if self.referral is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, _tr("Override the consent gate"), _tr(
                "Why must this referral go without covering consent? The reason is printed on the "
                "packet and kept in the audit trail."))
        if not ok:
            return
        session, rid, referrals = self.ctx.user, self.referral.id, self.ctx.referrals
        self._run(_tr("Recording the override…"), lambda: referrals.override_consent(session, rid, reason),
                  lambda info: self._after(info, _tr("Override recorded.")))

    def print_packet(self) -> None:
        if self.referral is None:
            return
        printer = referral_output.choose_printer(self)
        if printer is None or not confirm_identity(self, self.ctx, _tr("Printing releases victim data.")):
            return
        session, rid, documents = self.ctx.user, self.referral.id, self.ctx.documents
        lang = ui_language()

        def done(issued: IssuedDocument) -> None:
            pages = referral_output.print_pdf(issued.pdf, printer)
            self.status.show_message(_tr("Copy {n} sent to the printer ({pages} pages).").format(
                n=issued.copy_number, pages=pages))
            self.wrote.emit()

        self._run(_tr("Preparing the copy…"), lambda: documents.packet(session, rid, "print", lang=lang),
                  done)

    def save_packet(self) -> None:
        if self.referral is None:
            return
        path = referral_output.choose_file(self, f"REF-{self.case.detail.row.reference}.pdf")
        if not path or not confirm_identity(self, self.ctx, _tr("Saving releases victim data.")):
            return
        session, rid, documents, protect = self.ctx.user, self.referral.id, self.ctx.documents, \
            self.protect.isChecked()
        lang = ui_language()

        def done(issued: IssuedDocument) -> None:
            try:
                referral_output.write_file(path, issued)
            except OSError as error:
                self.status.show_message(_tr("The file could not be written ({error}).").format(
                    error=error.strerror))
                return
            self.status.show_message(_tr("Copy {n} saved.").format(n=issued.copy_number))
            self.wrote.emit()
            if issued.password:
                self.password_dialog = referral_output.PasswordOnceDialog(issued, self)
                self.password_dialog.open()

        self._run(_tr("Preparing the copy…"), lambda: documents.packet(session, rid, "save", protect, lang),
                  done)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """A hidden composer (closed, or the vault locking) does no more background work."""
        self.timer.stop()
        super().hideEvent(event)

    def done(self, result: int) -> None:
        self.timer.stop()
        self.gen += 1
        self.preview.clear()
        super().done(result)
