"""The prevention register: trainings given to front-line audiences and awareness campaigns.

These are council activities, not case records: no person is named, so the M&E officer keeps them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class Training(Base):
    """A training session: when, where, who organised it, for which audience, participants by sex."""

    __tablename__ = "prevention_trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    district: Mapped[str] = mapped_column(String(20), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    organiser_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    audience: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200), default="")
    participants_female: Mapped[int] = mapped_column(Integer, default=0)
    participants_male: Mapped[int] = mapped_column(Integer, default=0)
    participants_unknown: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Campaign(Base):
    """An awareness campaign: dates, channel, language and estimated reach."""

    __tablename__ = "prevention_campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_on: Mapped[date] = mapped_column(Date, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200), default="")
    district: Mapped[str] = mapped_column(String(20), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    organiser_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    reach: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
