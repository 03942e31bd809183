"""The referral lists' order of urgency, in Python and as SQL.

Outgoing (the sender's list and Home): overdue first, then flagged (consent changed after
sending), then by status, then by due time, newest first among equals. The order is read as a
sequence of parts — (overdue, flagged, status) — each in due order from an index
(`ix_referrals_status_due`, or `ix_referrals_flagged` for the flagged), so a capped list stops
reading when it is full. Incoming (a partner's list): overdue first, then awaiting an answer,
then by due time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, literal_column, or_, true

from desktop.models import Referral, vocab


def is_overdue(referral: Referral, now: datetime) -> bool:
    return (referral.status in vocab.REFERRAL_AWAITING and referral.due_at is not None
            and referral.due_at < now)


def outgoing_parts() -> Iterator[tuple[bool, bool, str]]:
    """(overdue, flagged, status) in the outgoing list's order: only an awaiting referral can be
    overdue."""
    for overdue, flagged in ((True, True), (True, False), (False, True), (False, False)):
        for code in vocab.REFERRAL_STATUS:
            if code in vocab.REFERRAL_AWAITING or not overdue:
                yield overdue, flagged, code


def part_terms(overdue: bool, flagged: bool, code: str, now: datetime
               ) -> tuple[ColumnElement[bool], ...]:
    """The WHERE terms of one part of the outgoing list (see `outgoing_parts`)."""
    # The empty string is written into the SQL: SQLite uses the partial index
    # `ix_referrals_flagged` only for a term that repeats its WHERE clause, not for a parameter.
    empty: ColumnElement[str] = literal_column("''")
    flag = (Referral.consent_flag != empty) if flagged else (Referral.consent_flag == empty)
    if overdue:
        due: ColumnElement[bool] = Referral.due_at < now
    elif code in vocab.REFERRAL_AWAITING:
        due = or_(Referral.due_at.is_(None), Referral.due_at >= now)
    else:
        due = true()
    return Referral.status == code, flag, due


def within_part() -> tuple[ColumnElement[Any], ...]:
    """The order inside a part, and the last keys of every list: due time, then newest."""
    return Referral.due_at.asc().nulls_last(), Referral.id.desc()


def incoming_order(now: datetime) -> tuple[ColumnElement[Any], ...]:
    """ORDER BY keys of the incoming list."""
    overdue = and_(Referral.status.in_(vocab.REFERRAL_AWAITING), Referral.due_at.is_not(None),
                   Referral.due_at < now)
    return (case((overdue, 0), else_=1),
            case((Referral.status.in_(vocab.REFERRAL_AWAITING), 0), else_=1), *within_part())
