"""Declarative base shared by every model; portable types only (no SQLite-specific columns)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    """A record's global id: the same case, note or interview has it in every vault (bundles)."""
    return str(uuid.uuid4())


def uuid_column() -> Mapped[str]:
    """The `uuid` column of a record that travels between vaults (migration 0009)."""
    return mapped_column(String(36), unique=True, index=True, default=new_uuid)
