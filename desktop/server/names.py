"""PostgreSQL role names of one CaseDesk installation.

Every name carries the installation's prefix, so that several CaseDesk databases may share a
cluster: `<prefix>$owner` owns the schema and runs the SECURITY DEFINER functions (NOLOGIN),
`<prefix>$user` holds the table privileges every CaseDesk user inherits (NOLOGIN),
`<prefix>$statistics` may run the statistics function (NOLOGIN; its members are kept to the users
whose role holds `statistics.view`), `<prefix>$level2` reads and writes the person's level-2
columns (NOLOGIN; its members are kept to the enabled users of level 2 or more), `<prefix>$gate`
opens login attempts (server/gate_sql.py), and each user logs in as `<prefix>_<username>`.
Usernames never contain `$`, so no user collides with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = re.compile(r"^[a-z][a-z0-9]{0,9}$")
MAX_IDENTIFIER = 63  # PostgreSQL's NAMEDATALEN - 1


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class ServerNames:
    prefix: str = "cd"

    def __post_init__(self) -> None:
        if not PREFIX.match(self.prefix):
            raise ValueError("a role prefix is 1-10 lower-case letters or digits")

    @property
    def owner(self) -> str:
        return f"{self.prefix}$owner"

    @property
    def member(self) -> str:
        return f"{self.prefix}$user"

    @property
    def statistics_readers(self) -> str:
        return f"{self.prefix}$statistics"

    @property
    def level2_readers(self) -> str:
        """Who may read (and write) the person's level-2 columns (server/policies.py)."""
        return f"{self.prefix}$level2"

    @property
    def gate(self) -> str:
        """The login gate's role (server/gate_sql.py): it may only open a login attempt."""
        return f"{self.prefix}$gate"

    @property
    def max_username(self) -> int:
        return MAX_IDENTIFIER - len(self.prefix) - 1

    def login_role(self, username: str) -> str:
        return f"{self.prefix}_{username}"
