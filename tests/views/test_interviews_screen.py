"""The forensic interview on screen, driven through its widgets: skip logic, a repeat, a constraint
violation, saved draft (D5), reopen, submit, return, approve, lock, addendum."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from desktop.services.accounts.users import NewUser
from desktop.services.cases.service import CaseService
from desktop.views.cases.interviews_tab import InterviewsTab
from desktop.views.cases.workspace import CaseWorkspace
from desktop.views.forms.fields import LineEditor, SelectOneEditor
from desktop.views.forms.interview_editor import InterviewEditor, TextPrompt
from desktop.views.forms.renderer import FormRenderer

from ..conftest import Desk
from ..services.interview_world import complete_answers
from .case_world import PASSWORD, Seeded, add_staff, context_for, seed_cases, session_of
from .conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(desk: Desk) -> Seeded:
    add_staff(desk.accounts, desk.admin)
    desk.accounts.create_user(desk.admin, NewUser("marisol", "Marisol Chan", "FORENSIC_INTERVIEWER", "HS", 3),
                              known_password=PASSWORD)
    seeded = seed_cases(desk.vault)
    CaseService(desk.vault).assign(session_of(desk.vault, "carmen"), seeded.garcia.id, ("ana", "luis", "marisol"))
    return seeded


def interviews_tab(qtbot, desk: Desk, username: str, case_id: int) -> Iterator[InterviewsTab]:  # type: ignore[no-untyped-def]
    ctx = context_for(desk.vault, session_of(desk.vault, username))
    workspace = CaseWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1156, 760)
    workspace.show()
    workspace.load(case_id)
    wait_idle(qtbot, ctx)
    tab = workspace.tab("interviews")
    assert isinstance(tab, InterviewsTab)
    workspace.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, ctx)
    yield tab
    ctx.worker.wait()


def type_into(qtbot, renderer: FormRenderer, path: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = renderer.rows[path].editor
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    editor.line.clear()
    qtbot.keyClicks(editor.line, text)


def choose(qtbot, renderer: FormRenderer, path: str, code: str) -> None:  # type: ignore[no-untyped-def]
    editor = renderer.rows[path].editor
    assert isinstance(editor, SelectOneEditor)
    if editor.group is not None:
        button = editor.group.button(editor.codes.index(code))
        assert isinstance(button, QRadioButton)
        QApplication.processEvents()  # a new repeat entry is laid out before it is clicked
        qtbot.mouseClick(button, LEFT)
    else:
        assert editor.combo is not None
        editor.combo.setCurrentIndex(editor.combo.findData(code))
        editor.combo.activated.emit(editor.combo.currentIndex())


def current_editor(tab: InterviewsTab) -> InterviewEditor:
    assert tab.editor is not None
    return tab.editor


def test_interview_from_draft_to_addendum_on_screen(qtbot, desk: Desk, seeded: Seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case_id = seeded.garcia.id
    tab = next(interviews_tab(qtbot, desk, "marisol", case_id))
    qtbot.mouseClick(tab.new_buttons["forensic_interview"], LEFT)
    editor = current_editor(tab)
    form = editor.renderer
    assert form.progress_text.text() == "Page 1 of 11"
    # Page 1 by keyboard and mouse; the end before the start violates a constraint.
    type_into(qtbot, form, "interview_date", "2026-11-20")
    type_into(qtbot, form, "start_time", "09:30")
    type_into(qtbot, form, "end_time", "08:00")
    assert form.rows["end_time"].error.isVisible()
    assert "after the start" in form.rows["end_time"].error.text()
    qtbot.mouseClick(form.next_button, LEFT)
    assert form.stack.currentIndex() == 0 and form.page_status.text()  # blocked
    type_into(qtbot, form, "end_time", "11:05")
    assert not form.rows["end_time"].error.isVisible()
    choose(qtbot, form, "protocol", "OTHER")
    assert form.rows["protocol_other"].isVisible()  # skip logic shows the follow-up
    choose(qtbot, form, "protocol", "NICHD_REVISED")
    assert not form.rows["protocol_other"].isVisible()
    # A repeat: two persons present, added with the button.
    form.show_page(1)
    panel = form.repeats["persons_present"]
    qtbot.mouseClick(panel.add_button, LEFT)
    qtbot.mouseClick(panel.add_button, LEFT)
    choose(qtbot, form, "persons_present[0]/person_role", "LEAD_INTERVIEWER")
    type_into(qtbot, form, "persons_present[0]/person_name", "Marisol Chan")
    choose(qtbot, form, "persons_present[0]/person_presence", "IN_ROOM")
    assert form.answers()["persons_present"][0].get("person_presence") == "IN_ROOM", form.answers()
    qtbot.mouseClick(panel.boxes[1][0].findChildren(type(panel.add_button))[-1], LEFT)  # remove entry 2
    assert len(panel.boxes) == 1
    # Skip logic on the interpreter page.
    qtbot.mouseClick(form.next_button, LEFT)
    assert form.stack.currentIndex() == 2, [(e.path, e.kind) for e in form.state.errors]
    choose(qtbot, form, "interpreter_used", "no")
    assert not form.rows["interpreter_name"].isVisible()
    choose(qtbot, form, "interpreter_used", "yes")
    assert form.rows["interpreter_name"].isVisible()
    # Language switch relabels everything.
    form.set_language("Spanish (es)")
    assert form.rows["interpreter_used"].label.text().startswith("¿Se usó intérprete?")
    qtbot.mouseClick(editor.buttons["save"], LEFT)
    assert not editor.dirty
    # Back to the list and reopen: the draft is there.
    qtbot.mouseClick(editor.findChildren(type(editor.buttons["save"]))[0], LEFT)  # "← Interviews"
    wait_idle(qtbot, tab.ctx)
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, LEFT)
    editor = current_editor(tab)
    form = editor.renderer
    answers = form.answers()
    assert answers["end_time"] == "11:05" and answers["persons_present"] == [
        {"person_role": "LEAD_INTERVIEWER", "person_name": "Marisol Chan", "person_presence": "IN_ROOM"}]
    # Submitting an incomplete interview is refused and points at the first missing answer.
    qtbot.mouseClick(editor.buttons["submit"], LEFT)
    assert "need attention" in editor.status.text()
    form.set_answers(complete_answers())
    form.changed.emit()
    qtbot.mouseClick(editor.buttons["submit"], LEFT)
    assert editor.detail.row.state == "SUBMITTED" and not editor.buttons["submit"].isVisible()
    interview_id = editor.detail.row.id

    # The supervisor returns it with a comment.
    boss = next(interviews_tab(qtbot, desk, "carmen", case_id))
    boss.open_interview(interview_id)
    review = current_editor(boss)
    assert review.renderer.rows["location"].editor is not None
    assert not review.renderer.rows["location"].editor.isEnabled()  # read-only for the reviewer
    qtbot.mouseClick(review.buttons["return"], LEFT)
    prompt = review.dialog
    assert isinstance(prompt, TextPrompt) and not prompt.ok.isEnabled()
    qtbot.keyClicks(prompt.text, "Add the interpreter's organisation.")
    qtbot.mouseClick(prompt.ok, LEFT)
    assert review.detail.row.state == "RETURNED"
    wait_idle(qtbot, boss.ctx)  # the supervisor's workspace re-reads the case

    # The interviewer corrects and resubmits; the supervisor approves and locks.
    tab.open_interview(interview_id)
    editor = current_editor(tab)
    assert "Add the interpreter's organisation." in editor.trail.toPlainText()
    type_into(qtbot, editor.renderer, "interpreter_organisation", "Q'eqchi' Council")
    qtbot.mouseClick(editor.buttons["submit"], LEFT)
    assert editor.detail.row.state == "SUBMITTED"
    wait_idle(qtbot, tab.ctx)
    boss.open_interview(interview_id)
    review = current_editor(boss)
    qtbot.mouseClick(review.buttons["approve"], LEFT)
    wait_idle(qtbot, boss.ctx)  # approval copied codes into the case: the workspace re-reads it
    qtbot.mouseClick(review.buttons["lock"], LEFT)
    assert review.detail.row.state == "LOCKED" and "intact" in review.seal.text()
    assert review.detail.row.content_sha256 in review.seal.text()
    review.grab().save(str(tmp_path / "locked.png"))
    wait_idle(qtbot, boss.ctx)

    # Locked: read-only for everyone; an addendum is the only change.
    tab.open_interview(interview_id)
    editor = current_editor(tab)
    assert not editor.buttons["save"].isVisible() and editor.buttons["addendum"].isVisible()
    assert not editor.renderer.rows["location"].editor.isEnabled()  # type: ignore[union-attr]
    qtbot.mouseClick(editor.buttons["addendum"], LEFT)
    prompt = editor.dialog
    assert isinstance(prompt, TextPrompt)
    qtbot.keyClicks(prompt.text, "The interpreter's surname is Choc Caal.")
    qtbot.mouseClick(prompt.ok, LEFT)
    assert "Choc Caal" in editor.trail.toPlainText()
    wait_idle(qtbot, tab.ctx)
    assert editor.ctx.interviews.open(editor.ctx.user, interview_id).row.state == "LOCKED"


def test_d5_draft_autosaves_and_record_prints(qtbot, desk: Desk, seeded: Seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D5: typing is saved into the vault a moment later without pressing Save; the record prints (U2
    satisfied by a fresh login) in the language on screen."""
    tab = next(interviews_tab(qtbot, desk, "marisol", seeded.garcia.id))
    qtbot.mouseClick(tab.new_buttons["forensic_interview"], LEFT)
    editor = current_editor(tab)
    type_into(qtbot, editor.renderer, "location", "Punta Gorda <office> & annex")
    assert editor.dirty
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    stored = editor.ctx.interviews.open(editor.ctx.user, editor.detail.row.id)
    assert stored.answers["location"] == "Punta Gorda <office> & annex"
    editor.renderer.set_language("Spanish (es)")
    target = tmp_path / "record.pdf"
    editor.choose_save_path = lambda _name: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(editor.printed, timeout=20000):
        qtbot.mouseClick(editor.buttons["print"], LEFT)
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Registro de entrevista forense" in " ".join(text.split())
    assert "Punta Gorda <office> & annex" in text
