"""Security: how this vault is protected, and rotating the database key (K5)."""

from __future__ import annotations

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

from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import PageHeader, error_text, set_status
from .base import AdminTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("SecurityTab", text)


def kdf_text(kdf: tuple[int, int, int] | None) -> str:
    """SecurityInfo.kdf (memory in MiB, passes, lanes; None on the office server), for the
    Security tab and About (noun first, so that no count needs a plural form)."""
    if kdf is None:
        return _tr("SCRAM-SHA-256 login role (office server)")
    mib, passes, lanes = kdf
    return _tr("Argon2id — memory {mib} MiB, passes: {passes}, lanes: {lanes}").format(
        mib=mib, passes=passes, lanes=lanes)


def value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def facts_box(title: str, rows: tuple[tuple[str, str], ...]) -> tuple[QGroupBox, dict[str, QLabel]]:
    """A box of labelled, selectable facts (key, label): the box and each key's value label."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setHorizontalSpacing(18)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    facts: dict[str, QLabel] = {}
    for key, label in rows:
        facts[key] = value_label()
        form.addRow(label, facts[key])
    return box, facts


def titled_box(title: str, text: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A box with its title and an explaining paragraph, and the layout for what follows."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setSpacing(8)
    paragraph = QLabel(text)
    paragraph.setWordWrap(True)
    layout.addWidget(paragraph)
    return box, layout


def busy_row(button: QPushButton) -> tuple[QHBoxLayout, QProgressBar, QLabel]:
    """A button, the busy bar shown while its work runs, and its status line."""
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
    row.addStretch(0)
    return row, progress, status


class SecurityTab(AdminTab):
    required = (Action.VAULT_REKEY,)
    areas = ("security",)

    @classmethod
    def title(cls) -> str:
        return _tr("Security")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(PageHeader(
            self.tr("Security"),
            self.tr("How this vault is protected on this workstation. Nothing here shows a "
                    "password or a key.")))
        self.layout_.addWidget(self._facts_box())
        self.layout_.addWidget(self._rotation_box())
        self.layout_.addStretch(1)

    def _facts_box(self) -> QGroupBox:
        box, self.facts = facts_box(self.tr("This vault"), (
            ("folder", self.tr("Vault folder")),
            ("binding", self.tr("Device binding")),
            ("escrow", self.tr("Escrow key fingerprint")),
            ("kdf", self.tr("Password key derivation")),
            ("cipher", self.tr("Database encryption")),
            ("slots", self.tr("Key slots")),
        ))
        self.facts["escrow"].setStyleSheet("font-family: monospace;")
        return box

    def _rotation_box(self) -> QGroupBox:
        box, layout = titled_box(self.tr("Rotate the database key"), self.tr(
            "Rotating re-encrypts the whole database under a new key and re-seals every "
            "account's key slot and the escrow key to it. Nobody needs a new password, and "
            "earlier backups still open as before.\n\n"
            "Do it after a staff member leaves (once their account is disabled), after a "
            "recovery with the escrow key, and whenever you suspect someone copied the vault "
            "files while they knew a password. CaseDesk cannot be used while it runs; it takes "
            "about as long as making a backup."))
        layout.addSpacing(4)
        self.rotate_button = QPushButton(self.tr("Rotate database key…"))
        self.rotate_button.setObjectName("primary")
        self.rotate_button.clicked.connect(self.rotate)
        row, self.progress, self.status = busy_row(self.rotate_button)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        info = self.ctx.maintenance.security_info(self.ctx.user)
        self.facts["folder"].setText(str(info.data_dir))
        self.facts["binding"].setText(
            self.tr("On: an account's key slot opens only with its password together with this "
                    "workstation's keyring secret, so copied files are useless elsewhere.")
            if info.device_binding else
            self.tr("Off: the password alone opens an account's key slot, so anyone holding a "
                    "copy of the vault files can try to guess passwords elsewhere."))
        self.facts["escrow"].setText(info.escrow_fingerprint or self.tr(
            "none — this vault has no escrow key, so a lost password cannot be recovered"))
        self.facts["kdf"].setText(kdf_text(info.kdf))
        self.facts["cipher"].setText(self.tr("SQLCipher {version} (AES-256, every page "
                                             "authenticated)").format(
            version=info.cipher_version))
        self.facts["slots"].setText(self.tr(
            "{n} (one for each account that can log in)").format(n=info.slot_count))

    def confirm_identity(self, reason: str) -> bool:
        return confirm_identity(self, self.ctx, reason, always=True)

    def rotate(self) -> None:
        if not self.confirm_identity(self.tr(
                "Rotating the database key re-encrypts every record of the vault.")):
            return
        self.rotate_button.setEnabled(False)
        self.progress.show()
        set_status(self.status, None, self.tr("Re-encrypting the database… Do not close "
                                              "CaseDesk."))
        self.ctx.worker.run(lambda: self.ctx.maintenance.rekey(self.ctx.user), self._rotated,
                            self._failed, self.tr("Rotating the database key…"))

    def _rotated(self, _: object) -> None:
        self.progress.hide()
        self.rotate_button.setEnabled(True)
        set_status(self.status, True, self.tr(
            "The database key was rotated; every key slot and the escrow key now hold the new "
            "key."))
        self.refresh()
        self.ctx.changes.changed.emit("security")

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.rotate_button.setEnabled(True)
        set_status(self.status, False, error_text(error))

    def clear(self) -> None:
        for label in self.facts.values():
            label.clear()
        set_status(self.status, None, "")
        self.progress.hide()
