"""The audit trail service: append entries to the HMAC chain, read them, verify the chain (A1–A3)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, AuditEntry, Case, Referral, User
from desktop.models.seed import Action
from desktop.services import policy
from desktop.services.policy import Principal
from desktop.storage.store import AuditFields, ChainReport, Store

if TYPE_CHECKING:
    from desktop.services.user import UserSession

MAX_DETAIL = 200


class AuditAction(StrEnum):
    VAULT_CREATE = "vault.create"
    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    REAUTHENTICATE = "reauthenticate"
    PASSWORD_CHANGE = "password.change"
    KDF_UPGRADE = "kdf.upgrade"
    MIGRATION = "schema.migrate"
    USER_CREATE = "user.create"
    USER_UPDATE = "user.update"
    USER_DISABLE = "user.disable"
    USER_RESET = "user.reset"
    ROLE_CHANGE = "role.change"
    SETTINGS_CHANGE = "settings.change"
    VERIFY = "vault.verify"
    BACKUP = "backup"
    RESTORE = "restore"
    KEY_ROTATION = "key.rotate"
    RECOVERY = "recovery"
    CASE_VIEW = "case.view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    STATUS_CHANGE = "status.change"
    EXPORT = "export"
    PRINT = "print"
    PREVIEW = "preview"
    BUNDLE_SEND = "bundle.send"
    BUNDLE_RECEIVE = "bundle.receive"
    BUNDLE_REFUSE = "bundle.refuse"
    PEER_CHANGE = "peer.change"


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    username: str
    action: str
    record_type: str
    record_id: str
    detail: str
    user_name: str = ""  # the actor's display name, as people read it
    #: What the entry's ids stand for: "case:600" → its reference, "user:3" → a display name,
    #: "agency:2" → an organisation, "referral:5" → its number (the audit screen names them).
    names: dict[str, str] = field(default_factory=dict)


def append(
    db: Session,
    store: Store,
    actor: Principal | None,
    action: AuditAction,
    record_type: str = "",
    record_id: str | int = "",
    detail: str = "",
    *,
    username: str | None = None,
) -> None:
    """Add one entry at the end of the chain, inside the caller's transaction.

    `detail` is a short, non-identifying note: never case text, names or secrets."""
    store.audit.append(db, AuditFields(
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or ""),
        action=str(action), record_type=record_type, record_id=str(record_id),
        detail=detail[:MAX_DETAIL],
    ))


def append_many(db: Session, store: Store, actor: Principal, action: AuditAction, record_type: str,
                items: list[tuple[str | int, str]]) -> None:
    """One entry per (record id, detail), all in one step: a bundle audits every case."""
    store.audit.append_many(db, [AuditFields(
        user_id=actor.user_id, username=actor.username, action=str(action), record_type=record_type,
        record_id=str(record_id), detail=detail[:MAX_DETAIL]) for record_id, detail in items])


def verify(db: Session, store: Store) -> ChainReport:
    """Recompute the whole chain; the report names the first broken entry."""
    return store.audit.verify(db)


def entries(
    db: Session,
    *,
    username: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditRecord]:
    """Entries newest first, filtered as on the administrator's audit screen."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if username:
        query = query.where(AuditEntry.username == username)
    if action:
        query = query.where(AuditEntry.action == action)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    query = query.limit(max(1, min(limit, 5000))).offset(max(0, offset))
    return [
        AuditRecord(e.id, e.at, e.username, e.action, e.record_type, e.record_id, e.detail)
        for e in db.scalars(query)
    ]


_CASE_IN_DETAIL = re.compile(r"\bcase (\d+)\b")


def _ids(records: list[AuditRecord], kind: str) -> set[int]:
    found = {int(r.record_id) for r in records if r.record_type == kind and r.record_id.isdigit()}
    if kind == "case":
        found |= {int(n) for r in records for n in _CASE_IN_DETAIL.findall(r.detail)}
    return found


def with_names(db: Session, records: list[AuditRecord]) -> list[AuditRecord]:
    """The entries with the names their ids stand for (case references, people, organisations):
    the trail stores ids, a reader needs names."""
    cases = {f"case:{i}": ref for i, ref in db.execute(
        select(Case.id, Case.reference).where(Case.id.in_(_ids(records, "case"))))}
    users = {name: shown for name, shown in db.execute(select(User.username, User.display_name))}
    people = {f"user:{i}": name for i, name in db.execute(
        select(User.id, User.display_name).where(User.id.in_(_ids(records, "user"))))}
    agencies = {f"agency:{i}": name for i, name in db.execute(
        select(Agency.id, Agency.name).where(Agency.id.in_(_ids(records, "agency"))))}
    referrals = {f"referral:{i}": f"REF-{ref}-{i:04d}" for i, ref in db.execute(
        select(Referral.id, Case.reference).join(Case, Case.id == Referral.case_id)
        .where(Referral.id.in_(_ids(records, "referral"))))}
    known = {**cases, **people, **agencies, **referrals}
    return [replace(r, user_name=users.get(r.username, ""),
                    names={k: v for k, v in known.items() if k in _keys(r)}) for r in records]


def _keys(record: AuditRecord) -> set[str]:
    keys = {f"{record.record_type}:{record.record_id}"}
    keys |= {f"case:{n}" for n in _CASE_IN_DETAIL.findall(record.detail)}
    return keys


class AuditService:
    """The administrator's audit screen: filtered entries and the chain's verification status."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(self, user: UserSession, **filters: object) -> list[AuditRecord]:
        policy.require(user.principal, Action.AUDIT_VIEW)
        with self.store.session() as db:
            return with_names(db, entries(db, **filters))  # type: ignore[arg-type]

    def verify(self, user: UserSession) -> ChainReport:
        policy.require(user.principal, Action.AUDIT_VIEW)
        with self.store.session() as db:
            return verify(db, self.store)

    def usernames(self, user: UserSession) -> list[str]:
        policy.require(user.principal, Action.AUDIT_VIEW)
        with self.store.session() as db:
            rows = db.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username))
            return [r for r in rows if r]
