"""The HMAC chain over the audit trail (A1, A3).

Each entry's MAC covers its own fields (its id included, so reordering shows) and the MAC of the
entry before it. The MAC key is derived from the database key with HKDF, one key per *epoch*: each
time the database is re-encrypted (key rotation, backup, restore) a new epoch starts, and the
previous epoch's audit key is sealed under the new one in `audit_epochs`, so the whole chain stays
verifiable with the current key alone.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.storage.store import ChainReport

from . import crypto

__all__ = ["ChainReport", "ChainRow", "EpochRow", "verify_rows", "epoch_keys"]

AUDIT_INFO = b"casedesk/audit/v1|epoch="
GENESIS = "0" * 64


def audit_key(dek: bytes | bytearray, epoch: int) -> bytes:
    return crypto.hkdf(bytes(dek), AUDIT_INFO + str(epoch).encode())


@dataclass(frozen=True)
class ChainRow:
    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    record_type: str
    record_id: str
    detail: str
    epoch: int
    mac: str


def entry_mac(key: bytes, previous_mac: str, row: ChainRow) -> str:
    fields: dict[str, Any] = {
        "id": row.id,
        "at": row.at.isoformat(timespec="microseconds"),
        "user_id": row.user_id,
        "username": row.username,
        "action": row.action,
        "record_type": row.record_type,
        "record_id": row.record_id,
        "detail": row.detail,
        "epoch": row.epoch,
        "prev": previous_mac,
    }
    return hmac.new(key, crypto.canonical(fields), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class EpochRow:
    epoch: int
    previous_key_nonce: bytes | None
    previous_key_sealed: bytes | None


def seal_previous_key(new_key: bytes, epoch: int, previous_key: bytes) -> tuple[bytes, bytes]:
    return crypto.seal(new_key, previous_key, f"audit-epoch:{epoch}".encode())


def epoch_keys(dek: bytes | bytearray, epochs: Iterable[EpochRow]) -> dict[int, bytes]:
    """Every epoch's audit key, unsealed backwards from the current epoch's key."""
    ordered = sorted(epochs, key=lambda e: e.epoch, reverse=True)
    if not ordered:
        return {}
    keys = {ordered[0].epoch: audit_key(dek, ordered[0].epoch)}
    for row in ordered:
        if row.epoch == 1:
            break
        if row.previous_key_nonce is None or row.previous_key_sealed is None:
            raise crypto.DecryptionFailed
        keys[row.epoch - 1] = crypto.open_sealed(
            keys[row.epoch], row.previous_key_nonce, row.previous_key_sealed,
            f"audit-epoch:{row.epoch}".encode(),
        )
    return keys


def verify_rows(keys: dict[int, bytes], rows: Iterator[ChainRow]) -> ChainReport:
    """Walk the chain in id order; name the first entry that is changed, missing or out of order."""
    previous_mac, previous_id, checked = GENESIS, 0, 0
    for row in rows:
        if row.id != previous_id + 1:
            return ChainReport(checked, previous_id, previous_mac,
                               f"entry {previous_id + 1} is missing", previous_id + 1)
        key = keys.get(row.epoch)
        if key is None:
            return ChainReport(checked, previous_id, previous_mac,
                               f"entry {row.id} names an unknown key epoch", row.id)
        if not hmac.compare_digest(entry_mac(key, previous_mac, row), row.mac):
            return ChainReport(checked, previous_id, previous_mac,
                               f"entry {row.id} was changed, reordered or forged", row.id)
        previous_mac, previous_id, checked = row.mac, row.id, checked + 1
    return ChainReport(checked, previous_id, previous_mac)


_SELECT = (
    "SELECT id, at, user_id, username, action, record_type, record_id, detail, epoch, mac "
    "FROM audit_entries ORDER BY id"
)


def _parse_time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def rows_from_connection(connection: Any) -> Iterator[ChainRow]:
    """Rows read with the raw DB-API (used by backup and verify, below the ORM)."""
    for r in connection.execute(_SELECT):
        yield ChainRow(r[0], _parse_time(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])


def epochs_from_connection(connection: Any) -> list[EpochRow]:
    rows = connection.execute(
        "SELECT epoch, previous_key_nonce, previous_key_sealed FROM audit_epochs"
    ).fetchall()
    return [EpochRow(int(r[0]), r[1], r[2]) for r in rows]


def verify_connection(connection: Any, dek: bytes | bytearray) -> ChainReport:
    try:
        keys = epoch_keys(dek, epochs_from_connection(connection))
    except crypto.DecryptionFailed:
        return ChainReport(0, 0, GENESIS, "the audit key epochs do not match this database key")
    return verify_rows(keys, rows_from_connection(connection))


def start_epoch(connection: Any, old_dek: bytes | bytearray, new_dek: bytes | bytearray) -> int:
    """In a database now encrypted under `new_dek`, open a new epoch that seals the old audit key."""
    current = connection.execute("SELECT coalesce(max(epoch), 0) FROM audit_epochs").fetchone()[0]
    new_epoch = int(current) + 1
    previous = audit_key(old_dek, int(current))
    nonce, sealed = seal_previous_key(audit_key(new_dek, new_epoch), new_epoch, previous)
    connection.execute(
        "INSERT INTO audit_epochs (epoch, started_at, previous_key_nonce, previous_key_sealed) "
        "VALUES (?, ?, ?, ?)",
        (new_epoch, datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "), nonce, sealed),
    )
    return new_epoch


HEAD_INFO = b"casedesk/audit-head/v1"


def _head_tag(key: bytes, vault_id: str, head_id: int, head_mac: str, epoch: int) -> str:
    body = crypto.canonical({"vault": vault_id, "id": head_id, "mac": head_mac, "epoch": epoch})
    return hmac.new(crypto.hkdf(key, HEAD_INFO), body, hashlib.sha256).hexdigest()


def head_record(dek: bytes | bytearray, vault_id: str, head_id: int, head_mac: str,
                epoch: int) -> dict[str, Any]:
    """The chain head as kept in the key file at each lock (A3): id, MAC and a tag under the
    epoch's audit key, so that only a holder of the database key can write a matching one."""
    tag = _head_tag(audit_key(dek, epoch), vault_id, head_id, head_mac, epoch)
    return {"id": head_id, "mac": head_mac, "epoch": epoch, "tag": tag,
            "at": datetime.now(UTC).isoformat(timespec="seconds")}


def head_record_authentic(record: dict[str, Any], keys: dict[int, bytes], vault_id: str) -> bool:
    """Was this record written by a holder of this database's key (any epoch of its chain)?"""
    try:
        head_id, head_mac, epoch = int(record["id"]), str(record["mac"]), int(record["epoch"])
        key = keys[epoch]
        expected = _head_tag(key, vault_id, head_id, head_mac, epoch)
        return hmac.compare_digest(expected, str(record["tag"]))
    except (KeyError, TypeError, ValueError):
        return False
