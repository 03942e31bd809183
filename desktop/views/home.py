"""Home: the user's own work, with empty states that say what will appear where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.models.seed import Action

from .admin.audit import audit_action_labels, local_time
from .admin.backups import local_created
from .context import AppContext
from .page import Page
from .widgets import Card, EmptyState, PageHeader


class HomePage(Page):
    areas = ("users", "backups", "audit")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        principal = ctx.user.principal
        self.header = PageHeader(
            self.tr("Welcome, {name}").format(name=principal.display_name),
            self.tr("{role} · {agency}").format(role=principal.role_name,
                                                agency=principal.agency_name))
        self.layout_.addWidget(self.header)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)
        self.cards: list[Card] = []
        self.admin_labels: dict[str, QLabel] = {}
        self.activity: QLabel | None = None
        self._build()

    def _add(self, card: Card) -> None:
        index = len(self.cards)
        self.grid.addWidget(card, index // 2, index % 2)
        self.cards.append(card)

    def _build(self) -> None:
        p = self.ctx.user.principal
        if p.can(Action.CASE_VIEW):
            self._add(self._empty(self.tr("My cases"), self.tr(
                "Cases assigned to you will be listed here, most recently updated first, once "
                "case records are part of CaseDesk.")))
            self._add(self._empty(self.tr("Tasks due"), self.tr(
                "Your tasks and follow-ups, overdue ones first, will appear here.")))
        if p.can(Action.CASE_APPROVE_CLOSURE) or p.can(Action.INTERVIEW_APPROVE):
            self._add(self._empty(self.tr("Waiting for my approval"), self.tr(
                "Case closures and interview records submitted for your approval will wait "
                "here.")))
        if p.can(Action.REFERRAL_CREATE) or p.can(Action.REFERRAL_RESPOND):
            self._add(self._empty(self.tr("Pending referrals"), self.tr(
                "Referrals awaiting an answer, overdue ones first, will appear here.")))
        if p.can(Action.INTERVIEW_CONDUCT):
            self._add(self._empty(self.tr("My interviews"), self.tr(
                "Forensic interviews in draft or returned to you will appear here.")))
        if p.can(Action.STATISTICS_VIEW) and not p.can(Action.CASE_VIEW):
            self._add(self._empty(self.tr("Statistics"), self.tr(
                "The council's annual figures and the prevention register will be reached from "
                "here; they never show a name.")))
        if p.can(Action.USERS_MANAGE) or p.can(Action.BACKUP_MANAGE):
            self._add(self._admin_card())
        if p.can(Action.AUDIT_VIEW):
            self._add(self._activity_card())

    def _empty(self, title: str, text: str) -> Card:
        card = Card(title)
        card.body.addWidget(EmptyState(text))
        card.body.addStretch(1)
        return card

    def _admin_card(self) -> Card:
        card = Card(self.tr("Vault and accounts"))
        for key in ("backup", "accounts", "security"):
            label = QLabel()
            label.setWordWrap(True)
            card.body.addWidget(label)
            self.admin_labels[key] = label
        card.body.addStretch(1)
        return card

    def _activity_card(self) -> Card:
        card = Card(self.tr("Recent activity"))
        self.activity = QLabel()
        self.activity.setObjectName("activity")
        self.activity.setWordWrap(True)
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        card.body.addWidget(self.activity)
        card.body.addStretch(1)
        return card

    def refresh(self) -> None:
        if self.activity is not None:
            labels = audit_action_labels()
            entries = self.ctx.audit.entries(self.ctx.user, limit=6)
            self.activity.setText("\n".join(
                f"{local_time(e.at)}   {e.username or '—'}   {labels.get(e.action, e.action)}"
                for e in entries))
        if not self.admin_labels:
            return
        session = self.ctx.user
        p = session.principal
        if p.can(Action.BACKUP_MANAGE):
            backups = self.ctx.maintenance.list_backups(session)
            self.admin_labels["backup"].setText(
                self.tr("Last backup: {when}").format(when=local_created(backups[0].created))
                if backups else self.tr("No backup has been made yet. Make one from "
                                        "Administration → Backups."))
        if p.can(Action.USERS_MANAGE):
            users = self.ctx.accounts.list_users(session)
            waiting = sum(1 for u in users if u.must_change_password and not u.disabled)
            self.admin_labels["accounts"].setText(self.tr(
                "Accounts: {active} active, {waiting} still on a temporary password.").format(
                active=sum(1 for u in users if not u.disabled), waiting=waiting))
        info = self.ctx.maintenance.security_info(session)
        self.admin_labels["security"].setText(
            self.tr("Device binding is on.") if info.device_binding else
            self.tr("Device binding is OFF for this vault."))

    def clear(self) -> None:
        for label in self.admin_labels.values():
            label.clear()
        if self.activity is not None:
            self.activity.clear()
