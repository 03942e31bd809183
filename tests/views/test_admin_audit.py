"""The Audit trail tab driven as an administrator would: list, filter, page, verify the chain."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from desktop.services import audit
from desktop.services.accounts.service import NewUser
from desktop.services.audit import AuditAction
from desktop.views.admin.audit import PAGE_SIZE, AuditTab
from desktop.views.context import AppContext

from ..conftest import Desk
from .conftest import wait_idle


def some_history(desk: Desk) -> None:
    for name in ("maria", "jose", "ana.b"):
        desk.accounts.create_user(desk.admin, NewUser(name, name.title(), "CASE_WORKER", "HS"))


def tamper(desk: Desk, *statements: str) -> None:
    """What someone holding the key could do with a SQLite shell: drop the guard and edit."""
    with desk.vault.raw_connection() as c:
        c.execute("DROP TRIGGER audit_entries_no_update")
        c.execute("DROP TRIGGER audit_entries_no_delete")
        for statement in statements:
            c.execute(statement)


def shown(qtbot, ctx: AppContext) -> AuditTab:  # type: ignore[no-untyped-def]
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1156, 700)
    tab.show()
    tab.refresh()
    return tab


def column(tab: AuditTab, col: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_entries_newest_first_with_readable_labels(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    some_history(desk)
    tab = shown(qtbot, ctx)
    actions = column(tab, 2)
    assert actions.count("Account created") == 4  # the first administrator and three more
    assert actions[-1] == "Vault created"
    assert set(column(tab, 1)) >= {"Ana Admin (admin)"}  # people by name, username alongside
    assert column(tab, 3)[0].startswith("Account ") and not any("user " in r for r in column(tab, 3))
    assert tab.table.isVisible() and not tab.empty.isVisible()
    assert "entry #" in tab.head_label.text()
    assert tab.user_filter.findText("admin") >= 0


def test_filter_by_action_user_and_dates(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    some_history(desk)
    tab = shown(qtbot, ctx)
    everything = tab.model.rowCount()
    tab.action_filter.setCurrentIndex(tab.action_filter.findData(str(AuditAction.USER_CREATE)))
    click(qtbot, tab.apply_button)
    assert column(tab, 2) == ["Account created"] * 4
    assert tab.count.text() == "4 entries."

    tab.action_filter.setCurrentIndex(0)
    tab.user_filter.clearEditText()
    qtbot.keyClicks(tab.user_edit, "nobody")
    click(qtbot, tab.apply_button)
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisible() and not tab.table.isVisible()

    tab.user_filter.clearEditText()
    qtbot.keyClicks(tab.user_edit, "admin")
    click(qtbot, tab.apply_button)
    assert 0 < tab.model.rowCount() <= everything and set(column(tab, 1)) == {"Ana Admin (admin)"}

    tab.since.setDate(QDate.currentDate().addDays(1))
    tab.until.setDate(QDate.currentDate().addDays(2))
    click(qtbot, tab.apply_button)
    assert tab.model.rowCount() == 0

    tab.until.setDate(QDate.currentDate())
    click(qtbot, tab.apply_button)
    assert tab.filter_error.isVisible() and "after the end date" in tab.filter_error.text()


def test_pages_load_lazily_as_the_table_scrolls(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with desk.vault.session() as s, s.begin():
        for number in range(PAGE_SIZE + 50):
            audit.append(s, desk.vault, desk.admin.principal, AuditAction.CASE_VIEW, "case",
                         number)
    tab = shown(qtbot, ctx)
    assert tab.model.rowCount() == PAGE_SIZE
    assert tab.model.canFetchMore(tab.model.index(-1, -1))
    assert "scroll down for more" in tab.count.text()
    total = len(ctx.audit.entries(ctx.user, limit=5000))
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)
    ids = [tab.model.record(row).id for row in range(tab.model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)
    assert not tab.model.canFetchMore(tab.model.index(-1, -1))


def test_verify_chain_shows_the_head(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    some_history(desk)
    tab = shown(qtbot, ctx)
    click(qtbot, tab.verify_button)
    wait_idle(qtbot, ctx)
    report = ctx.audit.verify(ctx.user)
    assert tab.status.objectName() == "okText" and tab.status.isVisible()
    assert tab.status.text().startswith(
        f"Chain verified: {report.checked} entries, head #{report.head_id} "
        f"{report.head_mac[:16]}")
    assert report.head_mac in tab.head_label.text()
    assert tab.verify_button.isEnabled()


def test_verify_chain_names_a_changed_entry(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    some_history(desk)
    tamper(desk, "UPDATE audit_entries SET detail = 'role=SUPERVISOR' WHERE id = 4")
    tab = shown(qtbot, ctx)
    click(qtbot, tab.verify_button)
    wait_idle(qtbot, ctx)
    assert tab.status.objectName() == "badText"
    assert "entry 4 was changed" in tab.status.text()
    row = [tab.model.record(r).id for r in range(tab.model.rowCount())].index(4)
    assert tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_clear_forgets_every_entry(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = shown(qtbot, ctx)
    assert tab.model.rowCount() > 0
    tab.clear()
    assert tab.model.rowCount() == 0 and tab.user_filter.count() == 0
    assert not tab.model.canFetchMore(tab.model.index(-1, -1))
