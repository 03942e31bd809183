"""First run: the vault, its first administrator and the recovery escrow, in one use case.

Shared by the setup wizard and `casedesk init`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.services.accounts.service import AccountService
from desktop.services.errors import ValidationError
from desktop.services.user import UserSession
from desktop.vault import escrow
from desktop.vault.keyfile import write_private_file
from desktop.vault.paths import VaultPaths


@dataclass(frozen=True)
class EscrowChoice:
    """Either the ministry's public key file, or a new pair written to `folder`."""

    public_file: Path | None = None
    folder: Path | None = None
    passphrase: str = ""
    stem: str = "casedesk"


@dataclass(frozen=True)
class SetupResult:
    session: UserSession
    fingerprint: str
    written: tuple[Path, ...]


def write_escrow_files(
    folder: Path, stem: str, public: escrow.EscrowPublic, private_json: str
) -> list[Path]:
    """The escrow pair's files and its printable recovery sheet (K7)."""
    private_path, public_path = escrow.write_pair(folder, stem, public, private_json)
    sheet = folder / f"{stem}.recovery-sheet.pdf"
    from desktop.reports.recovery_sheet import RecoverySheet, recovery_sheet_pdf  # ReportLab

    pdf = recovery_sheet_pdf(RecoverySheet(
        fingerprint=public.fingerprint,
        created=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        private_key_text=private_json,
        private_file_name=private_path.name,
    ))
    write_private_file(sheet, pdf)
    return [private_path, public_path, sheet]


def remove_new_vault(paths: VaultPaths) -> None:
    """Undo a vault created moments ago whose escrow files could not be written (no data yet)."""
    for file in (paths.keyfile, paths.database, paths.database.with_name("casedesk.db-wal"),
                 paths.database.with_name("casedesk.db-shm")):
        file.unlink(missing_ok=True)


def first_run(
    accounts: AccountService, username: str, display_name: str, password: str,
    agency_code: str, device_binding: bool, choice: EscrowChoice,
) -> SetupResult:
    """Create everything, or nothing: a vault whose new escrow files cannot be written is removed."""
    private_json = None
    if choice.public_file is not None:
        public = escrow.read_public(choice.public_file)
    elif choice.folder is not None:
        public, private_json = escrow.generate(choice.passphrase, accounts.vault.config.kdf)
    else:
        raise ValidationError("escrow", "Choose how the vault can be recovered.")
    session = accounts.create_vault(username, display_name, password, public.public,
                                    agency_code=agency_code, device_binding=device_binding)
    written: list[Path] = []
    if private_json is not None and choice.folder is not None:
        try:
            written = write_escrow_files(choice.folder, choice.stem, public, private_json)
        except BaseException:
            accounts.vault.lock()
            remove_new_vault(accounts.vault.paths)
            raise
    return SetupResult(session, public.fingerprint, tuple(written))
