"""Composes the application: vault → setup or login → main window; nothing else."""

from __future__ import annotations

import functools
import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.logs import configure_logging, disable_core_dumps
from desktop.resources import resource
from desktop.server.profile import read_profile
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.setup import SetupResult
from desktop.services.maintenance.service import MaintenanceService
from desktop.services.user import UserSession
from desktop.synthetic import demo as demo_vault
from desktop.vault.errors import VaultError
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig
from desktop.views.context import AppContext
from desktop.views.login import LoginWindow
from desktop.views.style import apply_style, install_translations
from desktop.views.worker import Worker

from .stop_signals import StopSignals

if TYPE_CHECKING:  # loaded when needed: the office server's driver, the main window's pages
    from desktop.server.store import ServerStore
    from desktop.views.main_window import MainWindow

log = logging.getLogger("casedesk.app")
#: Opens the backend the connection profile names (a vault, or the office server).
Opener = Callable[[], "tuple[Vault | None, ServerStore | None]"]


class Controller(QObject):
    """Moves between the first-run wizard, the login window and the main window."""

    def __init__(self, vault: Vault | None, demo: bool = False, *,
                 server: ServerStore | None = None, data_dir: Path | None = None,
                 reopen: Opener | None = None) -> None:
        super().__init__()
        self.demo, self.data_dir, self.reopen = demo, data_dir, reopen
        self.window: QWidget | None = None
        self.main: MainWindow | None = None
        self._use(vault, server)

    def _use(self, vault: Vault | None, server: ServerStore | None) -> None:
        """Build the application's services on the vault or the office server."""
        self.vault, self.server = vault, server
        demo = self.demo
        if server is not None:  # the office server of the connection profile (docs/SERVER.md)
            from desktop.server.credentials import ServerCredentials
            from desktop.services.maintenance.server import ServerMaintenance

            folder = self.data_dir or Path.cwd()
            self.ctx = AppContext.build(
                AccountService(ServerCredentials(server), data_dir=folder),
                ServerMaintenance(server, folder), Worker(self), demo=demo)  # type: ignore[arg-type]
        else:
            assert vault is not None
            self.ctx = AppContext.build(AccountService(vault), MaintenanceService(vault),
                                        Worker(self), demo=demo)

    def release(self) -> None:
        """Let go of the vault (its lock) or the office server (its connections)."""
        if self.vault is not None:
            self.vault.release()
        if self.server is not None:
            self.server.close()

    def switch_connection(self) -> None:
        """The login window's "Connect to…" saved another choice: reopen with it, from the
        login window (or the first-run wizard, for a vault not created yet)."""
        assert self.reopen is not None
        self.ctx.worker.wait()
        self.release()
        try:
            vault, server = self.reopen()
        except VaultError as error:
            QMessageBox.critical(self.window, QCoreApplication.translate("CaseDesk", "CaseDesk"),
                                 error.message)
            QApplication.quit()
            return
        self._use(vault, server)
        self.start()

    def start(self) -> None:
        if self.vault is None or self.vault.paths.exists():
            self.show_login()
        else:
            from desktop.views.setup_wizard import SetupWizard

            wizard = SetupWizard(self.ctx.accounts, self.ctx.worker)
            wizard.created.connect(self._created)
            if self.reopen is None:  # a demo, or a caller that offers no other choice
                wizard.rejected.connect(QApplication.quit)
                self._replace(wizard)
            else:
                wizard.rejected.connect(self.choose_after_no_vault)
                self._replace(wizard, keep_running=True)

    def choose_after_no_vault(self) -> None:
        """The first-run wizard was cancelled, so there is no vault: offer the connection choice
        again (the office server, or the wizard once more). Only declining that ends CaseDesk,
        and its button says so."""
        from desktop.views.connection_dialog import ConnectionDialog

        assert self.data_dir is not None
        dialog = ConnectionDialog(self.data_dir, first_run=True)
        dialog.accepted.connect(self.switch_connection)
        dialog.rejected.connect(QApplication.quit)
        self._replace(dialog, keep_running=True)

    def _replace(self, widget: QWidget, *, keep_running: bool = False) -> None:
        """Show `widget` in place of the current window. `keep_running`: the window closes
        itself before the next one opens (a wizard, a dialog), which must not end CaseDesk."""
        old, self.window = self.window, widget
        if isinstance(widget, LoginWindow):
            widget.resize(1280, 760)
        widget.show()
        QApplication.setQuitOnLastWindowClosed(not keep_running)
        if old is not None:
            old.hide()
            old.deleteLater()

    def show_login(self) -> None:
        login = LoginWindow(self.ctx, data_dir=self.data_dir if self.reopen else None)
        login.logged_in.connect(self.show_main)
        login.connection_changed.connect(self.switch_connection)
        self._replace(login)

    def _created(self, result: SetupResult) -> None:
        self.ctx.session = result.session
        self.show_main(result.session)

    def show_main(self, session: UserSession) -> None:
        from desktop.views.main_window import MainWindow

        self.ctx.session = session
        main = MainWindow(self.ctx)
        main.logout_requested.connect(self.logout)
        main.quit_requested.connect(self.quit)
        self.main = main
        self._replace(main)

    def _end_session(self) -> None:
        if self.main is not None:
            self.main.shutdown()
        if self.ctx.session is not None:
            try:
                self.ctx.accounts.logout(self.ctx.session)
            except VaultError:
                self.ctx.accounts.credentials.close()
        self.ctx.session = None
        self.main = None

    def logout(self) -> None:
        self._end_session()
        self.show_login()

    def quit(self) -> None:
        self._end_session()
        QApplication.quit()


def _prepare_demo(vault: Vault) -> None:
    print("Preparing a throw-away demo vault (synthetic data, no device binding)…", flush=True)
    accounts = demo_vault.create(vault)
    vault.release()
    print(f"Demo vault: {vault.paths.root} (deleted when CaseDesk closes)")
    print("Demo accounts — password for all: " + demo_vault.DEMO_PASSWORD)
    for account in accounts:
        print(f"  {account.username:<12} {account.role_code:<22} {account.agency_code:<5} "
              f"level {account.level}")


def _application(argv: list[str] | None) -> QApplication:
    QCoreApplication.setOrganizationName("CaseDesk")
    QCoreApplication.setApplicationName("CaseDesk")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    install_translations(app)
    app.setWindowIcon(QIcon(str(resource("icons", "casedesk.png"))))
    return app


def run(data_dir: Path | None, demo: bool = False, argv: list[str] | None = None) -> int:
    """Start the GUI; returns the process exit code."""
    disable_core_dumps()
    if demo:
        return run_demo(argv)
    from desktop.vault.paths import default_data_dir

    paths = VaultPaths(data_dir or default_data_dir())
    return _run_gui(_application(argv), paths, VaultConfig.default())


def run_demo(argv: list[str] | None = None) -> int:
    """`casedesk demo`: the GUI on a vault in a new temporary folder, removed when the window
    closes, on Ctrl+C and on SIGTERM or SIGHUP, while preparing or while running."""
    folder = demo_vault.new_folder()
    vault = Vault(demo_vault.vault_paths(folder), demo_vault.demo_config())
    stop = StopSignals()
    try:
        with stop:
            _prepare_demo(vault)
            app = _application(argv)
            stop.on_signal = app.quit  # from here a signal ends the event loop, then this
            wake = QTimer(app)  # Python runs a signal's handler only when it runs at all
            wake.timeout.connect(lambda: None)
            wake.start(200)
            code = _run_gui(app, vault.paths, vault.config, demo=True)
    except KeyboardInterrupt:
        code = 130
    finally:
        vault.release()
        shutil.rmtree(folder, ignore_errors=True)
    if stop.received is not None:
        print(f"casedesk: stopped ({signal_name(stop.received)}); the demo vault was removed.",
              file=sys.stderr)
        return stop.exit_code or code
    return code


def signal_name(number: int) -> str:
    import signal

    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


def open_backend(paths: VaultPaths, config: VaultConfig, demo: bool = False
                 ) -> tuple[Vault | None, ServerStore | None]:
    """The connection profile's choice: this workstation's vault (acquired), or the office
    server (a demo always uses its own vault)."""
    profile = None if demo else read_profile(paths.root)
    if profile is not None:
        from desktop.server.store import ServerStore

        return None, ServerStore(profile)
    vault = Vault(paths, config)
    vault.acquire()
    return vault, None


def _run_gui(app: QApplication, paths: VaultPaths, config: VaultConfig, demo: bool = False) -> int:
    paths.ensure_root()
    configure_logging(paths.logs)

    opener = functools.partial(open_backend, paths, config, demo)
    try:
        vault, server = opener()
    except VaultError as error:
        QMessageBox.critical(None, QCoreApplication.translate("CaseDesk", "CaseDesk"),
                             error.message)
        return 1
    controller = Controller(vault, demo=demo, server=server, data_dir=paths.root,
                            reopen=None if demo else opener)
    controller.start()
    if demo:
        QTimer.singleShot(0, lambda: print("CaseDesk is ready: log in with an account above.",
                                           flush=True))
    try:
        return int(app.exec())
    finally:
        controller.ctx.worker.wait()
        controller.release()
