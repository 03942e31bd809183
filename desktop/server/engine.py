"""Connections to the office server: psycopg 3 under SQLAlchemy, TLS verified, as a user's role.

Connection failures become the errors a user can act on; libpq's own message (which may name the
host or role) goes to nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop.vault.errors import AccountDisabled, WrongCredentials

from . import dialect  # noqa: F401 - SQLite functions compiled for PostgreSQL
from .errors import ServerCertificateInvalid, ServerError, ServerUnreachable
from .names import quote_ident

if TYPE_CHECKING:  # the driver is imported when a connection is made, not at the GUI's start
    import psycopg


def translate(error: psycopg.OperationalError) -> ServerError | WrongCredentials | AccountDisabled:
    """The user-facing error for a refused connection."""
    text = str(error).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return WrongCredentials()
    if "not permitted to log in" in text:
        return AccountDisabled("This account is disabled. Ask an administrator to reset it.")
    if "certificate" in text or "ssl" in text or "tls" in text:
        return ServerCertificateInvalid()
    if "pg_hba.conf" in text:
        return ServerError("The office server refuses connections from this workstation "
                           "(pg_hba.conf). Ask the server administrator.")
    if "database" in text and "does not exist" in text:
        return ServerError("The database named in the connection profile does not exist.")
    return ServerUnreachable()


def connector(args: dict[str, Any]) -> Callable[[], Any]:
    def connect() -> Any:
        import psycopg

        try:
            return psycopg.connect(**args)
        except psycopg.OperationalError as error:
            raise translate(error) from None
    return connect


def user_engine(creator: Callable[[], Any], *, pool_size: int = 2) -> Engine:
    """An engine whose every connection comes from `creator`: as a user's role, through the
    login gate (server/gate.py), SCRAM over verified TLS."""
    return create_engine("postgresql+psycopg://", creator=creator, poolclass=QueuePool,
                         pool_size=pool_size, max_overflow=4, pool_pre_ping=True,
                         pool_recycle=1800)


def dsn_engine(dsn: str, *, as_role: str | None = None) -> Engine:
    """An administrator's engine from a libpq connection string; `as_role` is SET on every
    connection (the owner, for maintenance)."""
    def connect() -> Any:
        import psycopg

        try:
            return psycopg.connect(dsn, application_name="casedesk-server")
        except psycopg.OperationalError as error:
            raise translate(error) from None
    engine = create_engine("postgresql+psycopg://", creator=connect, poolclass=QueuePool,
                           pool_size=1, max_overflow=2)
    if as_role is not None:
        statement = f"SET ROLE {quote_ident(as_role)}; SET search_path = public"

        @event.listens_for(engine, "connect")
        def _set_role(dbapi_connection: Any, record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(statement)
            dbapi_connection.commit()
    return engine
