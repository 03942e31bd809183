"""The login window's "Connect to…": this workstation's own vault, or the council's office server
(its host, port, database, the council CA file and the role prefix), saved as the connection
profile through `services.connection`, which `casedesk server connect` uses too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import connection

from .widgets import FieldError, error_text


class ConnectionDialog(QDialog):
    """Choose where CaseDesk keeps the cases; accepted once the choice is saved."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *,
                 first_run: bool = False) -> None:
        """`first_run`: the first-run wizard was cancelled and no vault exists yet; choosing the
        vault opens the wizard again, and cancelling this ends CaseDesk."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Connect to…"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if first_run:
            note = QLabel(self.tr(
                "No vault was set up on this workstation. Choose its own vault to set one up "
                "now, or the council's office server."))
            note.setObjectName("firstRunNote")
            note.setWordWrap(True)
            note.setStyleSheet("font-weight: 600;")
            layout.addWidget(note)
            layout.addSpacing(6)
        intro = QLabel(self.tr(
            "Where CaseDesk keeps the cases on this workstation. An office server is set up "
            "by its administrator (casedesk server init), who gives you these details and the "
            "council's certificate file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.vault_choice = QRadioButton(self.tr("This workstation's own vault (encrypted on "
                                                 "this computer)"))
        self.server_choice = QRadioButton(self.tr("The council's office server"))
        layout.addWidget(self.vault_choice)
        layout.addWidget(self.server_choice)

        self.server_form = QWidget()
        form = QFormLayout(self.server_form)
        form.setContentsMargins(24, 0, 0, 0)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("as the server's certificate names it"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.ca_file = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.prefix = QLineEdit("cd")
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Council CA certificate"), ca_row)
        form.addRow(self.tr("Role prefix"), self.prefix)
        layout.addWidget(self.server_form)

        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Use it"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if first_run:
            self.cancel_button.setText(self.tr("Quit CaseDesk"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.server_choice.toggled.connect(self.server_form.setEnabled)
        self._show_current()

    def _show_current(self) -> None:
        try:
            profile = connection.current(self.data_dir)
        except Exception as error:  # noqa: BLE001 - an unreadable profile: say so, start afresh
            profile = None
            self.error.show_message(error_text(error))
        self.server_choice.setChecked(profile is not None)
        self.vault_choice.setChecked(profile is None)
        self.server_form.setEnabled(profile is not None)
        if profile is not None:
            self.host.setText(profile.host)
            self.port.setValue(profile.port)
            self.database.setText(profile.database)
            self.ca_file.setText(profile.ca_file)
            self.prefix.setText(profile.prefix)

    def choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The council's CA certificate"), self.ca_file.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def save(self) -> None:
        try:
            if self.vault_choice.isChecked():
                connection.use_vault(self.data_dir)
            else:
                connection.use_server(self.data_dir, self.host.text(), self.database.text(),
                                      self.ca_file.text(), self.port.value(), self.prefix.text())
        except Exception as error:  # noqa: BLE001 - every refusal is shown, nothing is saved
            self.error.show_message(error_text(error))
            return
        self.accept()
