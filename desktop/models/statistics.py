"""The annual statistics computed once per year and kept until a write could change them.

A row holds one year's counted cells (no margins, no suppression) for one scope (filters and age
groups), as JSON, with the fingerprint of the SQL and schema that produced it. Triggers created by
migration 0011 delete the affected years' rows in the same transaction as any change to the
cases, their sections or the prevention register (docs/ARCHITECTURE.md, "Statistics cache").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class StatisticsCache(Base):
    __tablename__ = "statistics_cache"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(120), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    counts: Mapped[str] = mapped_column(Text)
    computed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
