"""The maintained case counters (`case_counts`, migration 0013) against real COUNTs.

After every kind of write — the case services (create, update, identification, status, closure,
assignment, notes), the HTCDS import, `synth`, a raw delete, a restore and the migration itself
— the counter table must equal the cases grouped afresh, and every count a user sees (each
record scope, each filter) must equal COUNT(*) over the cases in that scope, and the number of
rows the keyset pager walks through."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from desktop.models import Agency, Case, CaseCount, CaseReachCount, Referral
from desktop.models.seed import Scope
from desktop.services import policy
from desktop.services.accounts.service import NewUser, find_user
from desktop.services.cases import counts
from desktop.services.cases import reads as reads_module
from desktop.services.cases.reads import CaseFilter, CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.exchange import ExchangeService
from desktop.services.referrals.service import ReferralService
from desktop.services.user import UserSession
from desktop.synthetic import synth
from desktop.vault import migrate
from desktop.vault.vault import Vault

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk
from ..exchange.test_htcds import GOOD, _filled

FILTERS = (
    CaseFilter(), CaseFilter(status="ACTIVE"), CaseFilter(status="CLOSED"),
    CaseFilter(identification_status="CONFIRMED"), CaseFilter(district="CAYO"),
    CaseFilter(district=""), CaseFilter(agency_code="POL"), CaseFilter(agency_code="HS"),
    CaseFilter(year=2024), CaseFilter(year=date.today().year),
    CaseFilter(status="FOLLOW_UP", identification_status="CONFIRMED", district="BELIZE"),
    CaseFilter(assigned_to_me=True), CaseFilter(overdue_tasks=True),
    CaseFilter(status="ACTIVE", assigned_to_me=True),
)
PEOPLE = ("hs.sup1", "hs.cw1", "hs.cw2", "hs.int1", "pol.sup1", "pol.liaison1", "imm.liaison1",
          "ngo.cw1", "grouped.cw")


def as_user(vault: Vault, username: str) -> UserSession:
    with vault.session() as s:
        return UserSession(policy.principal_of(find_user(s, username)), False)


def principals(vault: Vault) -> list[policy.Principal]:
    """The roster's own principals, and one of them in every scope (GROUP and ALL included)."""
    found = [as_user(vault, name).principal for name in PEOPLE]
    grouped = found[-1]
    return found + [dataclasses.replace(grouped, scope=scope) for scope in Scope]


def table_is_true(vault: Vault) -> None:
    with vault.session() as s:
        kept = {tuple(r) for r in s.execute(select(
            CaseCount.owning_agency_id, CaseCount.owner_id, CaseCount.status,
            CaseCount.identification_status, CaseCount.district, CaseCount.year,
            CaseCount.cases))}
        truth = {tuple(r) for r in s.execute(text(
            "SELECT owning_agency_id, owner_id, status, identification_status, district, "
            "CAST(substr(created_at, 1, 4) AS INTEGER), count(*) FROM cases "
            "GROUP BY 1, 2, 3, 4, 5, 6"))}
    assert kept == truth
    with vault.session() as s:
        reach = {tuple(r) for r in s.execute(select(
            CaseReachCount.kind, CaseReachCount.subject_id, CaseReachCount.owning_agency_id,
            CaseReachCount.owner_id, CaseReachCount.status, CaseReachCount.identification_status,
            CaseReachCount.district, CaseReachCount.year, CaseReachCount.cases))}
        dims = ("c.owning_agency_id, c.owner_id, c.status, c.identification_status, c.district, "
                "CAST(substr(c.created_at, 1, 4) AS INTEGER)")
        truth = {tuple(r) for r in s.execute(text(
            f"SELECT 'A', a.user_id, {dims}, count(*) FROM case_assignments a "
            f"JOIN cases c ON c.id = a.case_id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 UNION ALL "
            f"SELECT 'R', r.recipient_agency_id, {dims}, count(DISTINCT c.id) FROM referrals r "
            f"JOIN cases c ON c.id = r.case_id WHERE r.status != 'DRAFT' "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"))}
    assert reach == truth


def counts_are_true(vault: Vault) -> int:
    """Every principal × filter; returns how many cases the counters answered for."""
    table_is_true(vault)
    reads, seen = CaseReads(vault), 0
    for principal in principals(vault):
        user = UserSession(principal, False)
        for f in FILTERS:
            with vault.session() as s:
                exact = counts.exact_count(s, principal, f)
            assert reads.count(user, f) == exact, (principal.username, principal.scope, f)
            seen += exact
    return seen


def referrals_change(vault: Vault, made: list[int]) -> None:
    """Referrals drafted, sent, sent twice to one agency, moved, answered, withdrawn, deleted."""
    with vault.session() as s, s.begin():
        pol, imm = (s.scalar(select(Agency.id).where(Agency.code == code)) for code in ("POL", "IMM"))
        s.add_all([Referral(case_id=made[0], recipient_agency_id=pol, status="DRAFT"),
                   Referral(case_id=made[1], recipient_agency_id=pol, status="SENT"),
                   Referral(case_id=made[1], recipient_agency_id=pol, status="ACCEPTED"),
                   Referral(case_id=made[2], recipient_agency_id=pol, status="SENT"),
                   Referral(case_id=made[2], recipient_agency_id=imm, status="SENT")])
    table_is_true(vault)  # two referrals of one case to one agency: one case referred
    with vault.session() as s, s.begin():
        drafts = s.scalars(select(Referral).where(Referral.status == "DRAFT")).all()
        for referral in drafts[:20]:  # a draft is sent: the case now counts for the agency
            referral.status = "SENT"
        sent = s.scalars(select(Referral).where(Referral.case_id == made[1])).all()
        sent[0].status = "WITHDRAWN"  # still not a draft: still referred
        sent[1].recipient_agency_id = imm  # moved to another agency
        s.delete(s.scalars(select(Referral).where(Referral.case_id == made[2],
                                                  Referral.recipient_agency_id == imm)).one())
    table_is_true(vault)
    with vault.session() as s, s.begin():
        s.execute(text(f"UPDATE referrals SET status = 'DRAFT' WHERE case_id = {made[1]} "
                       f"AND status = 'WITHDRAWN'"))


def paged(reads: CaseReads, user: UserSession, f: CaseFilter, size: int) -> list[int]:
    pager, ids = reads.pages(user, f), []
    while True:
        page = pager(len(ids), size)
        ids += [row.id for row in page]
        if len(page) < size:
            return ids


def test_counters_equal_real_counts_after_every_kind_of_write(desk: Desk) -> None:
    desk.accounts.create_user(desk.admin, NewUser("grouped.cw", "Grouped Worker", "CASE_WORKER",
                                                  "HS", 2, ("OPERATIONS",)))
    synth.fill(desk.vault, 400, user=desk.admin)
    desk.accounts.create_user(desk.admin, NewUser("mate.ngo", "Mate", "CASE_WORKER", "NGO", 2,
                                                  ("OPERATIONS",)))
    assert counts_are_true(desk.vault) > 0
    cases, vault = CaseService(desk.vault), desk.vault
    worker, sup, mate = (as_user(vault, n) for n in ("hs.cw1", "hs.sup1", "mate.ngo"))
    made = [cases.create(worker, NewCase(f"Rosa{n}", "Pop", district="CAYO")).id for n in range(3)]
    made.append(cases.create(mate, NewCase("Ana", "Wiebe")).id)
    counts_are_true(vault)

    reads = CaseReads(vault)
    detail = reads.open(worker, made[0])
    cases.update(worker, made[0], {"district": "TOLEDO"}, detail.version)  # district moves
    cases.record_identification(worker, made[1], "CONFIRMED", date.today(), "POLICE")
    cases.change_status(worker, made[2], "ACTIVE")
    cases.request_closure(worker, made[1], "CLOSED")
    cases.approve_closure(sup, made[1])
    cases.assign(sup, made[2], ("hs.cw2", "grouped.cw"))  # scope grows, counters do not change
    cases.add_note(worker, made[0], "a note moves the case to the top")
    counts_are_true(vault)

    result = ExchangeService(vault).htcds_import(worker, _filled(GOOD))
    assert result.imported == len(GOOD)
    referrals_change(vault, made)
    counts_are_true(vault)
    cases.assign(sup, made[0], ("hs.cw2",))  # reassigned: grouped.cw loses it
    with vault.session() as s, s.begin():  # no service deletes cases; the counters still follow,
        s.execute(text(f"DELETE FROM cases WHERE id IN ({made[3]}, {made[2]})"))  # cascades too
    synth.fill(vault, 150, seed=9, user=desk.admin)
    total = counts_are_true(vault)

    for user, f in ((sup, CaseFilter()), (worker, CaseFilter()), (sup, CaseFilter(district="CAYO")),
                    (as_user(vault, "pol.liaison1"), CaseFilter())):
        ids = paged(reads, user, f, 37)
        assert len(ids) == len(set(ids)) == reads.count(user, f)
        assert ids == [row.id for row in reads.list_page(user, f, limit=500)]
    assert total > 0


def test_counters_travel_with_a_restore(desk: Desk) -> None:
    desk.accounts.create_user(desk.admin, NewUser("grouped.cw", "Grouped", "CASE_WORKER", "HS", 2,
                                                  ("OPERATIONS",)))
    synth.fill(desk.vault, 200, user=desk.admin)
    backup = desk.maintenance.backup(desk.admin)
    synth.fill(desk.vault, 100, seed=3, user=desk.admin)
    counts_are_true(desk.vault)
    desk.maintenance.restore(desk.admin, backup.path, ADMIN_PASSWORD)
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    with desk.vault.session() as s:
        assert s.scalar(select(CaseCount.cases).limit(1)) is not None
        assert len(s.scalars(select(Case.id)).all()) == 200
    counts_are_true(desk.vault)
    CaseService(desk.vault).create(as_user(desk.vault, "hs.cw1"), NewCase("Lidia", "Cal"))
    counts_are_true(desk.vault)
    desk.accounts.logout(session)


def test_the_migration_counts_the_cases_already_there_and_keeps_counting(desk: Desk) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    with desk.vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    synth.fill(desk.vault, 250, user=desk.admin)  # written with no counters and no triggers
    with desk.vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        assert migrate.is_pending(connection)
        command.upgrade(config, "head")
    desk.accounts.create_user(desk.admin, NewUser("grouped.cw", "Grouped", "CASE_WORKER", "HS", 2,
                                                  ("OPERATIONS",)))
    counts_are_true(desk.vault)
    CaseService(desk.vault).create(as_user(desk.vault, "hs.cw1"), NewCase("Lidia", "Cal"))
    counts_are_true(desk.vault)


def test_keyset_pages_neither_repeat_nor_skip_when_a_case_moves_to_the_top(desk: Desk) -> None:
    synth.fill(desk.vault, 120, user=desk.admin)
    reads, cases = CaseReads(desk.vault), CaseService(desk.vault)
    sup = as_user(desk.vault, "hs.sup1")
    before = [row.id for row in reads.list_page(sup, limit=500)]
    pager = reads.pages(sup)
    first = [row.id for row in pager(0, 10)]
    moved = before[25]  # on a later page: an edit puts it at the top of the list
    cases.update(sup, moved, {"district": "TOLEDO"}, reads.open(sup, moved).version)
    rest: list[int] = []
    while page := pager(len(first) + len(rest), 10):
        rest += [row.id for row in page]
    assert first + rest == [i for i in before if i != moved]  # every other case once, in order
    assert reads.list_page(sup, limit=1)[0].id == moved
    by_offset = [row.id for row in reads.list_page(sup, offset=10, limit=10)]
    assert by_offset[0] == first[-1]  # what OFFSET would have done: the tenth case again


def test_a_small_scope_is_read_from_its_own_cases_and_lists_the_same(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scope of few cases is read from its own indexes (`FEW_CASES`), any other by walking
    the list index: both give the same pages, in the same order, as many as the count."""
    desk.accounts.create_user(desk.admin, NewUser("grouped.cw", "Grouped", "CASE_WORKER", "HS", 2,
                                                  ("OPERATIONS",)))
    synth.fill(desk.vault, 300, user=desk.admin)
    users = [UserSession(p, False) for p in principals(desk.vault)]
    reads = CaseReads(desk.vault)
    pages = {}
    for few in (0, 10**9):
        monkeypatch.setattr(reads_module, "FEW_CASES", few)
        pages[few] = [([r.id for r in reads.list_page(u, limit=500)],
                       [r.id for r in reads.list_page(u, CaseFilter(district="CAYO"), limit=500)],
                       paged(reads, u, CaseFilter(), 23)) for u in users]
    assert pages[0] == pages[10**9]
    for user, (listed, _, walked) in zip(users, pages[0], strict=True):
        assert listed == walked and len(listed) == reads.count(user)
    assert any(listed for listed, _, _ in pages[0])
    referrals = ReferralService(desk.vault)  # queries that read referrals and the scope's probes
    for user in users:
        incoming = referrals.incoming(user)
        outgoing = referrals.outgoing(user)
        assert {r.case_id for r in incoming + outgoing} <= set(
            r.id for r in reads.list_page(user, limit=500))
    assert referrals.incoming(as_user(desk.vault, "pol.liaison1"))


def test_a_case_write_keeps_the_counters_and_drops_the_statistics_years_together(
        desk: Desk) -> None:
    """Migration 0013's counter triggers and 0011's statistics-cache triggers fire on the same
    writes of `cases`: after a district change and a delete both are right."""
    from desktop.models import StatisticsCache
    from desktop.reports.figures import Period
    from desktop.services.statistics.service import StatisticsService

    from .stats_world import StatsWorld

    world = StatsWorld(desk)
    years = [Period.year(y) for y in range(2024, 2027)]
    stats = StatisticsService(desk.vault)
    me = world.sessions["me.officer"]

    def cached() -> set[int]:
        with desk.vault.session() as s:
            return set(s.scalars(select(StatisticsCache.year)))

    stats.reports(me, years)
    assert cached() == {2024, 2025, 2026}
    cw = world.sessions["cw.hs"]
    before = CaseReads(desk.vault).count(cw, CaseFilter(district="TOLEDO"))
    world.cases.update(cw, world.a, {"district": "TOLEDO"},  # A: first decided in 2025
                       CaseReads(desk.vault).open(cw, world.a).version)
    assert cached() == {2024}
    assert CaseReads(desk.vault).count(cw, CaseFilter(district="TOLEDO")) == before + 1
    table_is_true(desk.vault)
    stats.reports(me, years)
    with desk.vault.session() as s, s.begin():
        s.execute(text(f"DELETE FROM cases WHERE id = {world.e}"))  # E: decided in 2024
    assert cached() == set()
    table_is_true(desk.vault)
    fresh = StatisticsService(desk.vault)
    fresh.cached = False
    assert [r.tables for r in stats.reports(me, years)] == [
        r.tables for r in fresh.reports(me, years)]
