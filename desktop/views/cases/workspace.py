"""The workspace of one case: a summary header, the case's actions, and a tab per section.

Sections the user's level does not include stay as tabs and say so. Unsaved edits of the person
are never lost silently: leaving asks Save / Discard / Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.cases.reads import CaseDetail

from .. import labels
from ..context import AppContext
from ..palette import colour
from ..widgets import FieldError, error_text
from .attachments_tab import AttachmentsTab
from .case_actions import DIALOGS, ActionDialog
from .case_tab import CaseTab, OpenCase
from .common import ask, local_time
from .interviews_tab import InterviewsTab
from .person_tab import PersonTab
from .record_tabs import CodesSummary, HistoryTab, IdentificationTab, NotesTab, TasksTab
from .referrals_tab import ReferralsTab
from .section_editor import SectionsTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseWorkspace", text)


def chip(code: str, text: str) -> QLabel:
    """A status chip; its colours come from the style sheet (`QLabel#chip[chip="ACTIVE"]`)."""
    label = QLabel(text)
    label.setObjectName("chip")
    label.setProperty("chip", code)
    return label


class CaseHeader(QFrame):
    """Who and where: reference, name, status, identification, district, agency, assignment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference = QLabel()
        self.reference.setObjectName("hint")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.name)
        top.addSpacing(6)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        top.addLayout(self.chips)
        top.addStretch(1)
        top.addWidget(self.reference)
        layout.addLayout(top)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.facts)
        self.banner = QLabel()
        self.banner.setObjectName("badText")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

    def show_detail(self, detail: CaseDetail) -> None:
        row = detail.row
        self.name.setText(row.name if detail.person is not None else _tr("Name restricted"))
        self.reference.setText(row.reference)
        self._drop_chips()
        self.chips.addWidget(chip(row.status, labels.label("case_status", row.status)))
        self.chips.addWidget(chip(row.identification_status,
                                  labels.label("identification_status", row.identification_status)))
        for flag in detail.codes.get("flag", ()):
            self.chips.addWidget(chip("FLAG", labels.label("flag", flag)))
        self.facts.setText(_tr(
            "District: {district}    ·    Agency: {agency}    ·    Assigned: {assigned}    ·    "
            "Updated: {updated}").format(
            district=labels.label("district", row.district), agency=row.agency_code,
            assigned=", ".join(detail.assigned_names or detail.assigned) or _tr("nobody yet"),
            updated=local_time(row.updated_at)))
        self.banner.setText(_tr("Closure requested — waiting for a supervisor's approval.")
                            if detail.closure_requested else "")
        self.banner.setVisible(detail.closure_requested)

    def clear(self) -> None:
        for label in (self.name, self.reference, self.facts, self.banner):
            label.clear()
        self._drop_chips()

    def _drop_chips(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()


class CaseWorkspace(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: OpenCase | None = None
        self.case_id: int | None = None
        self.gen = 0  # bumped on every load and on clear: late worker results are dropped
        self.question: QMessageBox | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._action_row())
        self.header = CaseHeader()
        layout.addWidget(self.header)
        self.status = FieldError()
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        self._tab_index = 0
        self.tabs.currentChanged.connect(self._tab_changed)

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.back_button = QPushButton(_tr("← Back to cases"))
        self.back_button.clicked.connect(lambda: self.leave(self.back_requested.emit))
        row.addWidget(self.back_button)
        row.addStretch(1)
        p = self.ctx.user.principal
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, allowed in (
                ("flags", _tr("Flags…"), p.can(Action.CASE_EDIT)),
                ("assign", _tr("Assign…"), p.can(Action.CASE_ASSIGN)),
                ("status", _tr("Change status…"), p.can(Action.CASE_EDIT)),
                ("closure", _tr("Request closure…"), p.can(Action.CASE_EDIT)),
                ("approve", _tr("Approve closure…"), p.can(Action.CASE_APPROVE_CLOSURE))):
            button = QPushButton(text)
            button.setVisible(allowed)
            button.setProperty("allowed", allowed)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            row.addWidget(button)
            self.action_buttons[key] = button
        return row

    def _build_tabs(self) -> None:
        ctx = self.ctx
        self.person = PersonTab(ctx)
        self.identification = IdentificationTab(ctx)
        self.identification.decide_button.clicked.connect(lambda: self.act("identification"))
        self.codes = CodesSummary()
        self.codes.edit_button.clicked.connect(lambda: self.act("codes"))
        self.notes, self.attachments = NotesTab(ctx), AttachmentsTab(ctx)
        self.tasks, self.history = TasksTab(ctx), HistoryTab(ctx)
        self.tab_list: list[tuple[str, CaseTab, tuple[str, ...]]] = [
            ("person", self.person, ("person",)),
            ("identification", self.identification, ("identification",)),
            ("exploitation", SectionsTab(ctx, ("events", "perpetrators"), self.codes),
             ("exploitation", "perpetrators")),
            ("services", SectionsTab(ctx, ("services", "shelter")), ("services", "shelter")),
            ("consent", SectionsTab(ctx, ("consent",)), ("consent",)),
            ("referrals", ReferralsTab(ctx), ("summary",)),
            ("justice", SectionsTab(ctx, ("justice",)), ("justice",)),
            ("repatriation", SectionsTab(ctx, ("repatriation",)), ("repatriation",)),
            ("interviews", InterviewsTab(ctx), ("interviews",)),
            ("notes", self.notes, ("notes",)),
            ("attachments", self.attachments, ("attachments",)),
            ("tasks", self.tasks, ("tasks",)),
            ("history", self.history, ("history",)),
        ]
        titles = {"person": _tr("Person"), "identification": _tr("Identification"),
                  "exploitation": _tr("Exploitation"), "services": _tr("Services and shelter"),
                  "consent": _tr("Consent"), "referrals": _tr("Referrals"), "justice": _tr("Justice"),
                  "repatriation": _tr("Repatriation"), "interviews": _tr("Interviews"),
                  "notes": _tr("Notes"),
                  "attachments": _tr("Attachments"), "tasks": _tr("Tasks"),
                  "history": _tr("History")}
        for key, tab, _ in self.tab_list:
            tab.setObjectName(f"{key}Tab")
            tab.wrote.connect(self._wrote)
            self.tabs.addTab(tab, titles[key])

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab(key))

    def tab(self, key: str) -> CaseTab:
        return next(tab for k, tab, _ in self.tab_list if k == key)

    # -- loading ------------------------------------------------------------------------------
    def load(self, case_id: int) -> None:
        """Open a case (off the GUI thread: opening is audited and may take a moment)."""
        if case_id != self.case_id:
            self.close_case()
            self.tabs.setCurrentIndex(0)
        self.case_id = case_id
        self.gen += 1
        gen, session, cases = self.gen, self.ctx.user, self.ctx.case_reads
        self.status.show_message(_tr("Opening the case…") if self.case is None else "")
        self.ctx.worker.run(lambda: cases.open(session, case_id),
                            lambda detail: self._opened(gen, detail),
                            lambda error: self._failed(gen, error), _tr("Opening the case…"))

    def reload(self) -> None:
        if self.case_id is not None:
            self.load(self.case_id)

    def _opened(self, gen: int, detail: CaseDetail) -> None:
        if gen != self.gen or self.ctx.session is None:
            return
        self.status.show_message("")
        self.case = case = OpenCase.of(self.ctx.user, detail)
        self.header.show_detail(detail)
        self.codes.show_codes(detail.codes)
        self.codes.edit_button.setVisible(case.can_edit and not case.restricted("exploitation"))
        for _key, tab, level_keys in self.tab_list:
            tab.show_case(case)
            index = self.tabs.indexOf(tab)
            closed = all(case.restricted(k) for k in level_keys)
            self.tabs.tabBar().setTabTextColor(index, colour("faint") if closed else QColor())
            self.tabs.setTabToolTip(index, _tr("Restricted at your level") if closed else "")
        self._update_actions()
        self._load_current()

    def _failed(self, gen: int, error: BaseException) -> None:
        if gen == self.gen:
            self.status.show_message(error_text(error))

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, CaseTab) and tab.stale and tab.case is not None:
            tab.stale = False
            tab.load()

    def _update_actions(self) -> None:
        case = self.case
        for key, button in self.action_buttons.items():
            if case is None:
                button.setVisible(False)
                continue
            allowed = bool(button.property("allowed"))
            if key == "status":
                allowed = allowed and (not case.closed or self.ctx.user.principal.can(
                    Action.CASE_APPROVE_CLOSURE))
                button.setText(_tr("Reopen…") if case.closed
                               else _tr("Change status…"))
            elif key == "flags":
                allowed = allowed and case.can_edit
            elif key == "closure":
                allowed = allowed and case.can_edit and not case.detail.closure_requested
            elif key == "approve":
                allowed = allowed and case.detail.closure_requested and not case.closed
            button.setVisible(allowed)

    def _wrote(self, reload_detail: bool) -> None:
        """A tab changed the case: tell the other views, and read the case again if needed."""
        self.ctx.changes.changed.emit("cases")
        self.history.stale = True
        if reload_detail:
            self.reload()

    # -- actions ------------------------------------------------------------------------------
    def act(self, key: str) -> None:
        case = self.case
        if case is None:
            return
        if key == "approve":
            self.dialog = ask(self, _tr("Approve closure"), _tr(
                "Close case {reference}? It can no longer change until a supervisor reopens "
                "it.").format(reference=case.detail.row.reference), _tr("Approve closure"),
                self._approve)
            return
        dialog: ActionDialog = DIALOGS[key](self.ctx, case, self)
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result == ActionDialog.DialogCode.Accepted:
                self._wrote(True)

        dialog.finished.connect(finished)
        dialog.open()

    def _approve(self) -> None:
        """Approving writes the case and its audit entry: on the worker, never the GUI thread."""
        if self.case is None:
            return
        session, case_id, cases = self.ctx.user, self.case.id, self.ctx.cases
        self.ctx.worker.run(lambda: cases.approve_closure(session, case_id),
                            lambda _: self._wrote(True),
                            lambda error: self.status.show_message(error_text(error)),
                            _tr("Approving the closure…"))

    # -- leaving ------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        previous = self.tabs.widget(self._tab_index)
        if previous is self.person and self.person.dirty() and index != self._tab_index:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._tab_index)
            self.tabs.blockSignals(False)
            self.leave(lambda: self.tabs.setCurrentIndex(index))
            return
        self._tab_index = index
        self._load_current()

    def leave(self, then: Callable[[], None]) -> None:
        """Run `then` once no edit would be lost: at once, or after Save / Discard / Cancel."""
        if not self.person.dirty():
            then()
            return
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.person)
        self._tab_index = self.tabs.currentIndex()
        self.tabs.blockSignals(False)
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Unsaved changes"), _tr(
            "The person's details have changes that are not saved yet."),
            buttons.Save | buttons.Discard | buttons.Cancel, self)
        box.setInformativeText(_tr("Save them before leaving, or discard them?"))
        box.setDefaultButton(buttons.Save)
        self.question = box

        def finished(_: int) -> None:
            self.question = None
            clicked = box.clickedButton()
            answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
            box.deleteLater()
            if answer == buttons.Save and self.person.save():
                then()
            elif answer == buttons.Discard:
                self.person.revert()
                then()

        box.finished.connect(finished)
        box.open()

    def close_case(self) -> None:
        """Forget the open case (edits are discarded; callers ask first with `leave`)."""
        self.gen += 1
        if self.question is not None:
            self.question.reject()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.case, self.case_id = None, None
        self.header.clear()
        self.codes.clear()
        self.status.show_message("")
        for _, tab, _ in self.tab_list:
            tab.clear()

    def clear(self) -> None:
        self.close_case()
