"""Import a bundle: every check runs first (on the worker), then the preview with the choices,
then one all-or-nothing import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bundles import TooLarge
from desktop.services.bundles.importer import ImportPreview, ImportResult

from ..context import AppContext
from ..widgets import set_status
from .common import bundle_error
from .merge_view import MergeView

MAX_READ = 512 * 2**20


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a bundle"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A bundle is checked completely before anything is written: who sealed it, that it "
            "is for this vault, that it is newer than the last one from that sender, and every "
            "value in it. Then you see what it would change."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("hint")
        self.choose_button = QPushButton(self.tr("Choose bundle file…"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.merge = MergeView()
        self.merge.changed.connect(self._enable)
        self.merge.hide()
        layout.addWidget(self.merge, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(self.tr("Import"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("primary")
        self.apply_button.setEnabled(False)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- questions (small methods, so tests can answer them) --------------------------------
    def ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), "",
                                              self.tr("CaseDesk bundles (*.cdbundle)"))
        return Path(name) if name else None

    # -- steps --------------------------------------------------------------------------------
    def choose(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read and check the file on the worker (a bundle may be large)."""
        self.data = None
        self.file_label.setText(path.name)
        self.merge.clear()
        self.merge.hide()
        self.summary.hide()
        self._working(self.tr("Checking the bundle…"))

        def check() -> tuple[bytes, ImportPreview]:
            if path.stat().st_size > MAX_READ:
                raise TooLarge
            data = path.read_bytes()
            return data, self.ctx.bundles.imports.preview(self.ctx.user, data)

        self.ctx.worker.run(check, self._previewed, self._failed, self.tr("Checking a bundle…"))

    def _previewed(self, checked: tuple[bytes, ImportPreview]) -> None:
        self.data, preview = checked
        self.merge.show_preview(preview)
        self.merge.show()
        self.summary.setText(self.tr(
            "Bundle number {n} from {sender}, sealed {created}, level {level}: {new} new "
            "case(s), {update} with changes, {conflict} changed on both sides, {same} "
            "unchanged.").format(n=preview.sequence, sender=preview.sender,
                                 created=preview.created[:16].replace("T", " "),
                                 level=preview.level, new=preview.count("NEW"),
                                 update=preview.count("UPDATE"),
                                 conflict=preview.count("CONFLICT"),
                                 same=preview.count("UNCHANGED")))
        self.summary.show()
        set_status(self.status, True, self.tr("The bundle passed every check. Nothing has been "
                                              "written yet."))
        self._enable()

    def apply(self) -> None:
        if self.data is None or self.merge.unresolved():
            return
        data, choices = self.data, self.merge.choices()
        self._working(self.tr("Importing…"))
        self.ctx.worker.run(lambda: self.ctx.bundles.imports.apply(self.ctx.user, data, choices),
                            self._applied, self._failed, self.tr("Importing a bundle…"))

    def _applied(self, result: Any) -> None:
        self.result_ = result
        self.data = None
        self.apply_button.setEnabled(False)
        self.choose_button.setEnabled(True)
        text = self.tr("Imported: {new} new case(s), {updated} updated; {taken} part(s) taken, "
                       "{kept} kept.").format(new=result.created, updated=result.updated,
                                              taken=result.taken, kept=result.kept)
        for theirs, mine in result.references:
            text += "\n" + self.tr("{theirs} is {mine} in this vault.").format(theirs=theirs,
                                                                              mine=mine)
        set_status(self.status, True, text)
        self.ctx.changes.changed.emit("cases")

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self._enable()
        set_status(self.status, False, bundle_error(error))

    def _working(self, text: str) -> None:
        self.apply_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        set_status(self.status, None, text)

    def _enable(self) -> None:
        ready = self.data is not None and self.merge.preview is not None
        self.apply_button.setEnabled(ready and not self.merge.unresolved()
                                     and not self.ctx.worker.is_busy)
        self.choose_button.setEnabled(not self.ctx.worker.is_busy)
