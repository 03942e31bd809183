"""The Backups and Security tabs in server mode: the office server's upkeep is its administrator's
(docs/SERVER.md §9), so these say how it is done, check the server, and change one's password;
the vault's backup list and key rotation have no meaning there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.maintenance.verify import Check, VerifyReport

from ..context import AppContext
from ..palette import colour
from ..reauth import ChangePasswordDialog
from ..widgets import PageHeader, error_text, set_status
from .base import AdminTab
from .security import busy_row, facts_box, titled_box, value_label


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ServerBackupsTab(AdminTab):
    """Backups in server mode: how the server is backed up, and a check of the server."""

    required = (Action.BACKUP_MANAGE,)
    areas = ("backups",)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ServerBackupsTab", "Backups", "tab")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(
            self.tr("Backups"),
            self.tr("The cases are kept on the office server, not on this workstation, so there "
                    "is nothing to back up here.")))
        box, layout = titled_box(self.tr("How the office server is backed up"), self.tr(
            "The server's administrator backs up the CaseDesk database on the server: a nightly "
            "dump (pg_dump), encrypted before it leaves the server, and in larger councils a "
            "base backup (pg_basebackup) with the write-ahead log archived, for a restore to "
            "any moment. At least monthly a backup is restored on a scratch server and checked "
            "there with 'casedesk server check'. The deployment guide (docs/SERVER.md, section "
            "9) describes it step by step."))
        self.server_label = value_label()
        self.server_label.setStyleSheet("font-weight: 600;")
        form = QFormLayout()
        form.addRow(self.tr("This workstation uses:"), self.server_label)
        layout.addLayout(form)
        self.layout_.addWidget(box)

        check_box, check_layout = titled_box(self.tr("Check the office server"), self.tr(
            "Runs the server's own check, the one its administrator runs with 'casedesk server "
            "check', as far as your login role may read it: schema version, this connection's "
            "encryption, row-level security, the audit trail and its chain, the statistics and "
            "search functions, the level-2 columns and the login gate. The rules for network "
            "logins (pg_hba.conf) only the server's administrator can read. The check is "
            "recorded in the audit trail."))
        self.check_button = QPushButton(self.tr("Check the office server"))
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check_server)
        row, self.progress, self.status = busy_row(self.check_button)
        check_layout.addLayout(row)
        self.results = QTableWidget(0, 3)
        self.results.setObjectName("serverCheckResults")
        self.results.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Check"),
                                                self.tr("What the server reports")])
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setWordWrap(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.hide()
        check_layout.addWidget(self.results, 1)
        self.layout_.addWidget(check_box, 1)

    def refresh(self) -> None:
        try:
            info: Any = self.ctx.maintenance.server_info(self.ctx.user)  # type: ignore[attr-defined]
        except Exception as error:  # noqa: BLE001 - shown, as every service error
            set_status(self.status, False, error_text(error))
            return
        self.server_label.setText(self.tr("the database {database} on {host}, port {port}")
                                  .format(database=info.database, host=info.host,
                                          port=info.port))

    def check_server(self) -> None:
        self.check_button.setEnabled(False)
        self.progress.show()
        set_status(self.status, None, self.tr("Checking the office server…"))
        self.ctx.worker.run(lambda: self.ctx.maintenance.verify(self.ctx.user), self._checked,
                            self._failed, self.tr("Checking the office server…"))

    def _checked(self, report: VerifyReport) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.results.setRowCount(0)
        for check in report.checks:
            self._add_result(check)
        self.results.resizeRowsToContents()
        self.results.show()
        set_status(self.status, report.ok, self.tr("Every check passed.") if report.ok else
                   self.tr("{n} of {total} checks failed: tell the server's administrator.")
                   .format(n=len(report.problems), total=len(report.checks)))
        self.ctx.changes.changed.emit("audit")

    def _add_result(self, check: Check) -> None:
        row = self.results.rowCount()
        self.results.insertRow(row)
        result = QTableWidgetItem(("✓  " + self.tr("ok")) if check.ok
                                  else ("✗  " + self.tr("FAIL")))
        result.setForeground(colour("granted" if check.ok else "denied"))
        font = result.font()
        font.setBold(not check.ok)
        result.setFont(font)
        name = QTableWidgetItem(self.check_name(check.name))
        name.setToolTip(check.name)  # as 'casedesk server check' names it
        found = QTableWidgetItem(check.detail)
        found.setToolTip(check.detail)
        for column, item in enumerate((result, name, found)):
            self.results.setItem(row, column, item)

    def check_name(self, name: str) -> str:
        """A check's name in the screen's language; what it found stays in the server's words,
        as its administrator reads them from 'casedesk server check'."""
        names = {
            "PostgreSQL version": self.tr("PostgreSQL version"),
            "schema version": self.tr("Schema version"),
            "JIT off for this database": self.tr("JIT off for this database"),
            "this connection uses TLS": self.tr("This connection is encrypted"),
            "password hashing": self.tr("Password hashing"),
            "row-level security on every table": self.tr("Row-level security on every table"),
            "tables without a policy (nobody reads them)": self.tr(
                "Tables nobody reads (no policy)"),
            "tables owned by the schema owner": self.tr("Tables owned by the schema owner"),
            "CaseDesk roles are ordinary": self.tr("CaseDesk roles are unprivileged"),
            "audit function": self.tr("Audit function"),
            "audit trail is append-only": self.tr("Audit trail is append-only"),
            "audit key held by the server": self.tr("Audit key held by the server"),
            "audit chain": self.tr("Audit chain"),
            "statistics function": self.tr("Statistics function"),
            "statistics function only for statistics readers": self.tr(
                "Statistics function only for statistics readers"),
            "statistics cache invalidated by every write": self.tr(
                "Statistics cache refreshed after every change"),
            "statistics cache closed to users": self.tr("Statistics cache closed to users"),
            "search function": self.tr("Search function"),
            "level-2 person columns": self.tr("Level-2 columns of a person"),
            "login gate functions": self.tr("Login gate functions"),
            "login gate role": self.tr("Login gate role"),
            "passwords work only through the gate": self.tr(
                "Passwords work only through the gate"),
            "refused passwords delayed (auth_delay)": self.tr(
                "Refused passwords delayed (auth_delay)"),
        }
        return names.get(name, name)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        set_status(self.status, False, error_text(error))

    def clear(self) -> None:
        self.results.setRowCount(0)
        self.results.hide()
        set_status(self.status, None, "")
        self.progress.hide()


class ServerSecurityTab(AdminTab):
    """Security in server mode: how this workstation reaches the server; one's own password."""

    required = (Action.VAULT_REKEY,)
    areas = ("security",)

    @classmethod
    def title(cls) -> str:
        return _tr("ServerSecurityTab", "Security")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(
            self.tr("Security"),
            self.tr("How this workstation reaches the office server. Nothing here shows a "
                    "password or a key.")))
        box, self.facts = facts_box(self.tr("The office server"), (
            ("server", self.tr("Server")),
            ("database", self.tr("Database")),
            ("ca", self.tr("Council certificate authority")),
            ("connection", self.tr("Connection")),
            ("passwords", self.tr("Passwords")),
            ("failures", self.tr("Failed logins")),
            ("role", self.tr("Your login role")),
            ("version", self.tr("PostgreSQL version")),
        ))
        self.layout_.addWidget(box)

        keys, layout = titled_box(self.tr("Keys and passwords"), self.tr(
            "There is no database key on this workstation to rotate: the cases stay on the "
            "server, whose disk encryption and administrator protect them at rest. Each "
            "account is a login role of the server; an administrator disables or resets "
            "another's under Users. Change your own password here."))
        self.password_button = QPushButton(self.tr("Change my password…"))
        self.password_button.clicked.connect(self.change_password)
        row, _progress, self.status = busy_row(self.password_button)
        layout.addLayout(row)
        self.layout_.addWidget(keys)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        try:
            info: Any = self.ctx.maintenance.server_info(self.ctx.user)  # type: ignore[attr-defined]
        except Exception as error:  # noqa: BLE001 - shown, as every service error
            set_status(self.status, False, error_text(error))
            return
        self.facts["server"].setText(self.tr("{host}, port {port}").format(host=info.host,
                                                                           port=info.port))
        self.facts["database"].setText(info.database)
        self.facts["ca"].setText(info.ca_file)
        self.facts["connection"].setText(
            self.tr("TLS ({tls}); the server's certificate and name checked against the "
                    "council's CA (verify-full)").format(tls=info.tls)
            if info.tls else self.tr("not encrypted: tell the server's administrator"))
        self.facts["passwords"].setText(self.tr(
            "SCRAM-SHA-256: the server keeps a verifier, never the password"))
        self.facts["failures"].setText(self.tr(
            "a growing wait, and the account locked after 10, kept by the server"))
        self.facts["role"].setText(info.role)
        self.facts["version"].setText(info.server_version)

    def change_password(self) -> None:
        if ChangePasswordDialog(self.ctx, forced=False, parent=self).exec():
            set_status(self.status, True, self.tr("Your password was changed on the server."))

    def clear(self) -> None:
        for label in self.facts.values():
            label.clear()
        set_status(self.status, None, "")
