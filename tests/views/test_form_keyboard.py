"""Keyboard-only completion of a shipped form: Tab between answers, Space to choose, Ctrl+Page Down
for the next page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.forms import load_xlsform
from desktop.forms.shipped import shipped_form_bytes
from desktop.views.forms.renderer import FormRenderer


def focus():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_consent_form_is_completed_with_the_keyboard_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    renderer = FormRenderer(load_xlsform(shipped_form_bytes("consent")), "English (en)")
    renderer.today = dt.date(2026, 11, 23)
    qtbot.addWidget(renderer)
    renderer.resize(900, 1400)
    renderer.show()
    qtbot.waitExposed(renderer)
    renderer.activateWindow()
    renderer.show_page(0)
    # the focus must be on this form, not on a widget a previous test left alive
    qtbot.waitUntil(lambda: (w := QApplication.focusWidget()) is not None and renderer.isAncestorOf(w))
    qtbot.keyClicks(focus(), "2026-11-20")  # consent_date has the focus on a new page

    def tab_then_space() -> None:
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        qtbot.keyClick(focus(), Qt.Key.Key_Space)  # the first option of the next question

    tab_then_space()  # is_child: Yes
    assert renderer.answers()["is_child"] == "yes"
    assert not renderer.rows["child_assents"].isHidden()  # skip logic reveals the assent
    tab_then_space()  # consent_by: the person
    tab_then_space()  # child_assents: Yes
    qtbot.keyClick(focus(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert renderer.stack.currentIndex() == 1, (renderer.page_status.text(), renderer.answers())
    qtbot.keyClick(focus(), Qt.Key.Key_Space)  # consents: Yes (focus is on the page's first answer)
    for _ in range(7):
        tab_then_space()
    qtbot.keyClick(focus(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert renderer.stack.currentIndex() == 2, (renderer.page_status.text(), renderer.answers())
    qtbot.keyClick(focus(), Qt.Key.Key_Space)  # first sharing item
    for _ in range(5):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key.Key_Space)  # the read-back acknowledgement
    assert renderer.state is not None and renderer.state.errors == (), renderer.state.errors
    answers = renderer.answers()
    assert answers["consent_by"] == "PERSON" and answers["consent_read_back"] == "OK"
    assert answers["share_items"] == "IDENTITY"


def test_screening_outcome_follows_the_answers_and_calculations_stay_internal(qtbot) -> None:  # type: ignore[no-untyped-def]
    renderer = FormRenderer(load_xlsform(shipped_form_bytes("screening")), "Spanish (es)")
    qtbot.addWidget(renderer)
    renderer.set_answers({"ind_deception": "yes", "immediate_danger": "no"})
    assert "outcome" not in renderer.rows and "indicator_count" not in renderer.rows
    assert not renderer.rows["outcome_refer"].isHidden() and renderer.rows["outcome_danger"].isHidden()
    assert renderer.rows["outcome_refer"].label.text().startswith("Resultado: hay indicadores")
    renderer.set_answers({"ind_deception": "yes", "immediate_danger": "yes"})
    assert renderer.rows["outcome_refer"].isHidden() and not renderer.rows["outcome_danger"].isHidden()
