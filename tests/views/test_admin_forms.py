"""The Forms administration tab: problems listed by row, preview, import of a new version, activation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.views.admin.forms import FormPreviewDialog, FormsTab
from desktop.views.context import AppContext
from tests.forms.workbook import xlsx

from .conftest import wait_idle


def _form(version: str) -> bytes:
    return xlsx(
        [["type", "name", "label::English (en)", "label::Spanish (es)", "required"],
         ["begin group", "g", "Intake", "Admisión", ""], ["text", "name", "Name", "Nombre", "yes"],
         ["end group", "", "", "", ""]],
        settings=[["form_id", "version", "form_title"], ["intake_note", version, "Intake note"]],
    )


def test_forms_tab_lists_checks_imports_and_activates(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = FormsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.refresh()
    wait_idle(qtbot, ctx)
    assert {tab.model.rows[i][0] for i in range(tab.model.rowCount())} == {
        "forensic_interview", "screening", "consent"}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(xlsx([["type", "name", "label"], ["geopoint", "where", "Where"], ["text", "b", "=1+1"]]))
    tab.choose_file = lambda: str(broken)  # type: ignore[method-assign]
    tab.choose_and_check()
    wait_idle(qtbot, ctx)
    report = tab.report.toPlainText()
    assert "nothing was stored" in report and "row 3" in report and not tab.confirm_button.isVisible()
    tab.check("intake.xlsx", _form("1"))
    wait_idle(qtbot, ctx)
    assert "version 1" in tab.report.toPlainText() and "Admisión" not in tab.report.toPlainText()
    assert tab.confirm_button.isVisible()
    tab.activate_after.setChecked(True)
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    rows = {tab.model.rows[i][:2]: tab.model.rows[i][3] for i in range(tab.model.rowCount())}
    assert rows[("intake_note", "1")] == "yes"
    tab.check("intake-2.xlsx", _form("2"))
    wait_idle(qtbot, ctx)
    tab.confirm_import()
    wait_idle(qtbot, ctx)
    second = next(i for i in range(tab.model.rowCount()) if tab.model.rows[i][:2] == ("intake_note", "2"))
    assert tab.model.rows[second][3] == ""
    tab.table.selectRow(second)
    tab.activate_selected()
    wait_idle(qtbot, ctx)
    rows = {tab.model.rows[i][:2]: tab.model.rows[i][3] for i in range(tab.model.rowCount())}
    assert rows[("intake_note", "1")] == "" and rows[("intake_note", "2")] == "yes"
    tab.table.selectRow(second)
    tab.preview_selected()
    assert isinstance(tab.dialog, FormPreviewDialog)
    renderer = tab.dialog.renderer
    renderer.set_language("Spanish (es)")
    assert renderer.rows["name"].label.text() == "Nombre *"
    tab.dialog.close()
