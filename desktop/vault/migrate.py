"""Alembic migrations applied on unlock, on the vault's own keyed connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"


def _config(connection: Any = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations are packaged")
    return head


def current_revision(connection: Any) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_pending(connection: Any) -> bool:
    return current_revision(connection) != head_revision()


def upgrade(connection: Any) -> None:
    """Bring the schema to the newest revision; `connection` is a SQLAlchemy Connection."""
    command.upgrade(_config(connection), "head")


def known_revisions() -> set[str]:
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
