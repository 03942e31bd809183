"""The audit trail on a SQLCipher vault: entries sealed with the HMAC chain of `audit_chain`, the
key derived from the database key, which never leaves this package (A1)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.models import AuditEntry, AuditEpoch
from desktop.models.base import utcnow
from desktop.storage.store import AuditFields, ChainReport

from . import audit_chain
from . import keyfile as kf
from .audit_chain import ChainRow, EpochRow
from .crypto import DecryptionFailed

MAX_DETAIL = 200


class ChainedAuditLog:
    """`AuditLog` for the vault; `dek` gives the unlocked vault's key (or raises VaultLocked)."""

    def __init__(self, dek: Callable[[], bytearray]) -> None:
        self._dek = dek

    def append(self, db: Session, entry: AuditFields) -> None:
        self.append_many(db, [entry])

    def append_many(self, db: Session, entries: list[AuditFields]) -> None:
        """Seal several entries in order with one read of the chain head and one insert (a bundle
        of a thousand cases audits each case)."""
        if not entries:
            return
        last = db.execute(
            select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        epoch = db.scalar(select(func.max(AuditEpoch.epoch))) or 1
        key = audit_chain.audit_key(self._dek(), epoch)
        previous, next_id = (last.mac, last.id + 1) if last else (audit_chain.GENESIS, 1)
        rows = []
        for entry in entries:
            row = ChainRow(
                id=next_id, at=utcnow(), user_id=entry.user_id, username=entry.username,
                action=entry.action, record_type=entry.record_type, record_id=entry.record_id,
                detail=entry.detail[:MAX_DETAIL], epoch=epoch, mac="",
            )
            previous = audit_chain.entry_mac(key, previous, row)
            rows.append({**row.__dict__, "mac": previous})
            next_id += 1
        db.flush()  # the caller's pending writes come first, as with one entry
        db.execute(insert(AuditEntry), rows)

    def verify(self, db: Session) -> ChainReport:
        epochs = [EpochRow(e.epoch, e.previous_key_nonce, e.previous_key_sealed)
                  for e in db.scalars(select(AuditEpoch))]
        try:
            keys = audit_chain.epoch_keys(self._dek(), epochs)
        except DecryptionFailed:
            return ChainReport(0, 0, audit_chain.GENESIS,
                               "the audit key epochs do not match this database key")
        rows = (
            ChainRow(e.id, e.at, e.user_id, e.username, e.action, e.record_type, e.record_id,
                     e.detail, e.epoch, e.mac)
            for e in db.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000)
        )
        return audit_chain.verify_rows(keys, rows)


def start_chain(conn: Connection) -> None:
    """The first epoch of a new vault's audit chain."""
    conn.execute(
        text("INSERT INTO audit_epochs (epoch, started_at) VALUES (1, :at)"),
        {"at": kf.now_iso().replace("T", " ").split("+")[0]},
    )
