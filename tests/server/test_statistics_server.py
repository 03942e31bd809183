"""National statistics on the office server (issue 17): the M&E officer, whose role reaches no
case, and a supervisor, whose role reaches one agency, get the vault's figures for the same data
from `casedesk.statistics_counts`, while their own sessions still read no case row beyond their
scope. Every test runs against the real PostgreSQL of `pg_cluster` and a SQLCipher vault filled
from the same synthetic seed."""

from __future__ import annotations

import importlib
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from pypdf import PdfReader

from desktop.reports.figures import TOTAL, Period, StatisticsReport, StatsFilter
from desktop.server.statistics_cache import STALE
from desktop.server.store import ServerStore
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.statistics.report import AnnualReportService
from desktop.services.statistics.service import StatisticsService
from desktop.services.user import UserSession
from desktop.synthetic import synth

from ..conftest import Desk
from ..services.disclosure import assert_protected
from ..services.test_statistics_crosscheck import (
    assert_equal,
    expected,
    naive,
    naive_prevention,
    read_everything,
)
from .world import ServerDesk, make_server_desk, synthetic_fill

PASSWORD = "Mango season in Cayo 2026"
CASES, SEED = 400, 17
YEARS = (2019, 2024, 2025)
CASE_TABLES = ("cases", "persons", "identification_history", "case_codes", "services_delivered",
               "legal_proceedings", "repatriations", "case_changes", "case_search")
CALL = ("SELECT * FROM casedesk.statistics_counts(%s::date[], %s::date[], %s, %s, "
        "%s::integer[])")
CELL = ("SELECT casedesk.statistics_cell_cases(%s::date, %s::date, %s, %s, %s::integer[], %s, "
        "%s, %s)")
STANDARD = [0, 12, 18, 25]
YEAR_2025 = ([date(2025, 1, 1)], [date(2025, 12, 31)])
SIGNATURE = "casedesk.statistics_counts(date[], date[], text, text, integer[])"


@dataclass
class Pair:
    """The same synthetic cases on a vault and on the office server, with an M&E officer and an
    HS supervisor on each."""

    vault: Desk
    server: ServerDesk
    vault_users: dict[str, UserSession]
    server_users: dict[str, UserSession]
    server_stores: dict[str, ServerStore]  # each user's own workstation

    def on_server(self, username: str) -> tuple[StatisticsService, UserSession]:
        return StatisticsService(self.server_stores[username]), self.server_users[username]

    def on_vault(self, username: str) -> tuple[StatisticsService, UserSession]:
        return StatisticsService(self.vault.vault), self.vault_users[username]


STAFF = (NewUser("me.officer", "Mara Evans", "ME_OFFICER", "MHD", 1),
         NewUser("sup.hs", "Sonia Uh", "SUPERVISOR", "HS", 3),
         NewUser("cw.hs", "Carlos Wade", "CASE_WORKER", "HS", 2))


@pytest.fixture
def pair(pg_cluster, desk: Desk) -> Iterator[Pair]:  # type: ignore[no-untyped-def]
    server = make_server_desk(pg_cluster)
    synth.fill(desk.vault, CASES, seed=SEED, user=desk.admin)
    synthetic_fill(server, CASES, SEED)
    vault_accounts = AccountService(desk.vault)
    vault_users, server_users, server_stores = {}, {}, {}
    for new in STAFF:
        vault_accounts.create_user(desk.admin, new, known_password=PASSWORD)
        vault_users[new.username] = vault_accounts.login(new.username, PASSWORD)
        server.accounts.create_user(server.admin, new, known_password=PASSWORD)
        store, accounts = server.client()
        server_users[new.username] = accounts.login(new.username, PASSWORD)
        server_stores[new.username] = store
    yield Pair(desk, server, vault_users, server_users, server_stores)
    server.close()


def figures(report: StatisticsReport) -> dict[tuple[str, str, str], tuple[int | None, str]]:
    """Every figure of a report, as counted and as printed (suppressed or not)."""
    return {(t.key, r, c): (t.count(r, c), t.text(r, c))
            for t in report.tables for r in (*t.rows, TOTAL) for c in (*t.columns, TOTAL)}


def both(pair: Pair, username: str, *, suppressed: bool) -> tuple[list[StatisticsReport], ...]:
    periods = [Period.year(y) for y in YEARS]
    return tuple(service.reports(user, periods, suppressed=suppressed)
                 for service, user in (pair.on_vault(username), pair.on_server(username)))


@pytest.mark.slow
def test_server_statistics_equal_the_vault_and_a_naive_recount(pair: Pair) -> None:
    """The M&E officer (no case scope) and an HS supervisor (one agency) get, on the server,
    every figure the vault gives for the same cases, unsuppressed and suppressed, and each
    equals a naive recount of the raw rows read as the schema owner."""
    records = read_everything(pair.server.maintenance)
    assert len(records) == CASES
    me_store, me = pair.server_stores["me.officer"], pair.server_users["me.officer"]
    for username in ("me.officer", "sup.hs"):
        for suppressed in (False, True):
            on_vault, on_server = both(pair, username, suppressed=suppressed)
            for year, vault_report, server_report in zip(YEARS, on_vault, on_server, strict=True):
                assert figures(server_report) == figures(vault_report), (username, year)
                cells = naive(records, year) | naive_prevention(me_store, me, year)
                assert sum(cells["victims"].values()) > 5, year
                assert_equal(server_report, cells)
                if suppressed:
                    assert_protected([t for t in server_report.tables
                                      if t.key not in ("trainings", "campaigns")], 5)


def test_filtered_statistics_and_the_annual_report_on_the_server(pair: Pair) -> None:
    """An agency or district filter, and the annual report PDF (suppressed), read the same on
    the server as on the vault; non-standard age groups are refused there with a reason."""
    year = Period.year(2025)
    for f in (StatsFilter(agency_code="HS"), StatsFilter(district="CAYO"),
              StatsFilter(agency_code="POL", district="BELIZE")):
        (vault, me_there), (server, me_here) = pair.on_vault("me.officer"), pair.on_server(
            "me.officer")
        assert figures(server.report(me_here, year, f)) == figures(vault.report(me_there, year, f))
    texts = []
    for store, user in ((pair.vault.vault, pair.vault_users["me.officer"]),
                        (pair.server_stores["me.officer"], pair.server_users["me.officer"])):
        pdf = AnnualReportService(store).pdf(user, year)
        texts.append("\n".join(page.extract_text()
                               for page in PdfReader(io.BytesIO(pdf.data)).pages))
    assert texts[0] == texts[1]


def test_any_age_groups_on_the_server_equal_the_vault_and_a_naive_recount(pair: Pair) -> None:
    """Age groups other than the standard ones (the function's `p_bins`) give, on the server,
    the vault's figures and a naive recount's; each set is cached apart; groups the service
    refuses on a vault it refuses on the server too, with the same reason."""
    records = read_everything(pair.server.maintenance)
    (vault, me_there), (server, me_here) = pair.on_vault("me.officer"), pair.on_server(
        "me.officer")
    for bins in ((0, 5, 18, 60), (0, 18), (0,), tuple(range(0, 121, 10))):
        for year in (2024, 2025):
            on_server = server.report(me_here, Period.year(year), age_bins=bins)
            assert figures(on_server) == figures(vault.report(me_there, Period.year(year),
                                                              age_bins=bins)), bins
            assert set(on_server.table("sex_age").rows) >= {
                f"{lo}–{hi - 1}" for lo, hi in zip(bins, bins[1:], strict=False)}
            cells = naive(records, year, bins) | naive_prevention(
                pair.server_stores["me.officer"], me_here, year)
            assert_equal(on_server, cells)
    with pair.server.superuser() as c:
        scopes = {r[0] for r in c.execute("SELECT DISTINCT scope FROM statistics_cache")}
    assert {"server|||0,5,18,60", "server|||0,18", "server|||0"} <= scopes
    for bins in ((5, 18), (0, 18, 12), (0, 130)):
        with pytest.raises(ValidationError, match="Age groups must start at 0"):
            server.report(me_here, Period.year(2025), age_bins=bins)


def test_the_cases_behind_a_figure_tell_those_outside_the_readers_scope(pair: Pair) -> None:
    """A drill on the server lists the reader's own cases behind a figure and says how many
    more lie outside their scope, as the vault does for the same cases: the count comes from
    `casedesk.statistics_cell_cases` (a number, every scope), the list from the reader's own
    session. Both equal a naive recount of the raw rows; the function refuses who may not read
    statistics, and who may not open cases (the M&E officer, as the service refuses a drill)."""
    records = read_everything(pair.server.maintenance)
    with pair.server.raw("sup.hs", PASSWORD) as c:
        mine = {r[0] for r in c.execute("SELECT id FROM cases")}
    assert 0 < len(mine) < len(records)
    others = [r for r in records if r.case.id not in mine]
    (vault, sup_there), (server, sup_here) = pair.on_vault("sup.hs"), pair.on_server("sup.hs")
    bins = (0, 5, 18, 60)
    asked = 0
    for year in (2024, 2025):
        period = Period.year(year)
        everyone, outside = naive(records, year, bins), naive(others, year, bins)
        for key, row, col in (("victims", "IDENTIFIED", TOTAL), ("victims", TOTAL, TOTAL),
                              ("victims", "POTENTIAL", "FEMALE"), ("sex_age", "18–59", TOTAL),
                              ("nationality", TOTAL, "MALE"), ("exploitation", TOTAL, TOTAL)):
            here = server.cases_behind(sup_here, period, key, row, col, age_bins=bins)
            there = vault.cases_behind(sup_there, period, key, row, col, age_bins=bins)
            assert (here.total, here.hidden) == (there.total, there.hidden), (year, key, row, col)
            assert [r.reference for r in here.rows] == [r.reference for r in there.rows]
            assert here.total == expected(everyone, key, row, col), (year, key, row, col)
            assert here.hidden == expected(outside, key, row, col), (year, key, row, col)
            assert {r.id for r in here.rows} <= mine
            asked += here.hidden
    assert asked > 0  # the figures reach beyond the supervisor's agency
    with pair.server.raw("cw.hs", PASSWORD) as c, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        c.execute(CELL, (date(2025, 1, 1), date(2025, 12, 31), None, None, STANDARD,
                         "victims", "*", "*"))
    with pair.server.raw("me.officer", PASSWORD) as c, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="statistics only"):
        c.execute(CELL, (date(2025, 1, 1), date(2025, 12, 31), None, None, STANDARD,
                         "victims", "*", "*"))  # as the service refuses the M&E officer a drill


def test_server_figures_follow_every_write(pair: Pair) -> None:
    """A case recorded by an HS case worker shows in the M&E officer's next figures at once: the
    year it changes is dropped from the server's cache in the same transaction."""
    service, me = pair.on_server("me.officer")
    worker = pair.server_users["cw.hs"]
    before = service.report(me, Period.year(2025)).table("victims")
    cases = CaseService(pair.server_stores["cw.hs"])
    created = cases.create(worker, NewCase("Ana", "Statcount", "FEMALE", date(2000, 1, 1),
                                           citizenships=("GT",), identified_on=date(2025, 3, 1),
                                           district="CAYO"))
    cases.record_identification(worker, created.id, "CONFIRMED", date(2025, 3, 2), "POLICE")
    after = service.report(me, Period.year(2025)).table("victims")
    assert after.count("IDENTIFIED", "FEMALE") == (before.count("IDENTIFIED", "FEMALE") or 0) + 1


def test_the_me_officer_reads_counts_but_no_case_row(pair: Pair) -> None:
    """Scope NONE stays NONE on the server (row-level security): the M&E officer's own session
    counts zero rows in every case table, cannot read or write the statistics cache (nobody
    poisons the figures) nor create an object the function's search_path could find, and the
    statistics function returns only per-group counts whose
    labels are the report's own rows and columns, never an id or a name."""
    with pair.server.superuser() as c:
        totals = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CASE_TABLES}
        names = {r[0] for r in c.execute("SELECT given_names FROM persons")}
        references = {r[0] for r in c.execute("SELECT reference FROM cases")}
    assert totals["cases"] == CASES and totals["identification_history"] > 0
    with pair.server.raw("me.officer", PASSWORD) as c:
        for table in CASE_TABLES:
            assert c.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        for statement in ("CREATE TEMP TABLE cases (id integer)",  # no shadowing of a table
                          "CREATE TABLE public.cases_shadow (id integer)",
                          "SELECT * FROM statistics_cache",
                          "INSERT INTO statistics_cache VALUES (2025, '||0,12,18,25', 'x', "
                          "'{}', now())"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(statement)
            c.rollback()
        cursor = c.execute(CALL, (*YEAR_2025, None, None, STANDARD))
        assert [d.name for d in cursor.description] == [
            "part", "k", "row_label", "col_label", "n1", "n2", "n3", "n4"]
        rows = cursor.fetchall()
    service, me = pair.on_server("me.officer")
    report = service.report(me, Period.year(2025))
    labels = {(t.key, r) for t in report.tables for r in t.rows} | {
        (t.key, col) for t in report.tables for col in t.columns}
    assert rows and all(k == 0 for _, k, *_ in rows)
    for part, _, row, col, *_ in rows:
        assert (part, row or "UNKNOWN") in labels, (part, row)
        assert row not in names | references and col not in names | references


CRAFTED = {
    "uneven": ([date(2025, 1, 1), date(2026, 1, 1)], [date(2025, 12, 31)], None, None),
    "reversed": ([date(2025, 12, 31)], [date(2025, 1, 1)], None, None),
    "before 1900": ([date(1800, 1, 1)], [date(2025, 1, 1)], None, None),
    "31 periods": ([date(2025, 1, 1)] * 31, [date(2025, 12, 31)] * 31, None, None),
    "no period": ([], [], None, None),
    "a null date": ([None], [date(2025, 12, 31)], None, None),
    "agency injection": (*YEAR_2025, "HS' OR true --", None),
    "district injection": (*YEAR_2025, None, "CAYO' UNION SELECT reference, 1 FROM cases --"),
    "lower-case agency": (*YEAR_2025, "hs", None),
    "no age groups": (*YEAR_2025, None, None, []),
    "age groups not from 0": (*YEAR_2025, None, None, [5, 18]),
    "unsorted age groups": (*YEAR_2025, None, None, [0, 18, 12]),
    "a repeated age group": (*YEAR_2025, None, None, [0, 12, 12]),
    "a negative age group": (*YEAR_2025, None, None, [0, -1]),
    "an age group above 120": (*YEAR_2025, None, None, [0, 121]),
    "a null age group": (*YEAR_2025, None, None, [0, None]),
    "a huge array of age groups": (*YEAR_2025, None, None, list(range(0, 10_000))),
    "no array of age groups": (*YEAR_2025, None, None, None),
}
#: The cell function's own arguments, after the period, agency, district and age groups.
CRAFTED_CELLS = {
    "a table without cases": ("trainings", "*", "*"),
    "a key injection": ("victims' OR true --", "*", "*"),
    "no row": ("victims", None, "*"),
    "a long column": ("victims", "*", "x" * 65),
}


def test_crafted_arguments_are_refused_p3(pair: Pair) -> None:
    """P3 on the server: the function checks its arguments as the service does; none is ever
    SQL (fixed statements, values as parameters), and malformed ones are refused outright (as
    the HS supervisor: the cell function is the drill's, for roles that open cases too)."""
    with pair.server.raw("sup.hs", PASSWORD) as c:
        for name, arguments in CRAFTED.items():
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                c.execute(CALL, arguments if len(arguments) == 5 else (*arguments, STANDARD))
                raise AssertionError(name)
            c.rollback()
            if len(arguments) == 5 or name in ("reversed", "before 1900", "a null date"):
                cell = (arguments[0][0], arguments[1][0], *arguments[2:4],
                        arguments[4] if len(arguments) == 5 else STANDARD, "victims", "*", "*")
                with pytest.raises(psycopg.errors.InvalidParameterValue):
                    c.execute(CELL, cell)
                    raise AssertionError(name)
                c.rollback()
        for name, last in CRAFTED_CELLS.items():
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                c.execute(CELL, (date(2025, 1, 1), date(2025, 12, 31), None, None, STANDARD,
                                 *last))
                raise AssertionError(name)
            c.rollback()
        assert c.execute(CALL, (*YEAR_2025, "HS", "CAYO", STANDARD)).fetchall()  # well-formed


def test_roles_without_statistics_are_refused(pair: Pair) -> None:
    """Only roles whose policy holds statistics.view may run the function: others hold no
    EXECUTE (membership of <prefix>$statistics follows the policy, through role changes and
    disabling), and the function refuses them itself even when EXECUTE is granted by mistake."""
    server = pair.server
    readers = server.names.statistics_readers
    service, worker = pair.on_server("cw.hs")
    with pytest.raises(PermissionDenied):
        service.report(worker, Period.year(2025))
    with server.raw("cw.hs", PASSWORD) as c, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        c.execute(CALL, (*YEAR_2025, None, None, STANDARD))
    with server.superuser() as c:
        c.execute(f'GRANT EXECUTE ON FUNCTION {SIGNATURE} TO "{server.names.member}"')
        c.execute(f'GRANT "{readers}" TO "{server.names.login_role("cw.hs")}"')
    with server.raw("cw.hs", PASSWORD) as c, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="not in your role"):
        c.execute(CALL, (*YEAR_2025, None, None, STANDARD))

    def members() -> set[str]:
        with server.superuser() as c:
            return {r[0] for r in c.execute(
                "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = %s", (readers,))}

    role = server.names.login_role
    server.accounts.update_user(server.admin, "sup.hs", role_code="CASE_WORKER")
    assert role("sup.hs") not in members() and role("me.officer") in members()
    server.accounts.update_user(server.admin, "cw.hs", role_code="ME_OFFICER")
    assert role("cw.hs") in members()
    server.accounts.disable_user(server.admin, "me.officer")
    assert role("me.officer") not in members()


def test_server_check_verifies_the_statistics_function(pg_cluster, run_cli) -> None:  # type: ignore[no-untyped-def]
    """`casedesk server check` names the statistics function's guarantees and fails when
    EXECUTE reaches beyond the statistics readers, a user may touch the statistics cache or a
    table's writes no longer drop the years they change."""
    server = make_server_desk(pg_cluster)
    try:
        check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
        assert check.code == 0, check.out + check.err
        for line in ("ok    statistics function: casedesk.statistics_counts and "
                     "casedesk.statistics_cell_cases are SECURITY DEFINER",
                     "ok    statistics function only for statistics readers",
                     "ok    statistics cache closed to users",
                     "ok    statistics cache invalidated by every write: 10 tables"):
            assert line in check.out
        with server.superuser() as c:
            c.execute("ALTER TABLE services_delivered DISABLE TRIGGER statistics_stale")
            c.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO PUBLIC")
            c.execute(f'GRANT SELECT ON statistics_cache TO "{server.names.member}"')
        check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
        assert check.code == 1
        assert "FAIL  statistics function only for statistics readers" in check.out
        assert "FAIL  statistics cache closed to users: CaseDesk users may SELECT" in check.out
        assert ("FAIL  statistics cache invalidated by every write: no invalidating trigger on "
                "services_delivered") in check.out
    finally:
        server.close()


def test_server_upgrade_brings_the_statistics_function_to_an_older_server(
        pg_cluster, run_cli) -> None:  # type: ignore[no-untyped-def]
    """A server prepared before the statistics function (none, no readers' role, no triggers)
    gets all of it from `casedesk server upgrade`, the existing M&E officer included."""
    server = make_server_desk(pg_cluster)
    try:
        server.accounts.create_user(server.admin, STAFF[0], known_password=PASSWORD)
        with server.superuser() as c:
            c.execute(f"DROP FUNCTION {SIGNATURE}")
            c.execute("DROP FUNCTION casedesk.statistics_cell_cases(date, date, text, text, "
                      "integer[], text, text, text)")
            c.execute("DROP FUNCTION casedesk.age_label(integer, integer[])")
            c.execute(f'SET ROLE "{server.names.owner}"')  # the signature of an earlier release
            c.execute("CREATE FUNCTION casedesk.statistics_counts(date[], date[], text, text) "
                      "RETURNS void LANGUAGE sql AS ''")
            c.execute("RESET ROLE")
            c.execute("DROP TRIGGER statistics_readers ON users")
            c.execute("DROP TRIGGER statistics_readers ON role_actions")
            c.execute("DROP FUNCTION casedesk.statistics_readers_changed()")
            c.execute("DROP FUNCTION casedesk.sync_statistics_readers()")
            c.execute(f'DROP ROLE "{server.names.statistics_readers}"')
        check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
        assert check.code == 1 and "FAIL  statistics function:" in check.out
        done = run_cli("server", "upgrade", "--dsn", server.dsn, "--prefix", server.names.prefix)
        assert done.code == 0, done.err
        check = run_cli("server", "check", "--dsn", server.dsn, "--prefix", server.names.prefix)
        assert check.code == 0, check.out
        with server.raw("me.officer", PASSWORD) as c:
            assert c.execute(CALL, (*YEAR_2025, None, None, STANDARD)).fetchall() == []  # no cases
        with server.superuser() as c:  # the earlier signature is gone
            assert c.execute("SELECT to_regprocedure('casedesk.statistics_counts(date[], date[], "
                             "text, text)')").fetchone() == (None,)
    finally:
        server.close()


def cached_years(server: ServerDesk) -> set[int]:
    with server.superuser() as c:
        return {r[0] for r in c.execute("SELECT year FROM statistics_cache")}


def test_the_server_cache_keeps_counted_years_and_drops_what_a_write_changes(pair: Pair) -> None:
    """The statistics function keeps every calendar year it counted; a write drops exactly the
    years it can change (migration 0011's table, as PL/pgSQL triggers), so the next figures are
    counted again where needed and read elsewhere, and always equal the vault's after the same
    writes. A row planted with another fingerprint is ignored."""
    service, me = pair.on_server("me.officer")
    periods = [Period.year(y) for y in YEARS]
    first = [figures(r) for r in service.reports(me, periods)]
    assert cached_years(pair.server) == set(YEARS)
    assert [figures(r) for r in service.reports(me, periods)] == first  # read, not recounted
    worker, cases = pair.server_users["cw.hs"], CaseService(pair.server_stores["cw.hs"])
    created = cases.create(worker, NewCase("Ana", "Statcount", "FEMALE", date(2000, 1, 1),
                                           citizenships=("GT",), identified_on=date(2024, 3, 1),
                                           district="CAYO"))
    assert cached_years(pair.server) == {2019}  # a decision of 2024: 2024 and every later year
    again = service.reports(me, periods)
    victims = [r.table("victims").count("POTENTIAL", "FEMALE") for r in again]
    assert victims[1] == (first[1][("victims", "POTENTIAL", "FEMALE")][0] or 0) + 1
    assert cached_years(pair.server) == set(YEARS)
    CaseSectionService(pair.server_stores["cw.hs"]).add(
        worker, created.id, "services", {"service_type": "MEDICAL",
                                         "started_on": date(2019, 3, 1),
                                         "ended_on": date(2019, 4, 1)})
    assert cached_years(pair.server) == {2024, 2025}  # a service of 2019 only
    with pair.server.superuser() as c:
        c.execute("UPDATE statistics_cache SET counts = '[]', fingerprint = 'planted' "
                  "WHERE year = 2024")
    assert figures(service.reports(me, periods)[1]) == figures(again[1])
    assert cached_years(pair.server) == set(YEARS)


def test_a_count_waits_for_the_writes_in_flight(pair: Pair) -> None:
    """No write falls between a count and its storing unseen: while a transaction that changes
    2025 is open, a count of 2025 waits for it (the cache's advisory lock), then counts and
    stores with it; a cached year is read meanwhile without waiting."""
    service, me = pair.on_server("me.officer")
    service.reports(me, [Period.year(2024), Period.year(2025)])
    before = service.report(me, Period.year(2025)).table("victims").count("IDENTIFIED", TOTAL)
    found: list[int | None] = []

    def count_2025() -> None:
        found.append(service.report(me, Period.year(2025)).table("victims").count(
            "IDENTIFIED", TOTAL))

    with pair.server.superuser() as writer:
        writer.execute("DELETE FROM statistics_cache WHERE year = 2025")
        writer.autocommit = False
        case_id = writer.execute(
            "SELECT min(id) FROM cases WHERE NOT EXISTS (SELECT 1 FROM identification_history h "
            "WHERE h.case_id = cases.id AND h.status = 'CONFIRMED')").fetchone()[0]
        writer.execute(
            "INSERT INTO identification_history (uuid, case_id, status, decided_on, "
            "decided_by_type, recorded_by, recorded_at) VALUES (gen_random_bytes(16), %s, "
            "'CONFIRMED', '2025-06-01', 'POLICE', 1, now())", (case_id,))
        counting = threading.Thread(target=count_2025)
        counting.start()
        counting.join(timeout=3)
        assert counting.is_alive() and not found  # waiting for the writer
        assert service.report(me, Period.year(2024)).table("victims") is not None  # cached
        writer.commit()
        counting.join(timeout=60)
    assert found == [(before or 0) + 1]
    assert cached_years(pair.server) == {2024, 2025}


def test_the_server_cache_triggers_cover_migration_0011() -> None:
    """Every table whose writes drop years on a vault drops them on the server too."""
    migration = importlib.import_module("desktop.models.migrations.versions.0011_statistics_cache")
    vault = {sql.split(" ON ")[1].split()[0] for _, sql in migration.TRIGGERS}
    assert vault == set(STALE)
