"""What every view receives: the services, the current user session and the change notices.

Views get this small object instead of an application god-object; it holds services, never a
database session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.services.accounts.directory import DirectoryService
from desktop.services.accounts.service import AccountService, UserSession
from desktop.services.accounts.settings import SettingsService
from desktop.services.audit import AuditService
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService
from desktop.services.interviews.library import FormLibrary
from desktop.services.interviews.service import InterviewService
from desktop.services.maintenance.service import MaintenanceService
from desktop.services.referrals.documents import ReferralDocuments
from desktop.services.referrals.service import ReferralService

from .worker import Worker


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
    worker: Worker
    changes: Changes = field(default_factory=Changes)
    cases: CaseService = field(default_factory=CaseService)
    sections: CaseSectionService = field(default_factory=CaseSectionService)
    forms: FormLibrary = field(default_factory=FormLibrary)
    interviews: InterviewService = field(default_factory=InterviewService)
    referrals: ReferralService = field(default_factory=ReferralService)
    documents: ReferralDocuments = field(default_factory=ReferralDocuments)
    session: UserSession | None = None
    demo: bool = False

    @property
    def user(self) -> UserSession:
        if self.session is None:
            raise RuntimeError("no user is logged in")
        return self.session
