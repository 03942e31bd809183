"""Home: each role sees its own work, or empty states saying what will appear."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.services.accounts.service import AccountService, NewUser
from desktop.services.maintenance.service import MaintenanceService
from desktop.views.context import AppContext
from desktop.views.home import HomePage
from desktop.views.statistics.years import report_year
from desktop.views.widgets import Card, EmptyState
from desktop.views.worker import Worker

from ..conftest import Desk

PASSWORD = "Mango season in Cayo 2026"



@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("CASE_WORKER", ["My cases", "Tasks due", "Pending referrals"]),
        ("SUPERVISOR", ["My cases", "Tasks due", "Waiting for my approval", "Pending referrals"]),
        ("FORENSIC_INTERVIEWER", ["My cases", "Tasks due", "My interviews"]),
        ("PARTNER_LIAISON", ["My cases", "Tasks due", "Pending referrals"]),
        ("ME_OFFICER", ["Key figures", "Data to complete before the annual report",
                        "Annual report and exports"]),
    ],
)
def test_home_cards_follow_the_role(qtbot, desk: Desk, role: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.create_user(desk.admin, NewUser("someone", "Some One", role, "HS"),
                              known_password=PASSWORD)
    desk.accounts.logout(desk.admin)
    ctx = AppContext.build(AccountService(desk.vault), MaintenanceService(desk.vault), Worker(),
                           session=desk.login("someone", PASSWORD))
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    titles = [label.text() for c in page.findChildren(Card) for label in c.findChildren(
        type(page.header.title)) if label.objectName() == "cardTitle"]
    assert titles == expected
    figures = page.monitoring.figures if page.monitoring is not None else None
    assert all(c.findChildren(EmptyState) for c in page.findChildren(Card) if c is not figures)
    qtbot.waitUntil(lambda: not ctx.worker.is_busy, timeout=20000)
    if figures is not None:  # this year against last year, one line per key figure
        shown = [label.text() for label in figures.findChildren(QLabel)
                 if label.objectName() in ("figure", "figureStrong")]
        assert "Identified victims" in shown and "Training participants" in shown
        assert str(report_year()) in shown and str(report_year() - 1) in shown


def test_home_for_the_administrator_shows_vault_and_accounts(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert "No backup has been made yet" in page.admin_labels["backup"].text()
    assert "Accounts: 1 active, 0 still" in page.admin_labels["accounts"].text()
    ctx.maintenance.backup(ctx.user)
    page.refresh()
    assert page.admin_labels["backup"].text().startswith("Last backup:")
    page.clear()
    assert all(not label.text() for label in page.admin_labels.values())
