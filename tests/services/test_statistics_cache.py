"""The statistics cache (models.StatisticsCache, migration 0011): a year is counted once, and any
write that can change a figure drops the years it can change, in the same transaction — through
the services, the HTCDS import, synthetic data, raw SQL, a restore or a migration. After each
write the cached report equals a report counted afresh, and the years it cannot change stay."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select, text, update

from desktop.models import Case, Person, ServiceDelivery, StatisticsCache
from desktop.reports.figures import Period, StatsFilter
from desktop.services.exchange import ExchangeService
from desktop.services.statistics import cache
from desktop.services.statistics.prevention import CampaignRecord, PreventionService, TrainingRecord
from desktop.services.statistics.service import StatisticsService
from desktop.synthetic import synth

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk
from .stats_world import StatsWorld

YEARS = list(range(2023, 2027))


@pytest.fixture
def world(desk: Desk) -> StatsWorld:
    return StatsWorld(desk)


def cached_years(world: StatsWorld, scope: str = "") -> set[int]:
    with world.desk.vault.session() as db:
        return set(db.scalars(select(StatisticsCache.year).where(
            StatisticsCache.scope.startswith(scope))))


def fill(world: StatsWorld, filters: StatsFilter | None = None) -> None:
    StatisticsService(world.desk.vault).reports(world.sessions["me.officer"],
                                               [Period.year(y) for y in YEARS], filters)


def assert_current(world: StatsWorld, filters: StatsFilter | None = None) -> None:
    """What the cache serves (suppressed or not) is what a count from scratch gives."""
    me = world.sessions["me.officer"]
    fresh = StatisticsService(world.desk.vault)
    fresh.cached = False
    for suppressed in (False, True):
        served = StatisticsService(world.desk.vault).reports(
            me, [Period.year(y) for y in YEARS], filters, suppressed=suppressed)
        counted = fresh.reports(me, [Period.year(y) for y in YEARS], filters, suppressed=suppressed)
        assert [r.tables for r in served] == [r.tables for r in counted]


def test_a_year_is_counted_once_then_read(world: StatsWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fill(world)
    assert cached_years(world) == set(YEARS)
    calls: list[int] = []
    original = cache.read

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = original(*args, **kwargs)
        calls.append(len(found))
        return found

    monkeypatch.setattr(cache, "read", spy)
    from desktop.services.statistics import counting
    monkeypatch.setattr(counting, "count", lambda *a, **k: pytest.fail("counted again"))
    fill(world)
    assert calls == [len(YEARS)]


Write = Callable[[StatsWorld], None]


def _decision(w: StatsWorld) -> None:  # D confirmed by the police in June 2025
    w.cases.record_identification(w.sessions["cw.hs"], w.d, "CONFIRMED", date(2025, 6, 1), "POLICE")


def _service(w: StatsWorld) -> None:  # D gets open-ended shelter from 2025
    w.sections.add(w.sessions["cw.hs"], w.d, "services", {"service_type": "ACCOMMODATION_SHELTER",
                                                          "started_on": date(2025, 9, 1)})


def _service_ended(w: StatsWorld) -> None:  # A's medical care ended in 2025
    record = w.sections.records(w.sessions["cw.hs"], w.a, "services")[0]
    w.sections.update(w.sessions["cw.hs"], w.a, "services", record["id"],
                      {"ended_on": date(2025, 10, 1)})


def _proceeding(w: StatsWorld) -> None:
    w.sections.add(w.sessions["cw.hs"], w.b, "justice", {"stage": "CONVICTED",
                                                         "offence": "TIP_ACT_2013",
                                                         "opened_on": date(2026, 1, 5),
                                                         "decided_on": date(2026, 3, 1)})


def _repatriation(w: StatsWorld) -> None:
    w.sections.add(w.sessions["cw.hs"], w.b, "repatriation", {"destination_country": "HN",
                                                              "repatriated_on": date(2026, 2, 1),
                                                              "carried_out_by": "IOM"})


def _version(w: StatsWorld, case_id: int) -> int:
    with w.desk.vault.session() as db:
        return int(db.get(Case, case_id).version)  # type: ignore[union-attr]


def _sex(w: StatsWorld) -> None:  # E's sex corrected (identified 2024)
    w.cases.update(w.sessions["cw.hs"], w.e, {"sex": "FEMALE"}, _version(w, w.e))


def _codes(w: StatsWorld) -> None:  # B's exploitation now also sexual
    w.cases.set_codes(w.sessions["cw.hs"], w.b, "exploitation", ("FORCED_LABOUR", "SEXUAL_EXPLOITATION"))


def _district(w: StatsWorld) -> None:
    w.cases.update(w.sessions["cw.hs"], w.a, {"district": "TOLEDO"}, _version(w, w.a))


def _training(w: StatsWorld) -> None:
    PreventionService(w.desk.vault).save(w.sessions["me.officer"], TrainingRecord(
        date(2024, 3, 4), "POLICE", participants_female=3))


def _campaign(w: StatsWorld) -> None:
    PreventionService(w.desk.vault).save(w.sessions["me.officer"], CampaignRecord(
        date(2026, 3, 4), "RADIO", "eng", 900))


def _raw_sql(w: StatsWorld) -> None:  # a write that bypasses every service
    with w.desk.vault.session() as db, db.begin():
        db.execute(update(ServiceDelivery).where(ServiceDelivery.case_id == w.e)
                   .values(ended_on=date(2025, 12, 31)))


@pytest.mark.parametrize(("write", "dropped"), [
    (_decision, {2025, 2026}), (_service, {2025, 2026}), (_service_ended, {2025, 2026}),
    (_proceeding, {2026}), (_repatriation, {2026}), (_sex, {2024, 2025, 2026}),
    (_codes, {2025, 2026}), (_district, {2025, 2026}), (_training, {2024}), (_campaign, {2026}),
    (_raw_sql, {2024, 2025}),
], ids=lambda v: getattr(v, "__name__", "")[1:] if callable(v) else "")
def test_a_write_drops_the_years_it_can_change_and_only_those(world: StatsWorld, write: Write,
                                                             dropped: set[int]) -> None:
    fill(world)
    write(world)
    assert cached_years(world) == set(YEARS) - dropped
    assert_current(world)
    assert cached_years(world) == set(YEARS)


def test_filtered_scopes_are_dropped_too(world: StatsWorld) -> None:
    toledo = StatsFilter(district="TOLEDO")
    fill(world, toledo)
    before = StatisticsService(world.desk.vault).report(world.sessions["me.officer"],
                                                        Period.year(2025), toledo)
    _district(world)
    assert cached_years(world, "|TOLEDO") == {2023, 2024}
    after = StatisticsService(world.desk.vault).report(world.sessions["me.officer"],
                                                       Period.year(2025), toledo)
    assert after.table("victims").total == before.table("victims").total + 1  # A moved in
    assert_current(world, toledo)


def test_a_person_shared_by_two_cases_drops_both(world: StatsWorld) -> None:
    fill(world)
    with world.desk.vault.session() as db, db.begin():
        person = db.get(Case, world.e).person_id  # type: ignore[union-attr]
        db.execute(update(Person).where(Person.id == person).values(citizenships="BZ"))
    assert cached_years(world) == {2023}
    assert_current(world)


def test_an_htcds_import_and_synthetic_cases_drop_the_years_they_add_to(world: StatsWorld) -> None:
    from ..exchange.test_htcds import GOOD, _filled

    fill(world)
    result = ExchangeService(world.desk.vault).htcds_import(world.sessions["cw.hs"], _filled(GOOD))
    assert result.imported == 2, result.problems
    assert date.today().year not in cached_years(world)
    assert_current(world)
    synth.fill(world.desk.vault, 30, user=world.desk.admin)
    assert cached_years(world) <= {y for y in YEARS if y < synth.FIRST_DAY.year}
    assert_current(world)


def test_a_restore_brings_back_the_cache_of_its_own_data(world: StatsWorld) -> None:
    fill(world)
    desk = world.desk
    backup = desk.maintenance.backup(desk.admin)
    _decision(world)
    fill(world)  # the live cache now holds the new figures
    desk.maintenance.restore(desk.admin, backup.path, ADMIN_PASSWORD)
    desk.accounts.login(ADMIN, ADMIN_PASSWORD)
    assert cached_years(world) == set(YEARS)
    served = StatisticsService(desk.vault).report(world.sessions["me.officer"], Period.year(2025))
    assert served.table("victims").count("NGO_IDENTIFIED") == 1  # D is NGO-identified again
    assert_current(world)


def test_a_migration_or_a_changed_definition_recounts(world: StatsWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fill(world)
    with world.desk.vault.session() as db, db.begin():
        revision = db.execute(text("SELECT version_num FROM alembic_version")).scalar()
        db.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        with world.desk.vault.session() as db:
            assert cache.read(db, YEARS, cache.scope(StatsFilter(), (0, 12, 18, 25)),
                              cache.fingerprint(db, StatsFilter(), (0, 12, 18, 25))) == {}
        assert_current(world)
    finally:
        with world.desk.vault.session() as db, db.begin():
            db.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    monkeypatch.setattr(cache, "FORMAT", "changed")
    cache._SQL_DIGESTS.clear()
    with world.desk.vault.session() as db:
        assert cache.read(db, YEARS, cache.scope(StatsFilter(), (0, 12, 18, 25)),
                          cache.fingerprint(db, StatsFilter(), (0, 12, 18, 25))) == {}
    cache._SQL_DIGESTS.clear()


def test_every_trigger_is_in_place_at_the_head_revision(desk: Desk) -> None:
    """A later migration that rebuilds one of these tables must create its triggers again."""
    import importlib

    migration = importlib.import_module("desktop.models.migrations.versions.0011_statistics_cache")
    with desk.vault.session() as db:
        found = set(db.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'statistics_stale_%'")))
    assert found == {name for name, _ in migration.TRIGGERS}
    assert len(found) == 25
