"""The office server: init and check from the command line, accounts as login roles, TLS, the
server-held audit chain recomputed independently, concurrent edits, referrals as a change of
scope. Every test runs against the real PostgreSQL of `pg_cluster`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import psycopg
import pytest
from sqlalchemy import inspect, select

from desktop.models import Agency, Person
from desktop.models.cases import LEVEL2_GROUP
from desktop.server.audit_sql import GENESIS, entry_mac, message
from desktop.server.credentials import ServerCredentials
from desktop.server.errors import ServerCertificateInvalid
from desktop.server.search_sql import SEARCH_FUNCTION
from desktop.server.store import ServerStore
from desktop.server.tables import LEVEL2_PERSON_COLUMNS
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser
from desktop.services.audit import AuditService
from desktop.services.cases.conflicts import EditConflict
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import AccountDisabled, NotFound, WrongCredentials
from desktop.services.referrals.service import ReferralDraft, ReferralService

from ..conftest import ADMIN, ADMIN_PASSWORD
from .world import ServerDesk, make_server_desk

PASSWORD = "Mango season in Cayo 2026"


@pytest.fixture
def server(pg_cluster) -> Iterator[ServerDesk]:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    yield desk
    desk.close()


def staff(desk: ServerDesk, username: str, role: str, agency: str, level: int = 2
          ) -> tuple[ServerStore, object]:
    desk.accounts.create_user(desk.admin, NewUser(username, username.title(), role, agency, level),
                              known_password=PASSWORD)
    store, accounts = desk.client()
    return store, accounts.login(username, PASSWORD)


def test_init_and_check_from_the_command_line(pg_cluster, run_cli) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE cli_server")
    dsn = pg_cluster.admin_dsn("cli_server")
    done = run_cli("server", "init", "--dsn", dsn, "--prefix", "cli", "--admin", "chief",
                   "--name", "Chief Admin", "--password-stdin", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.code == 0, done.err
    assert "cli_chief" in done.out
    again = run_cli("server", "init", "--dsn", dsn, "--prefix", "cli", "--admin", "x",
                    "--name", "X", "--password-stdin", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert again.code == 1 and "already has tables" in again.err
    check = run_cli("server", "check", "--dsn", dsn, "--prefix", "cli")
    assert check.code == 0, check.out + check.err
    for line in ("ok    TLS: ssl = on", "ok    row-level security on every table",
                 "ok    audit function", "ok    audit chain: 2 entries verified",
                 "ok    network connections need TLS", "ok    schema version",
                 "ok    JIT off for this database"):
        assert line in check.out
    with psycopg.connect(dsn, autocommit=True) as conn:  # the check sees a table left open
        conn.execute("ALTER TABLE case_notes DISABLE ROW LEVEL SECURITY")
        conn.execute("ALTER DATABASE cli_server RESET jit")  # and JIT switched back on
        assert conn.execute("SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d "
                            "ON d.oid = s.setdatabase WHERE d.datname = 'cli_server'").fetchone() \
            == (0,)
    check = run_cli("server", "check", "--dsn", dsn, "--prefix", "cli")
    assert check.code == 1 and "FAIL  row-level security on every table: off on case_notes" in check.out
    assert "FAIL  JIT off for this database" in check.out


def test_accounts_are_login_roles(server: ServerDesk) -> None:
    info, temporary = server.accounts.create_user(
        server.admin, NewUser("rosa.pop", "Rosa Pop", "CASE_WORKER", "HS", 1))
    role = server.names.login_role("rosa.pop")
    with server.superuser() as c:
        login, verifier, member = c.execute(
            "SELECT rolcanlogin, rolpassword, pg_has_role(rolname, %s, 'MEMBER') FROM pg_authid "
            "WHERE rolname = %s", (server.names.member, role)).fetchone()
        assert login and member and verifier.startswith("SCRAM-SHA-256$")
        assert temporary not in verifier
    store, accounts = server.client()
    rosa = accounts.login("rosa.pop", temporary)
    assert rosa.must_change_password
    accounts.change_password(rosa, temporary, PASSWORD)
    accounts.logout(rosa)
    with pytest.raises(WrongCredentials):
        accounts.login("rosa.pop", temporary)
    rosa = accounts.login("rosa.pop", PASSWORD)
    accounts.reauthenticate(rosa, PASSWORD)
    with pytest.raises(WrongCredentials):
        accounts.reauthenticate(rosa, "not her password at all")
    accounts.logout(rosa)
    server.accounts.disable_user(server.admin, "rosa.pop")
    with pytest.raises(AccountDisabled):
        accounts.login("rosa.pop", PASSWORD)
    again = server.accounts.reset_user(server.admin, "rosa.pop")
    assert accounts.login("rosa.pop", again).must_change_password
    accounts.logout(accounts.login("rosa.pop", again))
    with server.raw("rosa.pop", again) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("SELECT casedesk.create_login('mallory', 'SCRAM-SHA-256$4096:x$y:z')")
    with server.raw("rosa.pop", again) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("UPDATE users SET level = 3 WHERE username = 'rosa.pop'")


def test_tls_is_verified_against_the_council_ca(server: ServerDesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ..server.cluster import make_certificates

    other_ca, _, _ = make_certificates(tmp_path)
    store = ServerStore(dataclasses.replace(server.profile, ca_file=str(other_ca)))
    with pytest.raises(ServerCertificateInvalid):
        AccountService(ServerCredentials(store)).login(ADMIN, ADMIN_PASSWORD)
    named = server.profile.connect_args(server.names.login_role(ADMIN), ADMIN_PASSWORD)
    with pytest.raises(psycopg.OperationalError, match="does not match host name"):
        psycopg.connect(**{**named, "host": "office.casedesk.invalid", "hostaddr": "127.0.0.1"})
    with pytest.raises(psycopg.OperationalError, match="pg_hba.conf rejects"):
        psycopg.connect(host=server.profile.host, port=server.profile.port, sslmode="disable",
                        dbname=server.database, user=server.names.login_role(ADMIN),
                        password=ADMIN_PASSWORD)
    with server.raw(ADMIN, ADMIN_PASSWORD) as c:
        assert c.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]


def test_audit_chain_is_sealed_by_the_server_and_verifies_independently(server: ServerDesk) -> None:
    store, sup = staff(server, "sup.hs", "SUPERVISOR", "HS", 3)
    case = CaseService(store).create(sup, NewCase("Ana", "Tzul"))  # type: ignore[arg-type]
    CaseReads(store).open(sup, case.id)  # type: ignore[arg-type]
    with server.superuser() as c:
        key = c.execute("SELECT key FROM casedesk_private.audit_keys WHERE epoch = 1").fetchone()[0]
        entries = c.execute("SELECT id, at, user_id, username, action, record_type, record_id, "
                            "detail, epoch, mac FROM audit_entries ORDER BY id").fetchall()
    previous = GENESIS
    for e in entries:  # recomputed here, from the rows and the key alone
        assert entry_mac(bytes(key), message(*e[:9], previous)) == e[9]
        previous = e[9]
    assert [e[0] for e in entries] == list(range(1, len(entries) + 1))
    assert [e[4] for e in entries[-2:]] == ["create", "case.view"]
    assert entries[-1][3] == "sup.hs"  # the session's own name, whatever a client would claim
    report = AuditService(server.store).verify(server.admin)
    assert report.ok and report.checked == len(entries)
    with server.superuser() as c:
        c.execute(f'SET ROLE "{server.names.owner}"')
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            c.execute("UPDATE audit_entries SET detail = 'edited' WHERE id = 2")
        c.execute("RESET ROLE")
        c.execute("ALTER TABLE audit_entries DISABLE TRIGGER USER")  # a superuser's forgery
        c.execute("UPDATE audit_entries SET detail = 'edited' WHERE id = 2")
        c.execute("ALTER TABLE audit_entries ENABLE TRIGGER USER")
    report = AuditService(server.store).verify(server.admin)
    assert not report.ok and report.broken_id == 2 and "changed" in (report.problem or "")


def test_an_aborted_transaction_leaves_no_audit_entry(server: ServerDesk) -> None:
    store, sup = staff(server, "sup.hs", "SUPERVISOR", "HS", 3)
    with server.superuser() as c:
        before = c.execute("SELECT count(*) FROM audit_entries").fetchone()[0]
    with pytest.raises(RuntimeError), store.session() as db, db.begin():
        store.audit.append(db, __import__("desktop.storage.store", fromlist=["AuditFields"])
                           .AuditFields(None, "", "test", "", "", ""))
        raise RuntimeError("rolled back")
    with server.superuser() as c:
        assert c.execute("SELECT count(*) FROM audit_entries").fetchone()[0] == before
        assert c.execute("SELECT count(*) FROM casedesk_private.audit_pending").fetchone()[0] == 0


def test_concurrent_edits_the_second_save_is_told_what_changed(server: ServerDesk) -> None:
    store_a, ana = staff(server, "ana.sup", "SUPERVISOR", "HS", 3)
    store_b, ben = staff(server, "ben.sup", "SUPERVISOR", "HS", 3)
    case = CaseService(store_a).create(ana, NewCase("Marisol", "Cal"))  # type: ignore[arg-type]
    seen_a = CaseReads(store_a).open(ana, case.id)  # type: ignore[arg-type]
    seen_b = CaseReads(store_b).open(ben, case.id)  # type: ignore[arg-type]
    CaseService(store_a).update(ana, case.id, {"district": "CAYO", "family_names": "Cal Bol"},  # type: ignore[arg-type]
                                seen_a.version)
    with pytest.raises(EditConflict) as refused:
        CaseService(store_b).update(ben, case.id, {"district": "TOLEDO"}, seen_b.version)  # type: ignore[arg-type]
    conflict = refused.value
    assert {c.field for c in conflict.changes} == {"district", "family_names"}
    assert {c.username for c in conflict.changes} == {"ana.sup"}
    assert "district, family_names (by ana.sup" in conflict.summary
    assert "reopen it" in conflict.message
    fresh = CaseReads(store_b).open(ben, case.id)  # type: ignore[arg-type]
    assert fresh.row.district == "CAYO"  # the first save stands; nothing of it was lost
    CaseService(store_b).update(ben, case.id, {"district": "TOLEDO"}, fresh.version)  # type: ignore[arg-type]
    assert CaseReads(store_a).open(ana, case.id).row.district == "TOLEDO"  # type: ignore[arg-type]


def test_a_referral_changes_the_scope_of_the_shared_case(server: ServerDesk) -> None:
    """Immigration refers a case to the Police: the moment it is sent, the Police liaison sees
    it — the shared case, within their level — and before that nothing at all."""
    imm_store, imm = staff(server, "sup.imm", "SUPERVISOR", "IMM", 3)
    pol_store, liaison = staff(server, "liaison.pol", "PARTNER_LIAISON", "POL", 1)
    case = CaseService(imm_store).create(imm, NewCase("Yesenia", "Ack"))  # type: ignore[arg-type]
    CaseService(imm_store).add_note(imm, case.id, "shelter address sensitive", 2)  # type: ignore[arg-type]
    consent = CaseSectionService(imm_store).add(imm, case.id, "consent", {  # type: ignore[arg-type]
        "given_by": "PERSON", "given_on": date.today(), "items": ("CONSENTS",),
        "recipient_types": ("LAW_ENFORCEMENT",), "data_items": ("INTERVIEW", "DISCLOSURES")})
    with imm_store.session() as db:
        police = db.scalars(select(Agency.id).where(Agency.code == "POL")).one()
    referrals = ReferralService(imm_store)
    referral = referrals.create(imm, case.id, ReferralDraft(police, services=("LEGAL",),  # type: ignore[arg-type]
                                                            consent_id=consent))
    reads = CaseReads(pol_store)
    assert reads.count(liaison) == 0  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        reads.open(liaison, case.id)  # type: ignore[arg-type]
    referrals.send(imm, referral.id)  # type: ignore[arg-type]
    assert [r.id for r in reads.list_page(liaison)] == [case.id]  # type: ignore[arg-type]
    detail = reads.open(liaison, case.id)  # type: ignore[arg-type]
    assert detail.notes == () and "shelter" in detail.restricted
    assert reads.search(liaison, "sensitive") == []  # type: ignore[arg-type]
    with server.raw("liaison.pol", PASSWORD) as c:
        assert c.execute("SELECT count(*) FROM case_notes").fetchone()[0] == 0
        assert c.execute("SELECT id FROM cases").fetchall() == [(case.id,)]


def test_account_commands_use_the_server_of_the_connection_profile(  # type: ignore[no-untyped-def]
        server: ServerDesk, run_cli, tmp_path) -> None:
    folder = tmp_path / "workstation"
    done = run_cli("server", "connect", "--host", server.profile.host, "--port",
                   str(server.profile.port), "--database", server.database, "--ca-file",
                   server.profile.ca_file, "--prefix", server.names.prefix, data_dir=folder)
    assert done.code == 0, done.err
    added = run_cli("user", "add", "-u", ADMIN, "marta.coc", "--name", "Marta Coc", "--role",
                    "CASE_WORKER", "--agency", "IMM", "--password-stdin",
                    stdin=ADMIN_PASSWORD + "\n", data_dir=folder)
    assert added.code == 0, added.err
    temporary = added.out.rsplit(": ", 1)[1].strip()
    with server.raw("marta.coc", temporary) as c:  # a real login role with that password
        assert c.execute("SELECT current_user").fetchone()[0] == server.names.login_role("marta.coc")
    listed = run_cli("user", "list", "-u", ADMIN, "--password-stdin", stdin=ADMIN_PASSWORD + "\n",
                     data_dir=folder)
    assert "marta.coc" in listed.out
    refused = run_cli("backup", "-u", ADMIN, "--password-stdin", stdin=ADMIN_PASSWORD + "\n",
                      data_dir=folder)
    assert refused.code == 1 and "office server" in refused.err
    assert not any(p.suffix == ".db" for p in folder.rglob("*"))
    assert run_cli("server", "disconnect", data_dir=folder).code == 0


def test_level2_person_columns_are_the_level2_users_alone(server: ServerDesk, run_cli) -> None:  # type: ignore[no-untyped-def]
    """A level-1 case worker works a case through CaseDesk on the server (create, open, edit) while
    the server refuses them the person's contact and documents, and lists their changes in the
    history with the values masked, as a vault does; a level-2 supervisor reads and writes them. Membership of `<prefix>$level2` follows the account's level and state, and
    `server check` reports the columns and fails when they are opened to every user."""
    assert LEVEL2_PERSON_COLUMNS == ("contact", "documents")
    for name in LEVEL2_PERSON_COLUMNS:  # no statement of the application names them unasked
        attribute = inspect(Person).attrs[name]
        assert attribute.deferred and attribute.group == LEVEL2_GROUP  # type: ignore[attr-defined]
    store_rosa, rosa = staff(server, "rosa.cw", "CASE_WORKER", "HS", 1)
    store_ana, ana = staff(server, "ana.sup", "SUPERVISOR", "HS", 3)
    case = CaseService(store_rosa).create(rosa, NewCase("Marisol", "Cal"))  # type: ignore[arg-type]
    seen = CaseReads(store_ana).open(ana, case.id)  # type: ignore[arg-type]
    CaseService(store_ana).update(ana, case.id, {"contact": "+501 600-1234",  # type: ignore[arg-type]
                                                 "documents": "Passport GT 1234567"}, seen.version)
    detail = CaseReads(store_rosa).open(rosa, case.id)  # type: ignore[arg-type]
    assert detail.person is not None and detail.person["contact"] is None
    assert {"contact", "documents"} <= detail.restricted
    CaseService(store_rosa).update(rosa, case.id, {"family_names": "Cal Bol"}, detail.version)  # type: ignore[arg-type]
    person = CaseReads(store_ana).open(ana, case.id).person  # type: ignore[arg-type]
    assert person is not None and person["family_names"] == "Cal Bol"
    assert person["contact"] == "+501 600-1234" and person["documents"] == "Passport GT 1234567"

    # the history as on a vault: the restricted change listed, its values masked
    history = {(c.field, c.username): (c.old, c.new)
               for c in CaseReads(store_rosa).history(rosa, case.id)}  # type: ignore[arg-type]
    assert history[("contact", "ana.sup")] == ("•••", "•••")
    assert history[("family_names", "rosa.cw")] == ("Cal", "Cal Bol")
    assert {(c.field, c.new) for c in CaseReads(store_ana).history(ana, case.id)  # type: ignore[arg-type]
            } >= {("contact", "+501 600-1234"), ("documents", "Passport GT 1234567")}
    stale = CaseReads(store_rosa).open(rosa, case.id)  # type: ignore[arg-type]
    fresh = CaseReads(store_ana).open(ana, case.id)  # type: ignore[arg-type]
    CaseService(store_ana).update(ana, case.id, {"contact": "+501 600-9999"}, fresh.version)  # type: ignore[arg-type]
    with pytest.raises(EditConflict) as refused:  # told what changed, as on a vault: no value
        CaseService(store_rosa).update(rosa, case.id, {"district": "CAYO"}, stale.version)  # type: ignore[arg-type]
    assert [(c.field, c.username) for c in refused.value.changes] == [("contact", "ana.sup")]
    other = CaseService(store_ana).create(ana, NewCase("Lucia", "Ek"))  # type: ignore[arg-type]
    with server.raw("rosa.cw", PASSWORD) as c:
        listed = c.execute("SELECT field, old_value, new_value FROM casedesk.case_history(%s)",
                           (case.id,)).fetchall()
        assert ("contact", None, None) in listed and ("family_names", "Cal", "Cal Bol") in listed
        assert c.execute("SELECT count(*) FROM casedesk.case_history(%s)",
                         (other.id,)).fetchone() == (0,)  # outside her scope: nothing

    def reads_contact() -> bool:
        with server.raw("rosa.cw", PASSWORD) as c:
            try:
                return c.execute("SELECT contact FROM persons").fetchall() == [("+501 600-9999",)]
            except psycopg.errors.InsufficientPrivilege:
                return False
    assert not reads_contact()
    server.accounts.update_user(server.admin, "rosa.cw", level=2)
    assert reads_contact()
    server.accounts.update_user(server.admin, "rosa.cw", level=1)
    assert not reads_contact()
    server.accounts.update_user(server.admin, "ana.sup", level=1)
    with server.raw("ana.sup", PASSWORD) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("SELECT documents FROM persons")
    server.accounts.update_user(server.admin, "ana.sup", level=3)
    server.accounts.disable_user(server.admin, "ana.sup")
    with server.superuser() as c:
        assert not c.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (
            server.names.login_role("ana.sup"), server.names.level2_readers)).fetchone()[0]

    check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert (f"ok    level-2 person columns: contact, documents read and written by "
            f"{server.names.level2_readers} alone") in check.out
    with server.superuser() as c:
        c.execute(f'GRANT SELECT (contact) ON persons TO "{server.names.member}"')
    check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert check.code == 1
    assert "FAIL  level-2 person columns: every CaseDesk user may SELECT (contact)" in check.out
    with server.superuser() as c:  # the insert's guard (a level-1 creator inserts them empty)
        c.execute(f'REVOKE SELECT (contact) ON persons FROM "{server.names.member}"')
        c.execute("DROP TRIGGER persons_level2_insert ON persons")
    check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert "FAIL  level-2 person columns: no guard (trigger persons_level2_insert)" in check.out
    assert run_cli("server", "upgrade", "--dsn", server.dsn, "--prefix", server.names.prefix
                   ).code == 0
    check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert check.code == 0 and "inserted empty by anyone else" in check.out


def test_the_workstations_server_check_is_the_administrators_but_pg_hba(  # type: ignore[no-untyped-def]
        server: ServerDesk, tmp_path) -> None:
    """The Backups tab's "Check the office server" (ServerMaintenance.verify) runs the lines of
    `casedesk server check` a CaseDesk role may read: all but the client-authentication rules
    and the minimum TLS version, with this connection's TLS instead; the audit chain only for
    who may read the audit trail. Audited either way."""
    from desktop.server.check import run_checks
    from desktop.server.engine import dsn_engine
    from desktop.services.maintenance.server import ServerMaintenance

    engine = dsn_engine(server.dsn)  # the server administrator's, as `casedesk server check`
    try:
        with engine.connect() as conn:
            administrators = {c.name for c in run_checks(conn, server.names)}
    finally:
        engine.dispose()
    report = ServerMaintenance(server.store, tmp_path).verify(server.admin)
    assert report.ok, report.problems
    seen = [c.name for c in report.checks]
    assert administrators - set(seen) == {"TLS", "network connections need TLS",
                                          "network logins use SCRAM-SHA-256"}
    assert set(seen) - administrators == {"this connection uses TLS"}
    with server.superuser() as c:  # a role that manages backups but may not read the trail
        c.execute("DELETE FROM role_actions WHERE action = 'audit.view' AND role_id = "
                  "(SELECT id FROM roles WHERE code = 'ADMINISTRATOR')")
    store, accounts = server.client()
    admin = accounts.login(ADMIN, ADMIN_PASSWORD)
    report = ServerMaintenance(store, tmp_path).verify(admin)
    assert report.ok and [c.name for c in report.checks] == [n for n in seen if n != "audit chain"]
    with server.superuser() as c:
        c.execute(f"ALTER FUNCTION {SEARCH_FUNCTION} SECURITY INVOKER")
    report = ServerMaintenance(store, tmp_path).verify(admin)
    assert [c.name for c in report.problems] == ["search function"]
    with server.superuser() as c:
        assert c.execute("SELECT detail FROM audit_entries WHERE action = 'vault.verify' "
                         "AND record_type = 'server' ORDER BY id").fetchall() == [
            ("all checks passed",), ("all checks passed",), ("problems: search function",)]
