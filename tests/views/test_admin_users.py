"""Administration → Users and Organisations, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.views.admin.organisations import AgencyDialog, OrganisationsTab
from desktop.views.admin.users import TemporaryPasswordDialog, UserDialog, UsersTab
from desktop.views.context import AppContext

from ..conftest import Desk
from .conftest import wait_idle

NEW_PASSWORD = "Mango season in Cayo 2026"


def fill_and_save(qtbot, ctx: AppContext, username: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, UserDialog):
        QTimer.singleShot(30, lambda: fill_and_save(qtbot, ctx, username, name, role))
        return
    dialog.username.setText(username)
    dialog.name.setText(name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.level.setCurrentIndex(dialog.level.findData(2))
    dialog.groups["OPERATIONS"].setChecked(True)
    dialog.save()


def test_admin_creates_a_user_who_then_logs_in(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.rowCount() == 1
    shown: list[tuple[str, str]] = []
    tab.show_temporary = lambda user, password: shown.append((user, password))  # type: ignore[method-assign]
    QTimer.singleShot(30, lambda: fill_and_save(qtbot, ctx, "maria", "María García", "CASE_WORKER"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0][0] == "maria"
    assert tab.model.rowCount() == 2
    row = next(u for u in tab.model.users if u.username == "maria")
    assert row.level == 2 and row.groups == ("OPERATIONS",) and row.must_change_password
    desk.accounts.logout(desk.admin)
    session = desk.login("maria", shown[0][1])
    assert session.must_change_password and session.principal.role_code == "CASE_WORKER"


def test_validation_message_sits_next_to_the_field(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = UserDialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "a b")
    qtbot.keyClicks(dialog.name, "Someone")
    dialog.save()
    wait_idle(qtbot, ctx)
    assert "username" in dialog.errors["username"].text().lower()
    assert not dialog.errors["display_name"].text()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_temporary_password_dialog_copies_with_hygiene(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TemporaryPasswordDialog("maria", "abcde-fghij")
    qtbot.addWidget(dialog)
    assert dialog.password.text() == "abcde-fghij" and dialog.password.isReadOnly()


def test_edit_reset_and_disable(qtbot, desk: Desk, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.accounts import NewUser

    ctx.accounts.create_user(ctx.user, NewUser("jose", "José Pop", "CASE_WORKER", "HS"))
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    row = next(i for i, u in enumerate(tab.model.users) if u.username == "jose")
    tab.table.selectRow(row)
    dialog = UserDialog(ctx, tab.selected())
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("SUPERVISOR"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    monkeypatch.setattr(tab, "ask", lambda question: True)
    temporaries: list[str] = []
    tab.show_temporary = lambda user, password: temporaries.append(password)  # type: ignore[method-assign]
    tab.refresh()
    tab.table.selectRow(next(i for i, u in enumerate(tab.model.users) if u.username == "jose"))
    assert tab.selected().role_code == "SUPERVISOR"
    tab.reset_user()
    qtbot.waitUntil(lambda: bool(temporaries), timeout=10000)
    tab.table.selectRow(next(i for i, u in enumerate(tab.model.users) if u.username == "jose"))
    tab.disable_user()
    wait_idle(qtbot, ctx)
    assert next(u for u in tab.model.users if u.username == "jose").disabled
    tab.table.selectRow(next(i for i, u in enumerate(tab.model.users) if u.username == "admin"))
    assert not tab.disable_button.isEnabled()  # never yourself
    tab.clear()
    assert tab.model.rowCount() == 0


def test_organisations_add_and_edit(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = OrganisationsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    before = tab.model.rowCount()
    dialog = AgencyDialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "ngo-rw")
    dialog.save()
    assert dialog.errors["name"].text()
    qtbot.keyClicks(dialog.name, "Women's Refuge <Belize> & Co")
    dialog.kind.setCurrentIndex(dialog.kind.findData("NGO"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    assert tab.model.rowCount() == before + 1
    added = next(a for a in tab.model.agencies if a.code == "NGO-RW")
    assert added.name == "Women's Refuge <Belize> & Co" and added.kind == "NGO"
    edit = AgencyDialog(ctx, added)
    qtbot.addWidget(edit)
    assert edit.code.isReadOnly()
    edit.active.setChecked(False)
    edit.save()
    tab.refresh()
    assert not next(a for a in tab.model.agencies if a.code == "NGO-RW").active
    tab.clear()
    assert tab.model.rowCount() == 0
