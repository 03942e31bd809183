"""Backups: make a verified backup, check one, restore one (D3); slow work runs on the worker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.accounts import settings as settings_service
from desktop.services.maintenance.service import BackupEntry

from .. import dates
from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import Card, EmptyState, PageHeader, error_text, set_status
from .base import AdminTab

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsTab", text)


def default_backup_folder(ctx: AppContext) -> Path:
    """The vault's own backups folder, used while no folder is chosen in Settings."""
    return Path(ctx.maintenance.default_backup_folder)


def backup_folder(ctx: AppContext) -> Path:
    """The folder chosen in Settings, else the vault's own backups folder."""
    chosen = str(ctx.settings.get(ctx.user, settings_service.BACKUP_FOLDER)).strip()
    return Path(chosen) if chosen else default_backup_folder(ctx)


def local_created(created: str) -> str:
    """A manifest's ISO time (UTC) in the workstation's time zone."""
    try:
        return dates.moment(datetime.fromisoformat(created))
    except ValueError:
        return created


def readable_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


class BackupsTab(AdminTab):
    required = (Action.BACKUP_MANAGE,)
    areas = ("backups", "settings")

    restored = Signal()
    """A restore ran and left the vault locked: the main window returns to the login screen."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BackupsTab", "Backups", "tab")  # short: 9 tabs fit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entries: list[BackupEntry] = []
        self.working = False
        self.layout_.addWidget(PageHeader(
            self.tr("Backups"),
            self.tr("Each backup is encrypted, sealed to the escrow key and to every account "
                    "that may manage backups, and checked completely before it is listed. Keep "
                    "copies away from the office, on an encrypted drive.")))
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backup folder:")))
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("font-weight: 600;")
        folder_row.addWidget(self.folder_label, 1)
        hint = QLabel(self.tr("Change it under Settings."))
        hint.setObjectName("hint")
        folder_row.addWidget(hint)
        self.layout_.addLayout(folder_row)
        self._build_buttons()
        self._build_progress()
        self._build_table()

    # -- building ---------------------------------------------------------------------------
    def _build_buttons(self) -> None:
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Make backup now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.make_backup)
        self.verify_button = QPushButton(self.tr("Verify…"))
        self.verify_button.setToolTip(self.tr("Open the selected backup with your password and "
                                              "check every page and the audit chain."))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("danger")
        self.restore_button.setToolTip(self.tr("Replace the vault with the selected backup."))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        row.addWidget(self.restore_button)
        self.layout_.addLayout(row)

    def _build_table(self) -> None:
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.empty = Card(self.tr("No backup in this folder yet"))
        self.empty.body.addWidget(EmptyState(self.tr(
            "Make one now, and again after each day of work. To restore a backup kept in "
            "another folder, choose that folder under Settings first.")))
        self.empty.hide()
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(0)  # takes the space only while the table is hidden

    def _build_progress(self) -> None:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(160, 10)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status, 1)
        self.layout_.addLayout(row)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        folder = backup_folder(self.ctx)
        self.folder_label.setText(str(folder))
        self.entries = sorted(self.ctx.maintenance.list_backups(self.ctx.user, folder),
                              key=lambda e: (e.created, e.audit_head), reverse=True)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Created"), self.tr("Size"), self.tr("Users"), self.tr("Audit head"),
            self.tr("File")])
        for entry in self.entries:
            cells = [local_created(entry.created), readable_size(entry.size),
                     str(entry.user_count), f"#{entry.audit_head}", entry.path.name]
            items = [QStandardItem(text) for text in cells]
            for item in items[1:4]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[0].setData(str(entry.path), PATH_ROLE)
            items[4].setToolTip(str(entry.path))
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        if self.entries:
            self.table.selectRow(0)
        self._enable(True)

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.entries[rows[0].row()] if rows else None

    def _enable(self, enabled: bool) -> None:
        enabled = enabled and not self.working
        self.backup_button.setEnabled(enabled)
        for button in (self.verify_button, self.restore_button):
            button.setEnabled(enabled and bool(self.entries))

    def _busy(self, text: str) -> None:
        self.working = True
        self._enable(False)
        self.progress.show()
        set_status(self.status, None, text)

    def _finished(self, ok: bool, text: str) -> None:
        self.working = False
        self.progress.hide()
        self._enable(True)
        set_status(self.status, ok, text)

    def _failed(self, error: BaseException) -> None:
        self._finished(False, error_text(error))

    # -- questions (small methods, so tests can answer them) --------------------------------
    def confirm_identity(self, reason: str) -> bool:
        return confirm_identity(self, self.ctx, reason, always=True)

    def ask_password(self, title: str, text: str) -> str | None:
        password, accepted = QInputDialog.getText(self, title, text, QLineEdit.EchoMode.Password)
        return password if accepted and password else None

    def confirm_restore(self, entry: BackupEntry) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore this backup?"), self.tr(
            "Restore the backup of {when}?").format(when=local_created(entry.created)),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Everything now in the vault will be replaced by the content of this backup. Cases, "
            "changes and accounts recorded after {when} will be lost; the audit trail records "
            "the restore.\n\nThe vault is locked afterwards and everyone must log in again.\n\n"
            "If today's work may still be needed, make a backup of it first.").format(
            when=local_created(entry.created)))
        restore = box.addButton(self.tr("Replace the vault"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    # -- actions ----------------------------------------------------------------------------
    def make_backup(self) -> None:
        if not self.confirm_identity(self.tr(
                "A backup copies every record of the vault into one encrypted file.")):
            return
        folder = backup_folder(self.ctx)
        self._busy(self.tr("Making and verifying the backup… This can take a minute."))
        self.ctx.worker.run(lambda: self.ctx.maintenance.backup(self.ctx.user, folder),
                            self._backup_done, self._failed, self.tr("Making a backup…"))

    def _backup_done(self, result: Any) -> None:
        head = result.manifest["audit_head"]
        self.refresh()
        self._finished(True, self.tr(
            "Backup made and verified: {file}. Audit chain head #{id} {mac}…").format(
            file=result.path.name, id=head["id"], mac=str(head["mac"])[:16]))
        self.ctx.changes.changed.emit("backups")

    def verify_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        password = self.ask_password(self.tr("Verify backup"), self.tr(
            "Your password opens the backup of {when} for checking:").format(
            when=local_created(entry.created)))
        if password is None:
            return
        self._busy(self.tr("Opening and checking {file}…").format(file=entry.path.name))
        self.ctx.worker.run(
            lambda: self.ctx.maintenance.verify_backup(self.ctx.user, entry.path, password),
            self._verify_done, self._failed, self.tr("Verifying a backup…"))

    def _verify_done(self, manifest: dict[str, Any]) -> None:
        self._finished(True, self.tr(
            "The backup of {when} is intact: {users} accounts, {cases} cases, audit chain head "
            "#{id}.").format(when=local_created(str(manifest["created"])),
                             users=manifest.get("user_count", 0),
                             cases=manifest.get("case_count", 0),
                             id=manifest["audit_head"]["id"]))
        self.ctx.changes.changed.emit("audit")

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or not self.confirm_restore(entry):
            return
        password = self.ask_password(self.tr("Restore backup"), self.tr(
            "Enter your password to replace the vault with the backup of {when}:").format(
            when=local_created(entry.created)))
        if password is None:
            return
        self._busy(self.tr("Checking and restoring the backup… Do not close CaseDesk."))
        self.ctx.worker.run(
            lambda: self.ctx.maintenance.restore(self.ctx.user, entry.path, password),
            self._restore_done, self._restore_failed, self.tr("Restoring a backup…"))

    def _restore_done(self, manifest: dict[str, Any]) -> None:
        self.model.clear()
        self.entries = []
        self._finished(True, self.tr("The backup of {when} was restored. The vault is locked; "
                                     "log in again.").format(
            when=local_created(str(manifest["created"]))))
        self._enable(False)
        self.restored.emit()

    def _restore_failed(self, error: BaseException) -> None:
        if self._vault_still_open():
            self._failed(error)
            return
        # the attempt put the old database key back but left the vault locked
        self._finished(False, self.tr("{error} The vault is locked; log in again.").format(
            error=error_text(error)))
        self._enable(False)
        self.restored.emit()

    def _vault_still_open(self) -> bool:
        # a restore that failed after taking the key leaves the vault locked; the service has no
        # question for that yet, so ask the vault object it holds
        return self.ctx.maintenance.is_unlocked

    def clear(self) -> None:
        self.model.clear()
        self.entries = []
        self.folder_label.clear()
        set_status(self.status, None, "")
        self.progress.hide()
