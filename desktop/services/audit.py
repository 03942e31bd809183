"""The audit trail service: append entries to the HMAC chain, read them, verify the chain (A1–A3)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Agency, AuditEntry, AuditEpoch, Case, Referral, User
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.vault import audit_chain
from desktop.vault.audit_chain import ChainReport, ChainRow, EpochRow
from desktop.vault.crypto import DecryptionFailed
from desktop.vault.vault import Vault

from . import policy
from .policy import Principal

if TYPE_CHECKING:
    from .accounts import UserSession

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
    session: Session,
    vault: Vault,
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
    last = session.execute(
        select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    epoch = session.scalar(select(func.max(AuditEpoch.epoch))) or 1
    row = ChainRow(
        id=(last.id + 1) if last else 1,
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or ""),
        action=str(action),
        record_type=record_type,
        record_id=str(record_id),
        detail=detail[:MAX_DETAIL],
        epoch=epoch,
        mac="",
    )
    mac = audit_chain.entry_mac(vault.audit_key(epoch), last.mac if last else audit_chain.GENESIS,
                                row)
    session.add(
        AuditEntry(
            id=row.id, at=row.at, user_id=row.user_id, username=row.username, action=row.action,
            record_type=row.record_type, record_id=row.record_id, detail=row.detail,
            epoch=row.epoch, mac=mac,
        )
    )
    session.flush()


def verify(session: Session, vault: Vault) -> ChainReport:
    """Recompute the whole chain; the report names the first broken entry."""
    epochs = [
        EpochRow(e.epoch, e.previous_key_nonce, e.previous_key_sealed)
        for e in session.scalars(select(AuditEpoch))
    ]
    try:
        keys = audit_chain.epoch_keys(vault.dek_copy(), epochs)
    except DecryptionFailed:
        return ChainReport(0, 0, audit_chain.GENESIS,
                           "the audit key epochs do not match this database key")
    rows = (
        ChainRow(e.id, e.at, e.user_id, e.username, e.action, e.record_type, e.record_id,
                 e.detail, e.epoch, e.mac)
        for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000)
    )
    return audit_chain.verify_rows(keys, rows)


def entries(
    session: Session,
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
        for e in session.scalars(query)
    ]


_CASE_IN_DETAIL = re.compile(r"\bcase (\d+)\b")


def _ids(records: list[AuditRecord], kind: str) -> set[int]:
    found = {int(r.record_id) for r in records if r.record_type == kind and r.record_id.isdigit()}
    if kind == "case":
        found |= {int(n) for r in records for n in _CASE_IN_DETAIL.findall(r.detail)}
    return found


def with_names(s: Session, records: list[AuditRecord]) -> list[AuditRecord]:
    """The entries with the names their ids stand for (case references, people, organisations):
    the trail stores ids, a reader needs names."""
    cases = {f"case:{i}": ref for i, ref in s.execute(
        select(Case.id, Case.reference).where(Case.id.in_(_ids(records, "case"))))}
    users = {name: shown for name, shown in s.execute(select(User.username, User.display_name))}
    people = {f"user:{i}": name for i, name in s.execute(
        select(User.id, User.display_name).where(User.id.in_(_ids(records, "user"))))}
    agencies = {f"agency:{i}": name for i, name in s.execute(
        select(Agency.id, Agency.name).where(Agency.id.in_(_ids(records, "agency"))))}
    referrals = {f"referral:{i}": f"REF-{ref}-{i:04d}" for i, ref in s.execute(
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

    def entries(self, session: UserSession, **filters: object) -> list[AuditRecord]:
        policy.require(session.principal, Action.AUDIT_VIEW)
        with session.vault.session() as s:
            return with_names(s, entries(s, **filters))  # type: ignore[arg-type]

    def verify(self, session: UserSession) -> ChainReport:
        policy.require(session.principal, Action.AUDIT_VIEW)
        with session.vault.session() as s:
            return verify(s, session.vault)

    def usernames(self, session: UserSession) -> list[str]:
        policy.require(session.principal, Action.AUDIT_VIEW)
        with session.vault.session() as s:
            rows = s.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username))
            return [r for r in rows if r]
