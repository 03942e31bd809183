"""The server's side of the credentials seam: one PostgreSQL login role per CaseDesk user.

Passwords travel only as SCRAM-SHA-256 verifiers computed here by libpq
(`PQencryptPasswordConn`), so the server (and its statement log) never sees a password in clear;
logging in is SCRAM over verified TLS, through the login gate that counts, delays and locks
failed logins (U4, `gate`). Role changes run inside the use case's transaction through
the SECURITY DEFINER functions of `functions.account_functions`, which check users.manage.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.storage.credentials import Opened
from desktop.storage.store import Store
from desktop.vault.errors import AccountDisabled, VaultLocked, WrongCredentials

from .errors import ServerError
from .gate import LoginGate
from .names import quote_literal
from .store import ServerStore


def normalise(password: str) -> str:
    """NFKC (U3), as the vault does: the same password typed on another keyboard still works."""
    return unicodedata.normalize("NFKC", password)


def verifier(db: Session, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for `role`, computed by libpq on this side."""
    raw = db.connection().connection.driver_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(normalise(password).encode("utf-8"), role.encode("utf-8"),
                                         b"scram-sha-256")).decode("ascii")


class ServerCredentials:
    def __init__(self, store: ServerStore) -> None:
        self.server = store

    @property
    def store(self) -> Store:
        return self.server

    def _role(self, username: str) -> str:
        if self.server.names is None:
            raise VaultLocked
        if len(username) > self.server.names.max_username:
            raise ServerError(f"On the office server a username has at most "
                              f"{self.server.names.max_username} characters.")
        return self.server.names.login_role(username)

    def describe(self) -> str:
        return self.server.profile.label() if self.server.profile is not None else ""

    def open(self, username: str, password: str) -> Opened:
        self._role(username)
        self.server.open(username, normalise(password))
        return Opened(None)

    def close(self) -> None:
        self.server.close()

    def check_password(self, username: str, password: str) -> bool:
        """A fresh connection as the user: the server itself checks the password."""
        profile = self.server.profile
        if profile is None:
            raise VaultLocked
        self._role(username)
        try:  # through the gate: a wrong password here counts towards U4 as at login
            LoginGate(profile).connect(username, normalise(password)).close()
        except (WrongCredentials, AccountDisabled):
            return False
        return True

    def change_password(self, username: str, current: str, new: str) -> str | None:
        if not self.check_password(username, current):
            raise WrongCredentials("The current password is wrong.")
        role = self._role(username)
        with self.server.session() as db, db.begin():
            statement = f"ALTER ROLE CURRENT_USER PASSWORD {quote_literal(verifier(db, role, new))}"
            db.connection().exec_driver_sql(statement.replace("%", "%%"))
        self.server.open(username, normalise(new))
        return None

    def add(self, db: Session, username: str, password: str) -> str | None:
        db.execute(text("SELECT casedesk.create_login(:u, :v)"),
                   {"u": username, "v": verifier(db, self._role(username), password)})
        return None

    def reset(self, db: Session, username: str, password: str) -> str | None:
        db.execute(text("SELECT casedesk.reset_login(:u, :v)"),
                   {"u": username, "v": verifier(db, self._role(username), password)})
        return None

    def remove(self, db: Session, username: str, slot_id: str | None) -> None:
        db.execute(text("SELECT casedesk.disable_login(:u)"), {"u": username})

    def take_pending_failures(self) -> list[dict[str, Any]]:
        """None here: the server audits a user's failed logins itself, in the session of their
        next login (`casedesk.login_succeeded`, server/gate_sql.py)."""
        return []

