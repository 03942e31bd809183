"""The vault: one SQLCipher database, its key file and its lock file, locked or unlocked.

`Vault` owns the database key (DEK) while unlocked and nothing else does: services get an engine
and sessions from it, and `lock()` disposes every connection and wipes the key buffer (U1, K2).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.store import AuditLog, CaseIndex, SecretStore

from . import backup, crypto, migrate, rotation, schema
from . import engine as sqlc
from . import keyfile as kf
from .audit_head import AuditHead
from .audit_log import ChainedAuditLog, start_chain
from .config import UnlockResult as UnlockResult  # re-exported: where callers import them
from .config import VaultConfig as VaultConfig
from .errors import (
    DatabaseMissing,
    DeviceSecretUnavailable,
    EscrowError,
    KeyFileCorrupt,
    KeyFileMissing,
    PageDamaged,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongCredentials,
)
from .paths import VaultPaths
from .search import Fts5Index
from .secrets import DatabaseSecrets
from .slots import KeySlots


class Vault:
    """The local backend of the storage seam (`desktop.storage.Store`) on a SQLCipher file."""

    backend = "sqlcipher"
    invalidates_statistics = True  # migration 0011's triggers keep the statistics cache current
    maintains_case_counts = True  # migration 0013's triggers keep the case counters current

    def __init__(self, paths: VaultPaths, config: VaultConfig) -> None:
        self.paths = paths
        self.config = config
        self._file_lock: FileLock | None = None
        self._dek: bytearray | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.slot_id: str | None = None
        self.memory_security = False  # the vault's setting, read on unlock (K2)
        self.before_migration: Callable[[Vault], None] | None = None
        self._audit = ChainedAuditLog(self._current_dek)
        self._search = Fts5Index()
        self._secrets = DatabaseSecrets()
        self.slots = KeySlots(self)
        self.audit_head = AuditHead(self)

    # -- instance lock (D4) ---------------------------------------------------------------
    def acquire(self) -> None:
        """Take the vault's lock file; a second process on the same vault is refused."""
        if self._file_lock is not None:
            return
        self.paths.ensure_root()
        lock = FileLock(str(self.paths.lockfile), timeout=0)
        try:
            lock.acquire()
        except Timeout as exc:
            raise VaultInUse from exc
        sqlc.restrict_permissions(self.paths.lockfile)
        self._file_lock = lock

    def release(self) -> None:
        self.lock()
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def __enter__(self) -> Vault:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- key file ---------------------------------------------------------------------------
    def read_keyfile(self) -> kf.KeyFile:
        """The key file; says which of the pair is missing when only one is there."""
        database, keys = self.paths.database.exists(), self.paths.keyfile.exists()
        if not (database or keys):
            raise VaultNotFound
        if not keys:
            raise KeyFileMissing
        if not database:
            raise DatabaseMissing
        return kf.read_keyfile(self.paths.keyfile)

    def write_keyfile(self, keyfile: kf.KeyFile) -> None:
        kf.write_keyfile(self.paths.keyfile, keyfile)

    # -- creation ---------------------------------------------------------------------------
    def create(
        self, admin_username: str, admin_password: str, escrow_public: bytes,
        *, device_binding: bool = True,
    ) -> str:
        """Create database and key file with the first administrator's slot; leaves it unlocked.

        Returns the administrator's slot id. Refuses to touch an existing vault (K3).
        """
        self.acquire()
        if self.paths.exists():
            raise VaultExists
        keyfile = kf.new_keyfile(device_binding)
        dek = crypto.random_key()
        try:
            device = (self.config.device.read_or_create(keyfile.vault_id)
                      if device_binding else None)
        except DeviceSecretUnavailable as exc:
            raise DeviceSecretUnavailable(
                "The system keyring is not available, so the vault cannot be bound to this "
                "workstation. Unlock or install a keyring (Secret Service, Credential Manager, "
                "Keychain), or create the vault with --no-device-binding (an audited choice)."
            ) from exc
        slot = kf.make_slot(keyfile, admin_username, admin_password, dek, self.config.kdf, device)
        keyfile.slots.append(slot)
        kf.seal_escrow(keyfile, escrow_public, dek)
        connection = sqlc.connect(self.paths.database, dek, create=True)
        try:
            for statement in schema.IDENTITY_DDL:
                connection.execute(statement)
            connection.execute("INSERT INTO vault_identity VALUES (?)", (keyfile.vault_id,))
        finally:
            connection.close()
        self.write_keyfile(keyfile)
        self._open(dek, keyfile, slot.slot_id, allow_backup=False)
        return slot.slot_id

    # -- unlocking --------------------------------------------------------------------------
    def unlock(self, username: str, password: str) -> UnlockResult:
        """Unlock with a user's password (and device secret for bound slots); U4 throttling."""
        self.acquire()
        keyfile = self.read_keyfile()
        slot, private, dek_bytes, device = self.slots.open(keyfile, username, password)
        keyfile, slot, private, dek_bytes = self._settle_rotation(
            keyfile, slot, private, dek_bytes, username, password, device
        )
        upgraded = slot.kdf.weaker_than(self.config.kdf)
        if upgraded:  # K4: re-wrap under the current policy while we hold the password
            new_slot = kf.make_slot(
                keyfile, username, password, dek_bytes, self.config.kdf, device,
                keypair=(private, slot.public), slot_id=slot.slot_id,
            )
            keyfile.replace_slot(new_slot)
            slot = new_slot
        slot.state = kf.SlotState()
        self.write_keyfile(keyfile)
        migrated = self._open(bytearray(dek_bytes), keyfile, slot.slot_id, allow_backup=True)
        return UnlockResult(slot.slot_id, upgraded, migrated)

    def inspect_pages(self, username: str, password: str) -> list[str]:
        """D2 when the database does not open far enough to log in: every page's HMAC and the
        structure, checked with the key this user's slot opens (a login's checks and throttling
        apply; the key is wiped afterwards). The vault stays locked."""
        self.acquire()
        keyfile = self.read_keyfile()
        slot, _, dek_bytes, _ = self.slots.open(keyfile, username, password)
        slot.state = kf.SlotState()
        self.write_keyfile(keyfile)
        dek = bytearray(dek_bytes)
        try:
            return sqlc.inspect_pages(self.paths.database, dek)
        finally:
            crypto.wipe(dek)

    def _settle_rotation(
        self, keyfile: kf.KeyFile, slot: kf.Slot, private: bytes, dek: bytes,
        username: str, password: str, device: bytes | None,
    ) -> tuple[kf.KeyFile, kf.Slot, bytes, bytes]:
        """If a key rotation was interrupted, continue with whichever key file opens the DB."""
        if not rotation.next_keyfile_path(self.paths).exists():
            return keyfile, slot, private, dek
        try:
            sqlc.connect(self.paths.database, dek).close()
        except WrongCredentials:
            pending = kf.read_keyfile(rotation.next_keyfile_path(self.paths))
            next_slot = pending.slot_for(username)
            if next_slot is None:
                raise KeyFileCorrupt from None
            try:
                private, dek = kf.open_slot(next_slot, password, device)
            except crypto.DecryptionFailed:
                raise KeyFileCorrupt from None
            sqlc.connect(self.paths.database, dek).close()
            rotation.finish_interrupted(self.paths, opens_with_current=False)
            return pending, next_slot, private, dek
        rotation.finish_interrupted(self.paths, opens_with_current=True)
        return keyfile, slot, private, dek

    def rekey(self) -> None:
        """Rotate the database key (K5); every slot and the escrow slot are re-sealed."""
        old_dek, slot_id = self._dek_copy(), self.slot_id
        self.lock()
        try:
            new_dek = rotation.rotate(self.paths, old_dek)
        except BaseException:
            self._open(bytearray(old_dek), self.read_keyfile(), slot_id, allow_backup=False)
            raise
        self._open(new_dek, self.read_keyfile(), slot_id, allow_backup=False)

    def unlock_with_dek(self, dek: bytes | bytearray, slot_id: str | None = None) -> None:
        """Unlock with a DEK obtained otherwise (escrow recovery, a restore put back)."""
        self.acquire()
        keyfile = self.read_keyfile()
        self._open(bytearray(dek), keyfile, slot_id, allow_backup=True)

    def unlock_with_escrow(self, escrow_private: bytes) -> None:
        """K7: unlock with the escrow private key (recovery after every password is lost)."""
        self.acquire()
        try:
            dek = kf.open_escrow(self.read_keyfile(), escrow_private)
        except crypto.DecryptionFailed as exc:
            raise EscrowError("This escrow key does not open this vault.") from exc
        self.unlock_with_dek(dek)

    def _open(
        self, dek: bytearray, keyfile: kf.KeyFile, slot_id: str | None, *, allow_backup: bool
    ) -> bool:
        try:
            connection = sqlc.connect(self.paths.database, dek)
        except WrongCredentials as exc:
            # The key was authenticated by its slot, so a refusal here means damage, not a typo.
            raise VaultCorrupt(
                "The vault database does not open with its key: its first page fails the page "
                "integrity check (HMAC), so the file is damaged or is another vault's database. "
                "Nothing was changed; run 'casedesk verify' to see which pages, and restore the "
                "latest backup."
            ) from exc
        try:
            row = connection.execute("SELECT vault_id FROM vault_identity").fetchone()
            memory_security = sqlc.memory_security_wanted(connection)
        except sqlc.dbapi.DatabaseError as exc:
            raise (PageDamaged() if sqlc.is_damage(exc) else VaultCorrupt()) from exc
        finally:
            connection.close()
        if row is None or row[0] != keyfile.vault_id:
            raise KeyFileCorrupt("The key file belongs to another vault.")
        self._dek, self.slot_id, self.memory_security = dek, slot_id, memory_security
        self._engine = sqlc.make_engine(self.paths.database, self._current_dek,
                                        memory_security=memory_security)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        try:
            return self._migrate(allow_backup)
        except BaseException:
            self._close()  # a damaged page met while migrating: no half-open vault
            raise

    def _migrate(self, allow_backup: bool) -> bool:
        with self.engine.connect() as conn:
            pending = migrate.is_pending(conn)
            fresh = migrate.current_revision(conn) is None
        if pending and not fresh and allow_backup and self.before_migration is not None:
            self.before_migration(self)
        if pending:
            with self.engine.begin() as conn:
                migrate.upgrade(conn)
                if fresh:
                    start_chain(conn)
        return pending and not fresh

    def _current_dek(self) -> bytearray:
        if self._dek is None:
            raise VaultLocked
        return self._dek

    # -- state ------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._dek is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked
        return self._engine

    def session(self) -> Session:
        if self._sessions is None:
            raise VaultLocked
        return self._sessions()

    @property
    def audit(self) -> AuditLog:
        return self._audit

    @property
    def search(self) -> CaseIndex:
        return self._search

    @property
    def secrets(self) -> SecretStore:
        return self._secrets

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[Any]:
        """A keyed DB-API connection outside the pool (exports, integrity checks)."""
        connection = sqlc.connect(self.paths.database, self._current_dek(),
                                  memory_security=self.memory_security)
        try:
            yield connection
        finally:
            connection.close()

    def _dek_copy(self) -> bytes:
        return bytes(self._current_dek())

    def recycle_connections(self) -> None:
        """Close the pooled connections (a bulk load starts each batch on a fresh one)."""
        self.engine.dispose()

    # -- backups (D3) -----------------------------------------------------------------------
    def make_backup(self, folder: Path, slot_ids: list[str]) -> backup.BackupResult:
        """A verified backup of the unlocked vault into `folder`, sealed to these slots and the
        escrow key."""
        return backup.make_backup(self.paths, self._dek_copy(), folder, slot_ids)

    def restore_backup(self, path: Path, key: bytes) -> None:
        """Swap a verified backup in; if that fails, the vault reopens as it was. Leaves the vault
        unlocked with the restored key."""
        old = self._dek_copy() if self.is_unlocked else None
        slot_id = self.slot_id
        self.lock()
        try:
            new_dek = backup.restore(self.paths, path, key)
        except BaseException:
            if old is not None:
                self.unlock_with_dek(old, slot_id)
            raise
        self.unlock_with_dek(new_dek)

    def lock(self) -> None:
        """Close every connection and wipe the key (U1); the lock file stays held. The audit
        chain head is written into the key file first (A3: truncation shows in verify)."""
        if self._engine is not None:
            self._optimize()
            self.audit_head.record()
        self._close()

    def _close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._sessions, self.slot_id = None, None, None
        if self._dek is not None:
            crypto.wipe(self._dek)
            self._dek = None

    def schema_problems(self) -> list[schema.SchemaProblem]:
        """Every table, index, trigger and view that differs from what the migrations create."""
        with self.raw_connection() as connection:
            return schema.compare(connection)

    def _optimize(self) -> None:
        """`PRAGMA optimize` on lock keeps the planner's statistics fresh as cases accumulate;
        a failure here must never stop the lock."""
        try:
            with self._engine.connect() as connection:  # type: ignore[union-attr]
                connection.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - best effort; the lock itself is what matters
            return

    def integrity_problems(self) -> list[str]:
        with self.raw_connection() as connection:
            return sqlc.integrity_problems(connection)
