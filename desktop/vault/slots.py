"""The vault's key slots: adding, re-wrapping and removing them, checking a password, and the
throttling of failed logins (K4, K5, K6, U4). Held by `Vault` as `vault.slots`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import backup, crypto
from . import keyfile as kf
from .errors import AccountDisabled, BackupInvalid, Throttled, WrongCredentials

if TYPE_CHECKING:
    from .vault import Vault

MAX_FAILURES = 10
MAX_PENDING_FAILURES = 500


def failure_delay(failures: int) -> float:
    """Seconds to wait after the n-th consecutive failure: 0, 0, 2, 4, 8 … capped at 5 minutes."""
    if failures < 3:
        return 0.0
    return float(min(2 ** (failures - 2), 300))


class KeySlots:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _unwrap(self, keyfile: kf.KeyFile, slot: kf.Slot, password: str) -> tuple[bytes, bytes]:
        """The slot's private key and the DEK; DecryptionFailed for a wrong password or device."""
        device = self.vault.config.device.read(keyfile.vault_id) if slot.bound else None
        return kf.open_slot(slot, password, device)

    def open(self, keyfile: kf.KeyFile, username: str, password: str
             ) -> tuple[kf.Slot, bytes, bytes, bytes | None]:
        """(slot, its private key, the DEK, the device secret used) for this user's password,
        with the throttling of U4; a damaged slot is named as such (SlotDamaged)."""
        slot = keyfile.slot_for(username)
        now = self.vault.config.clock()
        if slot is None:
            crypto.argon2id(kf.normalise_password(password), b"\0" * 16, self.vault.config.kdf)
            self.record_failure(keyfile, None, now)
            raise WrongCredentials
        if slot.state.disabled:
            raise AccountDisabled
        if now < slot.state.not_before:
            raise Throttled(slot.state.not_before - now)
        device = self.vault.config.device.read(keyfile.vault_id) if slot.bound else None
        try:
            private, dek_bytes = kf.open_slot(slot, password, device)
        except crypto.DecryptionFailed:
            self.record_failure(keyfile, slot, now)
            if slot.state.disabled:
                raise AccountDisabled(
                    "Wrong password. After 10 failed logins the account is disabled; "
                    "ask an administrator to reset it."
                ) from None
            raise WrongCredentials from None
        return slot, private, dek_bytes, device

    def backup_key(self, manifest: dict[str, Any], username: str, password: str) -> bytes:
        """The key of a backup, opened with this user's slot: the live key file's, or the one
        saved in the backup when this workstation's vault is gone."""
        if self.vault.paths.keyfile.exists():
            keyfile = kf.read_keyfile(self.vault.paths.keyfile)  # even when the database is gone
        else:
            try:
                keyfile = kf.KeyFile.from_dict(manifest["keyfile"])
            except (KeyError, ValueError, TypeError) as exc:
                raise BackupInvalid("The backup's key file snapshot is damaged.") from exc
        slot = keyfile.slot_for(username)
        if slot is None:
            raise WrongCredentials
        try:
            private, _ = self._unwrap(keyfile, slot, password)
        except crypto.DecryptionFailed:
            raise WrongCredentials from None
        return backup.unseal_with_slot(manifest, slot.slot_id, private)

    def record_failure(self, keyfile: kf.KeyFile, slot: kf.Slot | None, now: float) -> None:
        if slot is not None:
            slot.state.failures += 1
            if slot.state.failures >= MAX_FAILURES:
                slot.state.disabled = True
            slot.state.not_before = now + failure_delay(slot.state.failures)
        keyfile.pending_failures.append(
            {"at": kf.now_iso(), "slot": slot.slot_id if slot else None,
             "count": slot.state.failures if slot else 0}
        )
        del keyfile.pending_failures[:-MAX_PENDING_FAILURES]
        self.vault.write_keyfile(keyfile)

    def take_pending_failures(self) -> list[dict[str, Any]]:
        """Failed logins recorded since the last unlock, to be audited now (U4), then cleared."""
        keyfile = self.vault.read_keyfile()
        pending = list(keyfile.pending_failures)
        if pending:
            keyfile.pending_failures = []
            self.vault.write_keyfile(keyfile)
        return pending

    def add(self, username: str, password: str, *, bind: bool) -> str:
        """A new slot (replacing any old one for this username); unbound unless asked (K6)."""
        config, keyfile = self.vault.config, self.vault.read_keyfile()
        device = None
        if bind and keyfile.device_binding:
            device = config.device.read_or_create(keyfile.vault_id)
        slot = kf.make_slot(keyfile, username, password, self.vault._current_dek(), config.kdf,
                            device)
        keyfile.replace_slot(slot)
        self.vault.write_keyfile(keyfile)
        return slot.slot_id

    def change_password(self, username: str, old_password: str, new_password: str) -> str:
        """Re-wrap this user's slot under the new password (K5: database bytes unchanged).

        The slot keeps its key pair, so backups sealed to it stay openable; it becomes bound to
        this workstation when the vault uses device binding (K6)."""
        config, keyfile = self.vault.config, self.vault.read_keyfile()
        slot = keyfile.slot_for(username)
        if slot is None:
            raise WrongCredentials
        try:
            private, dek = self._unwrap(keyfile, slot, old_password)
        except crypto.DecryptionFailed:
            raise WrongCredentials("The current password is wrong.") from None
        new_device = (config.device.read_or_create(keyfile.vault_id) if keyfile.device_binding
                      else None)
        new_slot = kf.make_slot(keyfile, username, new_password, dek, config.kdf, new_device,
                                keypair=(private, slot.public), slot_id=slot.slot_id)
        keyfile.replace_slot(new_slot)
        self.vault.write_keyfile(keyfile)
        return new_slot.slot_id

    def check_password(self, username: str, password: str) -> bool:
        """Re-authentication (U2): does this password open this user's slot right now?"""
        keyfile = self.vault.read_keyfile()
        slot = keyfile.slot_for(username)
        if slot is None or slot.state.disabled:
            return False
        try:
            self._unwrap(keyfile, slot, password)
        except crypto.DecryptionFailed:
            self.record_failure(keyfile, slot, self.vault.config.clock())
            return False
        return True

    def remove(self, slot_id: str) -> None:
        keyfile = self.vault.read_keyfile()
        keyfile.remove_slot(slot_id)
        self.vault.write_keyfile(keyfile)
