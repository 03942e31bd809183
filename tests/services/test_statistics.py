"""The annual statistics on a hand-built set of cases whose figures are known."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services import audit
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.statistics.service import Period, StatisticsService, StatsFilter

from ..conftest import Desk
from .stats_world import StatsWorld

Y2025, Y2026 = Period.year(2025), Period.year(2026)


@pytest.fixture
def world(desk: Desk) -> StatsWorld:
    return StatsWorld(desk)


def test_victims_identified_potential_and_ngo_apart(world: StatsWorld) -> None:
    report = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025)
    victims = report.table("victims")
    assert victims.count("IDENTIFIED") == 3  # A, B (December), G — not C (2026), not D (NGO)
    assert (victims.count("IDENTIFIED", "FEMALE"), victims.count("IDENTIFIED", "MALE")) == (2, 1)
    assert victims.count("NGO_IDENTIFIED") == 1  # D
    assert victims.count("POTENTIAL") == 1  # C, confirmed only in 2026; F was ruled out
    assert victims.total == 5
    later = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2026).table("victims")
    assert later.count("IDENTIFIED") == 1  # C moved on (the World's own cases are potential today)
    potential = StatisticsService(world.desk.vault).cases_behind(world.sessions["sup.hs"], Y2026, "victims",
                                                 "POTENTIAL")
    assert world.c not in {r.id for r in potential.rows}


def test_age_at_identification_not_today(world: StatsWorld) -> None:
    """A was 16 when identified in 2025 and is 18 now: she counts as a child."""
    ages = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025).table("sex_age")
    assert ages.rows == ("0–11", "12–17", "18–24", "25+", "UNKNOWN")
    assert ages.count("12–17", "FEMALE") == 1
    assert ages.count("25+", "MALE") == 1  # B, 35
    assert ages.count("UNKNOWN", "FEMALE") == 1  # G, no age recorded
    assert ages.count("18–24") == 0 and ages.total == 3
    adults = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025,
                                        age_bins=(0, 18)).table("sex_age")
    assert adults.count("0–17") == 1 and adults.count("18+") == 1


def test_nationalities_and_forms_of_exploitation_counted_both(world: StatsWorld) -> None:
    report = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025)
    nations = report.table("nationality")
    assert nations.rows[:2] == ("GT", "HN") and nations.count("GT") == 2 and nations.total == 3
    forms = report.table("exploitation")
    assert forms.count("SEXUAL") == 1 and forms.count("LABOUR") == 2
    assert forms.count("SEXUAL_AND_LABOUR") == 1 and forms.count("OTHER") == 1
    assert forms.count("NOT_RECORDED") == 0
    assert forms.total == 3  # each person once in the total


def test_assisted_includes_earlier_years_and_december_case(world: StatsWorld) -> None:
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    assisted = service.report(me, Y2025).table("assisted")
    assert assisted.count("IDENTIFIED_IN_PERIOD") == 1  # A; B's service is in January 2026
    assert assisted.count("IDENTIFIED_EARLIER") == 1  # E, identified 2024, service until Feb 2025
    assert assisted.total == 2
    means = service.report(me, Y2025).table("assistance")
    assert means.count("MEDICAL", "IDENTIFIED_IN_PERIOD") == 1
    assert means.count("LEGAL", "IDENTIFIED_EARLIER") == 1
    assert means.count("PSYCHOSOCIAL") == 0
    next_year = service.report(me, Y2026)
    assert next_year.table("assisted").count("IDENTIFIED_EARLIER") == 1  # B
    assert next_year.table("assistance").count("PSYCHOSOCIAL", "IDENTIFIED_EARLIER") == 1


def test_justice_and_repatriation_in_their_own_years(world: StatsWorld) -> None:
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    r2025, r2024 = service.report(me, Y2025), service.report(me, Period.year(2024))
    assert r2025.table("justice").count("TIP_ACT_2013", "CONVICTIONS") == 1
    assert r2025.table("justice").count("TIP_ACT_2013", "PROSECUTIONS") == 0
    assert r2024.table("justice").count("TIP_ACT_2013", "PROSECUTIONS") == 1
    assert r2025.table("justice").count("TIP_ACT_2013") is None  # no total across kinds
    assert r2025.table("repatriation").count("SV", "IOM") == 1  # E: identified 2024, returned 2025
    assert r2024.table("repatriation").total == 0
    assert r2024.table("victims").count("IDENTIFIED") == 1  # E


def test_filters_by_agency_and_district(world: StatsWorld) -> None:
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    imm = service.report(me, Y2025, StatsFilter(agency_code="IMM")).table("victims")
    assert imm.count("IDENTIFIED") == 1 and imm.total == 1
    toledo = service.report(me, Y2025, StatsFilter(district="TOLEDO")).table("exploitation")
    assert toledo.count("OTHER") == 1 and toledo.total == 1
    with pytest.raises(ValidationError):
        service.report(me, Y2025, StatsFilter(district="ATLANTIS"))
    with pytest.raises(ValidationError):
        service.report(me, Period(date(2025, 5, 1), date(2025, 1, 1)))


def test_suppression_hides_small_cells_and_protects_totals(world: StatsWorld) -> None:
    report = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025, suppressed=True)
    victims = report.table("victims")
    assert victims.text("IDENTIFIED", "FEMALE") == "<5" and victims.shown("IDENTIFIED") is None
    assert victims.text("IDENTIFIED", "UNKNOWN") == "0"
    assert victims.text() == "5" and victims.shown() == 5
    # The total row shows 5; its small cells are all hidden, none can be worked out.
    assert victims.shown(col="FEMALE") is None and victims.shown(col="MALE") is None


def test_drill_down_respects_case_scope(world: StatsWorld) -> None:
    """P-scope: a supervisor sees the cases of the figure that are in their scope, the rest is
    only counted."""
    service = StatisticsService(world.desk.vault)
    drill = service.cases_behind(world.sessions["sup.hs"], Y2025, "victims", "IDENTIFIED")
    assert drill.total == 3 and drill.hidden == 1  # G belongs to Immigration
    assert {r.id for r in drill.rows} == {world.a, world.b}
    drill = service.cases_behind(world.sessions["sup.imm"], Y2025, "exploitation", "OTHER", "FEMALE")
    assert [r.id for r in drill.rows] == [world.g] and drill.hidden == 0
    with world.desk.vault.session() as s:
        logged = audit.entries(s, action="case.view")
    assert [(e.username, e.record_type, e.record_id) for e in logged[:2]] == [
        ("sup.imm", "statistics", "exploitation"), ("sup.hs", "statistics", "victims")]


def test_me_officer_never_sees_names(world: StatsWorld) -> None:
    """The M&E officer gets every figure but no case list, hence no name."""
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    report = service.report(me, Y2025)
    assert "Alma" not in repr(report) and "Testperson" not in repr(report)
    with pytest.raises(PermissionDenied):
        service.cases_behind(me, Y2025, "victims", "IDENTIFIED")
    with pytest.raises(PermissionDenied):
        service.report(world.sessions["cw.hs"], Y2025)  # case workers have no statistics
