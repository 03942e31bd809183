"""Referrals: the moment victim data leaves the vault. Drafting with data minimisation, the consent
gate (or a supervisor's written override), sending with a due time, tracking and outcome.

Every change is audited; a referral's sections never exceed the sender's own level, and level-3
content needs an explicit confirmation. Packets are built in `referral_documents`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.models import Agency, Case, ConsentRecord, Referral, ReferralStatusChange, User, vocab
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import validation as check
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.referrals import rules, urgency
from desktop.services.referrals.consent import consent_facts
from desktop.services.user import UserSession
from desktop.storage.store import Store

RESPONSES = ("ACKNOWLEDGED", "ACCEPTED", "DECLINED", "COMPLETED")


@dataclass(frozen=True)
class ReferralDraft:
    """What the sender fills in; `sections=None` takes the recipient type's minimised default."""

    recipient_agency_id: int
    reason: str = "ADDITIONAL_SERVICES"
    reason_note: str = ""
    priority: str = "NORMAL"
    services: tuple[str, ...] = ()
    safety_risk: str = "NONE"
    health_urgency: str = "NONE"
    trafficker_at_large: bool = False
    interview_reference: str = ""
    cover_note: str = ""
    consent_id: int | None = None
    sections: tuple[str, ...] | None = None
    restricted_confirmed: bool = False


@dataclass(frozen=True)
class StatusStep:
    status: str
    at: datetime
    username: str
    note: str


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    case_id: int
    case_reference: str
    recipient_agency_id: int
    recipient_code: str
    recipient_name: str
    recipient_type: str
    status: str
    draft: ReferralDraft
    due_at: datetime | None
    override_reason: str
    override_by: str
    consent_flag: str
    outcome: str
    created_at: datetime
    copies_issued: int
    overdue: bool
    history: tuple[StatusStep, ...]

    @property
    def sections(self) -> tuple[str, ...]:
        return self.draft.sections or ()


@dataclass(frozen=True)
class ReferralRow:
    """One line of the Referrals page and the Home page's pending list."""

    id: int
    case_id: int
    case_reference: str
    recipient_name: str
    status: str
    priority: str
    due_at: datetime | None
    overdue: bool
    consent_flag: str
    created_at: datetime
    sender_name: str = ""


@dataclass(frozen=True)
class ConsentOption:
    id: int
    given_by: str
    given_on: date
    recipient_types: tuple[str, ...]
    data_items: tuple[str, ...]
    withdrawn_on: date | None


class ReferralService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------------
    def _case(self, db: Session, p: policy.Principal, case_id: int) -> Case:
        case = db.scalars(select(Case).where(Case.id == case_id, policy.case_scope(p))).first()
        if case is None:
            raise NotFound
        return case

    def _referral(self, db: Session, p: policy.Principal, referral_id: int) -> Referral:
        referral = db.get(Referral, referral_id)
        if referral is None:
            raise NotFound
        self._case(db, p, referral.case_id)
        return referral

    def _info(self, db: Session, r: Referral) -> ReferralInfo:
        agency = db.get(Agency, r.recipient_agency_id)
        case = db.get(Case, r.case_id)
        overrider = db.get(User, r.override_by) if r.override_by else None
        steps = db.execute(select(ReferralStatusChange, User.username)
                          .join(User, User.id == ReferralStatusChange.user_id, isouter=True)
                          .where(ReferralStatusChange.referral_id == r.id)
                          .order_by(ReferralStatusChange.id))
        draft = ReferralDraft(
            r.recipient_agency_id, r.reason, r.reason_note, r.priority, rules.split_codes(r.services),
            r.safety_risk, r.health_urgency, r.trafficker_at_large, r.interview_reference,
            r.cover_note, r.consent_id, rules.split_codes(r.sections), r.restricted_confirmed)
        return ReferralInfo(
            r.id, r.case_id, case.reference if case else "", r.recipient_agency_id,
            agency.code if agency else "", agency.name if agency else "", r.recipient_type, r.status,
            draft, r.due_at, r.override_reason, overrider.display_name if overrider else "",
            r.consent_flag, r.outcome, r.created_at, r.copies_issued, urgency.is_overdue(r, utcnow()),
            tuple(StatusStep(c.status, c.at, name or "", c.note) for c, name in steps))

    def get(self, user: UserSession, referral_id: int) -> ReferralInfo:
        policy.require(user.principal, Action.CASE_VIEW)
        with self.store.session() as db:
            return self._info(db, self._referral(db, user.principal, referral_id))

    def for_case(self, user: UserSession, case_id: int) -> list[ReferralInfo]:
        policy.require(user.principal, Action.CASE_VIEW)
        with self.store.session() as db:
            self._case(db, user.principal, case_id)
            return [self._info(db, r) for r in db.scalars(
                select(Referral).where(Referral.case_id == case_id).order_by(Referral.id.desc()))]

    def outgoing(self, user: UserSession, status: str = "", limit: int = 500) -> list[ReferralRow]:
        """Referrals this user's cases sent to other organisations: overdue first, then flagged,
        then by status and due time."""
        if status:
            check.choice("status", status, vocab.REFERRAL_STATUS)
        return self._outgoing(user, lambda code, _flagged: status in ("", code), limit)

    def _outgoing(self, user: UserSession, wanted: Callable[[str, bool], bool],
                  limit: int) -> list[ReferralRow]:
        """The most urgent `limit` outgoing referrals whose (status, flagged) is `wanted`, in the
        list's order (`urgency.py`), part by part, stopping when the list is full — so Home's
        five cost five rows' reading, not a sort of every referral in scope."""
        p = user.principal
        if not p.can(Action.CASE_VIEW):
            return []
        limit, now = max(1, min(limit, 2000)), utcnow()
        found: list[ReferralRow] = []
        with self.store.session() as db:
            for overdue, flagged, code in urgency.outgoing_parts():
                if len(found) >= limit:
                    break
                if not wanted(code, flagged):
                    continue
                query = (select(Referral, Case.reference, Agency.name)
                         .join(Case, Case.id == Referral.case_id)
                         .join(Agency, Agency.id == Referral.recipient_agency_id)
                         .where(*urgency.part_terms(overdue, flagged, code, now),
                                policy.case_scope(p), Referral.recipient_agency_id != p.agency_id)
                         .order_by(*urgency.within_part())
                         .limit(limit - len(found)))
                found += [ReferralRow(r.id, r.case_id, ref, name, r.status, r.priority, r.due_at,
                                      urgency.is_overdue(r, now), r.consent_flag, r.created_at)
                          for r, ref, name in db.execute(query)]
        return found

    def incoming(self, user: UserSession, limit: int = 500) -> list[ReferralRow]:
        """Referrals sent to the user's organisation (partner liaisons answer them): awaiting first."""
        return self._incoming(user, [Referral.status != "DRAFT"], limit)

    def _incoming(self, user: UserSession, terms: list[ColumnElement[bool]],
                  limit: int) -> list[ReferralRow]:
        p = user.principal
        if not p.can(Action.REFERRAL_RESPOND):
            return []
        now = utcnow()
        with self.store.session() as db:
            rows = db.execute(select(Referral, Case.reference, Agency.name)
                             .join(Case, Case.id == Referral.case_id)
                             .join(Agency, Agency.id == Case.owning_agency_id)
                             .where(policy.case_scope(p), Referral.recipient_agency_id == p.agency_id,
                                    *terms)
                             .order_by(*urgency.incoming_order(now))
                             .limit(max(1, min(limit, 2000))))
            return [ReferralRow(r.id, r.case_id, ref, p.agency_name, r.status, r.priority, r.due_at,
                                urgency.is_overdue(r, now), r.consent_flag, r.created_at, sender)
                    for r, ref, sender in rows]

    def pending(self, user: UserSession, limit: int = 20) -> list[ReferralRow]:
        """The Home page's list: drafts to finish, referrals awaiting an answer, flagged ones —
        chosen and ordered by the database, so the most urgent come first however many there are."""
        if not user.principal.can(Action.REFERRAL_CREATE):
            return self._incoming(user, [Referral.status.in_(vocab.REFERRAL_AWAITING)], limit)
        waiting = ("DRAFT", *vocab.REFERRAL_AWAITING)
        return self._outgoing(user, lambda code, flagged: code in waiting or (
            flagged and code in vocab.REFERRAL_OPEN), limit)

    def consents(self, user: UserSession, case_id: int) -> list[ConsentOption]:
        p = user.principal
        policy.require(p, Action.CASE_VIEW)
        if not policy.can_read(p, "consent"):
            raise PermissionDenied("Your level does not include consent records.")
        with self.store.session() as db:
            self._case(db, p, case_id)
            return [ConsentOption(c.id, c.given_by, c.given_on, rules.split_codes(c.recipient_types),
                                  rules.split_codes(c.data_items), c.withdrawn_on)
                    for c in db.scalars(select(ConsentRecord).where(ConsentRecord.case_id == case_id)
                                       .order_by(ConsentRecord.given_on.desc()))]

    def recipient_defaults(self, user: UserSession, agency_id: int) -> tuple[str, tuple[str, ...]]:
        """The recipient type of a directory organisation and the sections it gets by default."""
        with self.store.session() as db:
            agency = db.get(Agency, agency_id)
            if agency is None or not agency.active:
                raise ValidationError("recipient", "Choose an active organisation from the directory.")
            kind = rules.recipient_type(agency.code, agency.kind)
        return kind, rules.default_sections(kind, user.principal.level)

    def consent_gaps(self, user: UserSession, referral_id: int) -> list[rules.ConsentGap]:
        """Why the consent gate would refuse this referral now (empty: it would pass)."""
        with self.store.session() as db:
            r = self._referral(db, user.principal, referral_id)
            return self._gaps(db, r)

    @staticmethod
    def _gaps(db: Session, r: Referral) -> list[rules.ConsentGap]:
        record = db.get(ConsentRecord, r.consent_id) if r.consent_id else None
        if record is not None and record.case_id != r.case_id:
            record = None
        return rules.consent_gaps(consent_facts(record), r.recipient_type, rules.split_codes(r.sections))

    # -- writing -------------------------------------------------------------------------------
    def _clean(self, db: Session, p: policy.Principal, case_id: int,
               draft: ReferralDraft) -> tuple[str, ReferralDraft]:
        agency = db.get(Agency, draft.recipient_agency_id)
        if agency is None or not agency.active:
            raise ValidationError("recipient", "Choose an active organisation from the directory.")
        if agency.id == p.agency_id:
            raise ValidationError("recipient", "A referral goes to another organisation than yours.")
        kind = rules.recipient_type(agency.code, agency.kind)
        sections = (rules.default_sections(kind, p.level) if draft.sections is None
                    else check.codes("sections", draft.sections, vocab.RELEASE_SECTIONS))
        above = [c for c in sections if not policy.reaches_level(p, vocab.RELEASE_SECTIONS[c])]
        if above:
            raise PermissionDenied("Your level does not allow releasing: " + ", ".join(above) + ".")
        restricted = any(vocab.RELEASE_SECTIONS[c] >= 3 for c in sections)
        if restricted and not draft.restricted_confirmed:
            raise ValidationError("sections", "Releasing restricted (level 3) content needs the "
                                  "explicit confirmation tick.")
        if draft.consent_id is not None:
            record = db.get(ConsentRecord, draft.consent_id)
            if record is None or record.case_id != case_id:
                raise ValidationError("consent", "Choose a consent record of this case.")
        reason = check.choice("reason", draft.reason, vocab.REFERRAL_REASONS)
        note = check.clean_text("reason_note", draft.reason_note, 500, required=reason == "OTHER")
        cleaned = replace(
            draft, reason=reason, reason_note=note,
            priority=check.choice("priority", draft.priority, vocab.REFERRAL_PRIORITY_HOURS),
            services=check.codes("services", draft.services, vocab.REFERRAL_SERVICES),
            safety_risk=check.choice("safety_risk", draft.safety_risk, vocab.SAFETY_RISK),
            health_urgency=check.choice("health_urgency", draft.health_urgency, vocab.HEALTH_URGENCY),
            interview_reference=check.clean_text("interview_reference", draft.interview_reference, 100),
            cover_note=check.clean_text("cover_note", draft.cover_note, 3000, multiline=True),
            sections=tuple(c for c in vocab.RELEASE_SECTIONS if c in sections),
            restricted_confirmed=restricted and draft.restricted_confirmed)
        if not cleaned.services:
            raise ValidationError("services", "Choose at least one service to request.")
        return kind, cleaned

    @staticmethod
    def _apply(r: Referral, kind: str, d: ReferralDraft) -> None:
        r.recipient_agency_id, r.recipient_type = d.recipient_agency_id, kind
        r.reason, r.reason_note, r.priority = d.reason, d.reason_note, d.priority
        r.services = ",".join(d.services)
        r.safety_risk, r.health_urgency = d.safety_risk, d.health_urgency
        r.trafficker_at_large = d.trafficker_at_large
        r.interview_reference, r.cover_note = d.interview_reference, d.cover_note
        r.consent_id, r.sections = d.consent_id, ",".join(d.sections or ())
        r.restricted_confirmed, r.updated_at = d.restricted_confirmed, utcnow()

    def create(self, user: UserSession, case_id: int, draft: ReferralDraft) -> ReferralInfo:
        p = user.principal
        policy.require(p, Action.REFERRAL_CREATE)
        with self.store.session() as db, db.begin():
            case = self._case(db, p, case_id)
            if case.status in vocab.CLOSED_STATUSES:
                raise ValidationError("status", "The case is closed; a supervisor can reopen it.")
            kind, cleaned = self._clean(db, p, case_id, draft)
            referral = Referral(case_id=case_id, created_by=p.user_id, status="DRAFT")
            self._apply(referral, kind, cleaned)
            db.add(referral)
            db.flush()
            db.add(ReferralStatusChange(referral_id=referral.id, status="DRAFT", user_id=p.user_id))
            audit.append(db, self.store, p, AuditAction.CREATE, "referral", referral.id,
                         f"case {case_id}; to {kind}; sections {referral.sections}")
            return self._info(db, referral)

    def update(self, user: UserSession, referral_id: int, draft: ReferralDraft) -> ReferralInfo:
        """Only a draft changes; what was sent stays as it was sent."""
        p = user.principal
        policy.require(p, Action.REFERRAL_CREATE)
        with self.store.session() as db, db.begin():
            referral = self._referral(db, p, referral_id)
            if referral.status != "DRAFT":
                raise ValidationError("status", "Only a draft referral can be changed.")
            kind, cleaned = self._clean(db, p, referral.case_id, draft)
            if (referral.sections, referral.recipient_type) != (",".join(cleaned.sections or ()), kind):
                referral.override_reason, referral.override_by, referral.override_at = "", None, None
            self._apply(referral, kind, cleaned)
            referral.consent_flag, referral.consent_flagged_at = "", None
            audit.append(db, self.store, p, AuditAction.UPDATE, "referral", referral.id,
                         f"case {referral.case_id}; to {kind}; sections {referral.sections}")
            return self._info(db, referral)

    def override_consent(self, user: UserSession, referral_id: int, reason: str) -> ReferralInfo:
        """A supervisor releases without covering consent; the written reason is printed on the packet."""
        p = user.principal
        policy.require(p, Action.CONSENT_OVERRIDE)
        text = check.clean_text("override_reason", reason, 2000, multiline=True)
        if len(text) < rules.MIN_OVERRIDE_REASON:
            raise ValidationError("override_reason", "An override needs a written reason of at least "
                                  f"{rules.MIN_OVERRIDE_REASON} characters.")
        with self.store.session() as db, db.begin():
            referral = self._referral(db, p, referral_id)
            if referral.status not in vocab.REFERRAL_OPEN:
                raise ValidationError("status", "This referral is closed.")
            referral.override_reason, referral.override_by = text, p.user_id
            referral.override_at = utcnow()
            audit.append(db, self.store, p, AuditAction.UPDATE, "referral", referral.id,
                         f"case {referral.case_id}; consent override")
            return self._info(db, referral)

    def require_release(self, db: Session, r: Referral) -> None:
        """The consent gate: covering, unwithdrawn consent, or a recorded supervisor override."""
        gaps = self._gaps(db, r)
        if gaps and not r.override_reason:
            raise ValidationError("consent", "The referral cannot be released. "
                                  + " ".join(gap.sentence() for gap in gaps))

    def send(self, user: UserSession, referral_id: int) -> ReferralInfo:
        p = user.principal
        policy.require(p, Action.REFERRAL_CREATE)
        with self.store.session() as db, db.begin():
            referral = self._referral(db, p, referral_id)
            if referral.status != "DRAFT":
                raise ValidationError("status", "Only a draft referral can be sent.")
            self.require_release(db, referral)
            now = utcnow()
            referral.due_at = now + timedelta(hours=vocab.REFERRAL_PRIORITY_HOURS[referral.priority])
            self._move(db, user, referral, "SENT", "")
            return self._info(db, referral)

    def set_status(self, user: UserSession, referral_id: int, status: str, note: str = "",
                   outcome: str = "") -> ReferralInfo:
        """Tracking after sending: the recipient's answers, completion with an outcome, withdrawal."""
        p = user.principal
        status = check.choice("status", status, vocab.REFERRAL_STATUS)
        text = check.clean_text("note", note, 500)
        with self.store.session() as db, db.begin():
            referral = db.get(Referral, referral_id)
            if referral is None:
                raise NotFound
            responding = (p.can(Action.REFERRAL_RESPOND) and referral.recipient_agency_id == p.agency_id
                          and status in RESPONSES)
            if not responding:
                policy.require(p, Action.REFERRAL_CREATE)
            self._case(db, p, referral.case_id)
            if status == "SENT":
                raise ValidationError("status", "Use Send: it checks consent first.")
            if status not in rules.TRANSITIONS[referral.status]:
                raise ValidationError("status", f"A {referral.status.lower()} referral cannot become "
                                      f"{status.lower()}.")
            if status in ("COMPLETED", "DECLINED") or outcome:
                needed = status == "COMPLETED"
                referral.outcome = check.choice("outcome", outcome, vocab.REFERRAL_OUTCOMES,
                                                blank=not needed)
            self._move(db, user, referral, status, text)
            return self._info(db, referral)

    def _move(self, db: Session, user: UserSession, r: Referral, status: str, note: str) -> None:
        old, r.status, r.updated_at = r.status, status, utcnow()
        db.add(ReferralStatusChange(referral_id=r.id, status=status, user_id=user.principal.user_id,
                                   note=note))
        audit.append(db, self.store, user.principal, AuditAction.STATUS_CHANGE, "referral", r.id,
                     f"case {r.case_id}; {old} -> {status}")
