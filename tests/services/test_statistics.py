"""The annual statistics on a hand-built set of cases whose figures are known."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.reports.figures import TOTAL
from desktop.services import audit
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.statistics.service import Period, StatisticsService, StatsFilter

from ..conftest import Desk
from .disclosure import assert_margins, assert_protected
from .stats_world import StatsWorld

Y2024, Y2025, Y2026 = Period.year(2024), Period.year(2025), Period.year(2026)
CHILDREN = ("sex_age", "nationality", "exploitation")


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
    later = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2026)
    assert later.table("victims").count("IDENTIFIED") == 1  # C moved on
    potential = StatisticsService(world.desk.vault).cases_behind(world.sessions["sup.hs"], Y2026,
                                                                 "victims", "POTENTIAL")
    assert world.c not in {r.id for r in potential.rows}


def test_age_at_identification_not_today(world: StatsWorld) -> None:
    """A was 16 when identified in 2025 and is 18 now: she counts as a child."""
    service = StatisticsService(world.desk.vault)
    ages = service.report(world.sessions["me.officer"], Y2025).table("sex_age")
    assert ages.rows == ("0–11", "12–17", "18–24", "25+", "UNKNOWN")
    assert ages.count("12–17", "FEMALE") == 1
    assert ages.count("25+", "MALE") == 1  # B, 35
    assert ages.count("UNKNOWN", "FEMALE") == 1  # G, no age recorded
    assert ages.count("18–24") == 0 and ages.total == 3
    adults = service.report(world.sessions["me.officer"], Y2025, age_bins=(0, 18)).table("sex_age")
    assert adults.count("0–17") == 1 and adults.count("18+") == 1


def test_each_identified_victim_is_in_one_form_of_exploitation(world: StatsWorld) -> None:
    """The rows are a partition: both (A), labour only (B), other forms only (G) add up to 3."""
    report = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025)
    nations = report.table("nationality")
    assert nations.rows[:2] == ("GT", "HN") and nations.count("GT") == 2 and nations.total == 3
    forms = report.table("exploitation")
    assert [forms.count(r) for r in forms.rows] == [0, 1, 1, 1, 0]
    assert forms.rows == ("SEXUAL", "LABOUR", "SEXUAL_AND_LABOUR", "OTHER_ONLY", "NOT_RECORDED")
    assert forms.count("SEXUAL_AND_LABOUR", "FEMALE") == 1 and forms.total == 3


def test_assisted_counts_every_service_active_in_the_year(world: StatsWorld) -> None:
    """A's medical care began in April 2025 and has not ended: she is assisted in 2025 and in
    2026 (identified earlier). E's legal aid ran from 2024 into February 2025."""
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    assisted = service.report(me, Y2025).table("assisted")
    assert assisted.count("IDENTIFIED_IN_PERIOD") == 1  # A; B's service is in January 2026
    assert assisted.count("IDENTIFIED_EARLIER") == 1  # E
    assert assisted.total == 2
    means = service.report(me, Y2025).table("assistance")
    assert means.count("MEDICAL", "IDENTIFIED_IN_PERIOD") == 1
    assert means.count("LEGAL", "IDENTIFIED_EARLIER") == 1
    assert means.count("PSYCHOSOCIAL") == 0 and not means.has_total_row
    next_year = service.report(me, Y2026)
    assert next_year.table("assisted").count("IDENTIFIED_EARLIER") == 2  # A (still open) and B
    assert next_year.table("assistance").count("MEDICAL", "IDENTIFIED_EARLIER") == 1
    assert service.report(me, Y2024).table("assisted").total == 1  # E


def test_a_case_ruled_out_by_the_year_end_is_not_assisted(world: StatsWorld) -> None:
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    world.sections.add(world.sessions["cw.hs"], world.f, "services",
                       {"service_type": "MEDICAL", "started_on": date(2025, 7, 2),
                        "ended_on": date(2025, 7, 5)})
    assert service.report(me, Y2025).table("assisted").total == 2  # F ruled out on 10 July
    world.cases.record_identification(world.sessions["cw.hs"], world.f, "POSSIBLE",
                                      date(2025, 9, 1), "NGO")
    assert service.report(me, Y2025).table("assisted").count("NOT_CONFIRMED") == 1  # reopened


def test_justice_and_repatriation_in_their_own_years(world: StatsWorld) -> None:
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    r2025, r2024 = service.report(me, Y2025), service.report(me, Y2024)
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
    assert toledo.count("OTHER_ONLY") == 1 and toledo.total == 1
    with pytest.raises(ValidationError):
        service.report(me, Y2025, StatsFilter(district="ATLANTIS"))
    with pytest.raises(ValidationError):
        service.report(me, Period(date(2025, 5, 1), date(2025, 1, 1)))
    with pytest.raises(ValidationError):
        service.reports(me, [Period.year(y) for y in range(1990, 2026)])  # more than 30


@pytest.mark.parametrize("suppressed", [False, True])
def test_every_margin_adds_up_and_a_figure_reads_the_same_in_every_table(
        world: StatsWorld, suppressed: bool) -> None:
    service = StatisticsService(world.desk.vault)
    for report in service.reports(world.sessions["me.officer"], [Y2024, Y2025, Y2026],
                                  suppressed=suppressed):
        tables = [t for t in report.tables if t.key not in ("trainings", "campaigns")]
        assert_margins(tables)
        victims = report.table("victims")
        for key in CHILDREN:
            for col in (*victims.columns, TOTAL):
                assert report.table(key).count(TOTAL, col) == victims.count("IDENTIFIED", col)
                assert report.table(key).text(TOTAL, col) == victims.text("IDENTIFIED", col)
        if suppressed:
            assert_protected(tables, report.threshold)


def test_suppression_labels_small_counts_and_hides_what_would_reveal_them(world: StatsWorld) -> None:
    report = StatisticsService(world.desk.vault).report(world.sessions["me.officer"], Y2025,
                                                        suppressed=True)
    victims = report.table("victims")
    assert victims.text("IDENTIFIED", "FEMALE") == "<5" and victims.shown("IDENTIFIED") is None
    assert victims.text("IDENTIFIED", "UNKNOWN") == "0"
    texts = {victims.text(r, c) for r in (*victims.rows, TOTAL) for c in (*victims.columns, TOTAL)}
    assert texts <= {"<5", "—", "0", "5"}
    for r in (*victims.rows, TOTAL):
        for c in (*victims.columns, TOTAL):
            if victims.text(r, c) == "<5":
                assert 0 < (victims.count(r, c) or 0) < 5
            if victims.text(r, c) == "—":
                assert (victims.count(r, c) or 0) >= 5
    assert_protected([t for t in report.tables if t.key not in ("trainings", "campaigns")], 5)


def test_reports_of_several_years_in_one_pass_equal_one_at_a_time(world: StatsWorld) -> None:
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    service.cached = False
    years = [Period.year(y) for y in range(2022, 2027)]
    together = service.reports(me, years)
    assert [r.tables for r in together] == [service.report(me, p).tables for p in years]
    half = Period(date(2025, 1, 1), date(2025, 6, 30))  # any period, not only calendar years
    assert service.report(me, half).table("victims").count("IDENTIFIED") == 1  # A, in March


def test_drill_down_respects_case_scope(world: StatsWorld) -> None:
    """P-scope: a supervisor sees the cases of the figure that are in their scope, the rest is
    only counted."""
    service = StatisticsService(world.desk.vault)
    drill = service.cases_behind(world.sessions["sup.hs"], Y2025, "victims", "IDENTIFIED")
    assert drill.total == 3 and drill.hidden == 1  # G belongs to Immigration
    assert {r.id for r in drill.rows} == {world.a, world.b}
    drill = service.cases_behind(world.sessions["sup.imm"], Y2025, "exploitation", "OTHER_ONLY",
                                 "FEMALE")
    assert [r.id for r in drill.rows] == [world.g] and drill.hidden == 0
    margin = service.cases_behind(world.sessions["sup.hs"], Y2025, "sex_age", TOTAL, "FEMALE")
    assert margin.total == 2  # the age table's total row is the identified row
    with world.desk.vault.session() as s:
        logged = audit.entries(s, action="case.view")
    assert [(e.username, e.record_type, e.record_id) for e in logged[:3]] == [
        ("sup.hs", "statistics", "sex_age"), ("sup.imm", "statistics", "exploitation"),
        ("sup.hs", "statistics", "victims")]


def test_me_officer_never_sees_names(world: StatsWorld) -> None:
    """The M&E officer gets every figure but no case list, hence no name."""
    service, me = StatisticsService(world.desk.vault), world.sessions["me.officer"]
    report = service.report(me, Y2025)
    assert "Alma" not in repr(report) and "Testperson" not in repr(report)
    with pytest.raises(PermissionDenied):
        service.cases_behind(me, Y2025, "victims", "IDENTIFIED")
    with pytest.raises(PermissionDenied):
        service.report(world.sessions["cw.hs"], Y2025)  # case workers have no statistics
