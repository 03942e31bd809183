"""Vault maintenance: verify, backup, restore, key rotation and escrow recovery (D2, D3, K5, K7)."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.models import Role, RoleAction, User
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.accounts import passwords
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import find_user
from desktop.services.audit import AuditAction
from desktop.services.errors import PermissionDenied
from desktop.services.user import UserSession
from desktop.vault import backup, crypto
from desktop.vault import engine as sqlc
from desktop.vault.errors import VaultCorrupt, VaultError
from desktop.vault.vault import Vault

from .verify import Check, Verifier, VerifyReport, verify_unopened

__all__ = ["BackupEntry", "Check", "MaintenanceService", "SecurityInfo", "VerifyReport"]

log = logging.getLogger("casedesk.maintenance")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    backup_id: str
    created: str
    size: int
    case_count: int
    user_count: int
    audit_head: int


@dataclass(frozen=True)
class SecurityInfo:
    data_dir: Path
    device_binding: bool
    escrow_fingerprint: str
    slot_count: int
    #: The Argon2id costs new key slots are sealed with: memory (MiB), passes and lanes; None
    #: on the office server (a SCRAM login role, no key on the workstation).
    kdf: tuple[int, int, int] | None
    cipher_version: str  # "" on the office server: no database on the workstation


class MaintenanceService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        vault.before_migration = self._safety_backup

    @property
    def backend(self) -> str:
        """Which storage this maintenance keeps (the screens show the vault's pages or the
        office server's)."""
        return self.vault.backend

    # -- verification -----------------------------------------------------------------------
    def verify(self, user: UserSession) -> VerifyReport:
        """Key file, schema and its objects, audit chain and tail, cipher settings, page
        integrity and structure, each reported (verify.py); the result is audited."""
        if not (user.principal.can(Action.AUDIT_VIEW) or
                user.principal.can(Action.BACKUP_MANAGE)):
            raise PermissionDenied
        result = Verifier(self.vault).run()
        try:
            with self.vault.session() as db, db.begin():
                audit.append(db, self.vault, user.principal, AuditAction.VERIFY, "vault", "",
                             "all checks passed" if result.ok else
                             "problems: " + ", ".join(c.name for c in result.problems))
        except (sqlc.dbapi.DatabaseError, VaultCorrupt):
            log.warning("verify: the result could not be audited (database damaged)")
        return result

    def verify_unopened(self, username: str, password: str) -> VerifyReport:
        """D2 when the login itself meets a damaged page (VaultCorrupt): the key file and every
        page, checked with the key this user's slot opens. Any account whose slot opens may run
        it (it holds the key already; the report names pages, never data); it cannot be audited,
        as the trail is in the damaged database, and is logged instead."""
        report = verify_unopened(self.vault, username, password)
        log.warning("verify on a database that does not open: %s",
                    ", ".join(c.name for c in report.problems) or "no page problem found")
        return report

    # -- backups ----------------------------------------------------------------------------
    def _backup_slots(self) -> list[str]:
        """Slots of active accounts allowed to manage backups: each can open the backup."""
        with self.vault.session() as db:
            rows = db.scalars(
                select(User.slot_id).join(Role).join(RoleAction).where(
                    RoleAction.action == str(Action.BACKUP_MANAGE), User.disabled.is_(False),
                    User.slot_id.is_not(None))
            ).all()
        return [r for r in rows if r]

    def _safety_backup(self, vault: Vault) -> None:
        slots = [vault.slot_id] if vault.slot_id else []
        vault.make_backup(vault.paths.backups, slots)

    def backup(self, user: UserSession, folder: Path | None = None) -> backup.BackupResult:
        """A verified backup (D3); the live vault is integrity-checked before and after (D2)."""
        policy.require(user.principal, Action.BACKUP_MANAGE)
        policy.require_recent_authentication(user.authenticated_at)
        if self.vault.integrity_problems():
            raise VaultCorrupt
        target = folder or self.vault.paths.backups
        result = self.vault.make_backup(target, self._backup_slots())
        if self.vault.integrity_problems():
            raise VaultCorrupt
        head = result.manifest["audit_head"]
        with self.vault.session() as db, db.begin():
            audit.append(db, self.vault, user.principal, AuditAction.BACKUP, "backup",
                         result.manifest["backup_id"], f"audit head #{head['id']} "
                         f"{head['mac'][:16]}; {result.manifest['db_bytes']} bytes")
        return result

    @property
    def default_backup_folder(self) -> Path:
        return self.vault.paths.backups

    @property
    def is_unlocked(self) -> bool:
        return self.vault.is_unlocked

    def list_backups(self, user: UserSession, folder: Path | None = None) -> list[BackupEntry]:
        """Backups found in a folder, newest first; files that are not backups are skipped."""
        policy.require(user.principal, Action.BACKUP_MANAGE)
        target = folder or self.vault.paths.backups
        found: list[BackupEntry] = []
        for path in sorted(target.glob(f"*{backup.SUFFIX}")) if target.is_dir() else []:
            try:
                m = backup.read_manifest(path)
                found.append(BackupEntry(path, str(m["backup_id"]), str(m["created"]),
                                         path.stat().st_size, int(m.get("case_count", 0)),
                                         int(m.get("user_count", 0)), int(m["audit_head"]["id"])))
            except (VaultError, KeyError, TypeError, ValueError, OSError):
                continue
        return sorted(found, key=lambda e: e.created, reverse=True)

    def verify_backup(self, user: UserSession, path: Path, password: str) -> dict[str, Any]:
        """Open a backup with the administrator's own slot and verify it completely (D3)."""
        policy.require(user.principal, Action.BACKUP_MANAGE)
        manifest = backup.read_manifest(path)
        key = self.backup_key_from_password(manifest, user.principal.username, password)
        work = Path(tempfile.mkdtemp(prefix=".verify-", dir=self.vault.paths.root))
        try:
            manifest, _ = backup.verify_backup(path, key, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        with self.vault.session() as db, db.begin():
            audit.append(db, self.vault, user.principal, AuditAction.VERIFY, "backup",
                         manifest["backup_id"], "backup verified")
        return manifest

    def security_info(self, user: UserSession) -> SecurityInfo:
        keyfile, kdf = self.vault.read_keyfile(), self.vault.config.kdf
        return SecurityInfo(
            self.vault.paths.root, keyfile.device_binding,
            crypto.fingerprint(keyfile.escrow.public) if keyfile.escrow else "",
            len(keyfile.slots), (kdf.memory_kib // 1024, kdf.time_cost, kdf.parallelism),
            sqlc.cipher_version())

    def backup_key_from_password(
        self, manifest: dict[str, Any], username: str, password: str
    ) -> bytes:
        """Open a backup with an administrator's own slot (the live one, else the snapshot's)."""
        return self.vault.slots.backup_key(manifest, username, password)

    def restore(self, user: UserSession, backup_path: Path, password: str) -> dict[str, Any]:
        """Restore a verified backup over the live vault; the vault is locked afterwards."""
        policy.require(user.principal, Action.BACKUP_MANAGE)
        manifest = backup.read_manifest(backup_path)
        key = self.backup_key_from_password(manifest, user.principal.username, password)
        user.authenticated_at = time.time()
        return self._restore(backup_path, key, manifest, user.principal.username)

    def restore_with_password(self, backup_path: Path, username: str, password: str
                              ) -> dict[str, Any]:
        """Restore onto a workstation whose vault is gone, with the key file saved in the backup."""
        manifest = backup.read_manifest(backup_path)
        key = self.backup_key_from_password(manifest, username, password)
        return self._restore(backup_path, key, manifest, username)

    def restore_with_escrow(self, backup_path: Path, escrow_private: bytes) -> dict[str, Any]:
        """Restore with the escrow key: after losing the workstation or every password."""
        manifest = backup.read_manifest(backup_path)
        key = backup.unseal_with_escrow(manifest, escrow_private)
        return self._restore(backup_path, key, manifest, "escrow")

    def _restore(self, path: Path, key: bytes, manifest: dict[str, Any], who: str) -> dict[str, Any]:
        """Verify first (the vault stays open if the backup is bad), then swap it in."""
        self.vault.acquire()
        self.vault.paths.ensure_root()
        work = Path(tempfile.mkdtemp(prefix=".precheck-", dir=self.vault.paths.root))
        try:
            backup.verify_backup(path, key, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        self.vault.restore_backup(path, key)
        with self.vault.session() as db, db.begin():
            audit.append(db, self.vault, None, AuditAction.RESTORE, "backup", manifest["backup_id"],
                         f"restored backup of {manifest['created']}", username=who)
        self.vault.lock()
        return manifest

    # -- key rotation and recovery ----------------------------------------------------------
    def rekey(self, user: UserSession) -> None:
        """K5: re-encrypt under a new DEK; every slot and the escrow slot are re-sealed."""
        policy.require(user.principal, Action.VAULT_REKEY)
        policy.require_recent_authentication(user.authenticated_at)
        slots = len(self.vault.read_keyfile().slots)
        self.vault.rekey()
        with self.vault.session() as db, db.begin():
            audit.append(db, self.vault, user.principal, AuditAction.KEY_ROTATION, "vault", "",
                         f"database re-encrypted; {slots} slot(s) and escrow re-sealed")

    def recover(self, escrow_private: bytes, admin_username: str, new_password: str) -> UserSession:
        """K7: with the escrow key, give an administrator a new password on this workstation."""
        self.vault.acquire()
        self.vault.unlock_with_escrow(escrow_private)
        accounts = AccountService(self.vault)
        try:
            with self.vault.session() as db, db.begin():
                user = find_user(db, admin_username)
                if user.role.code != "ADMINISTRATOR":
                    raise PermissionDenied("Recovery sets the password of an administrator only.")
                password = passwords.check(new_password, user.username, field="new_password")
                user.slot_id = self.vault.slots.add(user.username, password, bind=True)
                user.disabled, user.must_change_password = False, False
                db.flush()
                actor = policy.principal_of(user)
                accounts.audit_failures(db, actor)
                audit.append(db, self.vault, actor, AuditAction.RECOVERY, "user", user.id,
                             "administrator password set with the escrow key; rotate the key")
        except BaseException:
            self.vault.lock()
            raise
        return UserSession(actor, must_change_password=False)
