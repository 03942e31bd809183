"""The case workspace driven through its widgets: editing, unsaved changes, restricted sections,
notes, tasks, section records, attachments and supervisor actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.views.cases.common import RestrictedPanel, accept_button
from desktop.views.cases.section_editor import RecordDialog
from desktop.views.cases.workspace import CaseWorkspace
from desktop.views.context import AppContext

from ..conftest import Desk
from .case_world import PDF, Seeded, add_staff, context_for, seed_cases, session_of
from .conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(desk: Desk) -> Seeded:
    add_staff(desk.accounts, desk.admin)
    return seed_cases(desk.vault)


def open_as(qtbot, desk: Desk, username: str, case_id: int) -> Iterator[CaseWorkspace]:  # type: ignore[no-untyped-def]
    ctx = context_for(desk.vault, session_of(desk.vault, username))
    workspace = CaseWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1156, 700)
    workspace.show()
    workspace.load(case_id)
    wait_idle(qtbot, ctx)
    assert workspace.case is not None
    yield workspace
    ctx.worker.wait()


@pytest.fixture
def ana(qtbot, desk: Desk, seeded: Seeded) -> Iterator[CaseWorkspace]:  # type: ignore[no-untyped-def]
    """The case worker who owns García's case (level 2)."""
    yield from open_as(qtbot, desk, "ana", seeded.garcia.id)


def show(workspace: CaseWorkspace, key: str) -> None:
    workspace.tabs.setCurrentWidget(workspace.tab(key))


def press(qtbot, box: QMessageBox, button: QMessageBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box.button(button), LEFT)


def test_header_summarises_the_case(ana: CaseWorkspace) -> None:
    header = ana.header
    assert header.name.text() == "José Ángel García Pérez"
    assert header.reference.text().startswith("HS-")
    assert "District: Cayo" in header.facts.text() and "Ana Xiu" in header.facts.text() and "Luis Coc" in header.facts.text()
    chips = [ana.header.chips.itemAt(i).widget().text() for i in range(ana.header.chips.count())]
    assert chips == ["Screening", "Confirmed victim", "Trafficker at large"]
    assert [ana.tabs.tabText(i) for i in range(ana.tabs.count())] == [
        "Person", "Identification", "Exploitation", "Services and shelter", "Consent", "Referrals",
        "Justice", "Repatriation", "Interviews", "Notes", "Attachments", "Tasks", "History"]
    assert not ana.action_buttons["assign"].isVisibleTo(ana)  # a case worker does not assign
    assert ana.action_buttons["closure"].isVisibleTo(ana)


def test_a_refused_value_is_shown_next_to_its_field_then_a_valid_save(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    person = ana.person
    assert not person.save_button.isEnabled()
    person.given.clear()
    assert person.dirty() and person.save_button.isEnabled()
    qtbot.mouseClick(person.save_button, LEFT)
    assert person.errors["given_names"].isVisibleTo(person)
    assert "required" in person.errors["given_names"].text()
    person.given.setText("Josué")
    person.birth.setText("2999-01-01")
    qtbot.mouseClick(person.save_button, LEFT)
    assert not person.errors["given_names"].isVisibleTo(person)
    assert "between 1900 and today" in person.errors["date_of_birth"].text()
    person.birth.setText("1990-04-03")
    person.citizenships.setText("gt, hn")
    assert person.country_names.text() == "Guatemala, Honduras"
    qtbot.mouseClick(person.save_button, LEFT)
    assert not person.dirty() and person.state.text() == "Saved."
    wait_idle(qtbot, ana.ctx)
    assert ana.header.name.text() == "Josué García Pérez"
    detail = ana.ctx.case_reads.open(ana.ctx.user, ana.case.id)
    assert detail.person["date_of_birth"].isoformat() == "1990-04-03"
    assert detail.person["citizenships"] == "GT,HN"
    show(ana, "history")
    fields = {ana.history.model.rows[r][3] for r in range(ana.history.model.rowCount())}
    assert {"Given names", "Date of birth", "Citizenships"} <= fields


def test_unsaved_changes_ask_save_discard_or_cancel(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    person = ana.person
    person.family.setText("García")
    show(ana, "notes")  # switching tabs asks first
    assert ana.tabs.currentWidget() is person and ana.question is not None
    press(qtbot, ana.question, QMessageBox.StandardButton.Cancel)
    assert ana.tabs.currentWidget() is person and person.family.text() == "García"
    show(ana, "notes")
    press(qtbot, ana.question, QMessageBox.StandardButton.Discard)
    assert ana.tabs.currentWidget() is ana.notes
    assert person.family.text() == "García Pérez" and not person.dirty()
    show(ana, "person")
    person.family.setText("García Pop")
    went_back: list[bool] = []
    ana.back_requested.connect(lambda: went_back.append(True))
    qtbot.mouseClick(ana.back_button, LEFT)
    assert not went_back and ana.question is not None
    press(qtbot, ana.question, QMessageBox.StandardButton.Save)
    assert went_back
    detail = ana.ctx.case_reads.open(ana.ctx.user, ana.case.id)
    assert detail.person["family_names"] == "García Pop"


def test_a_refused_save_keeps_the_user_on_the_person_tab(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    ana.person.given.clear()
    went: list[bool] = []
    ana.leave(lambda: went.append(True))
    press(qtbot, ana.question, QMessageBox.StandardButton.Save)
    assert not went and "required" in ana.person.errors["given_names"].text()


def test_level_one_sees_restricted_panels_not_missing_tabs(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    supervisor = session_of(desk.vault, "carmen")
    context_for(desk.vault, supervisor).cases.assign(supervisor, seeded.garcia.id,
                                                     ("ana", "dwayne"))
    for workspace in open_as(qtbot, desk, "dwayne", seeded.garcia.id):
        assert workspace.tabs.count() == 13
        show(workspace, "interviews")  # interview content is level 3
        interviews = workspace.tab("interviews")
        assert interviews.restricted.isVisibleTo(interviews)  # type: ignore[attr-defined]
        show(workspace, "justice")
        justice = workspace.tab("justice")
        panel = justice.findChild(RestrictedPanel)
        assert panel is not None and panel.isVisibleTo(justice)
        assert "Restricted — your level does not include this section" in \
            panel.findChildren(type(workspace.header.name))[0].text()
        assert justice.panels["justice"].is_restricted()
        assert workspace.tabs.tabToolTip(workspace.tabs.indexOf(justice)) == \
            "Restricted at your level"
        show(workspace, "exploitation")
        exploitation = workspace.tab("exploitation")
        assert exploitation.panels["perpetrators"].is_restricted()
        assert not exploitation.panels["events"].is_restricted()
        assert exploitation.panels["events"].model.rowCount() == 2
        show(workspace, "attachments")
        assert workspace.attachments.restricted.isVisibleTo(workspace.attachments)
        assert workspace.attachments.model.rowCount() == 0
        show(workspace, "person")
        assert workspace.person.private_restricted.isVisibleTo(workspace.person)
        assert workspace.person.contact.toPlainText() == ""
        show(workspace, "notes")
        assert workspace.notes.model.rowCount() == 2  # the level-2 and level-3 notes stay out
        assert workspace.notes.level.count() == 1


def test_notes_and_tasks(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    show(ana, "notes")
    notes = ana.notes
    assert [notes.level.itemData(i) for i in range(notes.level.count())] == [1, 2]
    notes.text.setPlainText("Spoke with the consulate; passport replacement started.")
    notes.level.setCurrentIndex(1)
    qtbot.mouseClick(notes.add_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert notes.model.rowCount() == 4 and notes.text.toPlainText() == ""
    assert notes.model.rows[0][1] == "2 · Sensitive" and "consulate" in notes.model.rows[0][2]
    qtbot.mouseClick(notes.add_button, LEFT)  # an empty note is refused, and says why
    assert "required" in notes.error.text()
    show(ana, "tasks")
    tasks = ana.tasks
    assert [tasks.model.rows[r][2] for r in range(2)] == ["Overdue", "Open"]
    tasks.task_title.setText("Visit the shelter")
    tasks.due.setText("2030-01-15")
    qtbot.mouseClick(tasks.add_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert tasks.model.rowCount() == 3 and tasks.model.rows[2][:2] == ("Visit the shelter",
                                                                       "15 Jan 2030")
    tasks.table.selectRow(0)
    qtbot.mouseClick(tasks.done_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert tasks.model.rows[-1][2] == "Done"
    assert [t.title for t in ana.ctx.case_reads.my_tasks(ana.ctx.user)] == [
        "Call the Guatemalan consulate about the passport", "Visit the shelter"]


def test_section_records_add_edit_remove_through_the_dialog(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    show(ana, "services")
    panel = ana.tab("services").panels["services"]
    assert panel.model.rowCount() == 2
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, RecordDialog)
    widgets = dialog.widgets
    widgets["service_type"].setCurrentIndex(widgets["service_type"].findData("LEGAL"))
    widgets["provider"].setText("Legal Aid Centre, Belmopan")
    qtbot.mouseClick(dialog.save_button, LEFT)  # the start date is required
    assert "Enter a date" in dialog.errors["started_on"].text()
    widgets["started_on"].setText("2024-02-10")
    widgets["ended_on"].setText("2024-02-01")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "before the start" in dialog.errors["ended_on"].text()
    widgets["ended_on"].clear()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert panel.dialog is None and panel.model.rowCount() == 3
    assert panel.model.rows[2][:3] == ("Legal", "Legal Aid Centre, Belmopan", "10 Feb 2024")
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.edit_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, RecordDialog)
    assert dialog.widgets["provider"].text() == "Legal Aid Centre, Belmopan"
    dialog.widgets["notes"].setPlainText("Free representation agreed.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert panel.model.rows[2][4] == "Free representation agreed."
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.remove_button, LEFT)
    qtbot.mouseClick(accept_button(panel.dialog), LEFT)
    assert panel.model.rowCount() == 2
    show(ana, "history")
    fields = [ana.history.model.rows[r][3] for r in range(3)]
    assert fields[0] == "Record removed" and fields[1].endswith(": Notes")


def test_attachments_add_save_a_copy_and_remove(qtbot, ana: CaseWorkspace, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    show(ana, "attachments")
    tab = ana.attachments
    assert tab.model.rowCount() == 1
    source = tmp_path / "medical-report.pdf"
    source.write_bytes(PDF + b"% report")
    monkeypatch.setattr(tab, "choose_file_to_attach", lambda: str(source))
    qtbot.mouseClick(tab.add_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert tab.model.rowCount() == 2 and "is attached" in tab.status.text()
    assert tab.model.rows[1][:2] == ("medical-report.pdf", "PDF")
    tab.attach("notes.exe", b"MZ")  # the service refuses, the tab says why
    wait_idle(qtbot, ana.ctx)
    assert "Allowed files" in tab.status.text() and tab.model.rowCount() == 2
    target = tmp_path / "copy" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(tab, "choose_save_path", lambda name: str(target))
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.save_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert target.read_bytes() == PDF + b"% report"
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.remove_button, LEFT)
    qtbot.mouseClick(accept_button(tab.dialog), LEFT)
    assert tab.model.rowCount() == 1 and "was removed" in tab.status.text()


def test_supervisor_assigns_decides_and_approves_closure(qtbot, desk: Desk, seeded: Seeded,  # type: ignore[no-untyped-def]
                                                        ana: CaseWorkspace) -> None:
    ana.act("closure")
    qtbot.mouseClick(ana.dialog.ok_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert ana.header.banner.isVisibleTo(ana) and not ana.action_buttons["closure"].isVisibleTo(ana)
    for workspace in open_as(qtbot, desk, "carmen", seeded.garcia.id):
        assert workspace.action_buttons["approve"].isVisibleTo(workspace)
        workspace.act("assign")
        dialog = workspace.dialog
        dialog.usernames.setText("ana, nobody")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        assert "Unknown or disabled" in dialog.errors["assigned"].text()
        dialog.usernames.setText("ana, luis, dwayne")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        wait_idle(qtbot, workspace.ctx)
        assert "Dwayne Flowers" in workspace.header.facts.text()
        show(workspace, "identification")
        qtbot.mouseClick(workspace.identification.decide_button, LEFT)
        dialog = workspace.dialog
        dialog.status.setCurrentIndex(dialog.status.findData("NOT_A_VICTIM"))
        dialog.decided_by.setCurrentIndex(dialog.decided_by.findData("COURT_OR_PROSECUTION"))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        wait_idle(qtbot, workspace.ctx)
        assert workspace.identification.model.rowCount() == 3
        assert workspace.identification.current.text() == "Now: Not a victim"
        workspace.act("approve")
        qtbot.mouseClick(accept_button(workspace.dialog), LEFT)
        wait_idle(qtbot, workspace.ctx)
        assert workspace.case.closed and workspace.header.chips.itemAt(0).widget().text() == \
            "Closed"
        show(workspace, "person")
        assert workspace.person.given.isReadOnly() and not workspace.person.save_button.isVisibleTo(
            workspace.person)
        assert workspace.action_buttons["status"].text() == "Reopen…"


def test_late_results_after_the_lock_are_dropped(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    ctx: AppContext = context_for(desk.vault, session_of(desk.vault, "ana"))
    workspace = CaseWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.load(seeded.garcia.id)
    workspace.clear()  # the vault locks while the case is being opened
    wait_idle(qtbot, ctx)
    assert workspace.case is None and workspace.header.name.text() == ""
    assert workspace.person.given.text() == "" and workspace.notes.model.rowCount() == 0
    ctx.worker.wait()


def test_languages_aliases_and_gender_are_edited_on_the_person_tab(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    person = ana.person
    person.gender.setCurrentIndex(person.gender.findData("MASCULINE"))
    person.languages.boxes["kek"].setChecked(True)
    person.interpreter.setChecked(True)
    person.aliases.setText("Chepe; El Flaco")
    assert person.dirty()
    qtbot.mouseClick(person.save_button, LEFT)
    assert person.state.text() == "Saved." and not person.dirty()
    wait_idle(qtbot, ana.ctx)
    detail = ana.ctx.case_reads.open(ana.ctx.user, ana.case.id)
    assert detail.person["gender_identity"] == "MASCULINE" and detail.person["interpreter_needed"]
    assert "kek" in detail.person["languages"].split(",")
    assert detail.person["aliases"] == ("Chepe", "El Flaco")
    assert person.aliases.text() == "Chepe; El Flaco"  # shown again after the reload


def test_exploitation_codes_and_flags_are_ticked_in_dialogs(qtbot, ana: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    show(ana, "exploitation")
    assert ana.codes.edit_button.isVisibleTo(ana)
    qtbot.mouseClick(ana.codes.edit_button, LEFT)
    dialog = ana.dialog
    assert dialog.boxes["exploitation"].boxes["FORCED_LABOUR"].isChecked()
    dialog.boxes["exploitation"].boxes["SEXUAL_EXPLOITATION"].setChecked(True)
    dialog.boxes["means_of_control"].boxes["THREATS"].setChecked(False)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    assert "Sexual exploitation" in ana.codes.values["exploitation"].text()
    assert "Threats" not in ana.codes.values["means_of_control"].text()
    ana.act("flags")
    dialog = ana.dialog
    dialog.boxes["flag"].boxes["SAFETY_RISK"].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_idle(qtbot, ana.ctx)
    chips = [ana.header.chips.itemAt(i).widget().text() for i in range(ana.header.chips.count())]
    assert "Safety risk" in chips
