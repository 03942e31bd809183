"""Packets and case summaries as PDF bytes: the only way case data leaves the vault on paper.

Printing and saving need the password re-entered (U2) and the consent gate passed; every preview,
print and save is audited with the copy number and the content's SHA-256 (never case text, A4).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n.catalogue import Translator, label, labels, stored_name
from desktop.i18n.dates import day_text, long_day_text, moment_text
from desktop.models import (
    Agency,
    Case,
    CaseNote,
    ConsentRecord,
    IdentificationDecision,
    Referral,
    User,
    vocab,
)
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.reports.parts import DocSection, content_digest
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import content as case_content
from desktop.services.errors import NotFound, ValidationError
from desktop.services.referrals.rules import split_codes
from desktop.services.referrals.service import ReferralService
from desktop.services.user import UserSession
from desktop.storage.store import Store

if TYPE_CHECKING:  # the PDF builders load ReportLab: imported where a document is made
    from desktop.reports.referral_packet import ReferralPacket

Purpose = Literal["preview", "print", "save"]
_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


@dataclass(frozen=True)
class IssuedDocument:
    """A generated PDF; `password` is shown to the sender once and stored nowhere."""

    pdf: bytes
    document_id: str
    copy_number: int
    sha256: str
    file_name: str
    password: str | None = None


def new_document_password() -> str:
    """Five groups of four unambiguous characters (≈ 116 bits), easy to read out on the phone."""
    return "-".join("".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(4)) for _ in range(5))


def _stamp(lang: str) -> str:
    return moment_text(utcnow(), lang)


class ReferralDocuments:
    def __init__(self, store: Store, referrals: ReferralService | None = None) -> None:
        self.store = store
        self._referrals = referrals or ReferralService(store)

    def packet(self, user: UserSession, referral_id: int, purpose: Purpose,
               protect: bool = False, lang: str = "en") -> IssuedDocument:
        """Preview (any draft, marked as such), or an issued copy for print or save (U2, consent
        gate), worded in `lang` (the language of the sender's screens)."""
        p = user.principal
        issuing = purpose != "preview"
        policy.require(p, Action.REFERRAL_PRINT if issuing else Action.REFERRAL_CREATE)
        if issuing:
            policy.require_recent_authentication(user.authenticated_at)
        with self.store.session() as db, db.begin():
            referral = db.get(Referral, referral_id)
            if referral is None:
                raise NotFound
            case = db.scalars(select(Case).where(Case.id == referral.case_id, policy.case_scope(p))).first()
            if case is None:
                raise NotFound
            if any(not policy.reaches_level(p, vocab.RELEASE_SECTIONS[c])
                   for c in split_codes(referral.sections)):
                raise ValidationError("sections", "This packet releases sections above your level.")
            copy_number = 0
            if issuing:
                if referral.status in ("DRAFT", "WITHDRAWN"):
                    raise ValidationError("status", "Send the referral before printing or saving "
                                          "its packet.")
                self._referrals.require_release(db, referral)
                referral.copies_issued += 1
                copy_number = referral.copies_issued
            packet = self._packet_data(db, user, case, referral, copy_number, lang)
            from desktop.reports.referral_packet import referral_packet_pdf  # ReportLab, when used

            pdf = referral_packet_pdf(packet)
            digest = content_digest(packet.content())
            action = {"preview": AuditAction.PREVIEW, "print": AuditAction.PRINT,
                      "save": AuditAction.EXPORT}[purpose]
            audit.append(db, self.store, p, action, "referral", referral.id,
                         f"case {case.id}; copy {copy_number}; protected {protect}; sha256 {digest[:16]}")
        password = new_document_password() if protect else None
        if password:
            from desktop.reports.protection import encrypt_pdf  # pypdf, when used

            pdf = encrypt_pdf(pdf, password)
        return IssuedDocument(pdf, packet.document_id, copy_number, digest,
                              f"{packet.document_id}.pdf", password)

    @staticmethod
    def _packet_data(db: Session, user: UserSession, case: Case, r: Referral,
                     copy_number: int, lang: str) -> ReferralPacket:
        p = user.principal
        agency = db.get(Agency, r.recipient_agency_id)
        consent = db.get(ConsentRecord, r.consent_id) if r.consent_id else None
        overrider = db.get(User, r.override_by) if r.override_by else None
        due = r.due_at or (utcnow() + timedelta(hours=vocab.REFERRAL_PRIORITY_HOURS[r.priority]))
        from desktop.reports.referral_packet import ReferralPacket

        return ReferralPacket(
            referral_number=f"REF-{case.reference}-{r.id:04d}", copy_number=copy_number,
            recipient_name=stored_name("agency", agency.code, agency.name, lang) if agency else "",
            recipient_type=label("recipient_type", r.recipient_type, lang),
            sender_name=p.display_name,
            sender_role=stored_name("role", p.role_code, p.role_name, lang),
            sender_agency=stored_name("agency", p.agency_code, p.agency_name, lang),
            generated_at=_stamp(lang), issued_on=long_day_text(utcnow().date(), lang),
            case_reference=case.reference,
            person_name=case.person.full_name, reason=label("referral_reason", r.reason, lang) + (
                f" — {r.reason_note}" if r.reason_note else ""),
            priority=label("priority", r.priority, lang),
            respond_by=day_text(due, lang) if vocab.REFERRAL_PRIORITY_HOURS[r.priority] >= 7 * 24
            else moment_text(due, lang),
            services=tuple(label("service", c, lang) for c in split_codes(r.services)),
            cover_note=r.cover_note, summary=case_content.summary_fields(case, lang),
            consent=case_content.consent_section(consent if consent and consent.case_id == case.id
                                                 else None, lang),
            sections=case_content.release_sections(db, case, r, split_codes(r.sections), lang),
            override_reason=r.override_reason, override_by=overrider.display_name if overrider else "",
            override_at=moment_text(r.override_at, lang), draft=r.status == "DRAFT", lang=lang)

    def case_summary(self, user: UserSession, case_id: int, lang: str = "en") -> IssuedDocument:
        """The case file as its reader may see it, in `lang`; identifiable, so U2 and an export
        audit entry."""
        p = user.principal
        policy.require(p, Action.EXPORT_IDENTIFIABLE)
        policy.require_recent_authentication(user.authenticated_at)
        with self.store.session() as db, db.begin():
            case = db.scalars(select(Case).where(Case.id == case_id, policy.case_scope(p))).first()
            if case is None:
                raise NotFound
            readable = tuple(c for c, level in vocab.RELEASE_SECTIONS.items()
                             if policy.reaches_level(p, level) and c not in ("INTERVIEW",))
            withheld = tuple(case_content.release_title(c, lang) for c, level
                             in vocab.RELEASE_SECTIONS.items() if not policy.reaches_level(p, level))
            sections = (*case_content.release_sections(db, case, None, readable, lang),
                        *self._file_sections(db, case, p, lang))
            from desktop.reports.case_summary import CaseSummary, case_summary_pdf

            summary = CaseSummary(
                document_id=f"CS-{case.reference}-{utcnow():%Y%m%d%H%M}", case_reference=case.reference,
                person_name=case.person.full_name,
                organisation=stored_name("agency", p.agency_code, p.agency_name, lang),
                generated_by=p.display_name, generated_at=_stamp(lang),
                summary=case_content.summary_fields(case, lang), sections=sections, withheld=withheld,
                lang=lang)
            pdf = case_summary_pdf(summary)
            audit.append(db, self.store, p, AuditAction.EXPORT, "case", case.id,
                         f"case summary; {len(sections)} sections")
        return IssuedDocument(pdf, summary.document_id, 1, content_digest(summary.sections),
                              f"{summary.document_id}.pdf")

    @staticmethod
    def _file_sections(db: Session, case: Case, p: policy.Principal,
                       lang: str) -> tuple[DocSection, ...]:
        _ = Translator("CaseDocuments", lang)
        decisions = db.scalars(select(IdentificationDecision).where(
            IdentificationDecision.case_id == case.id).order_by(IdentificationDecision.id))
        consents = db.scalars(select(ConsentRecord).where(ConsentRecord.case_id == case.id)
                             .order_by(ConsentRecord.given_on))
        notes = db.scalars(select(CaseNote).where(CaseNote.case_id == case.id,
                                                  policy.within_level(p, CaseNote.level))
                          .order_by(CaseNote.created_at))
        return (
            DocSection(_("Identification history"),
                       headers=(_("Status"), _("Decided on"), _("Decided by")),
                       rows=tuple((label("identification_status", d.status, lang),
                                   day_text(d.decided_on, lang), label("decided_by", d.decided_by_type, lang))
                                  for d in decisions)),
            DocSection(_("Consent records"),
                       headers=(_("Given by"), _("Given on"), _("Recipients"), _("Data"), _("Withdrawn")),
                       rows=tuple((label("consent_given_by", c.given_by, lang), day_text(c.given_on, lang),
                                   labels("recipient_type", c.recipient_types, lang),
                                   labels("section", c.data_items, lang), day_text(c.withdrawn_on, lang))
                                  for c in consents),
                       widths=(1, 1, 2, 2, 1)),
            DocSection(_("Case notes"), headers=(_("Date"), _("Level"), _("Note")),
                       rows=tuple((day_text(n.created_at, lang), label("level", str(n.level), lang), n.text)
                                  for n in notes),
                       widths=(1.3, 1.1, 6)),
        )

