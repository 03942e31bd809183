"""Administration → Users, driven through the real widgets on a real encrypted vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

import desktop.views.admin.user_dialogs as user_dialogs
import desktop.views.admin.users as users_view
from desktop.services.accounts.service import NewUser
from desktop.services.errors import VaultError
from desktop.views.admin.user_dialogs import TemporaryPasswordDialog, UserDialog
from desktop.views.admin.users import UsersTab
from desktop.views.clipboard import sensitive_clipboard
from desktop.views.context import AppContext
from desktop.views.reauth import ReauthDialog

from ..conftest import Desk
from .conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def tab(qtbot, ctx: AppContext) -> UsersTab:  # type: ignore[no-untyped-def]
    widget = UsersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 700)
    widget.show()
    widget.refresh()
    return widget


def open_new_user(qtbot, tab: UsersTab) -> UserDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.new_button, LEFT)
    assert isinstance(tab.dialog, UserDialog) and tab.dialog.isVisible()
    return tab.dialog


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def wait_for_password(qtbot, tab: UsersTab) -> TemporaryPasswordDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(tab.dialog, TemporaryPasswordDialog), timeout=20000)
    assert isinstance(tab.dialog, TemporaryPasswordDialog)
    return tab.dialog


def confirm(qtbot, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    box = tab.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(next(b for b in box.buttons()
                          if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole), LEFT)


def row_of(tab: UsersTab, username: str):  # type: ignore[no-untyped-def]
    return next(u for u in tab.model.users if u.username == username)


def test_admin_creates_a_user_who_then_logs_in(qtbot, desk: Desk, ctx: AppContext, tab: UsersTab,
                                               changes: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert tab.model.rowCount() == 1
    dialog = open_new_user(qtbot, tab)
    assert dialog.role.currentData() == "CASE_WORKER"  # least privilege by default
    qtbot.keyClicks(dialog.username, "Maria.Garcia")
    qtbot.keyClicks(dialog.name, "Mar")  # QTest types ASCII only
    dialog.name.insert("ía García")
    dialog.agency.setCurrentIndex(dialog.agency.findData("POL"))
    dialog.level.setCurrentIndex(dialog.level.findData(2))
    tick(qtbot, dialog.groups["OPERATIONS"])
    assert dialog.groups["OPERATIONS"].isChecked()
    qtbot.mouseClick(dialog.save_button, LEFT)

    shown = wait_for_password(qtbot, tab)
    temporary = shown.password.text()
    assert len(temporary) >= 12 and shown.password.isReadOnly()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert shown.password.font().family() == fixed  # a fixed-width font: 0 and O, 1 and l apart
    assert shown.password.font().pointSizeF() > QApplication.font().pointSizeF()
    assert changes == ["users"]
    user = row_of(tab, "maria.garcia")
    assert (user.display_name, user.agency_code, user.level, user.groups) == \
        ("María García", "POL", 2, ("OPERATIONS",))
    assert tab.model.data(tab.model.index(tab.model.users.index(user), 6)) == "Must change password"
    assert tab.selected() == user

    qtbot.mouseClick(shown.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == temporary
    assert sensitive_clipboard().timer.isActive() and sensitive_clipboard().timer.interval() == 30000
    sensitive_clipboard().clear_if_unchanged()  # what the timer does after 30 s
    assert QGuiApplication.clipboard().text() == ""
    shown.accept()
    assert shown.password.text() == "" and tab.dialog is None  # shown once only

    desk.accounts.logout(desk.admin)
    session = desk.login("maria.garcia", temporary)
    assert session.must_change_password
    assert session.principal.role_code == "CASE_WORKER" and session.principal.agency_code == "POL"


def test_bad_username_is_explained_next_to_the_field(qtbot, ctx: AppContext, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_user(qtbot, tab)
    qtbot.keyClicks(dialog.username, "a b")
    qtbot.keyClicks(dialog.name, "Someone Else")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, ctx)
    error = dialog.errors["username"]
    assert error.isVisible() and "username" in error.text().lower()
    below = error.mapTo(dialog, QPoint(0, 0)).y() - dialog.username.mapTo(dialog, QPoint(0, 0)).y()
    assert 0 < below < dialog.username.height() + 12  # directly under the username field
    assert not dialog.errors["display_name"].isVisible() and not dialog.general.isVisible()
    assert dialog.isVisible() and dialog.isEnabled()

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, ctx)
    assert "already taken" in dialog.errors["username"].text()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, LEFT)
    assert tab.dialog is None
    assert [u.username for u in ctx.accounts.list_users(ctx.user)] == ["admin"]


def test_cancelled_reauthentication_changes_nothing(qtbot, ctx: AppContext,
                                                    tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    """U2: the real password prompt appears (the last password is an hour old) and is
    cancelled; no account dialog opens and no account changes."""
    ctx.user.authenticated_at -= 3600
    prompts: list[str] = []

    def cancel_the_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReauthDialog)
        prompts.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.reject()

    QTimer.singleShot(0, cancel_the_prompt)
    qtbot.mouseClick(tab.new_button, LEFT)
    assert len(prompts) == 1 and "Changing user accounts needs your password." in prompts[0]
    assert tab.dialog is None
    assert [u.username for u in ctx.accounts.list_users(ctx.user)] == ["admin"]


def test_expired_authentication_is_reported_in_the_dialog(qtbot, monkeypatch, ctx: AppContext,
                                                          tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_user(qtbot, tab)
    monkeypatch.setattr(users_view, "confirm_identity", lambda *args, **kwargs: True)
    monkeypatch.setattr(user_dialogs, "confirm_identity", lambda *args, **kwargs: True)
    ctx.user.authenticated_at -= 3600  # the service, not the view, has the last word (U2)
    qtbot.keyClicks(dialog.username, "late.user")
    qtbot.keyClicks(dialog.name, "Late User")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, ctx)
    assert "password again" in dialog.general.text() and dialog.isVisible()


def test_buttons_follow_the_selection(qtbot, ctx: AppContext, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    for button in (tab.edit_button, tab.reset_button, tab.disable_button):
        assert not button.isEnabled()
    assert tab.new_button.isEnabled()
    tab.select("admin")
    assert tab.edit_button.isEnabled() and tab.reset_button.isEnabled()
    assert not tab.disable_button.isEnabled()  # never one's own account
    qtbot.mouseClick(tab.edit_button, LEFT)
    assert isinstance(tab.dialog, UserDialog)
    assert not tab.dialog.role.isEnabled() and tab.dialog.username.isReadOnly()
    tab.dialog.reject()


def test_edit_then_disable_then_reset(qtbot, desk: Desk, ctx: AppContext, tab: UsersTab,
                                      changes: list[str]) -> None:  # type: ignore[no-untyped-def]
    ctx.accounts.create_user(ctx.user, NewUser("jose", "Jose Pop", "CASE_WORKER", "HS"))
    tab.refresh()
    tab.select("jose")
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, UserDialog)
    dialog.name.setText("José Pop")
    dialog.role.setCurrentIndex(dialog.role.findData("SUPERVISOR"))
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    tick(qtbot, dialog.groups["IEC"])
    assert dialog.changes() == {"display_name": "José Pop", "role_code": "SUPERVISOR",
                                "level": 3, "groups": ("IEC",)}
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=20000)
    jose = row_of(tab, "jose")
    assert (jose.display_name, jose.role_code, jose.level, jose.groups) == \
        ("José Pop", "SUPERVISOR", 3, ("IEC",))

    qtbot.mouseClick(tab.disable_button, LEFT)
    box = tab.dialog
    assert isinstance(box, QMessageBox) and "rotate the database key" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert not row_of(tab, "jose").disabled  # cancelled: nothing happened
    qtbot.mouseClick(tab.disable_button, LEFT)
    confirm(qtbot, tab)
    wait_idle(qtbot, ctx)
    assert row_of(tab, "jose").disabled and tab.selected().username == "jose"
    assert not tab.disable_button.isEnabled() and "Re-enable" in tab.reset_button.text()

    qtbot.mouseClick(tab.reset_button, LEFT)
    confirm(qtbot, tab)
    temporary = wait_for_password(qtbot, tab).password.text()
    tab.dialog.accept()
    assert not row_of(tab, "jose").disabled and row_of(tab, "jose").must_change_password
    assert changes == ["users"] * 3
    desk.accounts.logout(desk.admin)
    assert desk.login("jose", temporary).must_change_password


def test_disabled_user_cannot_log_in(qtbot, desk: Desk, ctx: AppContext, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    _, temporary = ctx.accounts.create_user(ctx.user, NewUser("ana.b", "Ana B", "CASE_WORKER", "HS"))
    tab.refresh()
    tab.select("ana.b")
    qtbot.mouseClick(tab.disable_button, LEFT)
    confirm(qtbot, tab)
    wait_idle(qtbot, ctx)
    desk.accounts.logout(desk.admin)
    with pytest.raises(VaultError):
        desk.login("ana.b", temporary)


def test_clear_forgets_everything(qtbot, ctx: AppContext, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    tab.show_temporary("someone", "open-sesame-temporary")
    shown = tab.dialog
    assert isinstance(shown, TemporaryPasswordDialog)
    tab.clear()
    assert tab.model.rowCount() == 0 and tab.dialog is None
    assert shown.password.text() == "" and not shown.isVisible()
    assert not tab.edit_button.isEnabled()
    tab.refresh()
    assert tab.model.rowCount() == 1


def test_lock_while_saving_drops_the_result(qtbot, ctx: AppContext, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_user(qtbot, tab)
    qtbot.keyClicks(dialog.username, "quick.lock")
    qtbot.keyClicks(dialog.name, "Quick Lock")
    qtbot.mouseClick(dialog.save_button, LEFT)
    tab.clear()  # the vault locks while the worker derives the key
    wait_idle(qtbot, ctx)
    qtbot.wait(50)
    assert tab.dialog is None and tab.model.rowCount() == 0


def test_failed_reset_is_reported(qtbot, monkeypatch, ctx: AppContext, tab: UsersTab) -> None:  # type: ignore[no-untyped-def]
    ctx.accounts.create_user(ctx.user, NewUser("late", "Late Reset", "CASE_WORKER", "HS"))
    tab.refresh()
    tab.select("late")
    monkeypatch.setattr(users_view, "confirm_identity", lambda *args, **kwargs: True)
    monkeypatch.setattr(user_dialogs, "confirm_identity", lambda *args, **kwargs: True)
    ctx.user.authenticated_at -= 3600
    qtbot.mouseClick(tab.reset_button, LEFT)
    confirm(qtbot, tab)
    wait_idle(qtbot, ctx)
    box = tab.dialog
    assert isinstance(box, QMessageBox) and "password again" in box.text()
    box.accept()
    assert tab.dialog is None
