"""The form library: import an XLSForm (its problems listed by row, or a summary to confirm),
preview any version as interviewers will see it, and choose the active version of each form.

Earlier versions stay in the library: interviews made with them keep reading with them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms import FormImportFailed, FormSchema
from desktop.forms.loader import MAX_FILE_BYTES
from desktop.models.seed import Action
from desktop.services.errors import VaultError
from desktop.services.interviews.library import FormPreview, FormVersion

from ..cases.common import RowsModel, local_time, make_table, selected_key
from ..context import AppContext
from ..forms.renderer import FormRenderer
from ..widgets import FieldError, PageHeader, error_text
from .base import AdminTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormsTab", text)


class FormPreviewDialog(QDialog):
    """The form as an interviewer will fill it, without storing anything."""

    def __init__(self, schema: FormSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Preview: {title}").format(title=schema.title.get(schema.default_language)))
        layout = QVBoxLayout(self)
        self.renderer = FormRenderer(schema)
        layout.addWidget(self.renderer, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 680)


class FormsTab(AdminTab):
    required = (Action.FORMS_MANAGE,)
    areas = ("forms",)

    @classmethod
    def title(cls) -> str:
        return _tr("Forms")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.layout_.addWidget(
            PageHeader(
                _tr("Forms"),
                _tr(
                    "Interview, screening and consent forms are XLSForm spreadsheets (the format of ODK and "
                    "KoboToolbox). Import a new version, preview it, then make it active; interviews already "
                    "made keep the version they were made with."
                ),
            )
        )
        row = QHBoxLayout()
        self.import_button = QPushButton(_tr("Import XLSForm…"))
        self.import_button.clicked.connect(self.choose_and_check)
        self.preview_button = QPushButton(_tr("Preview"))
        self.preview_button.clicked.connect(self.preview_selected)
        self.activate_button = QPushButton(_tr("Make active"))
        self.activate_button.clicked.connect(self.activate_selected)
        for button in (self.import_button, self.preview_button, self.activate_button):
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.status = FieldError()
        self.layout_.addWidget(self.status)
        self.model = RowsModel(
            [_tr("Form"), _tr("Version"), _tr("Title"), _tr("Active"), _tr("Shipped"), _tr("Imported")]
        )
        self.table = make_table(self.model, (170, 90, 260, 70, 70))
        self.layout_.addWidget(self.table, 1)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(170)
        self.report.hide()
        self.layout_.addWidget(self.report)
        confirm = QHBoxLayout()
        self.activate_after = QCheckBox(_tr("Make it active at once"))
        self.confirm_button = QPushButton(_tr("Import this version"))
        self.confirm_button.clicked.connect(self.confirm_import)
        confirm.addWidget(self.activate_after)
        confirm.addStretch(1)
        confirm.addWidget(self.confirm_button)
        self.layout_.addLayout(confirm)
        self.pending: bytes | None = None
        self.pending_name = ""
        self.dialog: QDialog | None = None
        self._pending_visible(False)

    def _pending_visible(self, visible: bool) -> None:
        self.activate_after.setVisible(visible)
        self.confirm_button.setVisible(visible)

    def refresh(self) -> None:
        session, forms = self.ctx.user, self.ctx.forms
        self.ctx.worker.run(
            lambda: forms.list_versions(session),
            self._listed,
            lambda error: self.status.show_message(error_text(error)),
            _tr("Reading forms…"),
        )

    def _listed(self, versions: list[FormVersion]) -> None:
        self.model.set_rows(
            [
                (
                    v.id,
                    (
                        v.form_id,
                        v.version,
                        v.title,
                        _tr("yes") if v.active else "",
                        _tr("yes") if v.shipped else "",
                        local_time(v.imported_at),
                    ),
                )
                for v in versions
            ]
        )

    def clear(self) -> None:
        self.model.forget()
        self.report.clear()
        self.pending = None

    # -- importing (choose_file is a method so tests can replace the file dialog) --------------
    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, _tr("Import an XLSForm"), "", _tr("XLSForm (*.xlsx)"))
        return path

    def choose_and_check(self) -> None:
        path = self.choose_file()
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            self.status.show_message(
                _tr("The file could not be read: {reason}").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            return
        self.check(Path(path).name, data)

    def check(self, name: str, data: bytes) -> None:
        """Parse off the GUI thread; show the problems, or a summary and the Import button."""
        session, forms = self.ctx.user, self.ctx.forms
        self.pending = None
        self._pending_visible(False)
        self.ctx.worker.run(
            lambda: forms.preview(session, data, name),
            lambda preview: self._checked(name, data, preview),
            lambda error: self._refused(name, error),
            _tr("Checking the form…"),
        )

    def _refused(self, name: str, error: BaseException) -> None:
        self.report.show()
        if isinstance(error, FormImportFailed):
            lines = [_tr("{file} cannot be imported; nothing was stored. Problems:").format(file=name)]
            lines += [f"• {problem}" for problem in error.problems]
            self.report.setPlainText("\n".join(lines))
        else:
            self.report.setPlainText(error_text(error))

    def _checked(self, name: str, data: bytes, preview: FormPreview) -> None:
        self.report.show()
        lines = [
            _tr("{file}: “{title}”, form {form}, version {version}").format(
                file=name, title=preview.title, form=preview.form_id, version=preview.version
            ),
            _tr("{n} questions on {pages} pages; languages: {languages}").format(
                n=preview.question_count, pages=len(preview.pages), languages=", ".join(preview.languages)
            ),
            _tr("Pages: {pages}").format(pages=" · ".join(preview.pages)),
        ]
        if preview.already_imported:
            lines.append(
                _tr("This version is already in the library; change the version in its settings sheet.")
            )
        self.report.setPlainText("\n".join(lines))
        self.pending = None if preview.already_imported else data
        self.pending_name = name
        self.activate_after.setChecked(False)  # activating is a separate, deliberate choice each time
        self._pending_visible(self.pending is not None)

    def confirm_import(self) -> None:
        if self.pending is None:
            return
        try:
            version = self.ctx.forms.import_form(self.ctx.user, self.pending, self.activate_after.isChecked(),
                                                 self.pending_name)
        except (VaultError, FormImportFailed) as error:  # refused, or the workbook changed meanwhile
            self.status.show_message(error_text(error))
            return
        self.pending = None
        self._pending_visible(False)
        self.report.setPlainText(
            _tr("Imported {form} version {version}.").format(form=version.form_id, version=version.version)
        )
        self.ctx.changes.changed.emit("forms")
        self.refresh()

    # -- versions -----------------------------------------------------------------------------
    def activate_selected(self) -> None:
        definition_id = selected_key(self.table)
        if definition_id is None:
            return
        try:
            self.ctx.forms.activate(self.ctx.user, int(definition_id))
        except VaultError as error:  # a service refused, with a sentence
            self.status.show_message(error_text(error))
            return
        self.refresh()

    def preview_selected(self) -> None:
        definition_id = selected_key(self.table)
        if definition_id is None:
            return
        try:
            schema = self.ctx.forms.schema(self.ctx.user, int(definition_id))
        except VaultError as error:  # a service refused, with a sentence
            self.status.show_message(error_text(error))
            return
        self.dialog = FormPreviewDialog(schema, self)
        self.dialog.open()
