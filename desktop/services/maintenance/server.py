"""Maintenance in server mode: what a workstation can see of the office server's upkeep.

Backups, restores and key rotation of the office server are the server administrator's, on the
server (`pg_dump`/`pg_basebackup`, docs/SERVER.md §9); a workstation has none of its own and says
so. Verification runs the server's own check (`casedesk server check`) as far as the user's role
may read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.models.seed import Action
from desktop.server.check import workstation_checks
from desktop.server.store import ServerStore, check_schema
from desktop.services import audit
from desktop.services.audit import AuditAction
from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.maintenance.service import BackupEntry, Check, SecurityInfo, VerifyReport
from desktop.services.user import UserSession


class OnTheServer(ServiceError):
    default_message = ("On the office server, backups, restores and key rotation are done by the "
                       "server administrator on the server (docs/SERVER.md).")


@dataclass(frozen=True)
class ServerInfo:
    """How this workstation reaches the office server (nothing secret): the connection profile's
    server, and what the server says of the session."""

    host: str
    port: int
    database: str
    ca_file: str
    server_version: str
    tls: str  # the session's TLS version, "" when not encrypted
    role: str  # the PostgreSQL login role of the user


class ServerMaintenance:
    """The maintenance service's face in server mode (the same methods the screens call)."""

    def __init__(self, store: ServerStore, data_dir: Path) -> None:
        self.store, self.data_dir = store, data_dir

    @property
    def backend(self) -> str:
        return self.store.backend

    def server_info(self, user: UserSession) -> ServerInfo:
        """The Security page's facts; for an administrator (backups, key or account upkeep)."""
        if not any(user.principal.can(a) for a in (Action.VAULT_REKEY, Action.BACKUP_MANAGE,
                                                    Action.USERS_MANAGE)):
            raise PermissionDenied
        profile = self.store.profile
        with self.store.session() as db:
            version = str(db.execute(text("SHOW server_version")).scalar())
            tls = db.execute(text("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() "
                                  "AND ssl")).scalar()
            role = str(db.execute(text("SELECT session_user")).scalar())
        return ServerInfo(profile.host if profile else "", profile.port if profile else 0,
                          profile.database if profile else "", profile.ca_file if profile else "",
                          version.split(" ")[0], str(tls or ""), role)

    @property
    def is_unlocked(self) -> bool:
        return self.store.is_unlocked

    @property
    def default_backup_folder(self) -> Path:
        return self.data_dir

    def verify(self, user: UserSession) -> VerifyReport:
        """The office server's own check (`server/check.py`), as far as the user's role may
        read it: every line of `casedesk server check` but the client-authentication rules
        and the minimum TLS version (the server administrator's to read), and the audit
        chain only for who may read the audit trail. The result is audited."""
        if not (user.principal.can(Action.AUDIT_VIEW) or user.principal.can(Action.BACKUP_MANAGE)):
            raise PermissionDenied
        assert self.store.names is not None
        with self.store.session() as db, db.begin():
            connection = db.connection()
            check_schema(connection)
            found = workstation_checks(connection, self.store.names,
                                       chain=user.principal.can(Action.AUDIT_VIEW))
            report = VerifyReport(tuple(Check(c.name, c.ok, c.detail) for c in found))
            audit.append(db, self.store, user.principal, AuditAction.VERIFY, "server", "",
                         "all checks passed" if report.ok else
                         "problems: " + ", ".join(c.name for c in report.problems))
        return report

    def security_info(self, user: UserSession) -> SecurityInfo:
        profile = self.store.profile
        where = Path(profile.label()) if profile is not None else self.data_dir
        return SecurityInfo(where, True, "", 0, None, "")

    def list_backups(self, user: UserSession, folder: Path | None = None) -> list[BackupEntry]:
        return []

    def backup(self, user: UserSession, folder: Path | None = None) -> Any:
        raise OnTheServer

    def verify_backup(self, user: UserSession, path: Path, password: str) -> dict[str, Any]:
        raise OnTheServer

    def restore(self, user: UserSession, backup_path: Path, password: str) -> dict[str, Any]:
        raise OnTheServer

    def rekey(self, user: UserSession) -> None:
        raise OnTheServer
