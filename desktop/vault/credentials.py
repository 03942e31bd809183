"""The vault's side of the credentials seam: key slots in the key file (`KeySlots`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.storage.credentials import Opened
from desktop.storage.store import Store

from .vault import Vault


class VaultCredentials:
    """`storage.Credentials` for a SQLCipher vault: exactly the key-slot operations as before."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def store(self) -> Store:
        return self.vault

    def describe(self) -> str:
        return str(self.vault.paths.root)

    def open(self, username: str, password: str) -> Opened:
        result = self.vault.unlock(username, password)
        return Opened(result.slot_id, result.kdf_upgraded, result.migrated)

    def close(self) -> None:
        self.vault.lock()

    def check_password(self, username: str, password: str) -> bool:
        return self.vault.slots.check_password(username, password)

    def change_password(self, username: str, current: str, new: str) -> str | None:
        return self.vault.slots.change_password(username, current, new)

    def add(self, db: Session, username: str, password: str) -> str | None:
        return self.vault.slots.add(username, password, bind=False)

    def reset(self, db: Session, username: str, password: str) -> str | None:
        return self.vault.slots.add(username, password, bind=False)

    def remove(self, db: Session, username: str, slot_id: str | None) -> None:
        if slot_id:
            self.vault.slots.remove(slot_id)

    def take_pending_failures(self) -> list[dict[str, Any]]:
        return self.vault.slots.take_pending_failures()
