"""The status bar: who is logged in, their agency and level, the vault's state, background work."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from .. import labels
from ..context import AppContext


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = QLabel()
        self.user.setObjectName("statusUser")
        self.vault = QLabel()
        self.vault.setObjectName("statusVault")
        self.busy_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(120)
        self.busy.setFixedHeight(10)
        self.busy.hide()
        self.addWidget(self.user)
        self.addPermanentWidget(self.busy_label)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.vault)
        ctx.worker.busy.connect(self.show_busy)

    def show_busy(self, busy: bool, label: str) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(label if busy else "")

    def show_session(self, binding: bool) -> None:
        p = self.ctx.user.principal
        names = {1: self.tr("Standard"), 2: self.tr("Sensitive"), 3: self.tr("Restricted")}
        self.user.setText(self.tr("{name} ({username}) · {agency} · {role} · level {n} "
                                  "({level})").format(
            name=p.display_name, username=p.username, agency=p.agency_code, role=labels.role(p.role_name),
            n=p.level, level=names.get(p.level, str(p.level))))
        state = self.tr("Vault unlocked") + " · " + (
            self.tr("bound to this workstation") if binding else self.tr("not device-bound"))
        if self.ctx.demo:
            state = self.tr("DEMO vault") + " · " + state
        self.vault.setText(state)

    def show_locked(self) -> None:
        self.user.setText(self.tr("Locked"))
        self.vault.setText(self.tr("Vault locked"))
