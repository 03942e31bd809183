"""Which storage this workstation uses: its own vault (the default) or the office server.

The choice is the connection profile in the data folder (`server/profile.py`: no secret, nothing
about a case). The login window's "Connect to…" dialog and `casedesk server connect|disconnect`
both save it here, checked the same way: a server profile needs the host, the database, a port,
the council CA file that the server's certificate must chain to, and a valid role prefix.
"""

from __future__ import annotations

from pathlib import Path

from desktop.server.errors import ServerError
from desktop.server.profile import ServerProfile, check_profile, read_profile, write_profile
from desktop.services.errors import ValidationError

__all__ = ["current", "use_server", "use_vault"]


def current(data_dir: Path) -> ServerProfile | None:
    """The office server this workstation uses, or None for its own vault."""
    return read_profile(data_dir)


def use_server(data_dir: Path, host: str, database: str, ca_file: str | Path, port: int = 5432,
               prefix: str = "cd") -> ServerProfile:
    """Use the office server from the next login on; refuses an incomplete profile."""
    ca = str(ca_file).strip()
    profile = ServerProfile(host.strip(), database.strip(),
                            str(Path(ca).expanduser().resolve()) if ca else "", port,
                            prefix.strip() or "cd")
    try:
        check_profile(profile)
    except ServerError as error:
        raise ValidationError("connection", error.message) from None
    write_profile(data_dir, profile)
    return profile


def use_vault(data_dir: Path) -> Path:
    """Use this workstation's own vault again (the server's profile is forgotten)."""
    return write_profile(data_dir, None)
