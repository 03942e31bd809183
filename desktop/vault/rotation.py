"""Database key rotation (K5) and the re-encrypted copy it shares with restore.

Rotation: verify the live database, checkpoint the WAL, `sqlcipher_export` into a new file under a new
DEK, start a new audit epoch there, verify the copy, fsync, write the re-sealed key file beside the
live one as `.next`, atomically replace the database, then promote the key file. An interruption at
any point leaves either the old pair or the new pair openable; `finish_interrupted` settles it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from . import audit_chain, crypto
from . import engine as sqlc
from . import keyfile as kf
from .errors import VaultCorrupt, VaultError
from .paths import VaultPaths


def next_keyfile_path(paths: VaultPaths) -> Path:
    return paths.keyfile.with_name(paths.keyfile.name + ".next")


def temp_database_path(paths: VaultPaths, purpose: str) -> Path:
    return paths.root / f".{purpose}-{secrets.token_hex(6)}.db"


def remove_database_files(path: Path) -> None:
    for file in sqlc.sidecar_files(path):
        file.unlink(missing_ok=True)


def table_counts(connection: Any) -> dict[str, int]:
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]
    return {n: int(connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def reencrypt_copy(
    source: Any, source_dek: bytes, target: Path, target_dek: bytes
) -> audit_chain.ChainReport:
    """Export `source` into `target` under `target_dek`, open a new audit epoch and verify it.

    The caller has verified the source. Raises VaultCorrupt (and removes the copy) on any mismatch.
    """
    sqlc.checkpoint(source)
    expected = table_counts(source)
    sqlc.export_to(source, target, target_dek)
    try:
        copy = sqlc.connect(target, target_dek)
        try:
            audit_chain.start_epoch(copy, source_dek, target_dek)
            expected["audit_epochs"] = expected.get("audit_epochs", 0) + 1
            problems = sqlc.integrity_problems(copy)
            report = audit_chain.verify_connection(copy, target_dek)
            if problems or not report.ok or table_counts(copy) != expected:
                raise VaultCorrupt("The re-encrypted copy did not verify; the vault is unchanged.")
            sqlc.checkpoint(copy)
        finally:
            copy.close()
        sqlc.fsync_file(target)
    except BaseException:
        remove_database_files(target)
        raise
    return report


def verify_live(connection: Any, dek: bytes) -> None:
    problems = sqlc.integrity_problems(connection)
    if problems:
        raise VaultCorrupt
    report = audit_chain.verify_connection(connection, dek)
    if not report.ok:
        raise VaultError(
            f"The audit trail does not verify ({report.problem}); the key was not rotated."
        )


def install(paths: VaultPaths, new_database: Path, keyfile: kf.KeyFile) -> None:
    """Swap in a verified database and its key file, crash-safely (see module docstring)."""
    kf.write_keyfile(next_keyfile_path(paths), keyfile)
    for stale in sqlc.sidecar_files(paths.database)[1:]:
        stale.unlink(missing_ok=True)
    os.replace(new_database, paths.database)
    kf.fsync_directory(paths.root)
    os.replace(next_keyfile_path(paths), paths.keyfile)
    kf.fsync_directory(paths.root)


def reseal_all(keyfile: kf.KeyFile, dek: bytes) -> None:
    """Seal a new DEK to every user slot and to the escrow slot; no password is needed."""
    for slot in keyfile.slots:
        kf.reseal_dek(slot, dek)
    if keyfile.escrow is not None:
        kf.seal_escrow(keyfile, keyfile.escrow.public, dek)


def rotate(paths: VaultPaths, current_dek: bytes) -> bytearray:
    """Re-encrypt the database under a new DEK; returns the new DEK. The vault must be locked
    (all pooled connections closed) by the caller before calling this."""
    keyfile = kf.read_keyfile(paths.keyfile)
    new_dek = crypto.random_key()
    target = temp_database_path(paths, "rekey")
    source = sqlc.connect(paths.database, current_dek)
    try:
        verify_live(source, current_dek)
        reencrypt_copy(source, current_dek, target, bytes(new_dek))
    finally:
        source.close()
    reseal_all(keyfile, bytes(new_dek))
    install(paths, target, keyfile)
    return new_dek


def finish_interrupted(paths: VaultPaths, opens_with_current: bool) -> None:
    """After a crash mid-rotation: keep whichever key file opens the database, drop the other."""
    pending = next_keyfile_path(paths)
    if not pending.exists():
        return
    if opens_with_current:
        pending.unlink()
    else:
        os.replace(pending, paths.keyfile)
        kf.fsync_directory(paths.root)
