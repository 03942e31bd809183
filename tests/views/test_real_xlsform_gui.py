"""IOM's own HTCDS XLSForm, unmodified: imported on Administration → Forms, shown, completed with
its widgets, stored as an interview and submitted. And the renderer follows repeat_count,
choice_filter and ${field} in labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop.forms import load_xlsform
from desktop.services.accounts.users import NewUser
from desktop.services.cases.service import CaseService
from desktop.services.interviews.service import InterviewService
from desktop.views.admin.forms import FormPreviewDialog, FormsTab
from desktop.views.context import AppContext
from desktop.views.forms.fields import LineEditor, SelectMultipleEditor
from desktop.views.forms.renderer import FormRenderer
from tests.forms.workbook import xlsx

from ..conftest import Desk
from .case_world import PASSWORD, add_staff, seed_cases, session_of
from .conftest import wait_idle
from .test_interviews_screen import choose, type_into

IOM_FORM = Path(__file__).resolve().parent.parent / "forms" / "data" / "htcds_xlsform.xlsx"


def compose(renderer: FormRenderer, path: str, text: str) -> None:
    """Type text as an input method commits it (how Chinese, Arabic… reach a field; QTest types ASCII)."""
    editor = renderer.rows[path].editor
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor.line, event)
    assert editor.line.text() == text


def tick(renderer: FormRenderer, path: str, code: str) -> None:
    editor = renderer.rows[path].editor
    assert isinstance(editor, SelectMultipleEditor)
    box = dict(editor.boxes)[code]
    assert isinstance(box, QCheckBox) and not box.isHidden()
    box.click()


def test_iom_htcds_xlsform_is_imported_shown_and_completed(qtbot, ctx: AppContext, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    tab = FormsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.choose_file = lambda: str(IOM_FORM)  # type: ignore[method-assign]
    tab.choose_and_check()
    wait_idle(qtbot, ctx)
    report = tab.report.toPlainText()
    assert "htcds_xlsform.xlsx" in report and "form htcds_xlsform, version vSmt4GQA3C9uBMLPEVfgND" in report
    assert "not supported" not in report and tab.confirm_button.isVisible()
    tab.activate_after.setChecked(True)
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    row = next(i for i in range(tab.model.rowCount()) if tab.model.rows[i][0] == "htcds_xlsform")
    assert tab.model.rows[row][3] == "yes"
    tab.table.selectRow(row)
    tab.preview_selected()
    assert isinstance(tab.dialog, FormPreviewDialog)
    renderer = tab.dialog.renderer
    tab.dialog.show()
    qtbot.waitExposed(tab.dialog)
    assert "start" not in renderer.rows and "end" not in renderer.rows  # metadata is not a question
    assert renderer.rows["prs_Citizenship"].label.text() == "Citizenship"
    choose(qtbot, renderer, "con_Consent", "TRUE")
    compose(renderer, "prs_First_Name", "王秀英")
    compose(renderer, "prs_Second_Name", "محمد عبدالله")
    type_into(qtbot, renderer, "prs_Birthdate", "1994-05-17")
    choose(qtbot, renderer, "prs_Gender", "Feminine")
    choose(qtbot, renderer, "prs_Citizenship", "CN")
    type_into(qtbot, renderer, "prs_MailingCity", "Belmopan")
    tick(renderer, "vic_MethodOfRecruitment", "ThroughOnlineSocialNetworks")
    tick(renderer, "vic_TypeOfExploitation", "ForcedLabour")
    choose(qtbot, renderer, "cas_Status", "Active")
    type_into(qtbot, renderer, "cas_IncomingReferralDate", "2026-11-19")
    assert renderer.show_errors() == 0, renderer.state.errors if renderer.state else None
    answers = renderer.answers()
    assert answers["prs_First_Name"] == "王秀英" and answers["prs_Citizenship"] == "CN"
    assert answers["start"][:2] == "20" and answers["__version__"] == "vSmt4GQA3C9uBMLPEVfgND"
    tab.dialog.close()

    add_staff(desk.accounts, desk.admin)
    desk.accounts.create_user(desk.admin, NewUser("marisol", "Marisol Chan", "FORENSIC_INTERVIEWER", "HS", 3),
                              known_password=PASSWORD)
    seeded = seed_cases(desk.vault)
    CaseService(desk.vault).assign(session_of(desk.vault, "carmen"), seeded.garcia.id, ("marisol",))
    interviewer = session_of(desk.vault, "marisol")
    interviews = InterviewService(desk.vault)
    interview_id = interviews.start(interviewer, seeded.garcia.id, form_id="htcds_xlsform")
    interviews.save_draft(interviewer, interview_id, answers)
    interviews.submit(interviewer, interview_id)
    detail = interviews.open(interviewer, interview_id)
    assert detail.row.state == "SUBMITTED" and detail.answers["prs_Second_Name"] == "محمد عبدالله"
    assert detail.answers["end"] >= detail.answers["start"]


def test_renderer_follows_repeat_count_choice_filter_and_labels_with_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    schema = load_xlsform(xlsx(
        [["type", "name", "label", "repeat_count", "choice_filter"],
         ["integer", "n", "How many children?", "", ""],
         ["select_one country", "country", "Country", "", ""],
         ["select_one city", "city", "City in ${country}", "", "country = ${country}"],
         ["begin repeat", "kids", "Children", "${n}", ""],
         ["text", "kid", "Name of child", "", ""],
         ["end repeat", "", "", "", ""]],
        [["list_name", "name", "label", "country"], ["country", "bz", "Belize", ""],
         ["country", "gt", "Guatemala", ""], ["city", "bmp", "Belmopan", "bz"],
         ["city", "gua", "Guatemala City", "gt"]]))
    renderer = FormRenderer(schema)
    qtbot.addWidget(renderer)
    renderer.resize(800, 900)
    renderer.show()
    type_into(qtbot, renderer, "n", "2")
    QApplication.processEvents()
    panel = renderer.repeats["kids"]
    assert len(panel.boxes) == 2 and not panel.add_button.isVisibleTo(renderer)
    type_into(qtbot, renderer, "kids[1]/kid", "Luis")
    type_into(qtbot, renderer, "n", "3")
    assert len(panel.boxes) == 3 and renderer.answers()["kids"][1] == {"kid": "Luis"}
    choose(qtbot, renderer, "country", "gt")
    assert renderer.rows["city"].label.text() == "City in gt"
    editor = renderer.rows["city"].editor
    assert editor is not None and getattr(editor, "group", None) is not None
    buttons = {code: editor.group.button(i) for i, code in enumerate(editor.codes)}  # type: ignore[attr-defined]
    assert buttons["gua"].isVisibleTo(renderer) and not buttons["bmp"].isVisibleTo(renderer)
