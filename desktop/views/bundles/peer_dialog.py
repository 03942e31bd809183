"""Trusting another vault: its identity file is shown with its fingerprint in large type, and the
administrator must confirm having compared it with the sheet (or on the phone) before choosing
what the peer is to this vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bundles.identity import NewPeer

from .. import labels
from ..context import AppContext
from ..widgets import FieldError, error_text
from .common import kind_labels


def fingerprint_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(15)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    label.setStyleSheet(f"QLabel#fingerprint {{ font-family: '{font.family()}'; font-size: 15pt; "
                        "font-weight: 600; color: #1f3a5f; padding: 4px 0; }")
    return label


class TrustPeerDialog(QDialog):
    def __init__(self, ctx: AppContext, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.data = ctx, data
        self.public = ctx.bundles.identity.read_peer_file(ctx.user, data)
        self.setWindowTitle(self.tr("Trust another vault"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“{name}” of {organisation} ({code}). Compare this fingerprint, "
                               "group by group, with the one on its printed sheet or read out by "
                               "its administrator on a call you placed:").format(
            name=self.public.name, organisation=self.public.organisation_name,
            code=self.public.organisation_code))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(fingerprint_label(self.public.fingerprint))
        self.compared = QCheckBox(self.tr("I compared every group: they are the same"))
        self.compared.toggled.connect(lambda _: self._enable())
        layout.addWidget(self.compared)
        form = QFormLayout()
        self.kind = QComboBox()
        for code, text in kind_labels().items():
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.organisation = QComboBox()
        for agency in ctx.directory.agencies(ctx.user, include_inactive=False):
            self.organisation.addItem(f"{agency.name} ({agency.code})", agency.code)
        index = self.organisation.findData(self.public.organisation_code)
        self.organisation.setCurrentIndex(max(0, index))
        self.level = QComboBox()
        for level, text in labels.levels().items():
            self.level.addItem(text, level)
        self.field_user = QComboBox()
        for account in ctx.accounts.list_users(ctx.user, include_disabled=False):
            self.field_user.addItem(f"{account.display_name} ({account.username})", account.username)
        form.addRow(self.tr("This vault is"), self.kind)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Highest level ever sent"), self.level)
        self.field_user_label = QLabel(self.tr("Its user here"))
        form.addRow(self.field_user_label, self.field_user)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Trust this vault"))
        self.ok.setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        field = self.kind.currentData() == "FIELD"
        self.field_user.setVisible(field)
        self.field_user_label.setVisible(field)
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(self.compared.isChecked())

    def save(self) -> None:
        if not self.compared.isChecked():
            return
        new = NewPeer(self.public.fingerprint, self.kind.currentData(),
                      self.organisation.currentData() or "", self.level.currentData(),
                      self.field_user.currentData() if self.kind.currentData() == "FIELD" else "")
        try:
            self.ctx.bundles.identity.add_peer(self.ctx.user, self.data, new)
        except Exception as error:  # noqa: BLE001 - every refusal is shown in the dialog
            self.error.show_message(error_text(error))
            return
        self.ctx.changes.changed.emit("peers")
        self.accept()
