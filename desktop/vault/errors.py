"""Errors the vault raises, each with a message fit to show a user.

Messages never contain a password, a key, a username typed at login or any case text: they may end up
in a log, a dialog or a terminal.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class: `str(error)` is a complete, user-facing sentence."""

    default_message = "The vault could not complete the operation."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class WrongCredentials(VaultError):
    default_message = "Wrong username or password."


class AccountDisabled(VaultError):
    default_message = (
        "This account is disabled after too many failed logins, or by an administrator. "
        "Ask an administrator to reset it."
    )


class Throttled(VaultError):
    def __init__(self, seconds: float) -> None:
        self.seconds = max(1, int(seconds + 0.999))
        super().__init__(f"Too many failed logins. Try again in {self.seconds} s.")


class DeviceSecretUnavailable(VaultError):
    default_message = (
        "This account is bound to this workstation, but its device secret could not be read from "
        "the system keyring (missing, locked or unavailable). Unlock the keyring and try again, or "
        "ask an administrator to run 'casedesk recover' with the escrow key."
    )


class KeyFileCorrupt(VaultError):
    default_message = (
        "The key file is damaged or was edited. Nothing was changed; restore the key file from a "
        "backup or use 'casedesk recover' with the escrow key."
    )


class SlotDamaged(KeyFileCorrupt):
    """A slot header that no longer matches its checksum: damage or an edit, not a wrong password
    (the check involves no secret, so it tells nothing about a password)."""

    default_message = (
        "The key file is damaged: the key slot of this account was edited or corrupted. Nothing "
        "was changed. Restore the key file from a backup copy, or ask an administrator to reset "
        "the account ('casedesk user reset'); an administrator can also use 'casedesk recover' "
        "with the escrow key."
    )


class VaultNotFound(VaultError):
    default_message = "No vault was found in the data directory. Create one with 'casedesk init'."


class KeyFileMissing(VaultNotFound):
    default_message = (
        "The vault database is in the data directory, but its key file (casedesk.keys) is "
        "missing, so no account can open it. Nothing was changed. Put the key file back from a "
        "copy, or restore the latest backup with 'casedesk restore BACKUP -u ADMIN' (every "
        "backup carries the key file) or with 'casedesk restore BACKUP --escrow-key FILE'."
    )


class DatabaseMissing(VaultNotFound):
    default_message = (
        "The key file is in the data directory, but the vault database (casedesk.db) is missing. "
        "Nothing was changed. Restore the latest backup with 'casedesk restore BACKUP -u ADMIN'."
    )


class VaultExists(VaultError):
    default_message = "A vault already exists in this data directory; it was left untouched."


class VaultInUse(VaultError):
    default_message = (
        "The vault is already open in another CaseDesk window or process. Close it first."
    )


class VaultCorrupt(VaultError):
    default_message = (
        "The vault database failed its integrity check. Nothing was deleted or repaired; "
        "restore the latest backup with 'casedesk restore'."
    )


class PageDamaged(VaultCorrupt):
    """A page met while reading failed SQLCipher's HMAC (or SQLite found it corrupt)."""

    default_message = (
        "A page of the vault database fails the page integrity check (HMAC): the file is damaged "
        "or was altered. Nothing was changed; run 'casedesk verify' to see which pages, and "
        "restore the latest backup."
    )


class VaultLocked(VaultError):
    default_message = "The vault is locked. Log in again."


class BackupInvalid(VaultError):
    default_message = "The backup failed verification and was not used. The live vault is untouched."


class EscrowError(VaultError):
    default_message = "The escrow key could not be used: wrong file or wrong passphrase."
