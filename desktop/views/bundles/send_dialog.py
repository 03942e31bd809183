"""Send to…: seal chosen cases to a trusted peer, after the password (U2).

The dialog says what the peer will receive before anything is sealed: the level cap, and for a
partner organisation the sections the recipient type gets by default (the sender may narrow or
widen them within the level; restricted content needs its tick), with the consent gate checked
case by case when sending.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import desktop.models.vocab as vocab
from desktop.services.bundles.export import ReleaseInfo, SendRequest, SendResult

from .. import labels
from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import set_status
from .common import bundle_error, kind_labels

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class SendDialog(QDialog):
    def __init__(self, ctx: AppContext, cases: list[tuple[int, str, str]],
                 parent: QWidget | None = None) -> None:
        """`cases`: (id, reference, name) of the cases to offer, all ticked."""
        super().__init__(parent)
        self.ctx = ctx
        self.release: ReleaseInfo | None = None
        self.result_: SendResult | None = None
        self.setWindowTitle(self.tr("Send cases to another vault"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.peer = QComboBox()
        kinds = kind_labels()
        for peer in ctx.bundles.identity.peers(ctx.user):
            self.peer.addItem(f"{peer.name} — {kinds.get(peer.kind, peer.kind)}, "
                              f"{peer.organisation_code}", peer.id)
        self.peer.currentIndexChanged.connect(lambda _: self._peer_changed())
        form.addRow(self.tr("Send to"), self.peer)
        layout.addLayout(form)
        self.release_note = QLabel()
        self.release_note.setWordWrap(True)
        self.release_note.setObjectName("hint")
        self.release_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.release_note)
        self.sections_box = QWidget()
        self.sections_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.sections_grid = QGridLayout(self.sections_box)
        self.sections_grid.setContentsMargins(0, 0, 0, 0)
        self.section_checks: dict[str, QCheckBox] = {}
        layout.addWidget(self.sections_box)
        self.restricted = QCheckBox(self.tr("I confirm releasing restricted (level 3) content"))
        layout.addWidget(self.restricted)
        layout.addWidget(QLabel(self.tr("Cases")))
        self.case_list = QListWidget()
        self.case_list.setObjectName("sendCases")
        for case_id, reference, name in cases:
            self._add_case(case_id, reference, name)
        layout.addWidget(self.case_list, 1)
        self.case_list.setMinimumHeight(140)
        add_row = QHBoxLayout()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Add a case by its reference, e.g. HS-2026-000123"))
        self.reference.returnPressed.connect(self.add_reference)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_reference)
        add_row.addWidget(self.reference, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = buttons.addButton(self.tr("Seal and save…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("primary")
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.peer.count() == 0:
            set_status(self.status, False, self.tr(
                "This vault trusts no other vault yet. An administrator adds peers under "
                "Administration → Exchange."))
            self.send_button.setEnabled(False)
        else:
            self._peer_changed()

    # -- questions (small methods, so tests can answer them) --------------------------------
    def confirm_identity(self, reason: str) -> bool:
        return confirm_identity(self, self.ctx, reason)

    def ask_output(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle"), suggested,
                                              self.tr("CaseDesk bundles (*.cdbundle)"))
        return Path(name) if name else None

    # -- building -------------------------------------------------------------------------------
    def _add_case(self, case_id: int, reference: str, name: str) -> None:
        for row in range(self.case_list.count()):
            if self.case_list.item(row).data(CASE_ROLE) == case_id:
                return
        item = QListWidgetItem(f"{reference}  ·  {name}")
        item.setData(CASE_ROLE, case_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.case_list.addItem(item)

    def add_reference(self) -> None:
        text = self.reference.text().strip()
        if not text:
            return
        try:
            rows = [r for r in self.ctx.case_reads.search(self.ctx.user, text, limit=5)
                    if r.reference.upper() == text.upper()]
        except Exception as error:  # noqa: BLE001 - shown next to the field
            set_status(self.status, False, bundle_error(error))
            return
        if not rows:
            set_status(self.status, False, self.tr("No case you may open has that reference."))
            return
        self._add_case(rows[0].id, rows[0].reference, rows[0].name)
        self.reference.clear()
        set_status(self.status, None, "")

    def _peer_changed(self) -> None:
        peer_id = self.peer.currentData()
        for check in self.section_checks.values():
            self.sections_grid.removeWidget(check)
            check.deleteLater()
        self.section_checks = {}
        try:
            self.release = self.ctx.bundles.export.release_info(self.ctx.user, peer_id)
        except Exception as error:  # noqa: BLE001 - shown in the dialog
            set_status(self.status, False, bundle_error(error))
            self.send_button.setEnabled(False)
            return
        release = self.release
        if release.internal:
            self.release_note.setText(self.tr(
                "A vault of your own organisation: each case travels whole, up to level {level} "
                "(the lower of your level and the peer's).").format(level=release.level))
        else:
            self.release_note.setText(self.tr(
                "A partner organisation ({kind}): only the sections ticked below travel, with "
                "the case's summary, up to level {level}. Each case needs a consent that covers "
                "them; a case without one is refused.").format(
                kind=labels.label("recipient_type", release.recipient_type), level=release.level))
            for number, code in enumerate(release.allowed_sections):
                check = QCheckBox(labels.label("section", code))
                check.setChecked(code in release.default_sections)
                self.section_checks[code] = check
                self.sections_grid.addWidget(check, number // 3, number % 3)
        self.sections_box.setVisible(not release.internal)
        self.restricted.setVisible(not release.internal and any(
            vocab.RELEASE_SECTIONS[c] >= 3 for c in release.allowed_sections))
        self.send_button.setEnabled(True)

    def case_ids(self) -> tuple[int, ...]:
        return tuple(self.case_list.item(row).data(CASE_ROLE) for row in range(self.case_list.count())
                     if self.case_list.item(row).checkState() == Qt.CheckState.Checked)

    # -- sending --------------------------------------------------------------------------------
    def send(self) -> None:
        ids = self.case_ids()
        if not ids or self.release is None:
            set_status(self.status, False, self.tr("Tick at least one case to send."))
            return
        if not self.confirm_identity(self.tr("The chosen cases will leave this vault, sealed to "
                                             "the peer.")):
            return
        target = self.ask_output(f"casedesk-{len(ids)}-cases.cdbundle")
        if target is None:
            return
        sections = (None if self.release.internal else
                    tuple(c for c, check in self.section_checks.items() if check.isChecked()))
        request = SendRequest(self.peer.currentData(), ids, target, sections,
                              self.restricted.isChecked())
        self.send_button.setEnabled(False)
        set_status(self.status, None, self.tr("Sealing {n} case(s)…").format(n=len(ids)))
        self.ctx.worker.run(lambda: self.ctx.bundles.export.send(self.ctx.user, request),
                            self._sent, self._failed, self.tr("Sealing a bundle…"))

    def _sent(self, result: Any) -> None:
        self.result_ = result
        self.send_button.setEnabled(True)
        set_status(self.status, True, self.tr(
            "Sealed {cases} case(s), {attachments} attachment(s) and {interviews} interview(s) "
            "into {file} (bundle number {n}). Give the file to the peer; only that vault can "
            "open it.").format(cases=result.cases, attachments=result.attachments,
                               interviews=result.interviews, file=result.path.name,
                               n=result.sequence))
        self.ctx.changes.changed.emit("audit")

    def _failed(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        set_status(self.status, False, bundle_error(error))
