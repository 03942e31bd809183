"""Verified, encrypted backups and restore (D3, A3).

A backup is one file (a zip, stored without compression) holding `vault.db`, a SQLCipher export under
its own random backup key, and `manifest.json`: time, schema version, counts, the audit chain head,
the SHA-256 of the database, the backup key sealed to the escrow key and to the chosen
administrators' slots, and a snapshot of the key file. The manifest carries an HMAC under the backup
key. Every backup is reopened and verified before it is reported as made; restore verifies the
backup into a new file and re-encrypts it under a new DEK before anything live is replaced.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import audit_chain, crypto, migrate, rotation
from . import engine as sqlc
from . import keyfile as kf
from .crypto import SealedBox
from .errors import BackupInvalid, EscrowError, VaultCorrupt, WrongCredentials
from .paths import VaultPaths

FORMAT = "casedesk-backup"
SUFFIX = ".cdbackup"
BOX_INFO = b"casedesk/backup-key/v1"
MAC_INFO = b"casedesk/backup-manifest/v1"
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_DATABASE_BYTES = 64 * 1024**3


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: dict[str, Any]


def _box_aad(manifest: dict[str, Any]) -> bytes:
    return crypto.canonical({"vault": manifest["vault_id"], "backup": manifest["backup_id"]})


def _manifest_mac(backup_key: bytes, manifest: dict[str, Any]) -> str:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    key = crypto.hkdf(backup_key, MAC_INFO)
    return hmac.new(key, crypto.canonical(body), hashlib.sha256).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _optional_count(connection: Any, table: str) -> int:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if not exists:
        return 0
    return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def make_backup(paths: VaultPaths, dek: bytes, folder: Path, slot_ids: list[str]) -> BackupResult:
    """Write a verified backup into `folder`, sealed to the escrow key and to `slot_ids`."""
    keyfile = kf.read_keyfile(paths.keyfile)
    if not folder.exists():
        folder.mkdir(parents=True)
        os.chmod(folder, 0o700)
    backup_key = bytes(crypto.random_key())
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup_id = secrets.token_hex(8)
    work = folder / f".backup-{backup_id}"
    work.mkdir(mode=0o700)
    try:
        database = work / "vault.db"
        source = sqlc.connect(paths.database, dek)
        try:
            rotation.verify_live(source, dek)
            report = rotation.reencrypt_copy(source, dek, database, backup_key)
            schema = migrate_revision(source)
        finally:
            source.close()
        copy = sqlc.connect(database, backup_key)
        try:
            counts = {"cases": _optional_count(copy, "cases"),
                      "users": _optional_count(copy, "users"),
                      "audit_entries": _optional_count(copy, "audit_entries")}
        finally:
            copy.close()
        manifest: dict[str, Any] = {
            "format": FORMAT, "version": 1, "backup_id": backup_id, "vault_id": keyfile.vault_id,
            "created": datetime.now(UTC).isoformat(timespec="seconds"), "schema": schema,
            "case_count": counts["cases"], "user_count": counts["users"],
            "audit_head": {"id": report.head_id, "mac": report.head_mac,
                           "entries": counts["audit_entries"]},
            "db_sha256": sha256_file(database), "db_bytes": database.stat().st_size,
            "keyfile": keyfile.as_dict(),
        }
        aad = _box_aad(manifest)
        boxes: dict[str, Any] = {}
        for slot in keyfile.slots:
            if slot.slot_id in slot_ids:
                boxes[slot.slot_id] = crypto.seal_to(slot.public, backup_key, aad, BOX_INFO).as_dict()
        manifest["slot_boxes"] = boxes
        manifest["escrow_box"] = (
            None if keyfile.escrow is None
            else crypto.seal_to(keyfile.escrow.public, backup_key, aad, BOX_INFO).as_dict()
        )
        manifest["mac"] = _manifest_mac(backup_key, manifest)
        target = folder / f"casedesk-{keyfile.vault_id[:8]}-{stamp}-{backup_id[:4]}{SUFFIX}"
        _write_archive(work / "archive.tmp", manifest, database)
        os.replace(work / "archive.tmp", target)
        kf.fsync_directory(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    check = folder / f".verify-{backup_id}"
    check.mkdir(mode=0o700)
    try:
        verify_backup(target, backup_key, check)
    finally:
        shutil.rmtree(check, ignore_errors=True)
    return BackupResult(target, manifest)


def migrate_revision(connection: Any) -> str:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""


def _write_archive(path: Path, manifest: dict[str, Any], database: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
        archive.write(database, "vault.db")
    os.chmod(path, 0o600)
    sqlc.fsync_file(path)


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a backup file, checked for shape (not yet for authenticity)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted(archive.namelist())
            if names != ["manifest.json", "vault.db"]:
                raise BackupInvalid("The file is not a CaseDesk backup (unexpected contents).")
            info = archive.getinfo("manifest.json")
            if info.file_size > MAX_MANIFEST_BYTES:
                raise BackupInvalid("The backup manifest is too large.")
            manifest = json.loads(archive.read("manifest.json"))
    except (OSError, zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise BackupInvalid("The file is not a readable CaseDesk backup.") from exc
    required = ("format", "backup_id", "vault_id", "db_sha256", "db_bytes", "mac", "keyfile",
                "slot_boxes", "escrow_box", "audit_head", "created", "schema")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or any(
        key not in manifest for key in required
    ):
        raise BackupInvalid("The backup manifest is incomplete.")
    return manifest


def unseal_with_escrow(manifest: dict[str, Any], escrow_private: bytes) -> bytes:
    box = manifest.get("escrow_box")
    if not isinstance(box, dict):
        raise EscrowError("This backup is not sealed to an escrow key.")
    try:
        return crypto.open_box(escrow_private, SealedBox.from_dict(box), _box_aad(manifest),
                               BOX_INFO)
    except (crypto.DecryptionFailed, KeyError, ValueError) as exc:
        raise EscrowError("This escrow key does not open the backup.") from exc


def unseal_with_slot(manifest: dict[str, Any], slot_id: str, slot_private: bytes) -> bytes:
    box = manifest.get("slot_boxes", {}).get(slot_id)
    if not isinstance(box, dict):
        raise WrongCredentials("This account cannot open the backup; use the escrow key.")
    try:
        return crypto.open_box(slot_private, SealedBox.from_dict(box), _box_aad(manifest), BOX_INFO)
    except (crypto.DecryptionFailed, KeyError, ValueError) as exc:
        raise WrongCredentials("This account cannot open the backup; use the escrow key.") from exc


def verify_backup(path: Path, backup_key: bytes, workdir: Path) -> tuple[dict[str, Any], Path]:
    """Check the manifest MAC, extract and hash the database, open it and check its integrity
    and audit chain against the manifest's head. Returns the manifest and the extracted copy."""
    manifest = read_manifest(path)
    if not hmac.compare_digest(_manifest_mac(backup_key, manifest), str(manifest["mac"])):
        raise BackupInvalid("The backup manifest was altered or belongs to another key.")
    database = workdir / "restored.db"
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("vault.db")
            if info.file_size != manifest["db_bytes"] or info.file_size > MAX_DATABASE_BYTES:
                raise BackupInvalid("The backup database has the wrong size.")
            with archive.open(info) as source, open(database, "wb") as target:
                shutil.copyfileobj(source, target, 1024 * 1024)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupInvalid("The backup could not be read.") from exc
    os.chmod(database, 0o600)
    if sha256_file(database) != manifest["db_sha256"]:
        raise BackupInvalid("The backup database does not match its manifest (SHA-256).")
    try:
        connection = sqlc.connect(database, backup_key)
    except (WrongCredentials, VaultCorrupt) as exc:
        raise BackupInvalid("The backup database does not open with its key.") from exc
    try:
        if sqlc.integrity_problems(connection):
            raise BackupInvalid("The backup database failed its integrity check.")
        report = audit_chain.verify_connection(connection, backup_key)
        head = manifest["audit_head"]
        if not report.ok or report.head_id != head.get("id") or report.head_mac != head.get("mac"):
            raise BackupInvalid("The backup's audit trail does not match its manifest.")
        sqlc.checkpoint(connection)
    finally:
        connection.close()
    return manifest, database


def restore(paths: VaultPaths, backup_path: Path, backup_key: bytes) -> bytearray:
    """Replace the vault's database by a verified backup, under a new DEK; returns that DEK.

    The live key file is kept (current passwords) when there is one, else the backup's snapshot
    is used; either way every slot and the escrow slot are re-sealed to the new DEK. The caller
    must have locked the vault (no open connections)."""
    paths.ensure_root()
    work = paths.root / f".restore-{secrets.token_hex(6)}"
    work.mkdir(mode=0o700)
    try:
        manifest, extracted = verify_backup(backup_path, backup_key, work)
        if paths.keyfile.exists():
            keyfile = kf.read_keyfile(paths.keyfile)
            if keyfile.vault_id != manifest["vault_id"]:
                raise BackupInvalid("The backup belongs to another vault; nothing was changed.")
        else:
            try:
                keyfile = kf.KeyFile.from_dict(manifest["keyfile"])
            except (KeyError, ValueError, TypeError) as exc:
                raise BackupInvalid("The backup's key file snapshot is damaged.") from exc
        if manifest["schema"] not in migrate.known_revisions():
            raise BackupInvalid("The backup comes from a newer CaseDesk; update CaseDesk first.")
        new_dek = crypto.random_key()
        target = rotation.temp_database_path(paths, "restore")
        source = sqlc.connect(extracted, backup_key)
        try:
            rotation.reencrypt_copy(source, backup_key, target, bytes(new_dek))
        finally:
            source.close()
        rotation.reseal_all(keyfile, bytes(new_dek))
        keyfile.audit_head = None  # it named the replaced database's chain; the next lock records
        rotation.install(paths, target, keyfile)
        return new_dek
    finally:
        shutil.rmtree(work, ignore_errors=True)
