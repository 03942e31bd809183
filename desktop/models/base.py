"""Declarative base shared by every model; portable types only (no SQLite-specific columns)."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Dialect, LargeBinary, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

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
    """A record's global id: the same case, note or interview has it in every vault (bundles).

    Time-ordered (the layout of UUID version 7: 48 bits of Unix milliseconds, then 74 random
    bits), so that the unique index grows at its end like the row ids do: random version-4 ids
    would land all over the B-tree and slow a bulk load of 100,000 cases by a quarter. The time
    it shows is the record's creation, which the record holds anyway (inside the vault)."""
    millis = time.time_ns() // 1_000_000
    random = int.from_bytes(os.urandom(10), "big")
    value = (millis & (2**48 - 1)) << 80 | 0x7 << 76 | (random >> 68) << 64 | 0b10 << 62 | (
        random & (2**62 - 1))
    return str(uuid.UUID(int=value))


class GlobalId(TypeDecorator[str]):
    """A uuid as the code sees it (text, "0190…-…") and as the database keeps it: 16 bytes, so
    that its unique index stays small (a third of the text's), which bulk loads feel."""

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else uuid.UUID(str(value)).bytes

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(uuid.UUID(bytes=bytes(value)))


def uuid_column() -> Mapped[str]:
    """The `uuid` column of a record that travels between vaults (migration 0012)."""
    return mapped_column(GlobalId(), unique=True, index=True, default=new_uuid)
