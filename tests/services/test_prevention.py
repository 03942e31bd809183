"""The prevention register: validation, access, audit, and its tables in the statistics."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services import audit
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.statistics.prevention import CampaignRecord, PreventionService, TrainingRecord
from desktop.services.statistics.service import Period, StatisticsService, StatsFilter

from ..conftest import Desk
from .test_cases import World


@pytest.fixture
def world(desk: Desk) -> World:
    return World(desk)


def test_register_feeds_the_prevention_tables(world: World) -> None:
    service, me = PreventionService(world.desk.vault), world.sessions["me.officer"]
    first = service.save(me, TrainingRecord(date(2025, 3, 4), "POLICE", "CAYO", "ATIPs Council",
                                            "HS", "Indicators of trafficking", 12, 18))
    service.save(me, TrainingRecord(date(2025, 6, 9), "TEACHERS", "TOLEDO", "IEC committee",
                                    participants_female=25, participants_male=5,
                                    participants_unknown=1))
    service.save(me, TrainingRecord(date(2024, 6, 9), "POLICE", participants_male=9))
    service.save(me, CampaignRecord(date(2025, 7, 30), "RADIO", "spa", 40_000,
                                    date(2025, 8, 30), "Blue Heart", "BELIZE"))
    service.save(me, CampaignRecord(date(2025, 9, 1), "SOCIAL_MEDIA", "eng", 15_500))
    listed = service.trainings(me, Period.year(2025))
    assert [t.audience for t in listed] == ["POLICE", "TEACHERS"]
    assert listed[0].organiser_agency == "HS" and listed[0].participants == 30
    service.save(me, TrainingRecord(date(2025, 3, 4), "POLICE", "CAYO", participants_female=14,
                                    participants_male=18, id=first))
    report = StatisticsService(world.desk.vault).report(me, Period.year(2025), suppressed=True)
    trainings = report.table("trainings")
    assert trainings.count("POLICE", "TRAININGS") == 1
    assert trainings.count("POLICE", "PARTICIPANTS") == 32
    assert trainings.count(col="PARTICIPANTS") == 63 and trainings.count(col="TRAININGS") == 2
    assert trainings.text("POLICE", "TRAININGS") == "1"  # activities are never suppressed
    campaigns = report.table("campaigns")
    assert campaigns.count("RADIO", "REACH") == 40_000 and campaigns.count(col="CAMPAIGNS") == 2
    toledo = StatisticsService(world.desk.vault).report(me, Period.year(2025), StatsFilter(district="TOLEDO"))
    assert toledo.table("trainings").count(col="TRAININGS") == 1
    with world.desk.vault.session() as s:
        kinds = [(e.action, e.record_type) for e in audit.entries(s, username="me.officer")]
    assert kinds.count(("create", "training")) == 3 and ("update", "training") in kinds


@pytest.mark.parametrize(("record", "field"), [
    (TrainingRecord(date(2025, 3, 4), "ASTRONAUTS", participants_male=3), "audience"),
    (TrainingRecord(date(2025, 3, 4), "POLICE"), "participants_female"),
    (TrainingRecord(date(2025, 3, 4), "POLICE", participants_male=-1), "participants_male"),
    (TrainingRecord(date(2999, 3, 4), "POLICE", participants_male=3), "held_on"),
    (TrainingRecord(date(2025, 3, 4), "POLICE", "MARS", participants_male=3), "district"),
    (TrainingRecord(date(2025, 3, 4), "POLICE", organiser_agency="XYZ", participants_male=3),
     "organiser_agency"),
    (CampaignRecord(date(2025, 3, 4), "RADIO", "spa", 10, date(2025, 1, 1)), "ended_on"),
    (CampaignRecord(date(2025, 3, 4), "PIGEON", "spa", 10), "channel"),
    (CampaignRecord(date(2025, 3, 4), "RADIO", "fr", 10), "language"),
])
def test_invalid_records_are_refused(world: World, record: TrainingRecord | CampaignRecord,
                                     field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        PreventionService(world.desk.vault).save(world.sessions["me.officer"], record)
    assert refused.value.field == field


def test_only_prevention_roles_write(world: World) -> None:
    service = PreventionService(world.desk.vault)
    with pytest.raises(PermissionDenied):
        service.save(world.sessions["sup.hs"], TrainingRecord(date(2025, 3, 4), "POLICE",
                                                              participants_male=3))
    assert service.trainings(world.sessions["sup.hs"], Period.year(2025)) == []  # may read
    with pytest.raises(PermissionDenied):
        service.trainings(world.sessions["cw.hs"], Period.year(2025))
    me = world.sessions["me.officer"]
    record = service.save(me, CampaignRecord(date(2025, 3, 4), "PRINT", "eng", 300))
    service.remove(me, "campaign", record)
    assert service.campaigns(me, Period.year(2025)) == []
