"""Attachments: files kept inside the encrypted vault. A copy is written only where the user
chooses; nothing is ever put in a temporary file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.services.cases.sections import ALLOWED_TYPES, MAX_ATTACHMENT, AttachmentInfo
from desktop.services.errors import PermissionDenied, VaultError

from .. import labels
from ..context import AppContext
from ..widgets import EmptyState, error_text, set_status
from .case_tab import CaseTab, OpenCase
from .common import (
    RestrictedPanel,
    RowsModel,
    ask,
    danger_button,
    local_time,
    make_table,
    note,
    selected_key,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsTab", text)


def size_text(size: int) -> str:
    if size < 1024:
        return _tr("{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return _tr("{n} KB").format(n=f"{size / 1024:.0f}")
    return _tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


class AttachmentsTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.files: list[AttachmentInfo] = []
        self.gen = 0  # bumped when the case changes or the vault locks: late results are dropped
        self.body = QWidget()
        row = QHBoxLayout()
        row.setSpacing(8)
        self.add_button = QPushButton(_tr("Add file…"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.level = QComboBox()
        for number, text in labels.levels().items():
            if 2 <= number <= ctx.user.principal.level:
                self.level.addItem(text, number)
        self.level.setToolTip(_tr("Who may see the new file: users of this level and above."))
        self.save_button = QPushButton(_tr("Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = danger_button(_tr("Remove…"))
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        self.level_label = QLabel(_tr("at level"))
        row.addWidget(self.level_label)
        row.addWidget(self.level)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(note(_tr(
            "Files are stored encrypted inside the vault: PDF, PNG, JPEG, Word (.docx) or UTF-8 "
            "text, up to {mb} MB each. Saving a copy writes the file where you choose; keep it "
            "on an encrypted drive and delete it when done.").format(mb=MAX_ATTACHMENT // 2**20)))
        self.model = RowsModel((_tr("File"), _tr("Type"), _tr("Size"), _tr("Level"),
                                _tr("Added")), self)
        self.table = make_table(self.model, (300, 110, 90, 130), fit=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.table.doubleClicked.connect(lambda _: self.save_copy())
        self.layout_.addWidget(self.table)
        self.empty = EmptyState(_tr("No files attached. Add consent forms, medical reports or "
                                    "photographs of documents here rather than on the desktop."))
        self.layout_.addWidget(self.empty)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.layout_.addWidget(self.status)
        self.restricted = RestrictedPanel("attachments")
        self.layout_.addWidget(self.restricted)
        self.layout_.addStretch(1)
        self.dialog: QMessageBox | None = None

    def show_case(self, case: OpenCase) -> None:
        if self.case is None or self.case.id != case.id:
            self.gen += 1
        super().show_case(case)
        self._buttons()

    def _restricted(self, restricted: bool) -> None:
        self.restricted.setVisible(restricted)
        for widget in (self.table, self.add_button, self.level, self.level_label,
                       self.save_button, self.remove_button):
            widget.setVisible(not restricted)
        self.table.setVisible(not restricted and bool(self.files))
        self.empty.setVisible(not restricted and not self.files)

    def _buttons(self) -> None:
        editable = self.case is not None and self.case.can_edit and self.level.count() > 0
        chosen = selected_key(self.table) is not None
        self.add_button.setEnabled(editable)
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(editable and chosen)

    def load(self) -> None:
        if self.case is None:
            return
        if self.case.restricted("attachments"):
            self.files = []
            self.model.forget()
            self._restricted(True)
            return
        try:
            self.files = self.ctx.sections.attachments(self.ctx.user, self.case.id)
        except VaultError as error:  # a service refused, with a sentence
            self.files = []
            self.model.forget()
            restricted = isinstance(error, PermissionDenied)
            self._restricted(restricted)
            if not restricted:
                set_status(self.status, False, error_text(error))
            return
        self.model.set_rows([(a.id, (a.filename, a.filename.rsplit(".", 1)[-1].upper(),
                                     size_text(a.size), labels.levels().get(a.level, "?"),
                                     local_time(a.uploaded_at))) for a in self.files])
        self._restricted(False)
        self._buttons()

    # -- choosing files (small methods: tests replace them instead of driving a file dialog) ---
    def choose_file_to_attach(self) -> str:
        kinds = " ".join(f"*.{ext}" for ext in sorted(ALLOWED_TYPES))
        path, _ = QFileDialog.getOpenFileName(self, _tr("Attach a file"), "",
                                              _tr("Allowed files ({kinds})").format(kinds=kinds))
        return path

    def choose_save_path(self, filename: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save a copy"), filename)
        return path

    # -- actions ------------------------------------------------------------------------------
    def add(self) -> None:
        path = self.choose_file_to_attach()
        if not path or self.case is None:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_ATTACHMENT + 1)
        except OSError as error:
            set_status(self.status, False, _tr("The file could not be read: {reason}").format(
                reason=error.strerror or type(error).__name__))
            return
        self.attach(Path(path).name, data)

    def attach(self, filename: str, data: bytes) -> None:
        """Store the bytes in the vault, off the GUI thread."""
        case = self.case
        if case is None:
            return
        gen, level, session, sections = self.gen, int(self.level.currentData()), \
            self.ctx.user, self.ctx.sections
        self.add_button.setEnabled(False)
        set_status(self.status, None, _tr("Encrypting and storing {name}…").format(name=filename))

        def done(_: object) -> None:
            if gen != self.gen:
                return
            set_status(self.status, True, _tr("{name} is attached.").format(name=filename))
            self.load()
            self.wrote.emit(False)

        def failed(error: BaseException) -> None:
            if gen != self.gen:
                return
            self._buttons()
            set_status(self.status, False, error_text(error))

        self.ctx.worker.run(lambda: sections.attach(session, case.id, filename, data, level),
                            done, failed, _tr("Attaching a file…"))

    def save_copy(self) -> None:
        case, attachment_id = self.case, selected_key(self.table)
        info = next((a for a in self.files if a.id == attachment_id), None)
        if case is None or info is None:
            return
        path = self.choose_save_path(info.filename)
        if not path:
            return
        gen, session, sections = self.gen, self.ctx.user, self.ctx.sections

        def done(data: bytes) -> None:
            if gen != self.gen:
                return
            try:
                Path(path).write_bytes(data)
            except OSError as error:
                set_status(self.status, False, _tr("The copy could not be written: {reason}")
                           .format(reason=error.strerror or type(error).__name__))
                return
            set_status(self.status, True, _tr("A copy of {name} was saved to {path}.").format(
                name=info.filename, path=path))

        def failed(error: BaseException) -> None:
            if gen == self.gen:
                set_status(self.status, False, error_text(error))

        self.ctx.worker.run(lambda: sections.attachment_content(session, case.id, info.id),
                            done, failed, _tr("Reading a file from the vault…"))

    def remove(self) -> None:
        case, attachment_id = self.case, selected_key(self.table)
        info = next((a for a in self.files if a.id == attachment_id), None)
        if case is None or info is None:
            return

        def confirmed() -> None:
            try:
                self.ctx.sections.remove_attachment(self.ctx.user, case.id, info.id)
            except VaultError as error:  # a service refused, with a sentence
                set_status(self.status, False, error_text(error))
                return
            set_status(self.status, True, _tr("{name} was removed.").format(name=info.filename))
            self.load()
            self.wrote.emit(False)

        self.dialog = ask(self, _tr("Remove file"), _tr(
            "Remove {name} from the case? The file is deleted from the vault; the audit trail "
            "keeps a record that it was removed.").format(name=info.filename), _tr("Remove"),
            confirmed, danger=True)

    def clear(self) -> None:
        super().clear()
        self.gen += 1
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.files = []
        self.model.forget()
        set_status(self.status, None, "")
