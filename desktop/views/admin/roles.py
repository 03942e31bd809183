"""Roles and their permissions as a readable matrix (the policy is data; this only shows it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.models.seed import Action, Scope

from .. import labels
from ..context import AppContext
from ..palette import colour
from ..widgets import PageHeader
from .base import AdminTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("RolesTab", text)


def action_labels() -> dict[str, str]:
    return {action: labels.label("action", action) for action in Action}


def scope_labels() -> dict[Scope, str]:
    return {scope: labels.label("scope", scope) for scope in Scope}


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
        self.model.setHorizontalHeaderLabels([labels.role(r.name) for r in roles])
        actions = action_labels()
        scopes = scope_labels()
        scope_row = []
        for role in roles:
            item = QStandardItem(scopes[role.scope])
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(colour("shade"))
            scope_row.append(item)
        self.model.appendRow(scope_row)
        headers = [self.tr("Records reached")]
        for action, label in actions.items():
            row = []
            for role in roles:
                granted = str(action) in role.actions
                item = QStandardItem("✓" if granted else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(colour("granted" if granted else "denied"))
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
