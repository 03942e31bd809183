"""What waits for a user on Home: closures and interview records for them to approve, and their
own interviews still in draft or returned to them.

Every list is within the user's case scope and level, like any case query, and leaves out what the
user may not act on: a closure they asked for themselves, an interview they conducted or submitted
(another supervisor approves those, as `CaseService.approve_closure` and
`InterviewService.approve` insist).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.models import Case, FormDefinition, Interview, User
from desktop.models.seed import Action
from desktop.services import policy
from desktop.services.user import UserSession
from desktop.storage.store import Store

OWN_OPEN = ("DRAFT", "RETURNED")


@dataclass(frozen=True)
class WaitingItem:
    """One line of a Home list: a closure or an interview record, with its case."""

    kind: str  # "closure" or "interview"
    case_id: int
    reference: str
    detail: str  # the closure's requested status code, or the interview's form title
    state: str  # the interview's state ("" for a closure)
    who: str  # who asked for the closure or conducted the interview (display name)
    at: datetime
    interview_id: int | None = None


class WorkQueue:
    def __init__(self, store: Store) -> None:
        self.store = store

    def awaiting_me(self, user: UserSession, limit: int = 5) -> list[WaitingItem]:
        """Closures requested by others and interview records submitted by others, oldest
        first (they have waited longest)."""
        p = user.principal
        items: list[WaitingItem] = []
        with self.store.session() as db:
            names = _names(db)
            if p.can(Action.CASE_APPROVE_CLOSURE):
                closures = db.scalars(
                    select(Case).where(policy.case_scope(p), Case.closure_requested_by.is_not(None),
                                       Case.closure_requested_by != p.user_id,
                                       Case.closure_approved_by.is_(None), Case.closed_at.is_(None))
                    .order_by(Case.updated_at, Case.id).limit(limit))
                items += [WaitingItem("closure", c.id, c.reference, c.closure_requested_status, "",
                                      names.get(c.closure_requested_by or 0, ""), c.updated_at)
                          for c in closures]
            if p.can(Action.INTERVIEW_APPROVE) and policy.can_read(p, "interviews"):
                items += self._interviews(db, p, names, limit, False, Interview.state == "SUBMITTED",
                                          Interview.created_by != p.user_id,
                                          (Interview.submitted_by.is_(None))
                                          | (Interview.submitted_by != p.user_id))
        return sorted(items, key=lambda i: i.at)[:limit]

    def my_interviews(self, user: UserSession, limit: int = 5) -> list[WaitingItem]:
        """The user's own interviews in draft or returned for changes, most recent first."""
        p = user.principal
        if not (p.can(Action.INTERVIEW_CONDUCT) and policy.can_read(p, "interviews")):
            return []
        with self.store.session() as db:
            return self._interviews(db, p, _names(db), limit, True, Interview.state.in_(OWN_OPEN),
                                    Interview.created_by == p.user_id)

    @staticmethod
    def _interviews(db: Session, p: policy.Principal, names: dict[int, str], limit: int,
                    newest: bool, *terms: ColumnElement[bool]) -> list[WaitingItem]:
        order = (Interview.updated_at.desc(), Interview.id.desc()) if newest else (
            Interview.updated_at, Interview.id)
        found = db.execute(
            select(Interview, Case.reference, FormDefinition.title)
            .join(Case, Case.id == Interview.case_id)
            .join(FormDefinition, FormDefinition.id == Interview.form_definition_id)
            .where(policy.case_scope(p), *terms).order_by(*order).limit(limit))
        return [WaitingItem("interview", i.case_id, reference, title, i.state,
                            names.get(i.created_by, ""), i.updated_at, i.id)
                for i, reference, title in found]


def _names(db: Session) -> dict[int, str]:
    return {user_id: name for user_id, name in db.execute(select(User.id, User.display_name))}
