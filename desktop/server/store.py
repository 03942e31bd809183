"""`ServerStore`: the office server as a `storage.Store`.

While a user is logged in, the store holds an engine whose every connection authenticates as that
user's PostgreSQL role, so everything a service reads or writes passes the server's own policies.
`close()` disposes the pool and forgets the password (the lock screen and logout call it). The
workstation keeps nothing: no cache, no file, no temporary copy of a case.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.store import AuditLog, CaseIndex, SecretStore
from desktop.vault import migrate
from desktop.vault.errors import VaultLocked
from desktop.vault.secrets import DatabaseSecrets

from . import engine as pg
from .audit_log import ServerAuditLog
from .errors import ServerNotPrepared, ServerSchemaMismatch
from .gate import LoginGate
from .names import ServerNames
from .profile import ServerProfile
from .search import ServerCaseIndex, count_cases


class ServerStore:
    backend = "postgresql"
    #: Row-level security limits every query of a user's session to their scope (policies.py),
    #: so the services need not add the scope to their own queries (CaseReads._in_scope).
    enforces_scope = True

    def __init__(self, profile: ServerProfile | None = None, *, pool_size: int = 2) -> None:
        self.profile = profile
        self.names = profile.names if profile is not None else None
        self.pool_size = pool_size
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._audit = ServerAuditLog()
        self._search = ServerCaseIndex()
        self._secrets = DatabaseSecrets()
        self.username: str | None = None

    @classmethod
    def maintenance(cls, dsn: str, names: ServerNames) -> ServerStore:
        """The server administrator's store (a DSN of theirs), acting as the schema owner: no
        row-level security applies, audit entries name the server administrator."""
        store = cls()
        store.names = names
        store._attach(pg.dsn_engine(dsn, as_role=names.owner))
        return store

    def open(self, username: str, password: str) -> None:
        """Connect as `username`'s role through the login gate; refuses a wrong password, a wait
        or a lock (U4), a disabled account, a server whose certificate does not verify and a
        schema of another CaseDesk version."""
        if self.profile is None or self.names is None:
            raise VaultLocked
        self.close()
        engine = pg.user_engine(LoginGate(self.profile).connector(username, password),
                                pool_size=self.pool_size)
        try:
            with engine.connect() as connection:
                check_schema(connection)
        except BaseException:
            engine.dispose()
            raise
        self._attach(engine)
        self.username = username

    def _attach(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._sessions, self.username = None, None, None

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked("You are not connected to the office server. Log in again.")
        return self._engine

    def session(self) -> Session:
        if self._sessions is None:
            raise VaultLocked("You are not connected to the office server. Log in again.")
        return self._sessions()

    @property
    def audit(self) -> AuditLog:
        return self._audit

    @property
    def search(self) -> CaseIndex:
        return self._search

    def count_cases(self, db: Session, within: Mapping[str, str | int | bool]) -> int:
        return count_cases(db, within)

    @property
    def secrets(self) -> SecretStore:
        """The `vault_secrets` table, which row-level security opens only to who exchanges
        bundles (read) and who manages the identity (insert once; no update, no delete)."""
        return self._secrets


def check_schema(connection: object) -> None:
    try:
        revision = connection.execute(  # type: ignore[attr-defined]
            text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise ServerNotPrepared from exc
    if revision is None:
        raise ServerNotPrepared
    if revision != migrate.head_revision():
        raise ServerSchemaMismatch
