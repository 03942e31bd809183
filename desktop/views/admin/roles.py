"""Roles and their permissions as a readable matrix (the policy is data; this only shows it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.models.seed import Action, Scope

from ..context import AppContext
from ..widgets import PageHeader
from .base import AdminTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("RolesTab", text)


def action_labels() -> dict[str, str]:
    return {
        Action.CASE_CREATE: _tr("Open new cases"),
        Action.CASE_VIEW: _tr("Read cases in scope"),
        Action.CASE_EDIT: _tr("Edit cases"),
        Action.CASE_ASSIGN: _tr("Assign cases"),
        Action.CASE_APPROVE_CLOSURE: _tr("Approve case closure"),
        Action.INTERVIEW_CONDUCT: _tr("Conduct forensic interviews"),
        Action.INTERVIEW_APPROVE: _tr("Approve interview records"),
        Action.REFERRAL_CREATE: _tr("Prepare referrals"),
        Action.REFERRAL_PRINT: _tr("Print referral packets"),
        Action.REFERRAL_RESPOND: _tr("Answer referrals to the agency"),
        Action.CONSENT_OVERRIDE: _tr("Override missing consent (with reason)"),
        Action.EXPORT_IDENTIFIABLE: _tr("Export identifiable data"),
        Action.STATISTICS_VIEW: _tr("View statistics"),
        Action.STATISTICS_EXPORT: _tr("Export anonymised statistics"),
        Action.PREVENTION_MANAGE: _tr("Keep the prevention register"),
        Action.USERS_MANAGE: _tr("Manage user accounts"),
        Action.ROLES_MANAGE: _tr("Manage roles"),
        Action.AGENCIES_MANAGE: _tr("Manage the organisations directory"),
        Action.FORMS_MANAGE: _tr("Import and activate forms"),
        Action.AUDIT_VIEW: _tr("Read the audit trail"),
        Action.BACKUP_MANAGE: _tr("Make and restore backups"),
        Action.VAULT_REKEY: _tr("Rotate the database key"),
        Action.SETTINGS_MANAGE: _tr("Change vault settings"),
        Action.PEERS_MANAGE: _tr("Manage the vault's identity and trusted vaults"),
        Action.BUNDLE_SYNC: _tr("Synchronise with our office or field tablets"),
        Action.BUNDLE_SEND: _tr("Send cases to partner organisations"),
    }


def scope_labels() -> dict[Scope, str]:
    return {
        Scope.OWN: _tr("Own and assigned cases"),
        Scope.GROUP: _tr("Cases of my groups"),
        Scope.AGENCY: _tr("All cases of my agency"),
        Scope.REFERRED: _tr("Cases referred to my agency"),
        Scope.ALL: _tr("All cases"),
        Scope.NONE: _tr("No case records"),
    }


class RolesTab(AdminTab):
    required = (Action.USERS_MANAGE, Action.ROLES_MANAGE)

    @classmethod
    def title(cls) -> str:
        return _tr("Roles and permissions")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(
            self.tr("Roles and permissions"),
            self.tr("What each role may do, and which case records it reaches. Sections of a "
                    "case are further limited by each user's level (1 standard, 2 sensitive, "
                    "3 restricted).")))
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("rolesMatrix")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        roles = self.ctx.directory.roles(self.ctx.user)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([r.name for r in roles])
        labels = action_labels()
        scopes = scope_labels()
        scope_row = []
        for role in roles:
            item = QStandardItem(scopes[role.scope])
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QColor("#eef1f5"))
            scope_row.append(item)
        self.model.appendRow(scope_row)
        headers = [self.tr("Records reached")]
        for action, label in labels.items():
            row = []
            for role in roles:
                granted = str(action) in role.actions
                item = QStandardItem("✓" if granted else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(QColor("#1e6b3a" if granted else "#a3abb8"))
                item.setAccessibleText(self.tr("allowed") if granted else self.tr("not allowed"))
                row.append(item)
            self.model.appendRow(row)
            headers.append(label)
        self.model.setVerticalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bold = header.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, role in enumerate(roles):
            header.resizeSection(column, max(metrics.horizontalAdvance(role.name) + 18, 96))
        header.setStretchLastSection(True)

    def clear(self) -> None:
        self.model.clear()
