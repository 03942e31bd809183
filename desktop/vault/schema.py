"""The schema a vault must have (A1, D2): every table, index, trigger and view, compared with what
the migrations create.

The reference is built, once per process, by running the packaged migrations on an in-memory
database with the same SQLite; the live `sqlite_master` must hold the same objects with the same
SQL (whitespace aside). So a dropped or rewritten append-only trigger, a dropped index or an added
trigger is a named failure, whoever did it: SQLite keeps no other record of the schema, and a
holder of the database key could change any copy kept inside the database itself.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from . import engine as sqlc
from . import migrate

#: Made by `Vault.create` before the migrations run: the database's tie to its key file.
IDENTITY_DDL = (
    "CREATE TABLE vault_identity (vault_id TEXT NOT NULL)",
    "CREATE TRIGGER vault_identity_fixed BEFORE UPDATE ON vault_identity "
    "BEGIN SELECT RAISE(ABORT, 'the vault identity is fixed'); END",
)
#: Written by ANALYZE and PRAGMA optimize as the data grows: statistics, not schema.
STATISTICS = ("sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")


@dataclass(frozen=True)
class SchemaObject:
    type: str  # table, index, trigger, view
    name: str
    table: str
    sql: str  # whitespace-normalised; "" for SQLite's automatic indexes


@dataclass(frozen=True)
class SchemaProblem:
    kind: str  # missing, altered, unexpected
    object: SchemaObject

    def __str__(self) -> str:
        what = f"{self.object.type} {self.object.name}"
        if self.kind == "missing":
            return f"{what} is missing"
        if self.kind == "altered":
            return f"{what} differs from what the migrations create"
        return f"unexpected {what} on {self.object.table}"


_CONSTRAINTS = ("CONSTRAINT ", "PRIMARY KEY", "FOREIGN KEY", "UNIQUE", "CHECK")


def _top_level_items(body: str) -> list[str]:
    """Split a column list at the commas outside parentheses and quotes."""
    items, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(body):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:index].strip())
            start = index + 1
    items.append(body[start:].strip())
    return items


def canonical_sql(kind: str, sql: str | None) -> str:
    """Whitespace-normalised SQL; a table's table constraints sorted. Alembic's batch mode (a
    table rebuilt by a migration) writes them in set order, which differs from run to run."""
    text = " ".join(str(sql or "").split())
    if kind != "table" or not text.endswith(")") or "(" not in text:
        return text
    head, body = text[: text.index("(")], text[text.index("(") + 1 : -1]
    items = _top_level_items(body)
    columns = [i for i in items if not i.upper().startswith(_CONSTRAINTS)]
    constraints = sorted(i for i in items if i.upper().startswith(_CONSTRAINTS))
    return f"{head}({', '.join(columns + constraints)})"


def objects_of(connection: Any) -> dict[str, SchemaObject]:
    """The schema objects of a DB-API connection, by name (unique in `sqlite_master`)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        str(name): SchemaObject(str(kind), str(name), str(table), canonical_sql(str(kind), sql))
        for kind, name, table, sql in rows if name not in STATISTICS
    }


@functools.lru_cache(maxsize=1)
def expected() -> dict[str, SchemaObject]:
    """What `Vault.create` and the migrations make (about a second, once per process)."""
    connection = sqlc.dbapi.connect(":memory:", check_same_thread=False, isolation_level=None)
    try:
        sqlc.silence_cipher_log(connection)
        for statement in IDENTITY_DDL:
            connection.execute(statement)
        engine = create_engine("sqlite://", module=sqlc.dbapi, creator=lambda: connection,
                               poolclass=StaticPool)
        with engine.begin() as conn:
            migrate.upgrade(conn)
        return objects_of(connection)
    finally:
        connection.close()


def compare(connection: Any) -> list[SchemaProblem]:
    """Missing, altered and unexpected objects of a live vault; [] when it is as built."""
    want, have = expected(), objects_of(connection)
    problems = [SchemaProblem("missing", obj) for name, obj in want.items() if name not in have]
    problems += [SchemaProblem("altered", have[name]) for name, obj in want.items()
                 if name in have and (have[name].type, have[name].table, have[name].sql)
                 != (obj.type, obj.table, obj.sql)]
    problems += [SchemaProblem("unexpected", obj) for name, obj in have.items() if name not in want]
    order = {"trigger": 0, "table": 1, "index": 2, "view": 3}
    return sorted(problems, key=lambda p: (order.get(p.object.type, 4), p.object.name))


def triggers() -> list[str]:
    """The names of the triggers the schema must have (append-only and locked records)."""
    return sorted(o.name for o in expected().values() if o.type == "trigger")
