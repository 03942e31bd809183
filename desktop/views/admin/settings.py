"""Vault settings: idle lock, backup folder and memory security, stored encrypted inside the
vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.accounts import settings as settings_service
from desktop.services.errors import ValidationError, VaultError

from ..context import AppContext
from ..widgets import FieldError, PageHeader, error_text, set_status
from .backups import default_backup_folder
from .base import AdminTab

IDLE = settings_service.IDLE_LOCK_MINUTES
FOLDER = settings_service.BACKUP_FOLDER
MEMORY = settings_service.MEMORY_SECURITY


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsTab", text)


def _with_error(field: QWidget, error: FieldError, hint: str) -> QWidget:
    """A field with its explanation and the place its validation message appears."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    note = QLabel(hint)
    note.setObjectName("hint")
    note.setWordWrap(True)
    layout.addWidget(note)
    layout.addWidget(error)
    return box


class SettingsTab(AdminTab):
    required = (Action.SETTINGS_MANAGE,)
    areas = ("settings",)

    @classmethod
    def title(cls) -> str:
        return _tr("Settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.saved: dict[str, int | str | bool] = {}
        self.layout_.addWidget(PageHeader(
            self.tr("Settings"),
            self.tr("These settings apply to everyone using this vault. They are stored inside "
                    "the vault, encrypted, and every change is recorded in the audit trail.")))
        box = QGroupBox(self.tr("Vault settings"))
        box.setMaximumWidth(860)
        form = QFormLayout(box)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.errors = {IDLE.key: FieldError(), FOLDER.key: FieldError(), MEMORY.key: FieldError()}
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(IDLE.minimum, IDLE.maximum)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setFixedWidth(140)
        form.addRow(self.tr("Lock after idle"), _with_error(
            self.idle_minutes, self.errors[IDLE.key], self.tr(
                "CaseDesk hides everything and asks for the password after this long without "
                "use ({low} to {high} minutes).").format(low=IDLE.minimum, high=IDLE.maximum)))
        form.addRow(self.tr("Backup folder"), _with_error(
            self._folder_row(), self.errors[FOLDER.key], self.tr(
                "Where new backups are written and looked for. Leave it empty to use the "
                "vault's own backups folder; an encrypted external drive is a good choice.")))
        self.memory_security = QCheckBox(self.tr("Lock and wipe the database's working memory"))
        form.addRow(self.tr("Memory security"), _with_error(
            self.memory_security, self.errors[MEMORY.key], self.tr(
                "For a workstation at high risk (shared, or likely to be seized): the database's "
                "memory is kept out of the swap file and wiped when freed. It costs time: "
                "searching, listing and opening cases take about twice as long, the annual "
                "statistics up to three times. Off by default; the encryption key itself is "
                "always wiped. Takes effect the next time the vault is unlocked (switching it "
                "off, the next time CaseDesk starts).")))
        self.layout_.addWidget(box)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.hide()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        row.addStretch(0)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

    def _folder_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        self.folder.setMinimumWidth(360)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        layout.addWidget(self.folder, 1)
        layout.addWidget(self.choose_button)
        return row

    def refresh(self) -> None:
        user = self.ctx.user
        self.saved = {IDLE.key: int(self.ctx.settings.get(user, IDLE)),
                      FOLDER.key: str(self.ctx.settings.get(user, FOLDER)),
                      MEMORY.key: bool(self.ctx.settings.get(user, MEMORY))}
        self.idle_minutes.setValue(int(self.saved[IDLE.key]))
        self.memory_security.setChecked(bool(self.saved[MEMORY.key]))
        self.folder.setText(str(self.saved[FOLDER.key]))
        self.folder.setPlaceholderText(self.tr("Default: {path}").format(
            path=default_backup_folder(self.ctx)))
        for error in self.errors.values():
            error.show_message("")

    def pick_directory(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)

    def choose_folder(self) -> None:
        chosen = self.pick_directory(self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def _check_folder(self, text: str) -> bool:
        if text and not Path(text).expanduser().is_absolute():
            self.errors[FOLDER.key].show_message(self.tr(
                "Enter a full folder path (or choose one), or leave it empty for the default."))
            return False
        return True

    def _values(self) -> dict[str, int | str | bool] | None:
        """Every field's value, or None after showing each refusal next to its field."""
        folder = self.folder.text().strip()
        if not self._check_folder(folder):
            return None
        values: dict[str, int | str | bool] = {
            IDLE.key: self.idle_minutes.value(),
            FOLDER.key: str(Path(folder).expanduser()) if folder else "",
            MEMORY.key: self.memory_security.isChecked()}
        valid = True
        for key, value in values.items():
            try:
                settings_service.validate(settings_service.SETTINGS[key], value)
            except ValidationError as error:
                self.errors.get(error.field, self.errors[key]).show_message(error.message)
                valid = False
        return values if valid else None

    def save(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        set_status(self.status, None, "")
        values = self._values()
        if values is None:
            return
        changed = [key for key, value in values.items() if value != self.saved.get(key)]
        saved: list[str] = []
        try:
            for key in changed:
                self.ctx.settings.set(self.ctx.user, settings_service.SETTINGS[key], values[key])
                self.saved[key] = values[key]
                saved.append(key)
        except VaultError as error:  # a service refused, with a sentence
            set_status(self.status, False, error_text(error))
        else:
            set_status(self.status, True, self.tr("Settings saved.") if changed
                       else self.tr("Nothing to save: the settings are unchanged."))
        if saved:
            self.ctx.changes.changed.emit("settings")

    def clear(self) -> None:
        self.saved = {}
        self.folder.clear()
        for error in self.errors.values():
            error.show_message("")
        set_status(self.status, None, "")
