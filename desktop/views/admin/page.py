"""The Administration page: a tab per area, each shown only to roles that hold its actions."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ..context import AppContext
from ..page import Page
from .audit import AuditTab
from .backups import BackupsTab
from .base import AdminTab
from .exchange import ExchangeTab
from .forms import FormsTab
from .organisations import OrganisationsTab
from .roles import RolesTab
from .security import SecurityTab
from .server_pages import ServerBackupsTab, ServerSecurityTab
from .settings import SettingsTab
from .users import UsersTab

TABS: tuple[type[AdminTab], ...] = (
    UsersTab, OrganisationsTab, RolesTab, FormsTab, AuditTab, BackupsTab, SecurityTab, SettingsTab,
    ExchangeTab,
)
#: In server mode (the maintenance service's backend): the server's pages in the vault's places.
ON_THE_SERVER: dict[type[AdminTab], type[AdminTab]] = {
    BackupsTab: ServerBackupsTab, SecurityTab: ServerSecurityTab}


class AdministrationPage(Page):

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.setContentsMargins(16, 16, 16, 16)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setDocumentMode(False)
        self.tab_pages: list[AdminTab] = []
        on_server = ctx.maintenance.backend == "postgresql"
        for tab_class in TABS:
            if on_server:
                tab_class = ON_THE_SERVER.get(tab_class, tab_class)
            if tab_class.allowed(ctx.user.principal):
                tab = tab_class(ctx)
                self.tab_pages.append(tab)
                if isinstance(tab, BackupsTab):
                    tab.restored.connect(self.restored)
                self.tabs.addTab(tab, tab_class.title())
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.layout_.addWidget(self.tabs)

    def current_tab(self) -> AdminTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, AdminTab) else None

    def show_tab(self, tab_class: type[AdminTab]) -> AdminTab:
        wanted = (tab_class, ON_THE_SERVER.get(tab_class, tab_class))
        for index, tab in enumerate(self.tab_pages):
            if isinstance(tab, wanted):
                self.tabs.setCurrentIndex(index)
                return tab
        raise LookupError(tab_class.__name__)

    def refresh(self) -> None:
        tab = self.current_tab()
        if tab is not None and self.ctx.session is not None:
            tab.refresh()

    def clear(self) -> None:
        for tab in self.tab_pages:
            tab.clear()
