"""Concurrent edits of one case: which version each field change produced, and what a stale
save is told.

Two offices editing the same case on the server (or two windows on one vault) both start from a
version; the second save finds the case moved on and is refused (`CaseService.update`'s
optimistic check), its edits left in the form. `EditConflict` then names what the other saves
changed since that version — field, section, who and when — from the field history, with the
values left out (the message may be shown above a section the reader cannot see).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desktop.models import Case, ChangeRecord, User
from desktop.server import history
from desktop.services import policy
from desktop.services.errors import ValidationError

MAX_LISTED = 20


@dataclass(frozen=True)
class ConcurrentChange:
    section: str
    field: str
    username: str
    at: datetime


class EditConflict(ValidationError):
    """A save refused because the case changed since the version the editor started from."""

    default_message = "Someone else changed this case meanwhile; reopen it to see their changes."

    def __init__(self, changes: tuple[ConcurrentChange, ...], current_version: int) -> None:
        super().__init__("version", self.default_message)
        self.changes = changes
        self.current_version = current_version

    @property
    def summary(self) -> str:
        """'district, family_names (by ana.lopez at 10:42)' — fields and authors, no values."""
        by: dict[tuple[str, str], list[str]] = {}
        for c in self.changes:
            by.setdefault((c.username, f"{c.at:%H:%M}"), []).append(c.field)
        return "; ".join(f"{', '.join(dict.fromkeys(fields))} (by {who} at {at})"
                         for (who, at), fields in by.items())


def conflict(db: Session, p: policy.Principal, case: Case, expected_version: int) -> EditConflict:
    changes = history.changes(db.get_bind().dialect.name, case.id)  # all fields, no values
    rows = db.execute(
        select(changes.c.section, changes.c.field, changes.c.at, User.username)
        .join(User, User.id == changes.c.user_id, isouter=True)
        .where(changes.c.case_id == case.id, changes.c.version > expected_version)
        .order_by(changes.c.id).limit(MAX_LISTED))
    return EditConflict(tuple(ConcurrentChange(r.section, r.field, r.username or "", r.at)
                              for r in rows), case.version)


def hold(db: Session, case: Case) -> Case:
    """Take the case row for this transaction before checking and changing it: writers on the
    office server then wait for each other here, so a version check and the versioned UPDATE
    see the same row (on a vault, BEGIN IMMEDIATE already serialises writers and this is one
    more read of a cached row)."""
    db.execute(select(Case.id).where(Case.id == case.id).with_for_update())
    db.refresh(case)
    return case


@event.listens_for(Session, "before_flush")
def _stamp_versions(db: Session, context: Any, instances: Any) -> None:
    """Each new field change records the case version its save produces: the case's version, one
    more when the case row itself is written in this flush (its version counter moves then)."""
    for obj in db.new:
        if not isinstance(obj, ChangeRecord) or obj.version is not None:
            continue
        case = db.identity_map.get(db.identity_key(Case, obj.case_id))
        if isinstance(case, Case):
            obj.version = case.version + (1 if db.is_modified(case) else 0)
