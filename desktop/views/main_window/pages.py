"""Which pages the sidebar offers, and to whom: a table, not scattered role checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.models.seed import Action
from desktop.services.policy import Principal

from ..context import AppContext
from ..home import HomePage
from ..page import Page


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    visible: Callable[[Principal], bool]
    factory: Callable[[AppContext], Page]


def _administers(p: Principal) -> bool:
    return any(p.can(a) for a in (Action.USERS_MANAGE, Action.AUDIT_VIEW, Action.BACKUP_MANAGE,
                                  Action.AGENCIES_MANAGE, Action.SETTINGS_MANAGE))


# The pages beyond Home load their modules when first built (`lazy_pages.py`).
def _cases(ctx: AppContext) -> Page:
    from ..cases.list_page import CasesPage

    return CasesPage(ctx)


def _referrals(ctx: AppContext) -> Page:
    from ..referrals_page import ReferralsPage

    return ReferralsPage(ctx)


def _statistics(ctx: AppContext) -> Page:
    from ..statistics.page import StatisticsPage

    return StatisticsPage(ctx)


def _prevention(ctx: AppContext) -> Page:
    from ..statistics.prevention_page import PreventionPage

    return PreventionPage(ctx)


def _administration(ctx: AppContext) -> Page:
    from ..admin.page import AdministrationPage

    return AdministrationPage(ctx)


# Every page, in sidebar order, with who sees it.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", lambda: _tr("Home"), lambda p: True, HomePage),
    PageSpec("cases", lambda: _tr("Cases"), lambda p: p.can(Action.CASE_VIEW), _cases),
    PageSpec("referrals", lambda: _tr("Referrals"),
             lambda p: any(p.can(a) for a in (Action.REFERRAL_CREATE, Action.REFERRAL_PRINT,
                                              Action.REFERRAL_RESPOND)), _referrals),
    PageSpec("statistics", lambda: _tr("Statistics"), lambda p: p.can(Action.STATISTICS_VIEW),
             _statistics),
    PageSpec("prevention", lambda: _tr("Prevention"), lambda p: p.can(Action.PREVENTION_MANAGE),
             _prevention),
    PageSpec("administration", lambda: _tr("Administration"), _administers, _administration),
)


def pages_for(principal: Principal) -> list[PageSpec]:
    return [spec for spec in PAGES if spec.visible(principal)]
