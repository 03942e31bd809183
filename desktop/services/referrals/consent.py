"""Consent as referrals see it: the facts the gate checks, and the flag on referrals that relied on
a consent which was then withdrawn or removed (called by the case sections service)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ConsentRecord, Referral, vocab
from desktop.models.base import utcnow
from desktop.services import audit
from desktop.services.audit import AuditAction
from desktop.services.referrals import rules
from desktop.services.user import UserSession
from desktop.storage.store import Store


def consent_facts(record: ConsentRecord | None) -> rules.ConsentFacts | None:
    if record is None:
        return None
    return rules.ConsentFacts(record.id, record.given_on, rules.split_codes(record.items),
                              rules.split_codes(record.recipient_types),
                              rules.split_codes(record.data_items), record.withdrawn_on)


def flag_referrals_relying_on(db: Session, store: Store, user: UserSession, consent_id: int, why: str) -> int:
    """Consent withdrawn or removed: every open referral that relied on it is flagged and audited."""
    flagged = 0
    for referral in db.scalars(select(Referral).where(Referral.consent_id == consent_id,
                                                     Referral.status.in_(vocab.REFERRAL_OPEN),
                                                     Referral.consent_flag == "")):
        referral.consent_flag, referral.consent_flagged_at = why, utcnow()
        audit.append(db, store, user.principal, AuditAction.UPDATE, "referral", referral.id,
                     f"case {referral.case_id}; flagged {why}")
        flagged += 1
    return flagged
