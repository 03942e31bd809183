"""Home: the user's own work, with empty states that say what will appear where."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.models.seed import Action
from desktop.services.referrals.service import ReferralRow

from . import dates, labels
from .admin.audit import audit_action_labels, local_time
from .admin.backups import local_created
from .context import AppContext
from .monitoring_home import MonitoringCards
from .page import Page
from .palette import css
from .widgets import Card, EmptyState, PageHeader

LINK = '<a href="{id}" style="color:{colour}; text-decoration:none; font-weight:600">{text}</a>'


def link(case_id: int, text: str) -> str:
    return LINK.format(id=case_id, colour=css("link"), text=escape(text))


class HomePage(Page):
    areas = ("users", "backups", "audit", "cases", "referrals")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        principal = ctx.user.principal
        self.header = PageHeader(
            self.tr("Welcome, {name}").format(name=principal.display_name),
            self.tr("{role} · {agency}").format(role=labels.role(principal.role_name),
                                                agency=labels.agency(principal.agency_name)))
        self.layout_.addWidget(self.header)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)
        self.cards: list[Card] = []
        self.admin_labels: dict[str, QLabel] = {}
        self.activity: QLabel | None = None
        self.case_lists: dict[str, tuple[QLabel, EmptyState]] = {}
        self.monitoring: MonitoringCards | None = None
        self._build()

    def _add(self, card: Card) -> None:
        index = len(self.cards)
        self.grid.addWidget(card, index // 2, index % 2)
        self.cards.append(card)

    def _build(self) -> None:
        p = self.ctx.user.principal
        if p.can(Action.CASE_VIEW):
            self._add(self._list_card("cases", self.tr("My cases"), self.tr(
                "No cases yet. The cases you may see will be listed here, most recently "
                "updated first.")))
            self._add(self._list_card("tasks", self.tr("Tasks due"), self.tr(
                "No open tasks. Your tasks and follow-ups, overdue ones first, will appear "
                "here.")))
        if p.can(Action.CASE_APPROVE_CLOSURE) or p.can(Action.INTERVIEW_APPROVE):
            self._add(self._empty(self.tr("Waiting for my approval"), self.tr(
                "Case closures and interview records submitted for your approval will wait "
                "here.")))
        if p.can(Action.REFERRAL_CREATE) or p.can(Action.REFERRAL_RESPOND):
            self._add(self._list_card("referrals", self.tr("Pending referrals"), self.tr(
                "No pending referrals. Referrals awaiting an answer (overdue ones first), drafts "
                "and those whose consent was withdrawn will appear here.")))
        if p.can(Action.INTERVIEW_CONDUCT):
            self._add(self._empty(self.tr("My interviews"), self.tr(
                "Forensic interviews in draft or returned to you will appear here.")))
        if p.can(Action.STATISTICS_VIEW) and not p.can(Action.CASE_VIEW):
            self.monitoring = MonitoringCards(self.ctx, lambda key: self.navigate.emit(key, 0, ""))
            for card in self.monitoring.cards():
                self._add(card)
        if p.can(Action.USERS_MANAGE) or p.can(Action.BACKUP_MANAGE):
            self._add(self._admin_card())
        if p.can(Action.AUDIT_VIEW):
            self._add(self._activity_card())

    def _empty(self, title: str, text: str) -> Card:
        card = Card(title)
        card.body.addWidget(EmptyState(text))
        card.body.addStretch(1)
        return card

    def _list_card(self, key: str, title: str, empty: str) -> Card:
        """A card listing up to five cases or tasks; a link opens the case on the Cases page."""
        card = Card(title)
        lines = QLabel()
        lines.setTextFormat(Qt.TextFormat.RichText)
        lines.setWordWrap(True)
        lines.linkActivated.connect(self._open_case)
        state = EmptyState(empty)
        card.body.addWidget(lines)
        card.body.addWidget(state)
        card.body.addStretch(1)
        self.case_lists[key] = (lines, state)
        return card

    def _open_case(self, link: str) -> None:
        if link.isdigit():
            self.navigate.emit("cases", int(link), "")

    def _refresh_cases(self) -> None:
        session = self.ctx.user
        rows = self.ctx.case_reads.list_page(session, limit=5)
        self._show_lines("cases", [
            f'{link(r.id, r.reference)} · {escape(r.name)} · '
            f'{escape(labels.label("case_status", r.status))}' for r in rows])
        lines = []
        for task in self.ctx.case_reads.my_tasks(session, limit=5):
            due = dates.day(task.due_on) if task.due_on else self.tr("no due date")
            text = f'{escape(due)} · {escape(task.title)} · ' \
                   f'{link(task.case_id, task.reference)}'
            lines.append(f'<span style="color:{css("alert")}">{text} · {escape(self.tr("overdue"))}</span>'
                         if task.overdue else text)
        self._show_lines("tasks", lines)
        if "referrals" in self.case_lists:
            self._show_lines("referrals", [self._referral_line(r) for r in
                                           self.ctx.referrals.pending(session, limit=5)])

    def _referral_line(self, row: ReferralRow) -> str:
        state = labels.label("consent_flag", row.consent_flag) if row.consent_flag else (
            self.tr("overdue") if row.overdue else labels.label("referral_status", row.status))
        other = row.sender_name or labels.agency(row.recipient_name)  # incoming rows name who sent them
        text = (f'{link(row.case_id, row.case_reference)} · '
                f'{escape(other)} · {escape(state)}')
        alert = row.overdue or bool(row.consent_flag)
        return f'<span style="color:{css("alert")}">{text}</span>' if alert else text

    def _show_lines(self, key: str, lines: list[str]) -> None:
        label, empty = self.case_lists[key]
        label.setText("".join(f'<p style="margin:0 0 5px 0">{line}</p>' for line in lines))
        label.setVisible(bool(lines))
        empty.setVisible(not lines)

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
        if self.monitoring is not None:
            self.monitoring.refresh()
        if self.case_lists:
            self._refresh_cases()
        if self.activity is not None:
            actions = audit_action_labels()
            entries = self.ctx.audit.entries(self.ctx.user, limit=6)
            self.activity.setText("\n".join(
                f"{local_time(e.at)}   {e.user_name or e.username or '—'}   {actions.get(e.action, e.action)}"
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
        if self.monitoring is not None:
            self.monitoring.clear()
        for key in self.case_lists:
            self._show_lines(key, [])
        for label in self.admin_labels.values():
            label.clear()
        if self.activity is not None:
            self.activity.clear()
