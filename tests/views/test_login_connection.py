"""The login window's "Connect to…": the dialog saves the connection profile through
services/connection.py (as `casedesk server connect` does), refuses an incomplete one with a
clear message and saves nothing then; a demo has no such choice."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from desktop.services import connection
from desktop.views.connection_dialog import ConnectionDialog
from desktop.views.context import AppContext
from desktop.views.login import LoginWindow

PROFILE = "casedesk.profile.json"


def test_the_dialog_refuses_an_incomplete_server_and_saves_a_complete_one(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    dialog = ConnectionDialog(folder)
    qtbot.addWidget(dialog)
    assert dialog.vault_choice.isChecked() and not dialog.server_form.isEnabled()
    dialog.server_choice.setChecked(True)
    assert dialog.server_form.isEnabled()
    for host, database, ca, expected in (
            ("", "casedesk", "", "host name and database"),
            ("db.council.bz", "casedesk", str(tmp_path / "missing.crt"), "CA certificate file"),
    ):
        dialog.host.setText(host)
        dialog.database.setText(database)
        dialog.ca_file.setText(ca)
        dialog.save()
        assert expected in dialog.error.text()
        assert not (folder / PROFILE).exists() and not dialog.result()
    ca_file = tmp_path / "council-ca.crt"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    dialog.ca_file.setText(str(ca_file))
    dialog.prefix.setText("Bad Prefix!")
    dialog.save()
    assert "role prefix" in dialog.error.text() and not (folder / PROFILE).exists()
    dialog.prefix.setText("cd")
    dialog.port.setValue(6432)
    dialog.save()
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted
    saved = connection.current(folder)
    assert saved is not None and (saved.host, saved.port, saved.database, saved.ca_file) == (
        "db.council.bz", 6432, "casedesk", str(ca_file.resolve()))
    assert json.loads((folder / PROFILE).read_text(encoding="utf-8"))["backend"] == "postgresql"
    assert (folder / PROFILE).stat().st_mode & 0o077 == 0  # owner-only

    again = ConnectionDialog(folder)  # opens on the current choice
    qtbot.addWidget(again)
    assert again.server_choice.isChecked() and again.host.text() == "db.council.bz"
    assert again.port.value() == 6432
    again.vault_choice.setChecked(True)
    again.save()
    assert connection.current(folder) is None
    assert json.loads((folder / PROFILE).read_text(encoding="utf-8")) == {"backend": "sqlcipher"}


def test_the_login_window_offers_connect_to_but_not_in_a_demo(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, tmp_path: Path) -> None:
    window = LoginWindow(ctx, data_dir=tmp_path)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    assert window.connect_button is not None and window.connect_button.text() == "Connect to…"
    window.show()
    window.grab().save(str(tmp_path / "login-connect.png"))
    plain = LoginWindow(ctx)  # no data folder given (the composition root decides)
    qtbot.addWidget(plain)
    assert plain.connect_button is None
    ctx.demo = True
    demo = LoginWindow(ctx, data_dir=tmp_path)
    qtbot.addWidget(demo)
    assert demo.connect_button is None
    assert "Connect to…" not in {b.text() for b in demo.findChildren(QPushButton)}


def test_cancelling_the_first_run_wizard_returns_to_the_connection_choice(  # type: ignore[no-untyped-def]
        qtbot, config, tmp_path: Path, monkeypatch) -> None:
    """No vault yet: the wizard opens. Cancelling it does not end CaseDesk (the wizard closing
    must not be taken for the last window closing): the connection choice opens, says why,
    and leads back to the wizard (the vault) or to the office server's login; only its "Quit
    CaseDesk" ends the application."""
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.app import Controller, open_backend
    from desktop.vault.paths import VaultPaths
    from desktop.views.setup_wizard import SetupWizard

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    paths = VaultPaths(tmp_path / "data")
    paths.ensure_root()
    vault, server = open_backend(paths, config)
    assert vault is not None and server is None and not paths.exists()
    controller = Controller(vault, data_dir=paths.root, reopen=lambda: open_backend(paths, config))
    try:
        controller.start()
        wizard = controller.window
        assert isinstance(wizard, SetupWizard)
        assert not QApplication.quitOnLastWindowClosed()  # its closing must not end CaseDesk
        wizard.reject()
        choice = controller.window
        assert isinstance(choice, ConnectionDialog) and choice.isVisible() and not quits
        note = choice.findChild(QLabel, "firstRunNote")
        assert note is not None and "No vault was set up" in note.text()
        assert choice.cancel_button.text() == "Quit CaseDesk"
        choice.resize(choice.sizeHint())
        choice.grab().save(str(tmp_path / "first-run-choice.png"))

        choice.vault_choice.setChecked(True)  # the vault again: the wizard again
        choice.save()
        again = controller.window
        assert isinstance(again, SetupWizard) and again is not wizard and not quits
        assert controller.vault is not None and controller.vault is not vault  # reopened
        again.reject()

        ca_file = tmp_path / "council-ca.crt"
        ca_file.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
        choice = controller.window
        assert isinstance(choice, ConnectionDialog)
        choice.server_choice.setChecked(True)
        choice.host.setText("db.council.bz")
        choice.database.setText("casedesk")
        choice.ca_file.setText(str(ca_file))
        choice.save()
        login = controller.window
        assert isinstance(login, LoginWindow) and not quits
        assert controller.ctx.accounts.backend == "postgresql" and controller.vault is None
        assert QApplication.quitOnLastWindowClosed()  # a window of its own again
        assert connection.current(paths.root) is not None

        connection.use_vault(paths.root)  # and once more with no vault: cancel, then quit
        controller.switch_connection()
        assert isinstance(controller.window, SetupWizard)
        controller.window.reject()
        last = controller.window
        assert isinstance(last, ConnectionDialog)
        last.cancel_button.click()
        assert quits == [True]
    finally:
        controller.ctx.worker.wait()
        controller.release()
        QApplication.setQuitOnLastWindowClosed(True)
