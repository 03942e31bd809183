"""The repeatable sections of a case: events, perpetrators, services, shelter, consent, justice,
repatriation and attachments. Each row belongs to one case; each section has a level
(`vocab.SECTION_LEVELS`) that decides who may read it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow, uuid_column


class _CaseRow:
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TraffickingEvent(_CaseRow, Base):
    """HTCDS historic events: recruitment, transit, exploitation — where and when."""

    __tablename__ = "trafficking_events"

    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Perpetrator(_CaseRow, Base):
    """Level 3: names and roles of suspected perpetrators."""

    __tablename__ = "perpetrators"

    name: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(16), default="UNKNOWN")
    nationality: Mapped[str] = mapped_column(String(2), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")  # codes, comma-joined
    relationship: Mapped[str] = mapped_column(String(20), default="UNKNOWN")
    at_large: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class ServiceDelivery(_CaseRow, Base):
    """A service delivered to the person (the annual report's means of assistance)."""

    __tablename__ = "services_delivered"

    service_type: Mapped[str] = mapped_column(String(32))
    provider: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ShelterPlacement(_CaseRow, Base):
    """Level 2: where the person is sheltered."""

    __tablename__ = "shelter_placements"

    shelter: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(20), default="")
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ConsentRecord(_CaseRow, Base):
    """What the person (or guardian) agreed to, which recipients it covers, and withdrawal."""

    __tablename__ = "consent_records"

    given_by: Mapped[str] = mapped_column(String(20), default="PERSON")
    given_on: Mapped[date] = mapped_column(Date)
    items: Mapped[str] = mapped_column(String(400), default="")  # consent item codes
    recipient_types: Mapped[str] = mapped_column(String(400), default="")  # organisation types
    # what may be released to those recipients (vocab.RELEASE_SECTIONS codes)
    data_items: Mapped[str] = mapped_column(String(400), default="", server_default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class LegalProceeding(_CaseRow, Base):
    __tablename__ = "legal_proceedings"

    stage: Mapped[str] = mapped_column(String(32))
    offence: Mapped[str] = mapped_column(String(32))
    opened_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    court: Mapped[str] = mapped_column(String(200), default="")
    sentence: Mapped[str] = mapped_column(String(200), default="")


class Repatriation(_CaseRow, Base):
    __tablename__ = "repatriations"

    destination_country: Mapped[str] = mapped_column(String(2))
    repatriated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    carried_out_by: Mapped[str] = mapped_column(String(32), default="OTHER")
    receiving_organisation: Mapped[str] = mapped_column(String(200), default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class Attachment(_CaseRow, Base):
    """Metadata of a file stored inside the vault; the bytes live in `attachment_blobs`."""

    __tablename__ = "attachments"

    filename: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    level: Mapped[int] = mapped_column(Integer, default=2)


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
