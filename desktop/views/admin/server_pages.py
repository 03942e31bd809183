"""The Backups and Security tabs in server mode: the office server's upkeep is its administrator's
(docs/SERVER.md §9), so these say how it is done, check the server, and change one's password;
the vault's backup list and key rotation have no meaning there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.maintenance.verify import Check, VerifyReport

from ..context import AppContext
from ..reauth import ChangePasswordDialog
from ..widgets import PageHeader, error_text, set_status
from .base import AdminTab


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _busy_row(button: QPushButton) -> tuple[QHBoxLayout, QProgressBar, QLabel]:
    row = QHBoxLayout()
    progress = QProgressBar()
    progress.setRange(0, 0)
    progress.setTextVisible(False)
    progress.setFixedSize(160, 10)
    progress.hide()
    status = QLabel()
    status.setWordWrap(True)
    status.hide()
    row.addWidget(button)
    row.addWidget(progress, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(status, 1)
    return row, progress, status


class ServerBackupsTab(AdminTab):
    """Backups in server mode: how the server is backed up, and a check of the server."""

    required = (Action.BACKUP_MANAGE,)
    areas = ("backups",)

    @classmethod
    def title(cls) -> str:
        return _tr("ServerBackupsTab", "Backups")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(
            self.tr("Backups"),
            self.tr("The cases are kept on the office server, not on this workstation, so there "
                    "is nothing to back up here.")))
        box = QGroupBox(self.tr("How the office server is backed up"))
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        layout.addWidget(_paragraph(self.tr(
            "The server's administrator backs up the CaseDesk database on the server: a nightly "
            "dump (pg_dump), encrypted before it leaves the server, and in larger councils a "
            "base backup (pg_basebackup) with the write-ahead log archived, for a restore to "
            "any moment. At least monthly a backup is restored on a scratch server and checked "
            "there with 'casedesk server check'. The deployment guide (docs/SERVER.md, section "
            "9) describes it step by step.")))
        self.server_label = _value_label()
        self.server_label.setStyleSheet("font-weight: 600;")
        form = QFormLayout()
        form.addRow(self.tr("This workstation uses:"), self.server_label)
        layout.addLayout(form)
        self.layout_.addWidget(box)

        check_box = QGroupBox(self.tr("Check the office server"))
        check_layout = QVBoxLayout(check_box)
        check_layout.setSpacing(8)
        check_layout.addWidget(_paragraph(self.tr(
            "Checks that the server's database is at this version's schema, that the "
            "connection is encrypted and, if your role may read the audit trail, that every "
            "entry of the audit chain verifies. The check is recorded in the audit trail.")))
        self.check_button = QPushButton(self.tr("Check the office server"))
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check_server)
        row, self.progress, self.status = _busy_row(self.check_button)
        check_layout.addLayout(row)
        self.results = QFormLayout()
        self.results.setHorizontalSpacing(18)
        check_layout.addLayout(self.results)
        self.layout_.addWidget(check_box)
        self.layout_.addStretch(1)

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
        self._clear_results()
        for check in report.checks:
            name, detail = self.worded(check)
            value = QLabel()
            value.setWordWrap(True)
            set_status(value, check.ok, ("✓  " if check.ok else "✗  ") + detail)
            self.results.addRow(name, value)
        set_status(self.status, report.ok, self.tr("Every check passed.") if report.ok else
                   self.tr("The check found a problem: tell the server's administrator."))

    def worded(self, check: Check) -> tuple[str, str]:
        """A check's name and result in the screen's language (the service's words, when it
        reports a problem of its own)."""
        if check.name == "schema":
            return self.tr("Database"), self.tr(
                "at this version's schema (PostgreSQL {version})").format(version=check.figure)
        if check.name == "connection":
            return self.tr("Connection"), (
                self.tr("encrypted ({tls})").format(tls=check.figure) if check.ok else
                self.tr("not encrypted"))
        if check.name == "audit chain":
            return self.tr("Audit chain"), (
                self.tr("{n} entries verified").format(n=check.figure) if check.ok else
                check.detail)
        return check.name, check.detail

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        set_status(self.status, False, error_text(error))

    def _clear_results(self) -> None:
        while self.results.rowCount():
            self.results.removeRow(0)

    def clear(self) -> None:
        self._clear_results()
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
        box = QGroupBox(self.tr("The office server"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts: dict[str, QLabel] = {}
        for key, label in (
            ("server", self.tr("Server")),
            ("database", self.tr("Database")),
            ("ca", self.tr("Council certificate authority")),
            ("connection", self.tr("Connection")),
            ("passwords", self.tr("Passwords")),
            ("failures", self.tr("Failed logins")),
            ("role", self.tr("Your login role")),
            ("version", self.tr("PostgreSQL version")),
        ):
            self.facts[key] = _value_label()
            form.addRow(label, self.facts[key])
        self.layout_.addWidget(box)

        keys = QGroupBox(self.tr("Keys and passwords"))
        layout = QVBoxLayout(keys)
        layout.setSpacing(8)
        layout.addWidget(_paragraph(self.tr(
            "There is no database key on this workstation to rotate: the cases stay on the "
            "server, whose disk encryption and administrator protect them at rest. Each "
            "account is a login role of the server; an administrator disables or resets "
            "another's under Users. Change your own password here.")))
        self.password_button = QPushButton(self.tr("Change my password…"))
        self.password_button.clicked.connect(self.change_password)
        row, _progress, self.status = _busy_row(self.password_button)
        row.addStretch(0)
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
