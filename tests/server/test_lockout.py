"""U4 on the office server: the login gate counts failed logins, makes the wait grow, locks the
role after 10, audits every failure at the next login, and only an administrator opens it again.
The server decides all of it: the tests speak to it as a modified client would, with raw psycopg
connections as the gate role and as the user, beside the application's own path. Time passes by
moving the gate's recorded times back (as the vault's tests advance a fake clock)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from desktop.server.gate_sql import GATE_PASSWORD, MAX_OPEN_ATTEMPTS
from desktop.services.accounts.users import NewUser
from desktop.services.audit import AuditService
from desktop.services.errors import AccountDisabled, WrongCredentials
from desktop.vault.slots import failure_delay

from ..conftest import ADMIN
from .world import ServerDesk, lock, make_server_desk, time_passes

PASSWORD = "Mango season in Cayo 2026"


@pytest.fixture
def server(pg_cluster) -> Iterator[ServerDesk]:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    desk.accounts.create_user(desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"),
                              known_password=PASSWORD)
    yield desk
    desk.close()


def gate(desk: ServerDesk, function: str, argument: str) -> Any:
    """One call of the gate as its own role, as any client (a modified one too) can make it."""
    args = desk.profile.connect_args(desk.names.gate, GATE_PASSWORD)
    with psycopg.connect(**args, autocommit=True) as c:
        return c.execute(f"SELECT * FROM casedesk.{function}(%s)", [argument]).fetchone()


def failures_of(desk: ServerDesk, username: str) -> int:
    with desk.superuser() as c:
        row = c.execute("SELECT failures FROM casedesk_private.login_gate WHERE account = %s",
                        [username]).fetchone()
    return int(row[0]) if row else 0


def test_u4_ten_wrong_passwords_lock_the_role(server: ServerDesk) -> None:
    _, accounts = server.client()
    for attempt in range(1, 10):
        with pytest.raises(WrongCredentials):
            accounts.login("maria", f"wrong password number {attempt}")
        assert failures_of(server, "maria") == attempt
        time_passes(server, "maria")
    with pytest.raises(AccountDisabled, match="Wrong password. After 10 failed logins"):
        accounts.login("maria", "wrong password number 10")
    with pytest.raises(AccountDisabled, match="administrator"):
        accounts.login("maria", PASSWORD)
    with pytest.raises(AccountDisabled):
        server.raw("maria", PASSWORD)  # the gate says locked
    with pytest.raises(psycopg.OperationalError):  # and the role itself refuses the password
        server.bare("maria", PASSWORD)
    with server.superuser() as c:
        assert c.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                         [server.names.login_role("maria")]).fetchone() == (False,)
    assert gate(server, "login_begin", "maria")[:1] == ("locked",)


def test_u4_the_server_computes_a_growing_delay(server: ServerDesk) -> None:
    waits = []
    for n in range(1, 10):
        verdict, _, failures, attempt = gate(server, "login_begin", "maria")
        assert verdict == "open" and failures == n - 1 and attempt
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            server.bare("maria", f"wrong password number {n}")
        verdict, wait, failures = gate(server, "login_failed", attempt)
        assert failures == n
        waits.append(wait)
        if wait > 0:  # no window opens before the wait is served, whatever the client does
            refused = gate(server, "login_begin", "maria")
            assert refused[0] == "wait" and 0 < refused[1] <= wait and refused[3] is None
            with pytest.raises(psycopg.OperationalError):
                server.bare("maria", PASSWORD)
        time_passes(server, "maria")
    assert [round(w) for w in waits] == [failure_delay(n) for n in range(1, 10)]
    assert waits[:2] == [0, 0] and waits[2:] == sorted(waits[2:]) and waits[-1] > waits[2]


def test_u4_a_client_that_skips_the_gate_gains_nothing(server: ServerDesk) -> None:
    """The password works only in a window the gate opened; an attempt not settled by a
    success counts as a failure, even when the connection itself succeeded."""
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        server.bare("maria", PASSWORD)
    gate(server, "login_begin", "maria")
    with pytest.raises(psycopg.OperationalError):
        server.bare("maria", "a wrong guess, never reported")
    time_passes(server, "maria")
    assert gate(server, "login_begin", "maria")[2] == 1
    server.bare("maria", PASSWORD).close()  # in the window, but no success call follows
    time_passes(server, "maria")
    _, accounts = server.client()
    accounts.logout(accounts.login("maria", PASSWORD))  # counts it first, then resets the count
    with server.superuser() as c:
        assert c.execute("SELECT count(*) FROM audit_entries WHERE action = 'login.failed' "
                         "AND username = 'maria'").fetchone() == (2,)
    assert failures_of(server, "maria") == 0
    assert gate(server, "login_begin", "maria")[:3] == ("open", 0, 0)


def test_u4_a_flood_of_attempts_is_capped_and_counts_at_most_ten(server: ServerDesk) -> None:
    """Attempts open at once for one account are capped (6 without failures, as a session's
    pool may open them; one at a time after a failure, so the growing wait falls between them),
    and a flood counts no more than 10 failures."""
    opened = [gate(server, "login_begin", "maria") for _ in range(MAX_OPEN_ATTEMPTS)]
    assert all(answer[0] == "open" for answer in opened)
    flooded = gate(server, "login_begin", "maria")
    assert flooded[0] == "wait" and flooded[3] is None and 0 < flooded[1] <= 15
    time_passes(server, "maria")
    assert gate(server, "login_begin", "maria")[:3] == ("wait", pytest.approx(16, abs=1), 6)
    for failures in range(6, 10):
        time_passes(server, "maria")
        assert gate(server, "login_begin", "maria")[:3] == ("open", 0, failures)
        again = gate(server, "login_begin", "maria")  # one at a time now
        assert again[0] == "wait" and again[2] == failures
        time_passes(server, "maria")
        gate(server, "login_begin", "maria")  # counts the attempt: a wait, or the lock
    assert gate(server, "login_begin", "maria")[0] == "locked"
    assert failures_of(server, "maria") == 10
    with server.superuser() as c:
        assert c.execute("SELECT count(*) FROM casedesk_private.login_failures "
                         "WHERE account = 'maria'").fetchone() == (10,)


def test_u4_failures_are_audited_at_the_next_login_and_the_chain_verifies(
        server: ServerDesk) -> None:
    _, accounts = server.client()
    for attempt in range(1, 4):
        with pytest.raises(WrongCredentials):
            accounts.login("maria", f"wrong password number {attempt}")
    time_passes(server, "maria")
    maria = accounts.login("maria", PASSWORD)
    with server.superuser() as c:
        entries = c.execute("SELECT action, username, record_id, detail FROM audit_entries "
                            "ORDER BY id").fetchall()
        assert c.execute("SELECT count(*) FROM casedesk_private.login_failures").fetchone() == (0,)
    failed = [e for e in entries if e[0] == "login.failed"]
    assert [e[3].rsplit("; ", 1)[1] for e in failed] == [
        f"consecutive failures {n}" for n in (1, 2, 3)]
    assert all(e[1] == "maria" and e[2] == str(maria.principal.user_id)
               and e[3].startswith("failed login at 20") for e in failed)
    assert entries[-1][:2] == ("login", "maria") and entries[-4:-1] == failed
    report = AuditService(server.store).verify(server.admin)
    assert report.ok and report.checked == len(entries)
    accounts.logout(maria)


def test_u4_the_administrator_reset_reenables_a_locked_account(server: ServerDesk) -> None:
    _, accounts = server.client()
    lock(server, accounts, "maria")
    temporary = server.accounts.reset_user(server.admin, "maria")
    assert failures_of(server, "maria") == 0
    maria = accounts.login("maria", temporary)
    assert maria.must_change_password
    accounts.logout(maria)
    with server.superuser() as c:  # the password closes again behind the session
        valid = c.execute("SELECT rolcanlogin, rolvaliduntil < now() FROM pg_roles "
                          "WHERE rolname = %s", [server.names.login_role("maria")]).fetchone()
    assert valid == (True, True)


def test_u4_a_user_cannot_reset_or_unlock_itself(server: ServerDesk) -> None:
    server.accounts.create_user(server.admin, NewUser("rosa", "Rosa Pop", "CASE_WORKER", "HS"),
                                known_password=PASSWORD)
    scram = "SCRAM-SHA-256$4096:c2FsdA==$eA==:eA=="
    early = server.raw("maria", PASSWORD)  # a session of maria's open before her lock
    _, accounts = server.client()
    lock(server, accounts, "maria")
    with early:
        early.execute("SELECT casedesk.login_succeeded('')")  # a success call of an old session
        early.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            early.execute("ALTER ROLE CURRENT_USER LOGIN VALID UNTIL 'infinity'")
    assert gate(server, "login_begin", "maria")[0] == "locked"
    for statement in ("SELECT casedesk.reset_login('maria', %s)",
                      "SELECT casedesk.create_login('maria', %s)"):
        with server.raw("rosa", PASSWORD) as c, pytest.raises(
                psycopg.errors.InsufficientPrivilege):
            c.execute(statement, [scram])
    for statement in ("ALTER ROLE CURRENT_USER VALID UNTIL 'infinity'",
                      "SELECT casedesk.login_settle('rosa', NULL)",
                      "SELECT * FROM casedesk_private.login_gate"):
        with server.raw("rosa", PASSWORD) as c, pytest.raises(
                psycopg.errors.InsufficientPrivilege):
            c.execute(statement)
    args = server.profile.connect_args(server.names.gate, GATE_PASSWORD)
    for statement in ("SELECT casedesk.reset_login('maria', 'SCRAM-SHA-256$x')",
                      "SELECT casedesk.login_succeeded('')", "SELECT count(*) FROM users",
                      "SELECT casedesk.audit_append('login', 'user', '1', 'forged')"):
        with psycopg.connect(**args) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute(statement)
    with pytest.raises(AccountDisabled):
        accounts.login("maria", PASSWORD)


def test_u4_server_check_reports_the_gate(server: ServerDesk, run_cli) -> None:  # type: ignore[no-untyped-def]
    def check() -> Any:
        return run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)

    done = check()
    assert done.code == 0, done.out + done.err
    for line in ("ok    login gate functions: login_begin, login_failed, login_succeeded",
                 f"ok    login gate role: {server.names.gate} may call only",
                 "ok    passwords work only through the gate",
                 "ok    refused passwords delayed (auth_delay): 200 ms per refused password"):
        assert line in done.out
    began = time.monotonic()  # every refused password costs its guesser the delay (a bound)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        server.bare("maria", "a guess inside no window")
    assert time.monotonic() - began >= 0.2
    with server.superuser() as c:
        c.execute("ALTER SYSTEM SET auth_delay.milliseconds = 0")
        c.execute("SELECT pg_reload_conf()")
    try:
        for _ in range(50):  # the reload reaches new sessions within moments
            if "FAIL  refused passwords delayed (auth_delay): auth_delay is not loaded or 0" \
                    in (done := check()).out:
                break
            time.sleep(0.1)
        assert done.code == 1
    finally:
        with server.superuser() as c:
            c.execute("ALTER SYSTEM RESET auth_delay.milliseconds")
            c.execute("SELECT pg_reload_conf()")
        for _ in range(50):  # back for the other tests on this cluster
            with server.superuser() as c:
                if c.execute("SELECT setting FROM pg_settings WHERE name = "
                             "'auth_delay.milliseconds'").fetchone() == ("200",):
                    break
            time.sleep(0.1)
    role = server.names.login_role("maria")
    with server.superuser() as c:
        c.execute(f'ALTER ROLE "{role}" VALID UNTIL \'infinity\'')
        c.execute(f'GRANT EXECUTE ON FUNCTION casedesk.reset_login(text, text) '
                  f'TO "{server.names.gate}"')
    done = check()
    assert done.code == 1
    assert f"FAIL  passwords work only through the gate: valid without the gate: {role}" \
        in done.out
    assert f"FAIL  login gate role: {server.names.gate} reaches reset_login" in done.out
    upgraded = run_cli("server", "upgrade", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert upgraded.code == 0, upgraded.err
    assert check().code == 0  # upgrade puts the gate back as it must be


def test_u4_the_server_administrator_resets_a_locked_out_administrator(  # type: ignore[no-untyped-def]
        server: ServerDesk, run_cli) -> None:
    """When the only CaseDesk administrator is locked, the server administrator's command
    issues a temporary password (the server's counterpart of `casedesk recover`)."""
    server.accounts.logout(server.admin)
    _, accounts = server.client()
    lock(server, accounts, ADMIN)
    done = run_cli("server", "reset-user", "--dsn", server.dsn, "--prefix", server.names.prefix,
                   ADMIN)
    assert done.code == 0, done.err
    temporary = done.out.rsplit(": ", 1)[1].strip()
    admin = accounts.login(ADMIN, temporary)
    assert admin.must_change_password
    with server.superuser() as c:
        entry = c.execute("SELECT action, username, detail FROM audit_entries "
                          "WHERE action = 'user.reset' ORDER BY id DESC LIMIT 1").fetchone()
    assert entry[1] == "server administrator" and "server administrator" in entry[2]
    failed = run_cli("server", "reset-user", "--dsn", server.dsn, "--prefix",
                     server.names.prefix, "nobody.here")
    assert failed.code == 1 and "No account has that username" in failed.err
    accounts.logout(admin)
