"""The append-only, HMAC-chained audit trail (A1) and the vault's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class AuditEntry(Base):
    """One audited event. Database triggers refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(40))
    record_type: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    mac: Mapped[str] = mapped_column(String(64))


class AuditEpoch(Base):
    """A period of the chain under one database key; older audit keys stay verifiable after a
    rotation because each is sealed under its successor's audit key."""

    __tablename__ = "audit_epochs"

    epoch: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    previous_key_nonce: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    previous_key_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Setting(Base):
    """Vault-wide settings (JSON values); nothing about a case lives in QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
