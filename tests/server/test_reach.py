"""`case_reach` (server/reach.py): the cases a scope reaches by assignment or referral, kept by
triggers in the writer's transaction and rebuilt by `upgrade`; readable only as one's own rows,
written by nobody but the triggers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest

from desktop.services.cases.service import CaseService

from .test_search_steps import PASSWORD, build
from .world import ServerDesk, make_server_desk

EXPECTED = ("SELECT case_id, user_id FROM case_assignments UNION SELECT case_id, "
            "-recipient_agency_id FROM referrals WHERE status <> 'DRAFT' ORDER BY 1, 2")


@pytest.fixture
def server(pg_cluster) -> Iterator[ServerDesk]:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    yield desk
    desk.close()


def reach(c: psycopg.Connection) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return c.execute("SELECT case_id, holder FROM case_reach ORDER BY 1, 2").fetchall()


def test_the_reach_follows_assignments_and_referrals(server: ServerDesk, run_cli) -> None:  # type: ignore[no-untyped-def]
    build(server)
    with server.superuser() as c:
        assert reach(c) == c.execute(EXPECTED).fetchall() and len(reach(c)) > 30
    store, accounts = server.client()
    sup = accounts.login("sup.hs", PASSWORD)
    CaseService(store).assign(sup, 1, ("cw.hs", "cw2.hs"))  # type: ignore[arg-type]
    CaseService(store).assign(sup, 3, ())  # type: ignore[arg-type]
    with server.superuser() as c:
        c.execute("UPDATE referrals SET status = 'DRAFT' WHERE case_id = 3")  # back to a draft
        c.execute("UPDATE referrals SET status = 'ACCEPTED' WHERE case_id = 1")  # a draft sent
        c.execute("DELETE FROM referrals WHERE case_id = 5")
        now = reach(c)
        assert now == c.execute(EXPECTED).fetchall()
        holders = {h for case, h in now if case == 1}
        assert len(holders) == 3 and not any(case in (3, 5) for case, _ in now)
        c.execute("DELETE FROM case_reach")  # lost (a restore without triggers, say)
        c.execute("INSERT INTO case_reach (case_id, holder) SELECT 7, id FROM users "
                  "WHERE username = 'liaison.pol'")  # and a stray row that reaches nobody's case
    with server.raw("cw.hs", PASSWORD) as c:
        assert 1 not in {row[0] for row in c.execute("SELECT id FROM cases")}  # no reach, no case
    upgraded = run_cli("server", "upgrade", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert upgraded.code == 0, upgraded.err
    with server.superuser() as c:
        assert reach(c) == now
    with server.raw("cw.hs", PASSWORD) as c:
        assert 1 in {row[0] for row in c.execute("SELECT id FROM cases")}


def test_a_reader_sees_only_their_own_reach_and_writes_none(server: ServerDesk) -> None:
    build(server)
    with server.superuser() as c:
        police, worker = (c.execute("SELECT -id FROM agencies WHERE code = 'POL'").fetchone()[0],  # type: ignore[index]
                          c.execute("SELECT id FROM users WHERE username = 'cw.hs'").fetchone()[0])  # type: ignore[index]
    for username, holder in (("liaison.pol", police), ("cw.hs", worker)):
        with server.raw(username, PASSWORD) as c:
            rows = reach(c)
            assert rows and {h for _, h in rows} == {holder}
            for statement in ("INSERT INTO case_reach (case_id, holder) VALUES (2, %s)",
                              "DELETE FROM case_reach WHERE holder = %s",
                              "UPDATE case_reach SET holder = %s"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    c.execute(statement, (holder,))
                c.rollback()


def test_two_transactions_changing_one_cases_referrals_keep_its_reach(server: ServerDesk) -> None:
    """One transaction sends a draft referral while another deletes the case's other sent
    referral to the same agency: the deleting one waits for the sending one (the trigger's lock
    per case) and then sees it, so the agency keeps the case. Without the lock each would see
    the other's referral as it was, and the reach row would be deleted under a sent referral."""
    build(server)
    with server.superuser() as c:
        case_id, sent = c.execute(  # a case with a sent referral to the police
            "SELECT case_id, min(id) FROM referrals WHERE status = 'SENT' GROUP BY case_id "
            "ORDER BY case_id LIMIT 1").fetchone()  # type: ignore[misc]
        draft = c.execute(  # and a second one, a draft, to the same agency
            "INSERT INTO referrals (case_id, recipient_agency_id, status, created_at, created_by, "
            "recipient_type, reason, reason_note, priority, services, safety_risk, health_urgency, "
            "trafficker_at_large, interview_reference, cover_note, sections, restricted_confirmed, "
            "override_reason, consent_flag, outcome, copies_issued) SELECT case_id, "
            "recipient_agency_id, 'DRAFT', created_at, created_by, recipient_type, reason, "
            "reason_note, priority, services, safety_risk, health_urgency, trafficker_at_large, "
            "interview_reference, cover_note, sections, restricted_confirmed, override_reason, "
            "consent_flag, outcome, copies_issued FROM referrals WHERE id = %s RETURNING id",
            (sent,)).fetchone()[0]  # type: ignore[index]
    sender, deleter = server.superuser(), server.superuser()
    sender.autocommit = deleter.autocommit = False
    try:
        sender.execute("UPDATE referrals SET status = 'SENT' WHERE id = %s", (draft,))
        done = threading.Event()

        def delete_the_other() -> None:
            deleter.execute("DELETE FROM referrals WHERE id = %s", (sent,))
            deleter.commit()
            done.set()

        worker = threading.Thread(target=delete_the_other)
        worker.start()
        assert not done.wait(1.0)  # the lock holds the deleter back
        sender.commit()
        worker.join(30)
        assert done.is_set()
    finally:
        sender.close()
        deleter.close()
    with server.superuser() as c:
        assert c.execute("SELECT count(*) FROM case_reach WHERE case_id = %s AND holder = "
                         "-(SELECT id FROM agencies WHERE code = 'POL')", (case_id,)
                         ).fetchone() == (1,)
        assert reach(c) == c.execute(EXPECTED).fetchall()
