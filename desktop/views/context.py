"""What every view receives: the services, the current user session and the change notices.

Views get this small object instead of an application god-object; it holds services, never a
database session. `AppContext.build` is the one place that constructs the services, all over the
same store (the one the account service unlocks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.services.accounts.directory import DirectoryService
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.settings import SettingsService
from desktop.services.audit import AuditService
from desktop.services.cases.queue import WorkQueue
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService
from desktop.services.exchange import ExchangeService
from desktop.services.interviews.library import FormLibrary
from desktop.services.interviews.service import InterviewService
from desktop.services.maintenance.service import MaintenanceService
from desktop.services.referrals.documents import ReferralDocuments
from desktop.services.referrals.service import ReferralService
from desktop.services.statistics.prevention import PreventionService
from desktop.services.statistics.report import AnnualReportService
from desktop.services.statistics.service import StatisticsService
from desktop.services.user import UserSession

from .worker import Worker

if TYPE_CHECKING:  # loaded when the exchange is first used (its import costs memory at start)
    from desktop.services.bundles import BundleServices


class Changes(QObject):
    """One application-wide notice after a write: `changed.emit("users")`; views refresh."""

    changed = Signal(str)


@dataclass
class AppContext:
    accounts: AccountService
    maintenance: MaintenanceService
    directory: DirectoryService
    audit: AuditService
    settings: SettingsService
    case_reads: CaseReads
    queue: WorkQueue
    cases: CaseService
    sections: CaseSectionService
    forms: FormLibrary
    interviews: InterviewService
    referrals: ReferralService
    documents: ReferralDocuments
    statistics: StatisticsService
    reports: AnnualReportService
    exchange: ExchangeService
    prevention: PreventionService
    worker: Worker
    changes: Changes = field(default_factory=Changes)
    session: UserSession | None = None
    demo: bool = False

    @classmethod
    def build(cls, accounts: AccountService, maintenance: MaintenanceService, worker: Worker, *,
              session: UserSession | None = None, demo: bool = False) -> AppContext:
        store = accounts.store
        forms, referrals, statistics = FormLibrary(store), ReferralService(store), StatisticsService(store)
        return cls(
            accounts, maintenance, DirectoryService(store), AuditService(store), SettingsService(store),
            CaseReads(store), WorkQueue(store), CaseService(store), CaseSectionService(store), forms,
            InterviewService(store, forms), referrals, ReferralDocuments(store, referrals), statistics,
            AnnualReportService(store, statistics), ExchangeService(store), PreventionService(store),
            worker, session=session, demo=demo,
        )

    @cached_property
    def bundles(self) -> BundleServices:
        from desktop.services.bundles import BundleServices

        return BundleServices.over(self.accounts.store)

    @property
    def user(self) -> UserSession:
        if self.session is None:
            raise RuntimeError("no user is logged in")
        return self.session
