"""Cases page: the lazy list, search as you type, filters, search-before-create, opening, lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.services.accounts.users import NewUser
from desktop.services.cases.service import NewCase
from desktop.views.cases.case_model import PAGE_SIZE
from desktop.views.cases.list_page import CasesPage
from desktop.views.context import AppContext
from desktop.views.home import HomePage

from ..conftest import Desk
from .case_world import PASSWORD, Seeded, add_staff, context_for, seed_cases, session_of
from .conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(desk: Desk) -> Seeded:
    add_staff(desk.accounts, desk.admin)
    return seed_cases(desk.vault)


def context(desk: Desk, username: str) -> Iterator[AppContext]:
    ctx = context_for(desk.vault, session_of(desk.vault, username))
    yield ctx
    ctx.worker.wait()


@pytest.fixture
def carmen(desk: Desk, seeded: Seeded) -> Iterator[AppContext]:
    yield from context(desk, "carmen")


@pytest.fixture
def page(qtbot, carmen: AppContext) -> CasesPage:  # type: ignore[no-untyped-def]
    widget = CasesPage(carmen)
    qtbot.addWidget(widget)
    widget.resize(1156, 700)
    widget.show()
    widget.refresh()
    return widget


def names(page: CasesPage) -> list[str]:
    return [page.model.row_at(row).name for row in range(page.model.rowCount())]


def test_the_list_fetches_page_by_page_and_never_everything(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    add_staff(desk.accounts, desk.admin)
    session = session_of(desk.vault, "carmen")
    ctx = context_for(desk.vault, session)
    for number in range(450):
        ctx.cases.create(session, NewCase(f"Person{number}", "Example"))
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1156, 700)
    page.show()
    page.refresh()
    model = page.model
    assert model.rowCount() == PAGE_SIZE and model.pages_fetched == 1
    assert model.canFetchMore(QModelIndex())
    assert "200 of 450 cases shown" in page.count.text()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    page.table.scrollToBottom()  # the view asks for the rest as it scrolls
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore(QModelIndex()) and model.pages_fetched == 3
    assert len({model.row_at(r).id for r in range(450)}) == 450
    assert page.count.text().startswith("450 case(s)")
    ctx.worker.wait()


def test_search_as_you_type_ignores_accents_and_waits_for_a_pause(qtbot, page: CasesPage) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() == 5
    qtbot.keyClicks(page.search, "garcia")
    assert page.timer.isActive()  # debounced: nothing runs between keystrokes
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names(page) == ["José Ángel García Pérez"]
    assert "1 matching case" in page.count.text()
    page.search.setText("chepe")  # an alias
    qtbot.waitUntil(lambda: names(page) == ["José Ángel García Pérez"], timeout=2000)
    page.search.setText("zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.empty.isVisibleTo(page) and "No case matches" in page.empty_text.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)


def test_filters_narrow_the_list_and_the_search(qtbot, page: CasesPage, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    page.district_filter.setCurrentIndex(page.district_filter.findData("TOLEDO"))
    assert names(page) == ["Ana Pop"]
    page.reset_filters()
    page.identification_filter.setCurrentIndex(page.identification_filter.findData("CONFIRMED"))
    assert names(page) == ["José Ángel García Pérez"]
    page.reset_filters()
    qtbot.mouseClick(page.overdue_filter, LEFT)
    assert names(page) == ["José Ángel García Pérez"]  # its check-up is three days late
    page.reset_filters()
    page.year_filter.setCurrentIndex(2)  # last year: nothing was opened then
    assert page.model.rowCount() == 0 and page.empty.isVisibleTo(page)
    page.reset_filters()
    page.status_filter.setCurrentIndex(page.status_filter.findData("SCREENING"))
    page.search.setText("ana pop")
    page.apply()
    assert names(page) == ["Ana Pop"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("ACTIVE"))
    assert names(page) == []


def test_assigned_to_me(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    for ctx in context(desk, "luis"):  # a supervisor assigned to García only
        page = CasesPage(ctx)
        qtbot.addWidget(page)
        page.refresh()
        assert page.model.rowCount() == 5
        page.mine_filter.setChecked(True)
        assert names(page) == ["José Ángel García Pérez"]


def test_new_case_shows_duplicates_first_then_creates(qtbot, page: CasesPage, carmen: AppContext) -> None:  # type: ignore[no-untyped-def]
    before = carmen.case_reads.count(carmen.user)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.given, "Jose")
    qtbot.keyClicks(dialog.family, "Garcia")
    qtbot.waitUntil(lambda: dialog.duplicate_list.count() == 1, timeout=2000)
    assert "García Pérez" in dialog.duplicate_list.item(0).text()
    assert dialog.duplicate_note.text().startswith("One case in your scope looks similar")
    qtbot.mouseClick(dialog.create_button, LEFT)  # first press: the warning, nothing created
    assert "Possible duplicates" in dialog.general.text()
    assert dialog.create_button.text() == "Create anyway"
    assert carmen.case_reads.count(carmen.user) == before
    qtbot.mouseClick(dialog.create_button, LEFT)
    wait_idle(qtbot, carmen)
    qtbot.waitUntil(lambda: page.workspace.case is not None, timeout=5000)
    assert carmen.case_reads.count(carmen.user) == before + 1
    assert page.stack.currentWidget() is page.workspace
    assert page.workspace.header.name.text() == "Jose Garcia"


def test_new_case_explains_a_refused_field_next_to_it(qtbot, page: CasesPage) -> None:  # type: ignore[no-untyped-def]
    page.new_case()
    dialog = page.dialog
    assert dialog is not None
    dialog.family.setText("Nadie")
    dialog.birth_date.setText("31/12/1990")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert "YYYY-MM-DD" in dialog.errors["date_of_birth"].text()
    dialog.birth_date.clear()
    dialog.check_duplicates()
    qtbot.mouseClick(dialog.create_button, LEFT)
    wait_idle(qtbot, page.ctx)
    assert dialog.errors["given_names"].isVisibleTo(dialog)
    assert "required" in dialog.errors["given_names"].text()
    dialog.reject()


def test_a_duplicate_can_be_opened_instead(qtbot, page: CasesPage, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    page.new_case()
    dialog = page.dialog
    assert dialog is not None
    dialog.family.setText("lopez")
    dialog.check_duplicates()
    assert dialog.duplicate_list.count() == 1
    qtbot.mouseClick(dialog.open_button, LEFT)
    wait_idle(qtbot, page.ctx)
    assert page.workspace.case is not None and page.workspace.case.id == seeded.lopez.id


def test_enter_opens_the_workspace_and_back_returns(qtbot, page: CasesPage, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("méndez")
    page.apply()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_idle(qtbot, page.ctx)
    assert page.stack.currentWidget() is page.workspace
    assert page.workspace.header.name.text() == "Rosa Méndez Ical"
    qtbot.mouseClick(page.workspace.back_button, LEFT)
    assert page.stack.currentWidget() is page.list_view
    assert page.workspace.case is None


def test_clear_leaves_no_case_in_any_model(qtbot, page: CasesPage, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    """U1: after the lock, no case data stays in a model, a field or the search box."""
    page.search.setText("garcia")
    page.apply()
    page.open_case(seeded.garcia.id)
    wait_idle(qtbot, page.ctx)
    workspace = page.workspace
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
    assert workspace.notes.model.rowCount() == 4
    page.clear()
    assert page.model.rowCount() == 0 and page.search.text() == ""
    assert page.stack.currentWidget() is page.list_view
    assert workspace.person.given.text() == "" and workspace.header.name.text() == ""
    for _, tab, _ in workspace.tab_list:
        for model in tab.findChildren(type(workspace.notes.model)):
            assert model.rowCount() == 0, tab.objectName()
    assert workspace.attachments.model.rowCount() == 0


def test_viewers_without_create_rights_see_no_new_button(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.create_user(desk.admin, NewUser("luz", "Luz Interviewer",
                                                  "FORENSIC_INTERVIEWER", "HS", 3),
                              known_password=PASSWORD)
    for ctx in context(desk, "luz"):
        page = CasesPage(ctx)
        qtbot.addWidget(page)
        page.refresh()
        assert page.new_button.isHidden()
        assert page.model.rowCount() == 0 and "no cases in your scope" in page.empty_text.text()


def test_home_lists_recent_cases_and_my_tasks(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    for ctx in context(desk, "ana"):
        home = HomePage(ctx)
        qtbot.addWidget(home)
        home.refresh()
        cases, _ = home.case_lists["cases"]
        tasks, tasks_empty = home.case_lists["tasks"]
        assert cases.text().count("<a ") == 5 and "García Pérez" in cases.text()
        assert "Book the medical check-up" in tasks.text() and not tasks_empty.isVisibleTo(home)
        assert tasks.text().index("Book the medical") < tasks.text().index("consulate")
        home.clear()
        assert cases.text() == "" and tasks.text() == ""
