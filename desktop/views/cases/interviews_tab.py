"""The Interviews tab of a case: its interviews (level 3), new ones from the active forms, and the
interview editor in place of the list while one is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.forms.shipped import CONSENT, FORENSIC_INTERVIEW, SCREENING
from desktop.models.seed import Action
from desktop.services.errors import VaultError
from desktop.services.interviews.service import InterviewRow

from .. import labels
from ..context import AppContext
from ..forms.interview_editor import InterviewEditor
from ..style import ui_language
from ..widgets import EmptyState, FieldError, error_text
from .case_tab import CaseTab, OpenCase
from .common import RestrictedPanel, RowsModel, local_time, make_table, note, selected_key

SECTION = "interviews"


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewsTab", text)


class InterviewsTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stack = QStackedWidget()
        self.layout_.addWidget(self.stack)
        self.list_page = QWidget()
        self.stack.addWidget(self.list_page)
        self.restricted = RestrictedPanel(SECTION)
        self.stack.addWidget(self.restricted)
        self.editor: InterviewEditor | None = None
        self._build_list()

    def _build_list(self) -> None:
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_buttons: dict[str, QPushButton] = {}
        for form_id, text in (
            (FORENSIC_INTERVIEW, _tr("New forensic interview")),
            (SCREENING, _tr("New screening")),
            (CONSENT, _tr("New consent record")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, f=form_id: self.start(f))
            buttons.addWidget(button)
            self.new_buttons[form_id] = button
        self.closed_note = note(_tr("The case is closed: no new interview or screening can be "
                                    "started until a supervisor reopens it."))
        self.closed_note.hide()
        buttons.addWidget(self.closed_note, 1)
        buttons.addStretch(1)
        self.open_button = QPushButton(_tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.status = FieldError()
        layout.addWidget(self.status)
        self.model = RowsModel(
            [_tr("Form"), _tr("Version"), _tr("State"), _tr("Disclosure"), _tr("Interviewer"), _tr("Updated")]
        )
        self.table = make_table(self.model, (220, 80, 100, 100, 120))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(_tr("No interviews yet. Interviews and screenings of this case appear here."))
        layout.addWidget(self.empty)

    def show_case(self, case: OpenCase) -> None:
        super().show_case(case)
        restricted = case.restricted(SECTION)
        if restricted:
            self.stack.setCurrentWidget(self.restricted)
        elif self.editor is None:
            self.stack.setCurrentWidget(self.list_page)
        may_conduct = self.ctx.user.principal.can(Action.INTERVIEW_CONDUCT)
        for button in self.new_buttons.values():
            button.setVisible(may_conduct and not case.closed)
        self.closed_note.setVisible(may_conduct and case.closed)

    def load(self) -> None:
        if self.case is None or self.case.restricted(SECTION):
            return
        case_id, session, interviews = self.case.id, self.ctx.user, self.ctx.interviews
        self.ctx.worker.run(
            lambda: interviews.list_for_case(session, case_id),
            self._listed,
            lambda error: self.status.show_message(error_text(error)),
            _tr("Reading interviews…"),
        )

    def _listed(self, rows: list[InterviewRow]) -> None:
        if self.case is None:
            return
        self.model.set_rows(
            [
                (
                    row.id,
                    (
                        row.form_title,
                        row.form_version,
                        labels.label("interview_state", row.state),
                        labels.label("disclosure", row.disclosure),
                        row.interviewer_name or row.interviewer,
                        local_time(row.updated_at),
                    ),
                )
                for row in rows
            ]
        )
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.open_button.setEnabled(bool(rows))

    def start(self, form_id: str) -> None:
        if self.case is None:
            return
        try:
            interview_id = self.ctx.interviews.start(self.ctx.user, self.case.id, form_id, ui_language())
        except VaultError as error:  # a service refused, with a sentence
            self.status.show_message(error_text(error))
            return
        self.open_interview(interview_id)
        self.wrote.emit(False)

    def open_selected(self) -> None:
        interview_id = selected_key(self.table)
        if interview_id is not None:
            self.open_interview(int(interview_id))

    def open_interview(self, interview_id: int) -> None:
        try:
            detail = self.ctx.interviews.open(self.ctx.user, interview_id)
            schema = self.ctx.forms.schema(self.ctx.user, detail.definition_id)
        except VaultError as error:  # a service refused, with a sentence
            self.status.show_message(error_text(error))
            return
        self._close_editor()
        self.editor = InterviewEditor(self.ctx, detail, schema)
        self.editor.back_requested.connect(self.back_to_list)
        self.editor.wrote.connect(lambda: self.wrote.emit(True))
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)

    def back_to_list(self) -> None:
        self._close_editor()
        self.stack.setCurrentWidget(self.list_page)
        self.load()

    def _close_editor(self) -> None:
        if self.editor is not None:
            self.editor.autosave.stop()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def clear(self) -> None:
        if self.editor is not None:
            self.editor.clear()
        self._close_editor()
        self.model.forget()
        self.stack.setCurrentWidget(self.list_page)
        super().clear()
