"""Synchronise: one action between a field tablet and its office over a USB stick (a folder) or
one bundle file, with a progress bar. If the peer changed something this vault changed too, the
run stops at that bundle, shows the choices, and continues when they are made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bundles.sync import SyncResult

from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import set_status
from .common import ProgressRelay, bundle_error, stage_text
from .merge_view import MergeView


class SyncDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.location: Path | None = None
        self.choices: dict[str, dict[str, dict[str, str]]] = {}
        self.pending_bundle = ""
        self.result_: SyncResult | None = None
        self.setWindowTitle(self.tr("Synchronise"))
        self.resize(760, 300)
        layout = QVBoxLayout(self)
        info = ctx.bundles.identity.info(ctx.user)
        self.field_mode = info is not None and info.field_office_id is not None
        intro = QLabel(self.tr(
            "Imports what {office} left for this tablet, then leaves this tablet's new and changed "
            "cases, interviews and attachments for it.").format(office=info.field_office_name)
            if self.field_mode and info else self.tr(
            "Imports what a field tablet left on its stick, then leaves it the cases assigned to "
            "its user that changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.peer = QComboBox()
        if not self.field_mode:
            for peer in ctx.bundles.identity.peers(ctx.user):
                if peer.kind == "FIELD":
                    self.peer.addItem(f"{peer.name} ({peer.field_user})", peer.id)
            if self.peer.count():
                form.addRow(self.tr("Field tablet"), self.peer)
        where = QHBoxLayout()
        self.where = QLabel(self.tr("Choose the USB stick or a folder."))
        self.where.setObjectName("hint")
        folder = QPushButton(self.tr("Folder…"))
        folder.clicked.connect(self.choose_folder)
        single = QPushButton(self.tr("One file…"))
        single.clicked.connect(self.choose_file)
        where.addWidget(self.where, 1)
        where.addWidget(folder)
        where.addWidget(single)
        form.addRow(self.tr("Exchange through"), where)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(12)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        self.merge = MergeView()
        self.merge.changed.connect(self._enable)
        self.merge.hide()
        layout.addWidget(self.merge, 10)
        layout.addStretch(1)  # takes the space only while the merge is hidden
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = buttons.addButton(self.tr("Synchronise"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("primary")
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.relay = ProgressRelay(self)
        self.relay.advanced.connect(self._advanced)
        if not self.field_mode and self.peer.count() == 0:
            set_status(self.status, False, self.tr(
                "This vault is not set up for field work and trusts no field tablet. An "
                "administrator sets this up under Administration → Exchange."))
        self._enable()

    # -- questions (small methods, so tests can answer them) --------------------------------
    def confirm_identity(self, reason: str) -> bool:
        return confirm_identity(self, self.ctx, reason)

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        return Path(name) if name else None

    def ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), "",
                                              self.tr("CaseDesk bundles (*.cdbundle)"))
        return Path(name) if name else None

    # -- steps --------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        self.set_location(self.ask_folder())

    def choose_file(self) -> None:
        self.set_location(self.ask_file())

    def set_location(self, location: Path | None) -> None:
        if location is None:
            return
        self.location = location
        self.where.setText(str(location))
        self._enable()

    def _enable(self) -> None:
        ready = self.location is not None and (self.field_mode or self.peer.count() > 0)
        waiting = self.merge.isVisible() and self.merge.unresolved() > 0
        self.run_button.setEnabled(ready and not waiting and not self.ctx.worker.is_busy)
        self.run_button.setText(self.tr("Continue") if self.merge.isVisible()
                                else self.tr("Synchronise"))

    def run(self) -> None:
        if self.location is None:
            return
        if self.merge.isVisible() and self.merge.preview is not None:
            self.choices[self.merge.preview.bundle_id] = self.merge.choices()
        elif not self.confirm_identity(self.tr("Cases will be imported into this vault and "
                                               "cases will leave it for the peer.")):
            return
        location, choices = self.location, dict(self.choices)
        peer = None if self.field_mode else self.peer.currentData()
        self.run_button.setEnabled(False)
        self.progress.setValue(0)
        set_status(self.status, None, self.tr("Synchronising…"))
        self.ctx.worker.run(
            lambda: self.ctx.bundles.sync.run(self.ctx.user, location, peer, choices, self.relay),
            self._done, self._failed, self.tr("Synchronising…"))

    def _advanced(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setValue(int(100 * done / total))
        set_status(self.status, None, stage_text(what))

    def _done(self, result: Any) -> None:
        self.result_ = result
        if result.needs_choices is not None:
            self.merge.show_preview(result.needs_choices)
            self.merge.show()
            self.resize(self.width(), max(self.height(), 620))
            set_status(self.status, None, self.tr(
                "{file} from {peer} changes parts this vault changed too. Choose for each, then "
                "Continue.").format(file=result.pending_file, peer=result.peer_name))
            self._enable()
            self.ctx.changes.changed.emit("cases")
            return
        self.merge.hide()
        self.progress.setValue(100)
        lines = [self.tr("Imported bundle number {n}: {new} new case(s), {updated} "
                         "updated.").format(n=r.sequence, new=r.created, updated=r.updated)
                 for r in result.imported] or [self.tr("Nothing new arrived from {peer}.").format(
                     peer=result.peer_name)]
        sent = result.sent
        if sent is not None and sent.path is not None:
            lines.append(self.tr("Left {cases} changed case(s) for {peer} in {file}.").format(
                cases=sent.cases, peer=result.peer_name, file=sent.path.name))
        else:
            lines.append(self.tr("Nothing changed here since the last exchange."))
        lines += [self.tr("Skipped {file}: {why}").format(file=s.file, why=s.reason)
                  for s in result.skipped]
        set_status(self.status, True, "\n".join(lines))
        self.choices = {}
        self._enable()
        self.ctx.changes.changed.emit("cases")

    def _failed(self, error: BaseException) -> None:
        set_status(self.status, False, bundle_error(error))
        self._enable()
