"""The GUI on the office server: the login window says where it connects, logging in over TLS
as the user's role opens the main window with the user's cases, logging out closes the
connection. Real widgets offscreen, the real server of `pg_cluster`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop.app import Controller, open_backend
from desktop.server.store import ServerStore
from desktop.services.accounts.users import NewUser
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import PermissionDenied
from desktop.services.maintenance.server import ServerMaintenance
from desktop.vault.errors import AccountDisabled, WrongCredentials
from desktop.views.admin.backups import BackupsTab
from desktop.views.admin.page import AdministrationPage
from desktop.views.admin.security import SecurityTab
from desktop.views.admin.server_pages import ServerBackupsTab, ServerSecurityTab
from desktop.views.connection_dialog import ConnectionDialog
from desktop.views.login import LoginWindow
from desktop.views.reauth import ChangePasswordDialog

from ..conftest import ADMIN, ADMIN_PASSWORD
from ..views.conftest import qt_settings  # noqa: F401 - QSettings in a temporary folder
from .world import lock, make_server_desk, time_passes

PASSWORD = "Mango season in Cayo 2026"


def test_log_in_to_the_office_server_and_see_the_cases(pg_cluster, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    try:
        desk.accounts.create_user(desk.admin, NewUser("sup.hs", "Sara Sup", "SUPERVISOR", "HS", 3),
                                  known_password=PASSWORD)
        store, accounts = desk.client()
        sup = accounts.login("sup.hs", PASSWORD)
        CaseService(store).create(sup, NewCase("Dalia", "Sho"))
        server = ServerStore(desk.profile)
        controller = Controller(None, server=server, data_dir=tmp_path)
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow)
        shown = login.findChild(QLabel, "connectionProfile")
        assert shown is not None and desk.profile.label() in shown.text()
        login.grab().save(str(tmp_path / "login.png"))
        login.username.setText("sup.hs")
        login.password.setText(PASSWORD)
        login.submit()
        qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)
        assert server.is_unlocked and server.username == "sup.hs"
        main = controller.main
        qtbot.waitUntil(lambda: not controller.ctx.worker.is_busy, timeout=30_000)
        main.grab().save(str(tmp_path / "main.png"))
        controller.logout()
        assert not server.is_unlocked
        controller.ctx.worker.wait()
    finally:
        desk.close()


def test_u4_the_login_window_says_a_locked_server_account_is_locked(  # type: ignore[no-untyped-def]
        pg_cluster, qtbot, tmp_path: Path) -> None:
    """The server's lock reaches the login window as the vault's does, in the same words."""
    desk = make_server_desk(pg_cluster)
    try:
        desk.accounts.create_user(desk.admin, NewUser("maria", "María García", "CASE_WORKER",
                                                      "HS"), known_password=PASSWORD)
        lock(desk, desk.client()[1], "maria")
        controller = Controller(None, server=ServerStore(desk.profile), data_dir=tmp_path)
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow)
        login.username.setText("maria")
        login.password.setText(PASSWORD)
        login.submit()
        qtbot.waitUntil(lambda: login.error.isVisibleTo(login), timeout=30_000)
        assert login.error.text() == AccountDisabled.default_message
        assert controller.main is None and login.button.isEnabled()
        controller.ctx.worker.wait()
    finally:
        desk.close()


def test_u4_the_login_window_counts_down_the_servers_wait(  # type: ignore[no-untyped-def]
        pg_cluster, qtbot, tmp_path: Path) -> None:
    """After the third failure the server opens no window for 2 s: the login window counts it
    down as on the vault, then lets the user try again."""
    desk = make_server_desk(pg_cluster)
    try:
        desk.accounts.create_user(desk.admin, NewUser("maria", "María García", "CASE_WORKER",
                                                      "HS"), known_password=PASSWORD)
        controller = Controller(None, server=ServerStore(desk.profile), data_dir=tmp_path)
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow)
        for attempt in range(1, 4):
            login.username.setText("maria")
            login.password.setText(f"wrong password number {attempt}")
            login.submit()
            qtbot.waitUntil(lambda: login.button.isEnabled() and bool(login.error.text()),
                            timeout=30_000)
            assert login.error.text() == WrongCredentials.default_message
        login.username.setText("maria")
        login.password.setText(PASSWORD)
        login.submit()
        qtbot.waitUntil(lambda: "Try again in" in login.error.text(), timeout=30_000)
        assert not login.button.isEnabled()
        qtbot.waitUntil(lambda: login.button.isEnabled(), timeout=10_000)
        assert login.error.text() == "You can try again now."
        login.password.setText(PASSWORD)
        login.submit()
        qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)
        qtbot.waitUntil(lambda: not controller.ctx.worker.is_busy, timeout=30_000)
        controller.logout()
        controller.ctx.worker.wait()
    finally:
        desk.close()


def checked_rows(tab: ServerBackupsTab) -> dict[str, tuple[str, str]]:
    """The check's table: each check's name as `casedesk server check` prints it (the row's
    tooltip) -> (the result shown, what the server reported)."""
    table = tab.results
    return {table.item(r, 1).toolTip(): (table.item(r, 0).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_the_backups_and_security_tabs_are_the_servers_in_server_mode(  # type: ignore[no-untyped-def]
        pg_cluster, qtbot, tmp_path: Path) -> None:
    """In server mode the administrator's Backups tab says how the server is backed up and
    checks the server (audited), with no vault backup to make or restore; the Security tab shows
    how the workstation reaches the server, has no key rotation, and changes one's own password
    on the server: the next login takes the new one."""
    desk = make_server_desk(pg_cluster)
    try:
        desk.accounts.create_user(desk.admin, NewUser("cw.hs", "Carla Worker", "CASE_WORKER",
                                                      "HS", 2), known_password=PASSWORD)
        store, accounts = desk.client()
        worker = accounts.login("cw.hs", PASSWORD)
        with pytest.raises(PermissionDenied):  # the server's facts are the administrators'
            ServerMaintenance(store, tmp_path).server_info(worker)
        accounts.logout(worker)
        server = ServerStore(desk.profile)
        controller = Controller(None, server=server, data_dir=tmp_path)
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow)
        login.username.setText(ADMIN)
        login.password.setText(ADMIN_PASSWORD)
        login.submit()
        qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)
        qtbot.waitUntil(lambda: not controller.ctx.worker.is_busy, timeout=30_000)
        page = AdministrationPage(controller.ctx)
        qtbot.addWidget(page)
        page.resize(1100, 760)

        backups = page.show_tab(BackupsTab)
        assert isinstance(backups, ServerBackupsTab)
        backups.refresh()
        assert backups.server_label.text() == (f"the database {desk.profile.database} on "
                                               f"{desk.profile.host}, port {desk.profile.port}")
        buttons = {b.text() for b in backups.findChildren(QPushButton)}
        assert "Check the office server" in buttons and not buttons & {
            "Make backup now", "Verify…", "Restore…"}
        backups.check_button.click()
        qtbot.waitUntil(lambda: backups.results.rowCount() > 0, timeout=30_000)
        rows = checked_rows(backups)
        assert all(result == "✓  ok" for result, _ in rows.values()), rows
        assert "entries verified" in rows["audit chain"][1]
        assert rows["this connection uses TLS"][1].startswith("TLSv1.")
        assert {"schema version", "row-level security on every table", "login gate role",
                "level-2 person columns", "refused passwords delayed (auth_delay)"} <= set(rows)
        assert "network connections need TLS" not in rows  # pg_hba.conf: the administrator's
        assert backups.status.text() == "Every check passed."
        assert backups.results.item(0, 1).text() == "PostgreSQL version"
        page.show()
        page.grab().save(str(tmp_path / "server-backups.png"))
        with desk.superuser() as c:  # a fault on the server: the check names it, in red
            c.execute(f"ALTER DATABASE {desk.database} RESET jit")
        backups.check_button.click()
        qtbot.waitUntil(lambda: backups.status.text() != "Checking the office server…",
                        timeout=30_000)
        rows = checked_rows(backups)
        assert rows["JIT off for this database"][0] == "✗  FAIL"
        assert [n for n, (result, _) in rows.items() if result != "✓  ok"] == [
            "JIT off for this database"]
        assert backups.status.text() == (f"1 of {len(rows)} checks failed: tell the server's "
                                         "administrator.")
        with desk.superuser() as c:
            c.execute(f"ALTER DATABASE {desk.database} SET jit = off")
            assert c.execute("SELECT detail FROM audit_entries WHERE action = 'vault.verify' "
                             "AND record_type = 'server' AND username = %s ORDER BY id",
                             (ADMIN,)).fetchall() == [("all checks passed",),
                                                      ("problems: JIT off for this database",)]

        security = page.show_tab(SecurityTab)
        assert isinstance(security, ServerSecurityTab)
        security.refresh()
        assert security.facts["role"].text() == desk.names.login_role(ADMIN)
        assert security.facts["connection"].text().startswith("TLS (TLSv1.")
        assert "verify-full" in security.facts["connection"].text()
        assert security.facts["ca"].text() == desk.profile.ca_file
        assert not any("Rotate" in b.text() for b in security.findChildren(QPushButton))
        page.grab().save(str(tmp_path / "server-security.png"))

        new_password = "Howler monkeys at dawn 2026"

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, ChangePasswordDialog)
            dialog.current.setText(ADMIN_PASSWORD)
            dialog.new.setText(new_password)
            dialog.again.setText(new_password)
            dialog.save()
        QTimer.singleShot(100, fill)
        security.password_button.click()
        assert security.status.text() == "Your password was changed on the server."
        controller.ctx.worker.wait()
        _, accounts = desk.client()
        with pytest.raises(WrongCredentials):
            accounts.login(ADMIN, ADMIN_PASSWORD)
        time_passes(desk, ADMIN)
        accounts.logout(accounts.login(ADMIN, new_password))
        controller.logout()
        controller.ctx.worker.wait()
    finally:
        desk.close()


def test_connect_to_switches_between_the_vault_and_the_office_server(  # type: ignore[no-untyped-def]
        pg_cluster, qtbot, desk, config, tmp_path: Path) -> None:
    """The login window's "Connect to…" saves the office server as the connection profile and
    CaseDesk reopens on it (the next login is a server login); choosing the vault again brings
    the workstation's own vault back. An incomplete profile is refused and nothing is saved."""
    server_desk = make_server_desk(pg_cluster)
    folder = desk.vault.paths.root
    desk.vault.release()  # the application acquires it itself
    controller = None
    try:
        vault, server = open_backend(desk.vault.paths, config)
        assert server is None and vault is not None
        controller = Controller(vault, server=None, data_dir=folder,
                                reopen=lambda: open_backend(desk.vault.paths, config))
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow) and login.connect_button is not None
        assert "This workstation's vault" in login.findChild(QLabel, "connectionProfile").text()

        def choose(fill: Callable[[ConnectionDialog], None]) -> None:
            def act() -> None:
                dialog = QApplication.activeModalWidget()
                assert isinstance(dialog, ConnectionDialog)
                fill(dialog)
            QTimer.singleShot(100, act)
            assert controller is not None and isinstance(controller.window, LoginWindow)
            controller.window.choose_connection()

        refused: list[str] = []

        def incomplete(dialog: ConnectionDialog) -> None:
            dialog.server_choice.setChecked(True)
            dialog.host.setText(server_desk.profile.host)
            dialog.save()  # no database, no CA file: refused, the dialog stays
            refused.append(dialog.error.text())
            dialog.grab().save(str(tmp_path / "connect-refused.png"))
            dialog.reject()
        choose(incomplete)
        assert "host name and database" in refused[0]
        assert not (folder / "casedesk.profile.json").exists()
        assert controller.window is login  # nothing changed

        def to_server(dialog: ConnectionDialog) -> None:
            p = server_desk.profile
            dialog.server_choice.setChecked(True)
            dialog.host.setText(p.host)
            dialog.port.setValue(p.port)
            dialog.database.setText(p.database)
            dialog.ca_file.setText(p.ca_file)
            dialog.prefix.setText(p.prefix)
            dialog.save()
        choose(to_server)
        on_server = controller.window
        assert isinstance(on_server, LoginWindow) and on_server is not login
        assert controller.ctx.accounts.backend == "postgresql"
        assert server_desk.profile.label() in on_server.findChild(
            QLabel, "connectionProfile").text()
        on_server.username.setText(ADMIN)
        on_server.password.setText(ADMIN_PASSWORD)
        on_server.submit()
        qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)
        assert controller.server is not None and controller.server.username == ADMIN
        controller.logout()

        def to_vault(dialog: ConnectionDialog) -> None:
            assert dialog.server_choice.isChecked()  # the current choice is shown
            assert dialog.database.text() == server_desk.profile.database
            dialog.vault_choice.setChecked(True)
            dialog.save()
        choose(to_vault)
        assert controller.ctx.accounts.backend == "sqlcipher" and controller.vault is not None
        assert isinstance(controller.window, LoginWindow)
        assert "This workstation's vault" in controller.window.findChild(
            QLabel, "connectionProfile").text()
    finally:
        if controller is not None:
            controller.ctx.worker.wait()
            controller.release()
        server_desk.close()
