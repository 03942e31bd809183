"""The Backups tab: make a backup with progress, verify one, restore one (and the vault locks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.services.accounts import settings as settings_service
from desktop.services.accounts.users import NewUser
from desktop.vault import backup as backup_module
from desktop.vault.errors import BackupInvalid
from desktop.views.admin.backups import BackupsTab
from desktop.views.admin.page import AdministrationPage
from desktop.views.admin.security import SecurityTab
from desktop.views.admin.server_pages import ServerBackupsTab, ServerSecurityTab
from desktop.views.context import AppContext
from desktop.views.reauth import ReauthDialog

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk
from .conftest import wait_idle


def shown(qtbot, ctx: AppContext) -> BackupsTab:  # type: ignore[no-untyped-def]
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1156, 700)
    tab.show()
    tab.refresh()
    return tab


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_make_a_backup_with_progress_and_see_it_listed(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, desk: Desk, ctx: AppContext, changes: list[str]) -> None:
    tab = shown(qtbot, ctx)
    assert tab.folder_label.text() == str(desk.paths.backups)
    assert tab.empty.isVisible() and not tab.table.isVisible()
    assert not tab.restore_button.isEnabled()
    reasons: list[str] = []
    monkeypatch.setattr(tab, "confirm_identity", lambda reason: reasons.append(reason) or True)
    click(qtbot, tab.backup_button)
    assert reasons
    assert tab.progress.isVisible() and not tab.backup_button.isEnabled()
    wait_idle(qtbot, ctx, timeout=60000)
    assert not tab.progress.isVisible() and tab.backup_button.isEnabled()
    assert tab.model.rowCount() == 1 and tab.table.isVisible() and not tab.empty.isVisible()
    entry = tab.entries[0]
    assert tab.model.item(0, 4).text() == entry.path.name
    assert tab.model.item(0, 3).text() == f"#{entry.audit_head}"
    assert tab.status.objectName() == "okText"
    assert entry.path.name in tab.status.text() and f"#{entry.audit_head}" in tab.status.text()
    assert "backups" in changes


def answer_modal(answer) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog with `answer(dialog)` once it is up; returns what was seen."""
    seen: list[QWidget] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, respond)
    return seen


def test_backup_refused_identity_does_nothing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """U2: the real password prompt appears before any backup, and cancelling it stops there."""
    tab = shown(qtbot, ctx)
    prompts = answer_modal(lambda dialog: dialog.reject())
    click(qtbot, tab.backup_button)
    assert len(prompts) == 1 and isinstance(prompts[0], ReauthDialog)
    assert "A backup copies every record" in " ".join(
        label.text() for label in prompts[0].findChildren(QLabel))
    assert not ctx.worker.is_busy and not tab.progress.isVisible()
    assert tab.model.rowCount() == 0


def test_backup_goes_to_the_folder_chosen_in_settings(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, tmp_path: Path, ctx: AppContext) -> None:
    elsewhere = tmp_path / "usb drive"
    ctx.settings.set(ctx.user, settings_service.BACKUP_FOLDER, str(elsewhere))
    tab = shown(qtbot, ctx)
    assert tab.folder_label.text() == str(elsewhere)
    monkeypatch.setattr(tab, "confirm_identity", lambda reason: True)
    click(qtbot, tab.backup_button)
    wait_idle(qtbot, ctx, timeout=60000)
    assert tab.entries and tab.entries[0].path.parent == elsewhere


def test_verify_a_backup_with_the_password(qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    desk.maintenance.backup(desk.admin)
    tab = shown(qtbot, ctx)
    monkeypatch.setattr(tab, "ask_password", lambda title, text: "not my password at all")
    click(qtbot, tab.verify_button)
    wait_idle(qtbot, ctx)
    assert tab.status.objectName() == "badText" and "Wrong" in tab.status.text()

    monkeypatch.setattr(tab, "ask_password", lambda title, text: ADMIN_PASSWORD)
    click(qtbot, tab.verify_button)
    wait_idle(qtbot, ctx, timeout=60000)
    assert tab.status.objectName() == "okText" and "intact" in tab.status.text()


def test_restore_replaces_the_vault_and_emits_restored(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:
    desk.maintenance.backup(desk.admin)
    desk.accounts.create_user(desk.admin, NewUser("late", "Late Comer", "CASE_WORKER", "HS"))
    tab = shown(qtbot, ctx)
    monkeypatch.setattr(tab, "confirm_restore", lambda entry: True)
    monkeypatch.setattr(tab, "ask_password", lambda title, text: ADMIN_PASSWORD)
    with qtbot.waitSignal(tab.restored, timeout=60000):
        click(qtbot, tab.restore_button)
        assert tab.progress.isVisible()
    wait_idle(qtbot, ctx)
    assert tab.status.objectName() == "okText" and "log in again" in tab.status.text()
    assert not desk.vault.is_unlocked and tab.model.rowCount() == 0
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    assert "late" not in [u.username for u in desk.accounts.list_users(session)]
    desk.accounts.logout(session)


def test_restore_cancelled_at_the_warning_asks_nothing_more(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:
    desk.maintenance.backup(desk.admin)
    tab = shown(qtbot, ctx)
    asked: list[str] = []
    monkeypatch.setattr(tab, "ask_password", lambda title, text: asked.append(title) or None)
    warnings = answer_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    click(qtbot, tab.restore_button)
    assert len(warnings) == 1 and isinstance(warnings[0], QMessageBox)  # the warning was shown
    assert warnings[0].text().startswith("Restore the backup of ")
    assert "will be replaced" in warnings[0].informativeText()
    assert not asked and not ctx.worker.is_busy and desk.vault.is_unlocked


def test_restore_with_a_wrong_password_keeps_the_vault_open(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:
    desk.maintenance.backup(desk.admin)
    tab = shown(qtbot, ctx)
    restored: list[bool] = []
    tab.restored.connect(lambda: restored.append(True))
    monkeypatch.setattr(tab, "confirm_restore", lambda entry: True)
    monkeypatch.setattr(tab, "ask_password", lambda title, text: "not my password at all")
    click(qtbot, tab.restore_button)
    wait_idle(qtbot, ctx)
    assert tab.status.objectName() == "badText" and not restored
    assert desk.vault.is_unlocked and tab.restore_button.isEnabled()


def test_restore_failing_after_taking_the_key_reopens_the_live_vault(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:
    desk.maintenance.backup(desk.admin)
    tab = shown(qtbot, ctx)

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise BackupInvalid

    monkeypatch.setattr(backup_module, "restore", refuse)
    monkeypatch.setattr(tab, "confirm_restore", lambda entry: True)
    monkeypatch.setattr(tab, "ask_password", lambda title, text: ADMIN_PASSWORD)
    emitted: list[bool] = []
    tab.restored.connect(lambda: emitted.append(True))
    click(qtbot, tab.restore_button)
    wait_idle(qtbot, ctx)
    assert tab.status.objectName() == "badText"
    assert "failed verification" in tab.status.text()
    assert desk.vault.is_unlocked and not emitted  # the live vault was put back, still open
    assert desk.maintenance.verify(desk.admin).ok


def test_on_a_vault_the_administration_page_keeps_the_vaults_tabs(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext) -> None:
    """The office server's Backups and Security tabs stand in only in server mode: on a vault
    the administrator keeps the backup list and the key rotation."""
    page = AdministrationPage(ctx)
    qtbot.addWidget(page)
    assert ctx.maintenance.backend == "sqlcipher"
    backups, security = page.show_tab(BackupsTab), page.show_tab(SecurityTab)
    assert type(backups) is BackupsTab and type(security) is SecurityTab
    assert not any(isinstance(t, (ServerBackupsTab, ServerSecurityTab)) for t in page.tab_pages)
    assert security.rotate_button.text() == "Rotate database key…"  # type: ignore[attr-defined]
