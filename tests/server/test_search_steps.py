"""`casedesk.search_cases` finds the newest matches in steps (a small scope's ids probed by key;
ranges of the newest ids tested case by case; the GIN index for the rest of a sparse word): at
every step size, for every scope, the result is the naive one — the cases the role's own session
reads under row-level security, whose words at the level match, newest first."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import select

from desktop.models import Agency, Case
from desktop.server.search import ServerCaseIndex, count_cases
from desktop.server.search_sql import COUNT_FUNCTION, STEP_SETTING
from desktop.services.accounts.users import NewUser
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.referrals.service import ReferralDraft, ReferralService

from .world import ServerDesk, make_server_desk

PASSWORD = "Tamandua-Cohune-58"
CASES = 60
QUERIES = ("abel:*", "quib:* & 1:*", "rare:*", "lonely:*", "zzqx:*", "sealed:*")
#: username, role, agency, level; GROUP and ALL scopes are roles changed on the server below.
STAFF = (("sup.hs", "SUPERVISOR", "HS", 3), ("cw.hs", "CASE_WORKER", "HS", 2),
         ("cw2.hs", "CASE_WORKER", "HS", 3), ("fi.hs", "FORENSIC_INTERVIEWER", "HS", 3),
         ("liaison.pol", "PARTNER_LIAISON", "POL", 1), ("sup.imm", "SUPERVISOR", "IMM", 3))


@pytest.fixture
def server(pg_cluster) -> Iterator[ServerDesk]:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    yield desk
    desk.close()


def build(server: ServerDesk) -> None:
    """Cases of three owners in two agencies, some assigned, referred (sent, or a draft), with
    words at levels 1 to 3."""
    sessions = {}
    for username, role, agency, level in STAFF:
        server.accounts.create_user(server.admin, NewUser(username, username, role, agency, level),
                                    known_password=PASSWORD)
        store, accounts = server.client()
        sessions[username] = (store, accounts.login(username, PASSWORD))
    sup_store, sup = sessions["sup.hs"]
    with sup_store.session() as db:
        police = db.scalars(select(Agency.id).where(Agency.code == "POL")).one()
    sent: list[int] = []  # sent as the server sees it (the consent gate is not this test's)
    for i in range(CASES):
        owner = ("sup.hs", "cw.hs", "cw2.hs", "sup.imm")[i % 4]
        store, user = sessions[owner]
        service = CaseService(store)
        case = service.create(user, NewCase("Abelina", f"Quib {i}"))  # type: ignore[arg-type]
        if i % 7 == 0:
            service.add_note(user, case.id, "rare sighting", 1)  # type: ignore[arg-type]
        if i in (3, 34, 50):  # a word of few cases, left to the GIN index
            service.add_note(user, case.id, "lonely road", 1)  # type: ignore[arg-type]
        if i % 5 == 0:
            service.add_note(user, case.id, "sealed statement", min(3, user.principal.level))  # type: ignore[attr-defined]
        if i % 6 == 2 and owner != "sup.imm":
            CaseService(sup_store).assign(sup, case.id, ("cw.hs",))  # type: ignore[arg-type]
        if i % 2 == 0:
            referrals = ReferralService(store)
            made = referrals.create(user, case.id, ReferralDraft(police, services=("LEGAL",)))  # type: ignore[arg-type]
            if i % 10 != 0:  # the others stay drafts, out of the liaison's scope
                sent.append(made.id)
    with server.superuser() as c:
        c.execute("UPDATE referrals SET status = 'SENT' WHERE id = ANY (%s)", (sent,))
        # assigned and owned at once (cw.hs, case 2); assigned outside the agency (sup.hs, an
        # Immigration case): each is one case of the scope
        c.execute("INSERT INTO case_assignments (case_id, user_id) SELECT x.id, u.id FROM users u, "
                  "(VALUES ('cw.hs', 2), ('sup.hs', 4)) AS x (username, id) "
                  "WHERE u.username = x.username")
        c.execute("INSERT INTO user_groups (code, name) VALUES ('TEAM', 'Team')")
        c.execute("INSERT INTO user_group_members (group_id, user_id) SELECT g.id, u.id "
                  "FROM user_groups g, users u WHERE g.code = 'TEAM' "
                  "AND u.username IN ('fi.hs', 'cw2.hs')")
        c.execute("UPDATE roles SET scope = 'GROUP' WHERE code = 'FORENSIC_INTERVIEWER'")
        c.execute("INSERT INTO roles (code, name, scope, builtin) "
                  "VALUES ('NATIONAL', 'National coordinator', 'ALL', false)")
        c.execute("INSERT INTO role_actions (role_id, action) SELECT n.id, a.action FROM roles n, "
                  "role_actions a JOIN roles s ON s.id = a.role_id "
                  "WHERE n.code = 'NATIONAL' AND s.code = 'SUPERVISOR'")
        c.execute("UPDATE users SET role_id = (SELECT id FROM roles WHERE code = 'NATIONAL') "
                  "WHERE username = 'sup.imm'")
        c.execute("ANALYZE")


def naive(c: psycopg.Connection, visible: set[int], username: str, level: int, query: str,  # type: ignore[type-arg]
          narrow: dict[str, object]) -> list[int]:
    """The matches in `visible` newest first, read by the superuser without the function."""
    terms = ["s.level = %s", "s.words @@ to_tsquery('simple', %s)"]
    if "mine" in narrow:
        terms.append("(c.owner_id = u.id OR EXISTS (SELECT 1 FROM case_assignments a "
                     "WHERE a.case_id = c.id AND a.user_id = u.id))")
    matched = [row[0] for row in c.execute(
        "SELECT s.case_id FROM case_search s JOIN cases c ON c.id = s.case_id "
        f"JOIN users u ON u.username = %s WHERE {' AND '.join(terms)} "
        "ORDER BY s.case_id DESC", (username, level, query))]
    return [i for i in matched if i in visible]


def test_every_step_size_and_scope_finds_the_naive_matches(server: ServerDesk) -> None:
    build(server)
    levels = {username: level for username, _, _, level in STAFF}
    seen = {}
    for username in levels:  # the world reaches every scope's branches
        with server.raw(username, PASSWORD) as c:
            seen[username] = {row[0] for row in c.execute("SELECT id FROM cases")}
    with server.superuser() as c:
        assigned = {row[0] for row in c.execute(
            "SELECT a.case_id FROM case_assignments a JOIN users u ON u.id = a.user_id "
            "WHERE u.username = 'cw.hs'")}
    # ALL, AGENCY; OWN: owned and assigned (more than 20 cases: beyond one step's small scope)
    assert len(seen["sup.imm"]) == CASES and len(seen["sup.hs"]) == CASES * 3 // 4 + 1
    assert 20 < len(seen["cw.hs"]) < 40 and assigned and assigned <= seen["cw.hs"]
    assert len(seen["fi.hs"]) == len(seen["cw2.hs"]) == CASES // 4  # GROUP: the mate's
    assert 20 < len(seen["liaison.pol"]) < CASES // 2  # REFERRED: the sent referrals only
    checked = 0
    with server.superuser() as root:
        for username, level in levels.items():
            expected = {(q, json.dumps(n)): naive(root, seen[username], username, level, q, n)
                        for q in QUERIES for n in ({}, {"mine": True})}
            with server.raw(username, PASSWORD) as c:
                c.autocommit = True
                for step in (1, 3, 200):
                    c.execute(f"SET {STEP_SETTING} = {step}")
                    for (query, narrow), matches in expected.items():
                        for limit in (1, 4, None):
                            got = [row[0] for row in c.execute(
                                "SELECT * FROM casedesk.search_cases(%s, 3, %s, %s::jsonb)",
                                (query, limit, narrow))]
                            want = matches if limit is None else matches[:limit]
                            assert got == want, (username, step, query, limit, narrow)
                            checked += len(want)
    assert checked > 1500  # the world has matches for most of these


COUNTED = ({}, {"mine": True}, {"status": "SCREENING"}, {"district": "CAYO"},
           {"agency": "HS"}, {"agency": "IMM", "mine": True})


def test_the_server_counts_what_the_role_reads(server: ServerDesk) -> None:
    """`casedesk.count_cases` (the scope as disjoint parts, each from its own index) against a
    COUNT of the role's own session under row-level security, for every scope and filter."""
    build(server)
    with server.superuser() as root:
        root.execute("UPDATE cases SET district = 'CAYO' WHERE id % 3 = 0")
    for username, *_ in STAFF:
        with server.raw(username, PASSWORD) as c:
            for narrow in COUNTED:
                terms = ["true"]
                if "mine" in narrow:
                    terms.append("(c.owner_id = u.id OR c.id IN (SELECT case_id FROM "
                                 "case_assignments WHERE user_id = u.id))")
                for key in ("status", "district"):
                    if key in narrow:
                        terms.append(f"c.{key} = '{narrow[key]}'")
                if "agency" in narrow:
                    terms.append(f"c.owning_agency_id = (SELECT id FROM agencies "
                                 f"WHERE code = '{narrow['agency']}')")
                naive = c.execute("SELECT count(*) FROM cases c, (SELECT id FROM users WHERE "
                                  f"username = %s) u WHERE {' AND '.join(terms)}",
                                  (username,)).fetchone()
                counted = c.execute("SELECT casedesk.count_cases(%s::jsonb)",
                                    (json.dumps(narrow),)).fetchone()
                assert counted == naive, (username, narrow)


def test_the_list_counts_on_the_server(server: ServerDesk) -> None:
    """CaseReads.count goes to the server's function; a filter it would not apply is refused."""
    build(server)
    store, accounts = server.client()
    liaison = accounts.login("liaison.pol", PASSWORD)
    reads = CaseReads(store)
    assert reads.counter is store
    with server.raw("liaison.pol", PASSWORD) as c:
        assert reads.count(liaison) == c.execute("SELECT count(*) FROM cases").fetchone()[0]  # type: ignore[arg-type, index]
    with store.session() as db, pytest.raises(ValueError, match="no search narrowing"):
        count_cases(db, {"colour": "red"})
    with pytest.raises(ValueError, match="no search narrowing"):
        ServerCaseIndex().restrict(select(Case.id), "abel", 1, 50, {"colour": "red"})


def test_the_check_fails_for_a_count_function_that_is_no_definer(server: ServerDesk,  # type: ignore[no-untyped-def]
                                                                 run_cli) -> None:
    """`casedesk server check` holds the count function to what it holds the search function:
    the owner's definer with its search_path pinned; `upgrade` puts it back."""
    check = ("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert run_cli(*check).code == 0
    with server.superuser() as c:
        c.execute(f"ALTER FUNCTION {COUNT_FUNCTION} SECURITY INVOKER")
    failed = run_cli(*check)
    assert failed.code == 1
    assert "FAIL  search function: casedesk.count_cases missing, not the owner's definer" in failed.out
    assert run_cli("server", "upgrade", "--dsn", server.dsn, "--prefix", server.names.prefix
                   ).code == 0
    assert run_cli(*check).code == 0
