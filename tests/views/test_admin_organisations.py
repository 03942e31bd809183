"""Administration → Organisations: add and edit through the real dialog, errors by the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.views.admin.organisations import AgencyDialog, OrganisationsTab, kind_labels
from desktop.views.context import AppContext

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def tab(qtbot, ctx: AppContext) -> OrganisationsTab:  # type: ignore[no-untyped-def]
    widget = OrganisationsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 700)
    widget.show()
    widget.refresh()
    return widget


def open_dialog(qtbot, button) -> AgencyDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, LEFT)
    dialog = button.parent().dialog
    assert isinstance(dialog, AgencyDialog) and dialog.isVisible()
    return dialog


def agency(tab: OrganisationsTab, code: str):  # type: ignore[no-untyped-def]
    return next(a for a in tab.model.agencies if a.code == code)


def test_every_type_has_a_readable_label(tab: OrganisationsTab) -> None:
    labels = kind_labels()
    assert all(label and "_" not in label for label in labels.values())
    column = [tab.model.data(tab.model.index(row, 2)) for row in range(tab.model.rowCount())]
    assert "Police" in column and not any("_" in text for text in column)


def test_add_and_edit_round_trip(qtbot, ctx: AppContext, tab: OrganisationsTab,
                                 changes: list[str]) -> None:  # type: ignore[no-untyped-def]
    before = tab.model.rowCount()
    assert not tab.edit_button.isEnabled()
    dialog = open_dialog(qtbot, tab.add_button)
    qtbot.keyClicks(dialog.code, "ngo-rw")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.errors["name"].isVisible() and dialog.errors["name"].text()
    assert not dialog.errors["code"].isVisible() and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Women's Refuge <Belize> & Co")
    dialog.kind.setCurrentIndex(dialog.kind.findData("NGO"))
    assert dialog.active.isChecked() and not dialog.council.isChecked()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert tab.dialog is None and changes == ["agencies"]
    assert tab.model.rowCount() == before + 1
    added = agency(tab, "NGO-RW")
    assert (added.name, added.kind, added.council_member, added.active) == \
        ("Women's Refuge <Belize> & Co", "NGO", False, True)
    assert tab.selected() == added and tab.edit_button.isEnabled()

    edit = open_dialog(qtbot, tab.edit_button)
    assert edit.code.isReadOnly() and edit.code.text() == "NGO-RW"
    assert edit.kind.currentData() == "NGO"
    edit.name.clear()
    qtbot.keyClicks(edit.name, "Women's Refuge")
    qtbot.mouseClick(edit.council, LEFT, pos=QPoint(8, edit.council.height() // 2))
    qtbot.mouseClick(edit.active, LEFT, pos=QPoint(8, edit.active.height() // 2))
    qtbot.mouseClick(edit.save_button, LEFT)
    changed = agency(tab, "NGO-RW")
    assert (changed.name, changed.council_member, changed.active) == ("Women's Refuge", True, False)
    assert tab.model.rowCount() == before + 1 and changes == ["agencies"] * 2
    offered = ctx.directory.agencies(ctx.user, include_inactive=False)
    assert "NGO-RW" not in [a.code for a in offered]  # inactive: no longer offered for new users


def test_errors_sit_next_to_their_fields(qtbot, ctx: AppContext, tab: OrganisationsTab,
                                         changes: list[str]) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, tab.add_button)
    qtbot.keyClicks(dialog.code, "a b")
    qtbot.keyClicks(dialog.name, "Somewhere")
    qtbot.mouseClick(dialog.save_button, LEFT)
    error = dialog.errors["code"]
    assert error.isVisible() and "letters" in error.text()
    below = error.mapTo(dialog, QPoint(0, 0)).y() - dialog.code.mapTo(dialog, QPoint(0, 0)).y()
    assert 0 < below < dialog.code.height() + 12

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "hs")  # an existing code: adding must not overwrite it
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "already" in dialog.errors["code"].text()
    assert agency(tab, "HS").name == "Department of Human Services"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, LEFT)
    assert tab.dialog is None and changes == []


def test_clear_empties_the_model(qtbot, tab: OrganisationsTab) -> None:  # type: ignore[no-untyped-def]
    assert tab.model.rowCount() > 0
    open_dialog(qtbot, tab.add_button)
    tab.clear()
    assert tab.model.rowCount() == 0 and tab.dialog is None and not tab.edit_button.isEnabled()
