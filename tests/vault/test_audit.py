"""Audit trail: A1–A4."""

from __future__ import annotations

import logging

import pytest
import sqlcipher3

from desktop.services import audit
from desktop.services.accounts.service import NewUser
from desktop.vault.errors import WrongCredentials

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk


def tamper(desk: Desk, *statements: str) -> None:
    """What someone holding the key could do with a SQLite shell: drop the guard and edit."""
    with desk.vault.raw_connection() as c:
        c.execute("DROP TRIGGER audit_entries_no_update")
        c.execute("DROP TRIGGER audit_entries_no_delete")
        for statement in statements:
            c.execute(statement)


def some_history(desk: Desk) -> None:
    for name in ("maria", "jose", "ana.b"):
        desk.accounts.create_user(desk.admin, NewUser(name, name.title(), "CASE_WORKER", "HS"))


def test_a1_triggers_refuse_update_and_delete(desk: Desk) -> None:
    with desk.vault.raw_connection() as c:
        for statement in ("UPDATE audit_entries SET detail = 'x'", "DELETE FROM audit_entries",
                          "DELETE FROM audit_epochs"):
            with pytest.raises(sqlcipher3.dbapi2.DatabaseError, match="append-only"):
                c.execute(statement)


def test_a1_changed_entry_is_named(desk: Desk) -> None:
    some_history(desk)
    tamper(desk, "UPDATE audit_entries SET detail = 'role=SUPERVISOR' WHERE id = 4")
    report = desk.maintenance.verify(desk.admin)
    problems = {c.name: c.detail for c in report.problems}
    assert set(problems) == {"append-only triggers", "audit chain"}
    assert "entry 4 was changed" in problems["audit chain"]
    assert problems["append-only triggers"] == (
        "trigger audit_entries_no_delete is missing; trigger audit_entries_no_update is missing")


def test_a1_deleted_entry_is_named(desk: Desk) -> None:
    some_history(desk)
    tamper(desk, "DELETE FROM audit_entries WHERE id = 3")
    with desk.vault.session() as s:
        report = audit.verify(s, desk.vault)
    assert report.problem == "entry 3 is missing" and report.broken_id == 3


def test_a1_reordered_entries_are_named(desk: Desk) -> None:
    some_history(desk)
    tamper(
        desk,
        "UPDATE audit_entries SET id = 1000 WHERE id = 4",
        "UPDATE audit_entries SET id = 4 WHERE id = 5",
        "UPDATE audit_entries SET id = 5 WHERE id = 1000",
    )
    with desk.vault.session() as s:
        report = audit.verify(s, desk.vault)
    assert report.broken_id == 4 and "reordered" in report.problem


def test_a1_chain_survives_rotation_backup_and_restore(desk: Desk) -> None:
    some_history(desk)
    desk.maintenance.rekey(desk.admin)
    result = desk.maintenance.backup(desk.admin)
    desk.maintenance.rekey(desk.admin)
    desk.maintenance.restore(desk.admin, result.path, ADMIN_PASSWORD)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    with desk.vault.session() as s:
        report = audit.verify(s, desk.vault)
        epochs = s.execute(sqlc_text("SELECT count(*) FROM audit_epochs")).scalar()
    assert report.ok and epochs >= 4
    desk.accounts.logout(session)


def sqlc_text(statement: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(statement)


def test_a2_events_are_audited(desk: Desk) -> None:
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))
    desk.accounts.update_user(desk.admin, "maria", role_code="SUPERVISOR")
    desk.accounts.reset_user(desk.admin, "maria")
    desk.accounts.reauthenticate(desk.admin, ADMIN_PASSWORD)
    desk.maintenance.backup(desk.admin)
    desk.maintenance.rekey(desk.admin)
    desk.accounts.lock(desk.admin)
    desk.accounts.unlock(desk.admin, ADMIN_PASSWORD)
    desk.accounts.disable_user(desk.admin, "maria")
    desk.accounts.logout(desk.admin)
    with pytest.raises(WrongCredentials):
        desk.login(ADMIN, "wrong password here")
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    with desk.vault.session() as s:
        actions = {e.action for e in audit.entries(s)}
    assert {"vault.create", "user.create", "role.change", "user.reset", "reauthenticate",
            "backup", "key.rotate", "lock", "unlock", "user.disable", "logout", "login",
            "login.failed"} <= actions
    desk.accounts.logout(session)


def test_a3_backup_manifest_carries_the_chain_head(desk: Desk) -> None:
    some_history(desk)
    result = desk.maintenance.backup(desk.admin)
    with desk.vault.session() as s:
        entries = audit.entries(s, limit=5000)
    head = result.manifest["audit_head"]
    backup_entry = next(e for e in entries if e.action == "backup")
    assert head["id"] == backup_entry.id - 1
    assert head["mac"][:16] in backup_entry.detail
    # truncation after the backup is detectable: the live chain no longer reaches that head
    with desk.vault.raw_connection() as c:
        row = c.execute("SELECT mac FROM audit_entries WHERE id = ?", (head["id"],)).fetchone()
    assert row[0] == head["mac"]


def test_a4_logs_carry_no_names_or_secrets(desk: Desk, caplog, run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    run_cli("init", "--admin", "jose.log", "--name", "José Canary-Logname", "--escrow-out",
            str(tmp_path / "esc"), "--password-stdin", "--no-device-binding",
            stdin="Canary-Password-Zebra-42\nescrow passphrase long\n"
                  "Canary-Password-Zebra-42\nescrow passphrase long\n")
    run_cli("verify", "-u", "jose.log", "--password-stdin", stdin="wrong-password-canary\n")
    text = caplog.text + "".join(
        p.read_text(errors="replace") for p in (tmp_path / "clivault" / "logs").glob("*"))
    for secret in ("Canary-Logname", "Canary-Password", "wrong-password-canary", "escrow pass"):
        assert secret not in text
    assert desk.vault._dek_copy().hex() not in text
