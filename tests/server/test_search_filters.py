"""A filtered search on the office server: `casedesk.search_cases` applies the list's filters
before it counts its window of newest matches (search_sql.SEARCH_NARROWING), so a filter that
leaves few of a common word's matches finds them at once, and the result is the naive one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg
import pytest

from desktop.server.search_sql import SEARCH_FUNCTION
from desktop.services.accounts.users import NewUser
from desktop.services.cases.reads import CaseFilter, CaseReads
from desktop.services.cases.service import CaseService, NewCase

from .world import ServerDesk, make_server_desk

PASSWORD = "Kinkajou-Mahogany-41"
DISTRICTS = ("TOLEDO", "CAYO", "BELIZE")
STATUSES = ("SCREENING", "ACTIVE", "FOLLOW_UP")
IDENTIFICATIONS = ("POSSIBLE", "CONFIRMED", "NOT_A_VICTIM")


@dataclass(frozen=True)
class Made:
    id: int
    district: str
    status: str
    identification: str
    year: int
    mine: bool
    overdue: bool


@pytest.fixture
def server(pg_cluster) -> Iterator[ServerDesk]:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    yield desk
    desk.close()


def naive(made: list[Made], f: CaseFilter) -> list[int]:
    """The cases a filter keeps, newest first, from what the test made."""
    kept = [m for m in made if (not f.district or m.district == f.district)
            and (not f.status or m.status == f.status)
            and (not f.identification_status or m.identification == f.identification_status)
            and (not f.agency_code or f.agency_code == "HS") and (not f.year or m.year == f.year)
            and (not f.assigned_to_me or m.mine) and (not f.overdue_tasks or m.overdue)]
    return sorted((m.id for m in kept), reverse=True)


def test_every_filter_applies_before_the_window_of_newest_matches(server: ServerDesk) -> None:
    for username, role in (("sup.hs", "SUPERVISOR"), ("other.hs", "CASE_WORKER")):
        server.accounts.create_user(server.admin, NewUser(username, username, role, "HS", 3),
                                    known_password=PASSWORD)
    store, accounts = server.client()
    sup = accounts.login("sup.hs", PASSWORD)
    service, reads = CaseService(store), CaseReads(store)
    other_store, other_accounts = server.client()  # a store is one login role's
    other, other_service = other_accounts.login("other.hs", PASSWORD), CaseService(other_store)
    made: list[Made] = []
    yesterday = date.today() - timedelta(days=1)
    for i in range(18):
        district, status = DISTRICTS[i % 3], STATUSES[i // 3 % 3]
        identification, year = IDENTIFICATIONS[i // 6], 2025 if i % 2 else date.today().year
        owner = i % 4 != 0  # the others are the other worker's, some assigned to sup.hs too
        new = NewCase("Abelina", f"Quib {i}", district=district,
                      identification_status=identification)
        case = service.create(sup, new) if owner else other_service.create(other, new)  # type: ignore[arg-type]
        mine = owner or i % 8 == 0
        if i % 8 == 0:
            service.assign(sup, case.id, ("sup.hs",))  # type: ignore[arg-type]
        overdue = i % 5 == 0
        if overdue:
            service.add_task(sup, case.id, "Call back", yesterday)  # type: ignore[arg-type]
        elif i % 5 == 1:
            service.add_task(sup, case.id, "Visit", date.today() + timedelta(days=3))  # type: ignore[arg-type]
        with server.superuser() as c:
            c.execute("UPDATE cases SET status = %s, created_at = make_date(%s, 6, 1) "
                      "WHERE id = %s", (status, year, case.id))
        made.append(Made(case.id, district, status, identification, year, mine, overdue))
    for i in range(30):  # newer matches that no filter below keeps but the plain one
        service.create(sup, NewCase("Abelina", f"Choc {i}", district="STANN_CREEK"))  # type: ignore[arg-type]
    filters = [CaseFilter(district="TOLEDO"), CaseFilter(district="CAYO", status="ACTIVE"),
               CaseFilter(identification_status="CONFIRMED"), CaseFilter(year=2025),
               CaseFilter(agency_code="HS", district="BELIZE"), CaseFilter(assigned_to_me=True,
                                                                          district="CAYO"),
               CaseFilter(overdue_tasks=True), CaseFilter(district="TOLEDO", year=2025,
                                                          status="FOLLOW_UP"),
               CaseFilter(agency_code="POL")]
    for f in filters:
        expected = naive(made, f)
        for limit in (2, 50):
            found = [row.id for row in reads.search(sup, "abel", limit=limit, filters=f)]  # type: ignore[arg-type]
            assert found == expected[:limit], f
    assert len(reads.search(sup, "abelina", limit=50)) == 48  # type: ignore[arg-type]


def test_the_narrowing_values_are_literals(server: ServerDesk) -> None:
    """A raw session's hostile `narrow` cannot reach the function's SQL."""
    server.accounts.create_user(server.admin, NewUser("sup.hs", "Sup", "SUPERVISOR", "HS", 3),
                                known_password=PASSWORD)
    store, accounts = server.client()
    sup = accounts.login("sup.hs", PASSWORD)
    CaseService(store).create(sup, NewCase("Abelina", "Quib", district="TOLEDO"))  # type: ignore[arg-type]
    search = "SELECT count(*) FROM casedesk.search_cases('abelina:*', 3, NULL, %s::jsonb)"
    with server.raw("sup.hs", PASSWORD) as c:
        assert c.execute(search, (json.dumps({"district": "TOLEDO"}),)).fetchone() == (1,)
        assert c.execute("SELECT count(*) FROM casedesk.search_cases('abelina:*', 3, NULL)"
                         ).fetchone() == (1,)
        for hostile in ({"district": "X' OR 'a' = 'a"}, {"status": "') OR (true"},
                        {"agency": "HS') OR (true"}):
            assert c.execute(search, (json.dumps(hostile),)).fetchone() == (0,)
        for hostile in ({"year": "2026) OR (true"}, {"overdue_before": "2999-01-01') OR (true"}):
            with pytest.raises((psycopg.errors.InvalidTextRepresentation,
                                psycopg.errors.InvalidDatetimeFormat)):
                c.execute(search, (json.dumps(hostile),))
            c.rollback()


def test_upgrade_replaces_the_earlier_search_function(server: ServerDesk, run_cli) -> None:  # type: ignore[no-untyped-def]
    """A server of the release before `narrow` has `search_cases(text, integer, integer)`: the
    upgrade drops it (a 3-argument call would be ambiguous beside the new one's default)."""
    server.accounts.create_user(server.admin, NewUser("sup.hs", "Sup", "SUPERVISOR", "HS", 3),
                                known_password=PASSWORD)
    with server.superuser() as c:
        c.execute(f"DROP FUNCTION {SEARCH_FUNCTION}")
        c.execute(f'SET ROLE "{server.names.owner}"')
        c.execute("CREATE FUNCTION casedesk.search_cases(text, integer, integer) RETURNS SETOF "
                  "integer LANGUAGE sql AS 'SELECT 1'")
        c.execute("RESET ROLE")
    check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert check.code == 1 and "FAIL  search function:" in check.out
    assert run_cli("server", "upgrade", "--dsn", server.dsn, "--prefix", server.names.prefix
                   ).code == 0
    check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
    assert check.code == 0, check.out
    with server.superuser() as c:
        assert c.execute("SELECT count(*) FROM pg_proc WHERE proname = 'search_cases'"
                         ).fetchone() == (1,)
    store, accounts = server.client()
    sup = accounts.login("sup.hs", PASSWORD)
    made = CaseService(store).create(sup, NewCase("Abelina", "Quib", district="TOLEDO"))  # type: ignore[arg-type]
    assert [r.id for r in CaseReads(store).search(sup, "abel", filters=CaseFilter(  # type: ignore[arg-type]
        district="TOLEDO"))] == [made.id]
