"""The connection profile: whether this workstation uses its own vault or the office server.

`casedesk.profile.json` in the data folder holds no secret and nothing about a case: the server's
host name (as its certificate names it), port, database, the council CA file that the server's
certificate must chain to (`sslmode=verify-full`), and the role prefix of the installation. No
profile file (or `"backend": "sqlcipher"`) means the workstation's vault, the default.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import ServerError
from .names import ServerNames

PROFILE_FILE = "casedesk.profile.json"
VAULT, SERVER = "sqlcipher", "postgresql"


@dataclass(frozen=True)
class ServerProfile:
    host: str
    database: str
    ca_file: str
    port: int = 5432
    prefix: str = "cd"
    connect_timeout: int = 10

    @property
    def names(self) -> ServerNames:
        return ServerNames(self.prefix)

    def connect_args(self, role: str, password: str) -> dict[str, Any]:
        """libpq parameters: TLS required and the server's name checked against the CA."""
        return {
            "host": self.host, "port": self.port, "dbname": self.database, "user": role,
            "password": password, "sslmode": "verify-full", "sslrootcert": self.ca_file,
            "connect_timeout": self.connect_timeout, "application_name": "casedesk",
            "options": "-c timezone=UTC -c search_path=public",
        }

    def label(self) -> str:
        return f"{self.database} on {self.host}:{self.port}"


def check_profile(profile: ServerProfile) -> ServerProfile:
    if not profile.host or not profile.database:
        raise ServerError("The connection profile needs the server's host name and database.")
    if not 0 < profile.port < 65536:
        raise ServerError("The server port is a number from 1 to 65535.")
    if not Path(profile.ca_file).is_file():
        raise ServerError("The council's CA certificate file was not found; the server's "
                          "certificate is checked against it.")
    try:
        profile.names  # noqa: B018 - validates the prefix
    except ValueError as exc:
        raise ServerError("The role prefix is 1 to 10 lower-case letters or digits.") from exc
    return profile


def read_profile(folder: Path) -> ServerProfile | None:
    """The office server profile of this data folder, or None for the local vault."""
    path = folder / PROFILE_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("backend", VAULT) != SERVER:
            return None
        fields = {k: data[k] for k in ("host", "database", "ca_file")}
        fields.update({k: data[k] for k in ("port", "prefix", "connect_timeout") if k in data})
        return ServerProfile(**fields)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ServerError(f"The connection profile {PROFILE_FILE} cannot be read; fix or "
                          "remove it.") from exc


def write_profile(folder: Path, profile: ServerProfile | None) -> Path:
    """Save the choice (None: this workstation's vault); owner-only, atomic."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PROFILE_FILE
    data = {"backend": VAULT} if profile is None else {"backend": SERVER, **asdict(profile)}
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return path
