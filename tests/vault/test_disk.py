"""Data on disk: D1–D5, and the canary test."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from desktop.services.accounts.service import NewUser
from desktop.vault import backup
from desktop.vault.errors import BackupInvalid, VaultCorrupt, VaultInUse
from desktop.vault.vault import Vault

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk


def files_under(*roots: Path) -> list[Path]:
    """Every file below these folders; other processes' files may vanish while we walk."""
    found = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_file():
                        found.append(path)
                except OSError:  # vanished or unreadable meanwhile (another process's file)
                    continue
    return found


def _recent_small(path: Path, since: float) -> bool:
    try:
        info = path.stat()
    except OSError:  # removed meanwhile by another process
        return False
    return info.st_mtime > since and info.st_size < 50_000_000


def test_d1_canary_reaches_no_file(desk: Desk, tmp_path: Path) -> None:
    """A unique string stored through a service is found in no file the app touched."""
    canary = f"Canary{uuid.uuid4().hex[:12]}"
    desk.accounts.create_user(desk.admin, NewUser("canary.user", f"Rosa {canary} Pop",
                                                  "SUPERVISOR", "HS", 3))
    from desktop.services import policy
    from desktop.services.accounts.service import find_user
    from desktop.services.cases.reads import CaseReads
    from desktop.services.cases.sections import CaseSectionService
    from desktop.services.cases.service import CaseService, NewCase
    from desktop.services.user import UserSession

    with desk.vault.session() as s:
        supervisor = UserSession(policy.principal_of(find_user(s, "canary.user")),
                                 False)
    cases = CaseService(desk.vault)
    reads = CaseReads(desk.vault)
    case = cases.create(supervisor, NewCase(f"María {canary}", "Tzib", aliases=(f"La {canary}",)))
    cases.add_note(supervisor, case.id, f"Disclosure mentions {canary} twice: {canary}", 3)
    CaseSectionService(desk.vault).attach(supervisor, case.id, "note.txt", f"text {canary}".encode())
    assert reads.search(supervisor, canary.lower())[0].id == case.id
    desk.maintenance.backup(desk.admin)
    open_files = files_under(desk.paths.root)
    assert any(p.name.endswith("-wal") for p in open_files)  # checked while the WAL exists
    needles = (canary.encode(), canary.encode("utf-16-le"))
    for path in open_files:
        data = path.read_bytes()
        assert not any(n in data for n in needles), path.name
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    temp_root = Path(tempfile.gettempdir())
    since = time.time() - 600
    recent = [p for p in files_under(temp_root)
              if tmp_path not in p.parents and _recent_small(p, since)]
    for path in files_under(desk.paths.root, tmp_path) + recent:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        assert not any(n in data for n in needles), path


def test_d1_files_are_owner_only_with_wal_and_full_sync(desk: Desk) -> None:
    desk.accounts.create_user(desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))
    for path in files_under(desk.paths.root):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(desk.paths.root.stat().st_mode) == 0o700
    with desk.vault.raw_connection() as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert c.execute("PRAGMA temp_store").fetchone()[0] == 2


def flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        value = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([value[0] ^ 0xFF]))


def test_d2_tampered_page_is_reported_and_nothing_deleted(desk: Desk) -> None:
    desk.accounts.create_user(desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))
    with desk.vault.raw_connection() as c:
        page = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'settings'").fetchone()[0]
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.accounts.logout(desk.admin)
    flip_byte(desk.paths.database, (page - 1) * 4096 + 300)
    def damaged_page() -> bytes:
        return desk.paths.database.read_bytes()[(page - 1) * 4096 : page * 4096]

    damaged = damaged_page()
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    report = desk.maintenance.verify(session)
    assert not report.ok
    assert "page integrity (HMAC)" in [c.name for c in report.problems]
    with pytest.raises(VaultCorrupt, match="restore"):
        desk.maintenance.backup(session)
    desk.accounts.logout(session)
    assert damaged_page() == damaged  # reported, not repaired or dropped


def test_d2_damaged_first_page_says_restore_not_wrong_password(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    flip_byte(desk.paths.database, 100)
    with pytest.raises(VaultCorrupt, match="restore"):
        desk.login(ADMIN, ADMIN_PASSWORD)


def test_d3_backup_is_a_verified_encrypted_export(desk: Desk) -> None:
    result = desk.maintenance.backup(desk.admin)
    manifest = result.manifest
    assert {"created", "schema", "case_count", "audit_head", "db_sha256"} <= set(manifest)
    with zipfile.ZipFile(result.path) as archive:
        data = archive.read("vault.db")
    assert not data.startswith(b"SQLite format 3")
    assert backup.sha256_bytes(data) == manifest["db_sha256"]
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600


def test_d3_restore_of_a_corrupted_backup_is_refused_and_live_vault_untouched(
    desk: Desk, tmp_path: Path
) -> None:
    result = desk.maintenance.backup(desk.admin)
    corrupted = tmp_path / "corrupted.cdbackup"
    with zipfile.ZipFile(result.path) as source, zipfile.ZipFile(corrupted, "w") as target:
        target.writestr("manifest.json", source.read("manifest.json"))
        db = bytearray(source.read("vault.db"))
        db[len(db) // 2] ^= 0x55
        target.writestr("vault.db", bytes(db))
    desk.accounts.create_user(desk.admin, NewUser("after", "After Backup", "CASE_WORKER", "HS"))
    desk.vault.engine.dispose()
    live_db, live_keys = desk.paths.database.read_bytes(), desk.paths.keyfile.read_bytes()
    with pytest.raises(BackupInvalid, match="SHA-256"):
        desk.maintenance.restore(desk.admin, corrupted, ADMIN_PASSWORD)
    assert desk.paths.database.read_bytes() == live_db
    assert desk.paths.keyfile.read_bytes() == live_keys
    for junk in (b"not a zip", b"PK\x03\x04 broken"):
        bad = tmp_path / "junk.cdbackup"
        bad.write_bytes(junk)
        with pytest.raises(BackupInvalid):
            desk.maintenance.restore(desk.admin, bad, ADMIN_PASSWORD)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    assert any(u.username == "after" for u in desk.accounts.list_users(session))


def test_d3_restore_round_trip_and_onto_an_empty_workstation(desk: Desk, tmp_path: Path) -> None:
    result = desk.maintenance.backup(desk.admin)
    desk.accounts.create_user(desk.admin, NewUser("after", "After Backup", "CASE_WORKER", "HS"))
    desk.maintenance.restore(desk.admin, result.path, ADMIN_PASSWORD)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    assert [u.username for u in desk.accounts.list_users(session)] == [ADMIN]
    desk.accounts.logout(session)
    desk.vault.release()
    # the workstation's vault is lost; the escrow key brings the backup back
    offsite = tmp_path / "offsite.cdbackup"
    offsite.write_bytes(result.path.read_bytes())
    for path in files_under(desk.paths.root):
        path.unlink()
    fresh = desk.reopen()
    fresh.maintenance.restore_with_escrow(offsite, desk.escrow.private)
    session = fresh.login(ADMIN, ADMIN_PASSWORD)
    assert fresh.maintenance.verify(session).ok
    fresh.accounts.logout(session)
    fresh.vault.release()


def test_d4_second_instance_is_refused(desk: Desk) -> None:
    second = Vault(desk.paths, desk.config)
    with pytest.raises(VaultInUse, match="already open"):
        second.acquire()
    code = (
        "import sys; from filelock import FileLock, Timeout\n"
        f"lock = FileLock({str(desk.paths.lockfile)!r}, timeout=0)\n"
        "try:\n    lock.acquire()\nexcept Timeout:\n    sys.exit(3)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 3


WRITER = textwrap.dedent(
    """
    import sys, itertools
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from keyring_memory import MemoryKeyring
    from desktop.services.accounts.service import AccountService, NewUser
    from desktop.services import audit
    from desktop.services.audit import AuditAction
    from desktop.vault.device import DeviceSecrets
    from desktop.vault.paths import VaultPaths
    from desktop.vault.vault import Vault, VaultConfig
    vault = Vault(VaultPaths(Path({root!r})), VaultConfig.for_tests(DeviceSecrets(None)))
    accounts = AccountService(vault)
    session = accounts.login("admin", {password!r})
    print("ready", flush=True)
    for n in itertools.count():
        with vault.session() as s, s.begin():
            audit.append(s, vault, session.principal, AuditAction.VERIFY, "test", n, "tick")
    """
)


@pytest.mark.slow
def test_d5_killed_process_loses_at_most_the_transaction_in_flight(
    tmp_path: Path, config, escrow_pair  # type: ignore[no-untyped-def]
) -> None:
    from desktop.services.accounts.service import AccountService
    from desktop.vault.paths import VaultPaths

    paths = VaultPaths(tmp_path / "killed")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    accounts.logout(accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public,
                                          device_binding=False))
    vault.release()
    script = WRITER.format(tests=str(Path(__file__).parent.parent), root=str(paths.root),
                           password=ADMIN_PASSWORD)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"ready"
    time.sleep(1.5)
    os.kill(process.pid, 9)
    process.wait(timeout=30)
    from desktop.services.maintenance.service import MaintenanceService

    reopened = Vault(paths, config)
    maintenance = MaintenanceService(reopened)
    session = AccountService(reopened).login(ADMIN, ADMIN_PASSWORD)
    report = maintenance.verify(session)
    assert report.ok, [c.detail for c in report.problems]
    from desktop.services import audit

    with reopened.session() as s:
        ticks = [e for e in audit.entries(s, limit=5000) if e.detail == "tick"]
    assert len(ticks) > 5
    reopened.release()


def test_pending_migration_takes_a_safety_backup_first(tmp_path: Path, config, escrow_pair,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    """An older vault is backed up (verified) before its schema is upgraded on unlock."""
    from alembic import command

    from desktop.services import audit
    from desktop.services.accounts.service import AccountService
    from desktop.services.maintenance.service import MaintenanceService
    from desktop.vault import migrate
    from desktop.vault.paths import VaultPaths

    monkeypatch.setattr(migrate, "upgrade",
                        lambda connection: command.upgrade(migrate._config(connection), "0001"))
    paths = VaultPaths(tmp_path / "old")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    MaintenanceService(vault)
    accounts.logout(accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public))
    monkeypatch.undo()
    with vault.raw_connection() if vault.is_unlocked else _open_raw(vault) as c:
        assert migrate.current_revision_raw(c) == "0001"
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    backups = list(paths.backups.glob("*.cdbackup"))
    assert len(backups) == 1 and backup.read_manifest(backups[0])["schema"] == "0001"
    with vault.session() as s:
        assert any(e.action == "schema.migrate" for e in audit.entries(s))
    with vault.raw_connection() as c:
        assert migrate.current_revision_raw(c) == migrate.head_revision()
    accounts.logout(session)
    vault.release()


def _open_raw(vault: Vault):  # type: ignore[no-untyped-def]
    """The raw database of a locked vault, opened with the escrow-free test path (admin slot)."""
    import contextlib

    from desktop.vault import engine as sqlc
    from desktop.vault import keyfile as kf

    keyfile = vault.read_keyfile()
    slot = keyfile.slot_for(ADMIN)
    device = vault.config.device.read(keyfile.vault_id) if slot.bound else None
    _, dek = kf.open_slot(slot, ADMIN_PASSWORD, device)

    @contextlib.contextmanager
    def opened():  # type: ignore[no-untyped-def]
        connection = sqlc.connect(vault.paths.database, dek)
        try:
            yield connection
        finally:
            connection.close()

    return opened()
