"""`casedesk verify` names every fault it can see: damaged pages, even those the login reads (D2),
missing or altered triggers, indexes and tables (A1, D2), and a truncated audit tail (A3)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.accounts.service import AccountService, NewUser
from desktop.services.maintenance.service import MaintenanceService
from desktop.vault import engine as sqlc
from desktop.vault.errors import VaultCorrupt, WrongCredentials
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

from ..cli.test_cli import run_installed
from ..conftest import ADMIN, ADMIN_PASSWORD, Desk, EscrowPair

P = ADMIN_PASSWORD + "\n"


def some_history(desk: Desk) -> None:
    for name in ("maria", "jose", "ana.b"):
        desk.accounts.create_user(desk.admin, NewUser(name, name.title(), "CASE_WORKER", "HS"))


def checks_of(desk: Desk, session=None) -> dict[str, tuple[bool, str]]:  # type: ignore[no-untyped-def]
    report = desk.maintenance.verify(session or desk.admin)
    return {c.name: (c.ok, c.detail) for c in report.checks}


def root_page(desk: Desk, table: str) -> int:
    with desk.vault.raw_connection() as c:
        sqlc.checkpoint(c)
        if table == "sqlite_master":
            return 1
        return int(c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                             (table,)).fetchone()[0])


def flip(path: Path, page: int, offset: int = 300) -> None:
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * 4096 + offset)
        value = handle.read(1)
        handle.seek((page - 1) * 4096 + offset)
        handle.write(bytes([value[0] ^ 0xFF]))


@pytest.fixture
def unbound(tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair) -> Iterator[Desk]:
    """A vault without device binding, which the installed script opens with its own config."""
    paths = VaultPaths(tmp_path / "unbound")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    session = accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public,
                                    device_binding=False)
    desk = Desk(paths, config, vault, accounts, MaintenanceService(vault), session, escrow_pair)
    yield desk
    desk.vault.release()


# -- D2: damaged pages, including those the login reads ----------------------------------------
LOGIN_READS = ["sqlite_master", "vault_identity", "alembic_version", "roles", "users",
               "audit_entries", "audit_epochs"]


@pytest.mark.parametrize("table", LOGIN_READS)
def test_d2_damaged_page_that_login_reads_is_named(desk: Desk, run_cli, table: str) -> None:  # type: ignore[no-untyped-def]
    page = root_page(desk, table)
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    flip(desk.paths.database, page)
    damaged = desk.paths.database.read_bytes()
    again = desk.reopen()
    with pytest.raises(VaultCorrupt, match="page integrity check"):
        again.login(ADMIN, ADMIN_PASSWORD)
    assert not again.vault.is_unlocked
    again.vault.release()
    result = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P, data_dir=desk.paths.root)
    assert result.code == 1
    lines = result.out.splitlines()
    assert f"FAIL  page integrity (HMAC): HMAC verification failed for page {page}" in lines
    assert "ok    key file: 1 key slot(s); escrow slot present; device binding on" in lines
    assert "skip  audit chain: not checked: the database does not open past its damaged " \
           "pages" in lines
    assert result.err.startswith("casedesk: verification failed: page integrity (HMAC)")
    assert "unexpected error" not in result.err and result.err.count("\n") == 1
    assert desk.paths.database.read_bytes() == damaged  # reported, never repaired
    wrong = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin="not it at all\n",
                    data_dir=desk.paths.root)
    assert wrong.err == "casedesk: Wrong username or password.\n"  # the slot still decides


def test_d2_damaged_page_met_after_login_is_a_named_vault_fault(desk: Desk) -> None:
    """Any query that meets a damaged page raises the page-integrity VaultCorrupt (which the
    screens translate), never a bare DatabaseError."""
    page = root_page(desk, "settings")
    desk.accounts.logout(desk.admin)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    desk.vault.engine.dispose()  # no page cached
    flip(desk.paths.database, page)
    from sqlalchemy import text

    with pytest.raises(VaultCorrupt, match="casedesk verify"), desk.vault.session() as db:
        db.execute(text("SELECT * FROM settings")).all()
    checks = checks_of(desk, session)
    assert checks["page integrity (HMAC)"] == (
        False, f"HMAC verification failed for page {page}")
    desk.accounts.logout(session)


@pytest.mark.slow
def test_d2_sqlcipher_log_never_reaches_the_terminal(unbound: Desk) -> None:
    """The installed script, on a vault whose users table is damaged: one line per problem on
    the terminal, none of SQLCipher's own (it writes to file descriptor 2 itself)."""
    page = root_page(unbound, "users")
    unbound.accounts.logout(unbound.admin)
    unbound.vault.release()
    flip(unbound.paths.database, page)
    done = run_installed("verify", "-u", ADMIN, "--password-stdin", "--data-dir",
                         str(unbound.paths.root), stdin=P)
    assert done.returncode == 1
    assert done.stderr == "casedesk: verification failed: page integrity (HMAC)\n"
    assert f"FAIL  page integrity (HMAC): HMAC verification failed for page {page}\n" \
           in done.stdout
    for noise in ("sqlcipher", "ERROR CORE", "hmac check failed", "Traceback"):
        assert noise not in done.stdout + done.stderr


# -- A1 / D2: schema objects --------------------------------------------------------------------
TAMPERING = {
    "dropped trigger": (["DROP TRIGGER audit_epochs_no_delete"], "append-only triggers",
                        "trigger audit_epochs_no_delete is missing"),
    "neutralised trigger": (
        ["DROP TRIGGER audit_entries_no_update",
         "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries WHEN 0 "
         "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"],
        "append-only triggers", "trigger audit_entries_no_update differs from what the "
                                "migrations create"),
    "added trigger": (["CREATE TRIGGER copy_out AFTER INSERT ON audit_entries BEGIN SELECT 1; END"],
                      "append-only triggers", "unexpected trigger copy_out on audit_entries"),
    "dropped index": (["DROP INDEX ix_audit_entries_at"], "schema objects",
                      "index ix_audit_entries_at is missing"),
    "added table": (["CREATE TABLE loot (x TEXT)"], "schema objects", "unexpected table loot"),
}


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_a1_d2_missing_or_altered_schema_object_is_named(desk: Desk, case: str) -> None:
    statements, check, problem = TAMPERING[case]
    assert checks_of(desk)[check][0]
    with desk.vault.raw_connection() as c:
        for statement in statements:
            c.execute(statement)
    report = desk.maintenance.verify(desk.admin)
    assert [c.name for c in report.problems] == [check]
    assert problem in report.problems[0].detail


def test_a1_schema_is_as_built_after_rotation_backup_and_restore(desk: Desk) -> None:
    """sqlcipher_export rebuilds the schema from its SQL: nothing may look altered after it."""
    some_history(desk)
    desk.maintenance.rekey(desk.admin)
    result = desk.maintenance.backup(desk.admin)
    desk.maintenance.restore(desk.admin, result.path, ADMIN_PASSWORD)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    report = desk.maintenance.verify(session)
    assert report.ok, report.problems
    desk.accounts.logout(session)


# -- A3: truncation of the audit tail -----------------------------------------------------------
def truncate(desk: Desk, keep: int) -> None:
    """What a key holder with a SQLite shell can do: drop the guards, cut the tail, put the
    guards back exactly as they were (so the schema check has nothing to see)."""
    with desk.vault.raw_connection() as c:
        sql = dict(c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                             "tbl_name = 'audit_entries'").fetchall())
        for name in sql:
            c.execute(f"DROP TRIGGER {name}")
        c.execute("DELETE FROM audit_entries WHERE id > ?", (keep,))
        for statement in sql.values():
            c.execute(statement)


def last_entry(desk: Desk) -> int:
    with desk.vault.raw_connection() as c:
        return int(c.execute("SELECT max(id) FROM audit_entries").fetchone()[0])


def test_a3_truncated_tail_shows_against_the_head_kept_at_lock(desk: Desk) -> None:
    some_history(desk)
    desk.accounts.logout(desk.admin)  # the lock keeps the head in the key file
    recorded = json.loads(desk.paths.keyfile.read_text())["audit_head"]
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    assert recorded["id"] == last_entry(desk) - 1  # the login came after it
    truncate(desk, recorded["id"] - 3)
    checks = checks_of(desk, session)
    assert checks["audit chain"][0]  # what is left still chains: the chain alone cannot see it
    ok, detail = checks["audit tail"]
    assert not ok
    cut = recorded["id"] - 3
    assert detail == (f"the trail ends at #{cut}, but the lock of {recorded['at']} recorded "
                      f"#{recorded['id']}: entries #{cut + 1}–#{recorded['id']} were removed "
                      "(truncated, or the database was put back from an older copy)")
    assert checks["append-only triggers"][0]
    desk.accounts.logout(session)  # new entries refill the ids; the lock keeps the old record
    assert json.loads(desk.paths.keyfile.read_text())["audit_head"] == recorded
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    ok, detail = checks_of(desk, session)["audit tail"]
    assert not ok
    assert detail == f"entry #{recorded['id']} is not the one the lock of {recorded['at']} recorded"
    desk.accounts.logout(session)


def test_a3_database_put_back_from_an_older_copy_shows(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    older = desk.paths.root.parent / "older.db"
    shutil.copy(desk.paths.database, older)
    again = desk.reopen()
    session = again.login(ADMIN, ADMIN_PASSWORD)
    some_history(Desk(again.paths, again.config, again.vault, again.accounts,
                      again.maintenance, session, again.escrow))
    again.accounts.logout(session)
    head = json.loads(desk.paths.keyfile.read_text())["audit_head"]["id"]
    again.vault.release()
    shutil.copy(older, desk.paths.database)  # no key needed for this
    third = desk.reopen()
    session = third.login(ADMIN, ADMIN_PASSWORD)
    ok, detail = {c.name: (c.ok, c.detail) for c in third.maintenance.verify(session).checks}[
        "audit tail"]
    assert not ok
    assert f"recorded #{head}: entries #" in detail and "put back from an older copy" in detail
    third.accounts.logout(session)
    third.vault.release()


def test_a3_backup_manifest_head_still_shows_truncation_without_the_key_file_record(
        desk: Desk) -> None:
    some_history(desk)
    result = desk.maintenance.backup(desk.admin)
    head = result.manifest["audit_head"]["id"]
    truncate(desk, head - 2)
    data = json.loads(desk.paths.keyfile.read_text())
    data["audit_head"] = None  # the attacker also removes the record in the key file
    desk.paths.keyfile.write_text(json.dumps(data))
    ok, detail = checks_of(desk)["audit tail"]
    assert not ok and f"backup {result.path.name} recorded #{head}" in detail


def test_a3_forged_head_record_is_named(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    data = json.loads(desk.paths.keyfile.read_text())
    data["audit_head"]["id"] += 40  # claims a longer trail: a false alarm it cannot raise
    desk.paths.keyfile.write_text(json.dumps(data))
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    ok, detail = checks_of(desk, session)["audit tail"]
    assert not ok and "does not authenticate with this database's key" in detail
    desk.accounts.logout(session)


def test_a3_restore_rotation_and_backups_are_not_truncation(desk: Desk) -> None:
    some_history(desk)
    first = desk.maintenance.backup(desk.admin)
    desk.accounts.create_user(desk.admin, NewUser("later", "Later", "CASE_WORKER", "HS"))
    desk.maintenance.backup(desk.admin)  # a newer backup whose head the restore gives up
    desk.maintenance.rekey(desk.admin)
    desk.maintenance.restore(desk.admin, first.path, ADMIN_PASSWORD)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    desk.maintenance.rekey(session)
    ok, detail = checks_of(desk, session)["audit tail"]
    assert ok, detail
    desk.accounts.logout(session)
    session = desk.login(ADMIN, ADMIN_PASSWORD)  # the head kept at that lock, across epochs
    ok, detail = checks_of(desk, session)["audit tail"]
    assert ok and "the lock of" in detail, detail
    desk.accounts.logout(session)


def test_a3_wrong_password_on_a_damaged_vault_is_still_refused(desk: Desk) -> None:
    page = root_page(desk, "users")
    desk.accounts.logout(desk.admin)
    flip(desk.paths.database, page)
    with pytest.raises(WrongCredentials):
        desk.maintenance.verify_unopened(ADMIN, "wrong password entirely")
