"""Alembic migrations applied on unlock, on the vault's own keyed connection.

Alembic itself is loaded only when a schema is upgraded or its history walked: an unlock that
finds the schema current reads the revision with one SELECT and the head from the revision files
(about 13 MB and 0.1 s less at every start; `tests/vault/test_migrate_head.py` holds the two
readings equal).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"
_REVISION = re.compile(r'^revision\s*=\s*"([^"]+)"', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:None|"([^"]+)")', re.M)


def _config(connection: Any = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest revision: the one no other revision file names as its `down_revision`."""
    revisions, downs = set(), set()
    for script in (MIGRATIONS / "versions").glob("[0-9]*.py"):
        source = script.read_text("utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found:
            revisions.add(found.group(1))
        if down and down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    if not heads:
        raise RuntimeError("no migrations are packaged")
    if len(heads) > 1:
        raise RuntimeError("the packaged migrations have several heads")
    return heads.pop()


def current_revision(connection: Any) -> str | None:
    """The schema's revision on a SQLAlchemy Connection (None for an empty database)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def is_pending(connection: Any) -> bool:
    return current_revision(connection) != head_revision()


def upgrade(connection: Any) -> None:
    """Bring the schema to the newest revision; `connection` is a SQLAlchemy Connection."""
    from alembic import command

    command.upgrade(_config(connection), "head")


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision_raw(connection: Any) -> str | None:
    """The schema revision read through a plain DB-API connection."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None
