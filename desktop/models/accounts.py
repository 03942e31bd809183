"""Agencies, roles with their actions and record scope, users and user groups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

group_members = Table(
    "user_group_members",
    Base.metadata,
    Column("group_id", ForeignKey("user_groups.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)


class Agency(Base):
    """An organisation of the council's directory; users belong to one, cases are owned by one."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    council_member: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Role(Base):
    """A role grants actions (rows of RoleAction) and a record scope; both are data, not code."""

    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(20))
    builtin: Mapped[bool] = mapped_column(Boolean, default=True)
    actions: Mapped[list[RoleAction]] = relationship(
        back_populates="role", cascade="all, delete-orphan", lazy="selectin"
    )


class RoleAction(Base):
    __tablename__ = "role_actions"

    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True)
    action: Mapped[str] = mapped_column(String(60), primary_key=True)
    role: Mapped[Role] = relationship(back_populates="actions")


class UserGroup(Base):
    """A team or council committee; the GROUP record scope reaches cases of fellow members."""

    __tablename__ = "user_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    members: Mapped[list[User]] = relationship(secondary=group_members, back_populates="groups")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 3", name="level_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id"))
    level: Mapped[int] = mapped_column(Integer, default=1)
    slot_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    agency: Mapped[Agency] = relationship(lazy="joined")
    role: Mapped[Role] = relationship(lazy="joined")
    groups: Mapped[list[UserGroup]] = relationship(
        secondary=group_members, back_populates="members", lazy="selectin"
    )
