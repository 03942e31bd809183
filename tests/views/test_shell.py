"""The application shell driven as a user would: wizard, login, forced change, lock, sidebar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser
from desktop.services.maintenance.service import MaintenanceService
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault
from desktop.views.context import AppContext
from desktop.views.login import LoginWindow
from desktop.views.main_window import MainWindow
from desktop.views.setup_wizard import SetupWizard
from desktop.views.worker import Worker

from ..conftest import ADMIN, ADMIN_PASSWORD, ESCROW_PASSPHRASE, Desk
from .conftest import wait_idle

NEW_PASSWORD = "Mango season in Cayo 2026"


def type_into(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


def logged_out(desk: Desk, ctx: AppContext) -> AppContext:
    desk.accounts.logout(desk.admin)
    ctx.session = None
    return ctx


def test_setup_wizard_end_to_end(qtbot, tmp_path: Path, config) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(VaultPaths(tmp_path / "vault"), config)
    worker = Worker()
    wizard = SetupWizard(AccountService(vault), worker)
    qtbot.addWidget(wizard)
    created = []
    wizard.created.connect(created.append)
    wizard.show()
    assert wizard.welcome.binding.isChecked()
    wizard.next()
    page = wizard.admin
    type_into(qtbot, page.full_name, "Marisol Chan")
    type_into(qtbot, page.username, "a b")
    type_into(qtbot, page.password, "short")
    wizard.next()
    assert wizard.currentPage() is page and page.errors["username"].isVisible()
    type_into(qtbot, page.username, "marisol")
    type_into(qtbot, page.password, ADMIN_PASSWORD)
    wizard.next()
    assert "differ" in page.errors["password"].text()
    type_into(qtbot, page.again, ADMIN_PASSWORD)
    assert page.meter.bar.value() >= 2
    wizard.next()
    escrow_page = wizard.escrow
    assert wizard.currentPage() is escrow_page
    type_into(qtbot, escrow_page.folder, str(tmp_path / "recovery"))
    type_into(qtbot, escrow_page.passphrase, ESCROW_PASSPHRASE)
    type_into(qtbot, escrow_page.passphrase_again, ESCROW_PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.done_page.result is not None, timeout=30000)
    assert "fingerprint" in wizard.done_page.summary.text()
    assert sorted(p.name for p in (tmp_path / "recovery").iterdir()) == [
        "casedesk.escrow-private.json", "casedesk.escrow-public.json",
        "casedesk.recovery-sheet.pdf"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert created and created[0].session.principal.username == "marisol"
    assert vault.read_keyfile().device_binding
    worker.wait()
    vault.release()


def test_login_with_a_wrong_then_a_right_password(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    logged_out(desk, ctx)
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    sessions = []
    window.logged_in.connect(sessions.append)
    type_into(qtbot, window.username, ADMIN)
    type_into(qtbot, window.password, "this is not it at all")
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert window.error.text() == "Wrong username or password."
    assert window.password.text() == ""
    type_into(qtbot, window.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(sessions), timeout=20000)
    assert sessions[0].principal.username == ADMIN


def test_throttling_shows_a_countdown(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    logged_out(desk, ctx)
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    type_into(qtbot, window.username, ADMIN)
    for attempt in range(4):
        type_into(qtbot, window.password, f"wrong guess number {attempt}")
        window.submit()
        wait_idle(qtbot, ctx)
    assert "Try again in" in window.error.text()
    assert not window.button.isEnabled()
    first = window.error.text()
    qtbot.waitUntil(lambda: window.error.text() != first, timeout=3000)


def test_forced_password_change_after_a_temporary_password(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"))
    logged_out(desk, ctx)
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    sessions = []
    window.logged_in.connect(sessions.append)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, fill_dialog)
            return
        dialog.current.setText(temporary)
        dialog.new.setText(NEW_PASSWORD)
        dialog.again.setText(NEW_PASSWORD)
        dialog.save()

    QTimer.singleShot(50, fill_dialog)
    type_into(qtbot, window.username, "maria")
    type_into(qtbot, window.password, temporary)
    window.submit()
    qtbot.waitUntil(lambda: bool(sessions), timeout=30000)
    assert not sessions[0].must_change_password
    desk.accounts.logout(sessions[0])
    assert not desk.login("maria", NEW_PASSWORD).must_change_password


def test_idle_lock_hides_the_data_and_only_the_same_user_unlocks(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """U1: after the idle time every page is cleared, the key dropped, the lock screen shown."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("administration")
    admin = window.page_by_key["administration"]
    users_tab = admin.tab_pages[0]
    qtbot.waitUntil(lambda: users_tab.model.rowCount() > 0, timeout=5000)
    window.idle.timer.setInterval(100)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.central.currentWidget() is window.lock_screen
    assert not desk.vault.is_unlocked
    assert users_tab.model.rowCount() == 0
    assert "without use" in window.lock_screen.who.text()
    type_into(qtbot, window.lock_screen.password, "someone else's password")
    window.lock_screen.submit()
    wait_idle(qtbot, ctx)
    assert window.locked and window.lock_screen.error.text()
    type_into(qtbot, window.lock_screen.password, ADMIN_PASSWORD)
    window.lock_screen.submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=20000)
    assert desk.vault.is_unlocked
    window.shutdown()


def test_manual_lock_with_ctrl_l(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.actions_by_key["lock"].shortcut().toString() == "Ctrl+L"
    window.actions_by_key["lock"].trigger()
    assert window.locked and not window.menuBar().isEnabled()
    window.shutdown()


@pytest.mark.parametrize(
    ("role", "pages"),
    [("ME_OFFICER", ["home", "statistics", "prevention"]),
     ("CASE_WORKER", ["home", "cases", "referrals"]),
     ("SUPERVISOR", ["home", "cases", "referrals", "statistics"]),
     ("ADMINISTRATOR", ["home", "administration"])],
)
def test_sidebar_depends_on_the_role(qtbot, desk: Desk, role: str, pages: list[str]) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.create_user(desk.admin, NewUser("someone", "Some One", role, "HS"),
                              known_password=NEW_PASSWORD)
    desk.accounts.logout(desk.admin)
    session = desk.login("someone", NEW_PASSWORD)
    ctx = AppContext.build(AccountService(desk.vault), MaintenanceService(desk.vault), Worker(),
                           session=session)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.visible_page_keys() == pages
    window.shutdown()


def test_status_bar_and_about_box_tell_who_and_where(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    text = window.status.user.text()
    assert "Ana Admin" in text and "HS" in text and "level 3" in text
    assert "bound to this workstation" in window.status.vault.text()
    shown = []
    monkeypatch.setattr("desktop.views.main_window.window.QMessageBox.about",
                        lambda parent, title, body: shown.append(body))
    window.show_about()
    assert "SQLCipher" in shown[0] and "Device binding" in shown[0]
    window.shutdown()


def test_window_state_is_remembered(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1111, 700)
    qtbot.waitUntil(lambda: window.width() == 1111)
    window.show_page("administration")
    window.shutdown()
    saved = QSettings().value("main/geometry")
    assert saved is not None and len(saved) > 0
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    # the offscreen screen is 800×600, so Qt fits the restored size to it; the bytes round-trip
    assert again.saveGeometry().size() == saved.size()
    assert again.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "administration"
    again.shutdown()


def test_clipboard_is_cleared_after_the_delay_if_unchanged(qtbot) -> None:  # type: ignore[no-untyped-def]
    """U5: copied secrets leave the clipboard; something copied later is left alone."""
    from desktop.views.clipboard import SensitiveClipboard

    clipboard = QApplication.clipboard()
    guard = SensitiveClipboard(clear_after_ms=50)
    guard.copy("tmp-password-123")
    assert clipboard.text() == "tmp-password-123"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    guard.copy("another secret")
    clipboard.setText("the user's own text")
    qtbot.wait(120)
    assert clipboard.text() == "the user's own text"


def test_a_restore_sends_everyone_back_to_login(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("desktop.views.main_window.window.QMessageBox.information",
                        lambda *args: None)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.logout_requested, timeout=2000):
        window.page_by_key["administration"].restored.emit()
    window.shutdown()
