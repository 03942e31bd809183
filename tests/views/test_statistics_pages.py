"""Statistics and Prevention pages: year, filters, suppression switch, previous year, drill-down
only for roles that may open cases, and the prevention register's forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desktop.services.statistics.service import StatisticsService
from desktop.views.cases.common import accept_button
from desktop.views.context import AppContext
from desktop.views.main_window.pages import pages_for
from desktop.views.statistics.chart import BarChart
from desktop.views.statistics.page import StatisticsPage
from desktop.views.statistics.prevention_page import PreventionPage, RecordDialog

from ..conftest import Desk
from ..services.stats_world import StatsWorld
from .conftest import wait_idle


@pytest.fixture
def world(desk: Desk) -> StatsWorld:
    return StatsWorld(desk)


def _as(ctx: AppContext, world: StatsWorld, name: str) -> AppContext:
    ctx.session = world.sessions[name]
    return ctx


def test_pages_offered_by_action(world: StatsWorld) -> None:
    keys = {name: {s.key for s in pages_for(world.sessions[name].principal)}
            for name in ("me.officer", "sup.hs", "cw.hs")}
    assert {"statistics", "prevention"} <= keys["me.officer"] and "cases" not in keys["me.officer"]
    assert "statistics" in keys["sup.hs"] and "prevention" not in keys["sup.hs"]
    assert "statistics" not in keys["cw.hs"]


def test_statistics_page_shows_year_previous_year_and_suppression(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                  world: StatsWorld,
                                                                  tmp_path: Path) -> None:
    page = StatisticsPage(_as(ctx, world, "me.officer"))
    qtbot.addWidget(page)
    page.suppress.setChecked(False)
    page.year.setValue(2025)
    wait_idle(qtbot, ctx)
    key = page.body_layout.itemAt(0).widget().findChildren(type(page.tables["victims"]))[0]
    assert [key.item(0, c).text() for c in range(3)] == ["Victims identified", "1", "3"]
    assert page.tables["victims"].item(0, 1).text() == "2"  # identified, female
    assert not page.internal.isHidden() and "Internal use only" in page.internal.text()
    page.suppress.setChecked(True)
    wait_idle(qtbot, ctx)
    assert page.internal.isHidden()
    victims = page.tables["victims"]
    assert victims.item(0, 1).text() == "<5"
    assert victims.item(0, 1).toolTip() == "Fewer than 5 (from 1 to 4)."
    marks = {victims.item(r, c).text() for r in range(victims.rowCount())
             for c in range(1, victims.columnCount())}
    assert marks <= {"<5", "—", "0", "5"}
    charts = page.body.findChildren(BarChart)
    assert charts and all(c.values for c in charts)
    assert any("<5" in line for c in charts for line in c.values)  # a gap, not a zero bar
    page.resize(1100, 900)
    page.show()
    page.grab().save(str(tmp_path / "statistics.png"))
    page.export_pdf(tmp_path / "report.pdf")
    wait_idle(qtbot, ctx)
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    page.tables["victims"].cellDoubleClicked.emit(1, 1)  # no case list for the M&E officer
    wait_idle(qtbot, ctx)


def test_supervisor_can_open_the_cases_behind_a_figure(qtbot, ctx: AppContext, world: StatsWorld,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.views.statistics.page.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    page = StatisticsPage(_as(ctx, world, "sup.hs"))
    qtbot.addWidget(page)
    page.suppress.setChecked(False)
    page.year.setValue(2025)
    wait_idle(qtbot, ctx)
    assert page.export_buttons == []  # statistics.view without statistics.export
    page.tables["victims"].cellDoubleClicked.emit(0, 4)  # identified, total
    wait_idle(qtbot, ctx)
    assert shown and "Alma Testperson" in shown[0] and "1 more are outside your access" in shown[0]
    page.suppress.setChecked(True)
    wait_idle(qtbot, ctx)
    page.tables["victims"].cellDoubleClicked.emit(0, 1)  # "<5": a list would give it away
    wait_idle(qtbot, ctx)
    assert "hidden to protect a small figure" in shown[-1]
    assert StatisticsService  # the page uses the service; nothing else reaches the vault


def test_prevention_page_adds_and_removes(qtbot, ctx: AppContext, world: StatsWorld) -> None:  # type: ignore[no-untyped-def]
    page = PreventionPage(_as(ctx, world, "me.officer"))
    qtbot.addWidget(page)
    page.show()  # pages refresh on change notices while visible
    page.year.setValue(2025)
    wait_idle(qtbot, ctx)
    dialog = RecordDialog(page, "training")
    dialog.day.setDate(QDate(2025, 4, 2))
    dialog.audience.setCurrentIndex(dialog.audience.findData("TEACHERS"))
    dialog.save()  # no participants: refused, the dialog says why
    assert "at least one participant" in dialog.error.text()
    dialog.female.setValue(20)
    dialog.male.setValue(4)
    dialog.save()
    wait_idle(qtbot, ctx)
    assert page.trainings.rowCount() == 1 and page.trainings.item(0, 6).text() == "24"
    campaign = RecordDialog(page, "campaign")
    campaign.day.setDate(QDate(2025, 5, 1))
    campaign.reach.setValue(1200)
    campaign.save()
    wait_idle(qtbot, ctx)
    assert page.campaigns.rowCount() == 1
    assert not page.buttons["remove"].isEnabled()  # nothing chosen: nothing to remove
    page.trainings.selectRow(0)
    assert page.buttons["remove"].isEnabled()
    page.campaigns.selectRow(0)  # the row chosen last is the one removed; one at a time
    assert not page.trainings.selectedItems()
    page.trainings.selectRow(0)
    page.remove_selected()
    accept_button(page.question).click()
    wait_idle(qtbot, ctx)
    assert page.trainings.rowCount() == 0 and page.campaigns.rowCount() == 1
    assert page.empty[page.trainings].isVisible() and not page.trainings.isVisible()
    assert not page.buttons["remove"].isEnabled()
