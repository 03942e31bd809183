"""The credentials seam: how a backend checks who is logging in and keeps their secrets.

`services/accounts` logs users in, re-authenticates them and administers accounts through this
protocol. The workstation's vault keeps a key slot per user in its key file (`vault.credentials`);
the office server keeps a PostgreSQL login role per user (`server.credentials`). Methods that
change an account take the use case's database session, so that on the server the role changes
commit or roll back with the account's row and its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from .store import Store


@dataclass(frozen=True)
class Opened:
    """What logging in found: the user's key slot (None on the server), whether the slot was
    re-wrapped under a stronger KDF policy, whether the schema was migrated first."""

    slot_id: str | None
    kdf_upgraded: bool = False
    migrated: bool = False


class Credentials(Protocol):
    @property
    def store(self) -> Store: ...

    def describe(self) -> str:
        """Where the data is, for the login window: the vault's folder or the server's name."""

    def open(self, username: str, password: str) -> Opened:
        """Log in: unlock the vault, or connect to the server as the user's role."""

    def close(self) -> None:
        """Lock: drop every connection and every secret held for the session."""

    def check_password(self, username: str, password: str) -> bool:
        """Re-authentication (U2): is this the user's password right now?"""

    def change_password(self, username: str, current: str, new: str) -> str | None:
        """The user's own new password; returns the new slot id (None on the server)."""

    def add(self, db: Session, username: str, password: str) -> str | None:
        """Credentials for a new account (a temporary password)."""

    def reset(self, db: Session, username: str, password: str) -> str | None:
        """New temporary credentials for an existing account, enabled again."""

    def remove(self, db: Session, username: str, slot_id: str | None) -> None:
        """Disable an account's credentials (its key slot, or its role's LOGIN)."""

    def take_pending_failures(self) -> list[dict[str, Any]]:
        """Failed logins recorded since the last login, to be audited now (U4)."""
