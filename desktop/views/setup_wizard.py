"""First-run setup: the vault, the first administrator and the recovery escrow, in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.models.seed import AGENCIES
from desktop.services.accounts import passwords
from desktop.services.accounts.service import AccountService, clean_display_name, normalise_username
from desktop.services.accounts.setup import EscrowChoice, SetupResult, first_run
from desktop.services.errors import ValidationError

from . import labels
from .widgets import FieldError, StrengthMeter, error_text
from .worker import Worker


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class WelcomePage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to CaseDesk"))
        self.setSubTitle(self.tr("Three short steps create this workstation's encrypted vault."))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Every case is kept in an encrypted vault on this computer, in {path}. Nobody can "
            "read it without the password of a CaseDesk account.").format(path=str(data_dir))))
        layout.addWidget(_wrapped(self.tr(
            "<b>Binding to this workstation.</b> CaseDesk also keeps a secret in this "
            "computer's own secure store (Windows Credential Manager, the macOS Keychain or the "
            "Linux keyring). Then a password alone does not open the vault: a copied vault "
            "file is useless on another computer. If this computer is lost or broken, the "
            "recovery key you create in step 3 brings the data back.")))
        self.binding = QCheckBox(self.tr("Bind the vault to this workstation (recommended)"))
        self.binding.setObjectName("deviceBinding")
        self.binding.setChecked(True)
        layout.addWidget(self.binding)
        self.warning = FieldError()
        layout.addWidget(self.warning)
        self.binding.toggled.connect(lambda on: self.warning.show_message("" if on else self.tr(
            "Without binding, anyone who copies the vault folder can try to guess passwords "
            "on another computer. Choose this only where this computer has no secure store; "
            "the choice is recorded in the audit trail.")))
        layout.addStretch(1)
        self.registerField("binding", self.binding)


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages users, backups and the vault. It does "
                                 "not see case content."))
        form = QFormLayout(self)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.agency = QComboBox()
        for agency in AGENCIES:
            if agency.council_member:
                self.agency.addItem(labels.agency(agency.name), agency.code)
        self.agency.setCurrentIndex(max(0, self.agency.findData("HS")))
        self.password = _password_field()
        self.password.setObjectName("adminPassword")
        self.again = _password_field()
        self.again.setObjectName("adminPasswordAgain")
        self.meter = StrengthMeter()
        self.password.textChanged.connect(
            lambda text: self.meter.update_for(text, self.username.text()))
        self.errors = {key: FieldError() for key in ("display_name", "username", "password")}
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow("", self.errors["display_name"])
        form.addRow(self.tr("Username"), self.username)
        form.addRow("", self.errors["username"])
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.meter)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow("", self.errors["password"])
        form.addRow("", _wrapped(self.tr(
            "Use a long passphrase: at least 12 characters; any characters, spaces included. "
            "Common passwords are refused.")))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        for error in self.errors.values():
            error.show_message("")
        try:
            clean_display_name(self.full_name.text())
            username = normalise_username(self.username.text())
            passwords.check(self.password.text(), username)
        except ValidationError as error:
            self.errors.get(error.field, self.errors["password"]).show_message(str(error))
            return False
        if self.password.text() != self.again.text():
            self.errors["password"].show_message(self.tr("The two passwords differ."))
            return False
        return True


class EscrowPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("If every password is forgotten or this computer is lost, the "
                                 "recovery (escrow) key opens the vault. Keep it offline."))
        layout = QVBoxLayout(self)
        self.create_new = QRadioButton(self.tr("Create a new recovery key"))
        self.create_new.setObjectName("escrowCreate")
        self.import_ = QRadioButton(self.tr("Use the ministry's existing recovery public key"))
        self.import_.setObjectName("escrowImport")
        group = QButtonGroup(self)
        group.addButton(self.create_new)
        group.addButton(self.import_)
        self.create_new.setChecked(True)
        layout.addWidget(self.create_new)
        create_form = QFormLayout()
        create_form.setContentsMargins(24, 0, 0, 0)
        self.folder = QLineEdit(str(Path.home() / "CaseDesk recovery"))
        self.folder.setObjectName("escrowFolder")
        create_form.addRow(self.tr("Save in folder"), self._with_browse(self.folder, folder=True))
        self.passphrase = _password_field()
        self.passphrase.setObjectName("escrowPassphrase")
        self.passphrase_again = _password_field()
        self.passphrase_again.setObjectName("escrowPassphraseAgain")
        create_form.addRow(self.tr("Passphrase"), self.passphrase)
        create_form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        create_form.addRow("", _wrapped(self.tr(
            "CaseDesk writes the private key file and a printable recovery sheet (PDF). Move "
            "both to a safe place, away from this computer, and keep the passphrase with a "
            "different person.")))
        layout.addLayout(create_form)
        layout.addWidget(self.import_)
        import_form = QFormLayout()
        import_form.setContentsMargins(24, 0, 0, 0)
        self.public_file = QLineEdit()
        self.public_file.setObjectName("escrowPublicFile")
        import_form.addRow(self.tr("Public key file"),
                           self._with_browse(self.public_file, folder=False))
        layout.addLayout(import_form)
        self.error = FieldError()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.create_new.toggled.connect(self._enable_fields)
        self._enable_fields(True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Create vault"))

    def _enable_fields(self, creating: bool) -> None:
        for widget in (self.folder, self.passphrase, self.passphrase_again):
            widget.setEnabled(creating)
        self.public_file.setEnabled(not creating)

    def _with_browse(self, field: QLineEdit, folder: bool) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: self._browse(field, folder))
        row.addWidget(button)
        return box

    def _browse(self, field: QLineEdit, folder: bool) -> None:
        chosen = (QFileDialog.getExistingDirectory(self, self.tr("Folder for the recovery key"))
                  if folder else QFileDialog.getOpenFileName(
                      self, self.tr("Recovery public key"), "",
                      self.tr("CaseDesk escrow key (*.json)"))[0])
        if chosen:
            field.setText(chosen)

    def choice(self) -> EscrowChoice:
        if self.import_.isChecked():
            return EscrowChoice(public_file=Path(self.public_file.text().strip()))
        return EscrowChoice(folder=Path(self.folder.text().strip()),
                            passphrase=self.passphrase.text())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.error.show_message("")
        if self.import_.isChecked():
            if not Path(self.public_file.text().strip()).is_file():
                self.error.show_message(self.tr("Choose the recovery public key file."))
                return False
            return True
        if len(self.passphrase.text()) < 12:
            self.error.show_message(self.tr("The passphrase needs at least 12 characters."))
            return False
        if self.passphrase.text() != self.passphrase_again.text():
            self.error.show_message(self.tr("The two passphrases differ."))
            return False
        if not self.folder.text().strip():
            self.error.show_message(self.tr("Choose a folder for the recovery key."))
            return False
        return True


class DonePage(QWizardPage):
    """Runs the creation in the background, then says what was made and where."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Creating the vault"))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.summary = _wrapped("")
        self.summary.setObjectName("setupSummary")
        layout.addWidget(self.summary)
        self.open_sheet = QPushButton(self.tr("Open the recovery sheet to print it"))
        self.open_sheet.hide()
        self.open_sheet.clicked.connect(self._open_sheet)
        layout.addWidget(self.open_sheet)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.hide()
        self.retry.clicked.connect(self.initializePage)
        layout.addWidget(self.retry)
        layout.addStretch(1)
        self.result: SetupResult | None = None

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.retry.hide()
        self.progress.show()
        self.summary.setText(self.tr("Deriving keys and creating the encrypted database…"))
        self.wizard_.start_creation(self._done, self._failed)

    def _done(self, result: SetupResult) -> None:
        self.result = result
        self.progress.hide()
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.setTitle(self.tr("The vault is ready"))
        lines = [self.tr("Recovery key fingerprint: <b>{fp}</b>").format(fp=result.fingerprint)]
        lines += [self.tr("Written: {path}").format(path=str(path)) for path in result.written]
        if result.written:
            lines.append(self.tr("Print the recovery sheet, then move the key file and the "
                                 "sheet offline. No recovery secret should stay on this "
                                 "computer."))
            self.open_sheet.show()
        self.summary.setText("<br>".join(lines))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.summary.setText(error_text(error) + "\n\n" + self.tr(
            "Go back to change your choices, or try again."))
        self.retry.show()

    def _open_sheet(self) -> None:
        if self.result is not None and self.result.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.written[-1])))

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.result is not None


class SetupWizard(QWizard):
    created = Signal(object)  # SetupResult

    def __init__(self, accounts: AccountService, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.worker = worker
        self.setWindowTitle(self.tr("CaseDesk — first-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(720, 560)
        self.welcome = WelcomePage(accounts.data_dir)
        self.admin = AdminPage()
        self.escrow = EscrowPage()
        self.done_page = DonePage(self)
        for page in (self.welcome, self.admin, self.escrow, self.done_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.button(QWizard.WizardButton.FinishButton).clicked.connect(self._finish)

    def start_creation(self, on_done, on_error) -> None:  # type: ignore[no-untyped-def]
        admin, escrow = self.admin, self.escrow
        args = (admin.username.text(), admin.full_name.text(), admin.password.text(),
                admin.agency.currentData(), self.welcome.binding.isChecked(), escrow.choice())
        self.worker.run(lambda: first_run(self.accounts, *args), on_done, on_error,
                        self.tr("Creating the vault…"))

    def _finish(self) -> None:
        for field in (self.admin.password, self.admin.again, self.escrow.passphrase,
                      self.escrow.passphrase_again):
            field.clear()
        if self.done_page.result is not None:
            self.created.emit(self.done_page.result)
