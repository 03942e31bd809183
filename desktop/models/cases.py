"""Case records: the person, the case, its identification history and its coded lists.

Portable column types only; SQLite's FTS5 search index lives behind the search service.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow, uuid_column

FLAGGED_REFERRAL = text("consent_flag != ''")
#: The person's level-2 columns (SECTION_LEVELS "contact" and "documents"), loaded only when read:
#: on the office server a level-1 role may not select them at all (server/policies.py), so no
#: statement of a level-1 user names them. `policy.person_level2` undefers them for who may.
LEVEL2_GROUP = "level2"
PENDING_CLOSURE = text("closure_requested_by IS NOT NULL AND closure_approved_by IS NULL "
                       "AND closed_at IS NULL")


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(120))
    family_names: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[str] = mapped_column(String(16), default="UNKNOWN")
    gender_identity: Mapped[str] = mapped_column(String(32), default="NOT_SPECIFIED")
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    estimated_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_estimated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    age_disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    citizenships: Mapped[str] = mapped_column(String(64), default="")  # ISO alpha-2, comma-joined
    languages: Mapped[str] = mapped_column(String(64), default="")  # ISO 639-3, comma-joined
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    unaccompanied: Mapped[str] = mapped_column(String(20), default="NO")
    contact: Mapped[str] = mapped_column(String(500), default="", deferred=True,
                                         deferred_group=LEVEL2_GROUP)
    documents: Mapped[str] = mapped_column(String(500), default="", deferred=True,
                                           deferred_group=LEVEL2_GROUP)

    aliases: Mapped[list[PersonAlias]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PersonAlias.id")

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_names}".strip()


class PersonAlias(Base):
    __tablename__ = "person_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_agency_status", "owning_agency_id", "status"),
        # a list page from the index alone: the order, the scope and every counted filter
        Index("ix_cases_recent_scope", "updated_at", "id", "owning_agency_id", "owner_id",
              "status", "identification_status", "district", "created_at"),
        # the list filtered by district and status, in its order (migration 0014)
        Index("ix_cases_district_status_recent", "district", "status", "updated_at", "id",
              "owning_agency_id", "owner_id"),
        # Home's closures waiting for approval: only the open requests (migration 0015)
        Index("ix_cases_closure_pending", "updated_at", "id",
              sqlite_where=PENDING_CLOSURE, postgresql_where=PENDING_CLOSURE),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="SCREENING")
    identification_status: Mapped[str] = mapped_column(String(20), default="POSSIBLE")
    identification_context: Mapped[str] = mapped_column(String(32), default="OTHER")
    identified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    district: Mapped[str] = mapped_column(String(20), default="")
    owning_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closure_requested_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closure_requested_status: Mapped[str] = mapped_column(String(20), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closure_approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship(lazy="joined")
    __mapper_args__ = {"version_id_col": version}


class CaseCount(Base):
    """How many cases share one combination of owning agency, owner, status, identification
    status, district and year opened. The database keeps it in the transaction of every insert,
    update and delete of a case (SQLite triggers, migration 0013), whichever code writes; a count
    in scope is a sum over these few thousand rows instead of a scan of every case."""

    __tablename__ = "case_counts"
    __table_args__ = (Index("ix_case_counts_owner", "owner_id"), {"sqlite_with_rowid": False})

    owning_agency_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    identification_status: Mapped[str] = mapped_column(String(20), primary_key=True)
    district: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)


class CaseReachCount(Base):
    """The same counts for the cases a scope reaches other than by agency and owner: `kind` "A"
    counts the cases assigned to user `subject_id`, "R" the cases referred (not as a draft) to
    agency `subject_id`, each case once. Kept by triggers on assignments, referrals and cases
    (migration 0013)."""

    __tablename__ = "case_reach_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    subject_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owning_agency_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    identification_status: Mapped[str] = mapped_column(String(20), primary_key=True)
    district: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)


class CaseAssignment(Base):
    __tablename__ = "case_assignments"
    __table_args__ = (  # a user's cases from the index alone (the scope's IN-subquery)
        Index("ix_case_assignments_user_case", "user_id", "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class IdentificationDecision(Base):
    """The dated history of a case's trafficking status and the organisation that decided it."""

    __tablename__ = "identification_history"
    __table_args__ = (  # covering index for the annual statistics' "first decision" probes
        Index("ix_identification_history_facts", "case_id", "status", "decided_by_type",
              "decided_on"),
        Index("ix_identification_history_period", "decided_on", "status", "decided_by_type",
              "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by_type: Mapped[str] = mapped_column(String(32))
    decided_by_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"),
                                                             nullable=True)
    recorded_by: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CaseCode(Base):
    """Multi-valued coded lists of a case (exploitation types, sectors, means of control…)."""

    __tablename__ = "case_codes"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)


class Referral(Base):
    """A referral of a case to an organisation of the directory: what is asked, what is released,
    the consent relied on (or the supervisor's override), and its tracking. The REFERRED access
    scope reads `recipient_agency_id` and `status`."""

    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_status_due", "status", "due_at"),
                      # the REFERRED scope's IN-subquery from the index alone
                      Index("ix_referrals_recipient_scope", "recipient_agency_id", "status",
                            "case_id"),
                      # the flagged ones (consent changed after sending), read first (0016)
                      Index("ix_referrals_flagged", "status", "due_at",
                            sqlite_where=FLAGGED_REFERRAL, postgresql_where=FLAGGED_REFERRAL))

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recipient_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    status: Mapped[str] = mapped_column(String(20), default="DRAFT")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    recipient_type: Mapped[str] = mapped_column(String(32), default="", server_default="")
    reason: Mapped[str] = mapped_column(String(32), default="ADDITIONAL_SERVICES",
                                        server_default="ADDITIONAL_SERVICES")
    reason_note: Mapped[str] = mapped_column(String(500), default="", server_default="")
    priority: Mapped[str] = mapped_column(String(16), default="NORMAL", server_default="NORMAL")
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    services: Mapped[str] = mapped_column(String(400), default="", server_default="")
    safety_risk: Mapped[str] = mapped_column(String(8), default="NONE", server_default="NONE")
    health_urgency: Mapped[str] = mapped_column(String(12), default="NONE", server_default="NONE")
    trafficker_at_large: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    interview_reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    cover_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent_records.id", ondelete="SET NULL"), nullable=True, index=True)
    sections: Mapped[str] = mapped_column(String(400), default="", server_default="")
    restricted_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    override_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    override_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    consent_flag: Mapped[str] = mapped_column(String(32), default="", server_default="")
    consent_flagged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(32), default="", server_default="")
    copies_issued: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ReferralStatusChange(Base):
    """The dated tracking of a referral: each status it reached, when, by whom."""

    __tablename__ = "referral_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(500), default="")


class CaseNote(Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    level: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text)


OPEN_TASK = text("done_at IS NULL")
UNASSIGNED_OPEN_TASK = text("done_at IS NULL AND assigned_to IS NULL")


class CaseTask(Base):
    __tablename__ = "case_tasks"
    __table_args__ = (  # Home's "my tasks" and the overdue filter walk only the open tasks
        Index("ix_case_tasks_open_assignee", "assigned_to", "due_on",
              sqlite_where=OPEN_TASK, postgresql_where=OPEN_TASK),
        Index("ix_case_tasks_open_creator", "created_by", "due_on",
              sqlite_where=UNASSIGNED_OPEN_TASK, postgresql_where=UNASSIGNED_OPEN_TASK),
        Index("ix_case_tasks_open_due", "due_on", "case_id",
              sqlite_where=OPEN_TASK, postgresql_where=OPEN_TASK),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    assigned_to: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ChangeRecord(Base):
    """Field-level change history: who changed which field of which section, from what to what."""

    __tablename__ = "case_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the case's, after it
