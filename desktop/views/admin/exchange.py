"""Administration → Exchange: this vault's identity (file, printed sheet), field mode, and the
vaults it trusts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.bundles.identity import IdentityInfo, PeerInfo

from .. import labels
from ..bundles.common import kind_labels
from ..bundles.peer_dialog import TrustPeerDialog, fingerprint_label
from ..cases.common import danger_button, local_time
from ..context import AppContext
from ..widgets import Card, PageHeader, error_text, set_status
from .base import AdminTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeTab", text)


class ExchangeTab(AdminTab):
    required = (Action.PEERS_MANAGE,)
    areas = ("peers",)

    @classmethod
    def title(cls) -> str:
        return _tr("Exchange")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.identity: IdentityInfo | None = None
        self.peer_rows: list[PeerInfo] = []
        self.layout_.addWidget(PageHeader(self.tr("Exchange with other vaults"), self.tr(
            "Field tablets and partner organisations exchange cases as sealed bundles on a file "
            "or a USB stick. Only vaults trusted here can open what this vault seals, and only "
            "their bundles are imported.")))
        self._build_identity()
        self._build_peers()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.layout_.addWidget(self.status)

    # -- building -------------------------------------------------------------------------------
    def _build_identity(self) -> None:
        card = Card(self.tr("This vault's identity"))
        self.identity_text = QLabel()
        self.identity_text.setWordWrap(True)
        card.body.addWidget(self.identity_text)
        self.fingerprint = fingerprint_label("")
        card.body.addWidget(self.fingerprint)
        create_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A name peers will see, e.g. Human Services, "
                                             "Belmopan office"))
        self.create_button = QPushButton(self.tr("Create the identity"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_identity)
        create_row.addWidget(self.name, 1)
        create_row.addWidget(self.create_button)
        card.body.addLayout(create_row)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Save identity file…"))
        self.file_button.clicked.connect(self.save_identity_file)
        self.sheet_button = QPushButton(self.tr("Save identity sheet (PDF)…"))
        self.sheet_button.clicked.connect(self.save_identity_sheet)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Field work under:")))
        self.office = QComboBox()
        self.office.setObjectName("fieldOffice")
        self.office.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.office.setMinimumWidth(200)
        self.office.activated.connect(lambda _: self.set_field_office())
        buttons.addWidget(self.office)
        card.body.addLayout(buttons)
        self.create_widgets: tuple[QWidget, ...] = (self.name, self.create_button)
        self.identity_widgets: tuple[QWidget, ...] = (self.file_button, self.sheet_button,
                                                      self.office, self.fingerprint)
        self.layout_.addWidget(card)

    def _build_peers(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Trusted vaults")), 1)
        self.trust_button = QPushButton(self.tr("Trust a vault…"))
        self.trust_button.clicked.connect(self.trust_peer)
        self.remove_button = danger_button(self.tr("Stop trusting"))
        self.remove_button.clicked.connect(self.remove_peer)
        row.addWidget(self.trust_button)
        row.addWidget(self.remove_button)
        self.layout_.addLayout(row)
        headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Is"), self.tr("Level"),
                   self.tr("User here"), self.tr("Fingerprint"), self.tr("Sent / received"),
                   self.tr("Last exchange")]
        self.peers = QTableWidget(0, len(headers))
        self.peers.setObjectName("peersTable")
        self.peers.setHorizontalHeaderLabels(headers)
        self.peers.verticalHeader().hide()
        self.peers.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.peers.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.peers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.peers.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.peers, 1)

    # -- questions (small methods, so tests can answer them) --------------------------------
    def ask_open(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open an identity file"), "",
                                              self.tr("CaseDesk identities (*.cdidentity)"))
        return Path(name) if name else None

    def ask_save(self, suggested: str, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), suggested, kind)
        return Path(name) if name else None

    def ask_trust(self, data: bytes) -> bool:
        return TrustPeerDialog(self.ctx, data, self).exec() == QDialog.DialogCode.Accepted

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.identity = self.ctx.bundles.identity.info(self.ctx.user)
        self.peer_rows = self.ctx.bundles.identity.peers(self.ctx.user)
        has = self.identity is not None
        for widget in self.create_widgets:
            widget.setVisible(not has)
        for widget in self.identity_widgets:
            widget.setVisible(has)
        self.trust_button.setEnabled(has)
        if self.identity is None:
            self.identity_text.setText(self.tr(
                "This vault has no identity yet. Create it once; then give its file to the "
                "vaults it will exchange with, and check theirs."))
        else:
            self.identity_text.setText(self.tr("{name} · {organisation} ({code}) · created "
                                               "{created}. Its fingerprint:").format(
                name=self.identity.name, organisation=self.identity.organisation_name,
                code=self.identity.organisation_code, created=local_time(self.identity.created_at)))
            self.fingerprint.setText(self.identity.fingerprint)
        self._fill_offices()
        self._fill_peers()

    def _fill_offices(self) -> None:
        self.office.clear()
        self.office.addItem(self.tr("(not a field tablet)"), None)
        for peer in self.peer_rows:
            if peer.kind == "OFFICE":
                self.office.addItem(peer.name, peer.id)
        current = self.identity.field_office_id if self.identity else None
        self.office.setCurrentIndex(max(0, self.office.findData(current)))

    def _fill_peers(self) -> None:
        kinds = kind_labels()
        self.peers.setRowCount(len(self.peer_rows))
        for row, peer in enumerate(self.peer_rows):
            cells = (peer.name, peer.organisation_code, kinds.get(peer.kind, peer.kind),
                     labels.levels()[peer.level], peer.field_user or "—", peer.fingerprint,
                     f"{peer.last_sent_seq} / {peer.last_received_seq}",
                     local_time(peer.last_exchange_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, peer.id)
                self.peers.setItem(row, column, item)
        self.peers.resizeColumnsToContents()
        self.remove_button.setEnabled(bool(self.peer_rows))

    # -- actions --------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - every refusal is shown on the tab
            set_status(self.status, False, error_text(error))
            return False
        set_status(self.status, True, done)
        self.refresh()
        return True

    def create_identity(self) -> None:
        self._run(lambda: self.ctx.bundles.identity.create(self.ctx.user, self.name.text()),
                  self.tr("The identity was created. Save its file and sheet for the other vaults."))

    def save_identity_file(self) -> None:
        data, name = self.ctx.bundles.identity.identity_file(self.ctx.user)
        target = self.ask_save(name, self.tr("CaseDesk identities (*.cdidentity)"))
        if target is not None:
            self._run(lambda: target.write_bytes(data), self.tr(
                "Saved {file}. It holds public keys only.").format(file=target.name))

    def save_identity_sheet(self) -> None:
        pdf = self.ctx.bundles.identity.identity_sheet(self.ctx.user)
        target = self.ask_save("identity-sheet.pdf", self.tr("PDF documents (*.pdf)"))
        if target is not None:
            self._run(lambda: target.write_bytes(pdf), self.tr(
                "Saved {file}: print it and hand it over, or read the fingerprint out on the "
                "phone.").format(file=target.name))

    def set_field_office(self) -> None:
        office = self.office.currentData()
        self._run(lambda: self.ctx.bundles.identity.set_field_office(self.ctx.user, office),
                  self.tr("This vault now works in the field under {office}.").format(
                      office=self.office.currentText()) if office else
                  self.tr("This vault is no longer in field mode."))

    def trust_peer(self) -> None:
        path = self.ask_open()
        if path is None:
            return
        try:
            data = path.read_bytes()[:64 * 1024]
            trusted = self.ask_trust(data)
        except Exception as error:  # noqa: BLE001 - a bad file is explained on the tab
            set_status(self.status, False, error_text(error))
            return
        if trusted:
            set_status(self.status, True, self.tr("The vault is trusted now."))
            self.refresh()

    def remove_peer(self) -> None:
        rows = self.peers.selectionModel().selectedRows()
        if not rows:
            return
        peer = self.peer_rows[rows[0].row()]
        self._run(lambda: self.ctx.bundles.identity.update_peer(self.ctx.user, peer.id,
                                                                active=False),
                  self.tr("{name} is no longer trusted: its bundles are refused from now "
                          "on.").format(name=peer.name))

    def clear(self) -> None:
        self.peers.setRowCount(0)
        self.peer_rows, self.identity = [], None
        self.fingerprint.clear()
        self.identity_text.clear()
