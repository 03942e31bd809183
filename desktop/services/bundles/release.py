"""What may leave for one peer: the level cap, and for a partner the referral rules — the
recipient type's minimised sections (`referrals/rules.py`) and the consent gate per case
(`referrals/consent.py`). Between an office and its own field tablets the case stays inside the
organisation that holds it, so the whole case travels up to the level cap, without the gate."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, Case, ConsentRecord, Peer, User, vocab
from desktop.models.bundles import INTERNAL_KINDS
from desktop.models.seed import Action
from desktop.services import policy
from desktop.services.cases import validation as check
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.referrals import rules
from desktop.services.referrals.consent import consent_facts
from desktop.services.user import UserSession

from .records import Release


def recipient_type(db: Session, peer: Peer) -> str:
    agency = db.get(Agency, peer.agency_id)
    return rules.recipient_type(agency.code, agency.kind) if agency else "CENTRAL_GOVERNMENT"


def is_internal(peer: Peer, own_agency_id: int) -> bool:
    return peer.kind in INTERNAL_KINDS and peer.agency_id == own_agency_id


def required_action(peer: Peer, own_agency_id: int) -> Action:
    return Action.BUNDLE_SYNC if is_internal(peer, own_agency_id) else Action.BUNDLE_SEND


def release_for(db: Session, user: UserSession, peer: Peer, own_agency_id: int,
                sections: tuple[str, ...] | None, restricted_confirmed: bool) -> Release:
    """The release of a bundle from this user to this peer (levels, sections, confirmation)."""
    p = user.principal
    level = min(p.level, peer.level)
    field_user = db.get(User, peer.field_user_id) if peer.field_user_id else None
    if field_user is not None:  # a field tablet gets what its user may read, no more
        level = min(level, field_user.level)
    if is_internal(peer, own_agency_id):
        return Release(level=level, internal=True)
    kind = recipient_type(db, peer)
    chosen = (rules.default_sections(kind, level) if sections is None
              else check.codes("sections", sections, vocab.RELEASE_SECTIONS))
    above = [c for c in chosen if vocab.RELEASE_SECTIONS[c] > level]
    if above:
        raise PermissionDenied("Neither your level nor the recipient's allows releasing: "
                               + ", ".join(above) + ".")
    if any(vocab.RELEASE_SECTIONS[c] >= 3 for c in chosen) and not restricted_confirmed:
        raise ValidationError("sections", "Releasing restricted (level 3) content needs the "
                              "explicit confirmation tick.")
    return Release(level=level, internal=False, sections=frozenset(chosen))


def covering_consents(db: Session, cases: list[Case], kind: str,
                      release: Release) -> tuple[dict[int, ConsentRecord], list[str]]:
    """For a partner: per case the newest consent that covers this release, and the refusals
    (reference and why) for the cases none covers."""
    sections = tuple(c for c in vocab.RELEASE_SECTIONS if c in release.sections)
    found: dict[int, ConsentRecord] = {}
    problems: list[str] = []
    by_case: dict[int, list[ConsentRecord]] = {}
    for record in db.scalars(select(ConsentRecord).where(
            ConsentRecord.case_id.in_([c.id for c in cases])).order_by(ConsentRecord.given_on.desc(),
                                                                       ConsentRecord.id.desc())):
        by_case.setdefault(record.case_id, []).append(record)
    for case in cases:
        candidates = by_case.get(case.id, [])
        covering = next((r for r in candidates
                         if not rules.consent_gaps(consent_facts(r), kind, sections)), None)
        if covering is not None:
            found[case.id] = covering
        else:
            gaps = rules.consent_gaps(consent_facts(candidates[0] if candidates else None), kind,
                                      sections)
            problems.append(f"{case.reference}: " + " ".join(g.sentence() for g in gaps))
    return found, problems


def cases_in_scope(db: Session, p: policy.Principal, case_ids: list[int]) -> list[Case]:
    """The cases asked for, all of them within the sender's scope (or NotFound)."""
    wanted = list(dict.fromkeys(case_ids))
    found: dict[int, Case] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((c.id, c) for c in db.scalars(select(Case).where(
            Case.id.in_(chunk), policy.case_scope(p)).options(*policy.with_person(p))))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ValidationError("cases", f"{len(missing)} of the chosen cases are not visible to "
                              "you; nothing was sent.")
    return [found[i] for i in wanted]
