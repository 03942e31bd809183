"""The access policy: one place that answers "may this user do this?" (agency × role × level).

Roles, their actions and record scopes are data in the vault (seeded from `models.seed`); this
module only reads them. Every service calls `require` before acting, so hiding a widget is never
the only protection.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import Case, CaseAssignment, Referral, User, group_members
from desktop.models.seed import Action, Scope
from desktop.models.vocab import SECTION_LEVELS
from desktop.services.errors import NotFound, PermissionDenied, ReauthenticationRequired

REAUTH_WINDOW_SECONDS = 5 * 60


@dataclass(frozen=True)
class Principal:
    """Who is acting: a plain snapshot of the user, role and agency taken at login."""

    user_id: int
    username: str
    display_name: str
    agency_id: int
    agency_code: str
    agency_name: str
    role_code: str
    role_name: str
    scope: Scope
    level: int
    actions: frozenset[str]
    group_ids: frozenset[int] = field(default_factory=frozenset)

    def can(self, action: Action | str) -> bool:
        return str(action) in self.actions


def principal_of(user: User) -> Principal:
    return Principal(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        agency_id=user.agency_id,
        agency_code=user.agency.code,
        agency_name=user.agency.name,
        role_code=user.role.code,
        role_name=user.role.name,
        scope=Scope(user.role.scope),
        level=user.level,
        actions=frozenset(a.action for a in user.role.actions),
        group_ids=frozenset(g.id for g in user.groups),
    )


def load_principal(db: Session, user_id: int) -> Principal:
    user = db.get(User, user_id)
    if user is None or user.disabled:
        raise PermissionDenied("This account is disabled.")
    return principal_of(user)


def require(principal: Principal, action: Action) -> None:
    if not principal.can(action):
        raise PermissionDenied


def require_recent_authentication(authenticated_at: float, now: float | None = None) -> None:
    """U2: sensitive actions need the password entered within the last few minutes."""
    current = time.time() if now is None else now
    if current - authenticated_at > REAUTH_WINDOW_SECONDS:
        raise ReauthenticationRequired


def reaches_level(principal: Principal, level: int) -> bool:
    """The one level rule: a user of level n reads what is marked 1…n (notes, attachments,
    sections, released parts of a referral)."""
    return level <= principal.level


def within_level(principal: Principal, level: ColumnElement[int] | InstrumentedAttribute[int]
                 ) -> ColumnElement[bool]:
    """`reaches_level` as a WHERE clause on a level column."""
    return level <= principal.level


def can_read(principal: Principal, section: str) -> bool:
    """Level check for one section of a case (SECTION_LEVELS in models.vocab)."""
    return reaches_level(principal, SECTION_LEVELS.get(section, 3))


def can_change(principal: Principal, section: str) -> bool:
    """May this user change a section they may edit cases in? The same level as reading it:
    nobody changes what they cannot see. (The role's `case.edit` is required separately.)"""
    return can_read(principal, section)


def case_scope(principal: Principal) -> ColumnElement[bool]:
    """The WHERE clause of the cases this principal may reach; every case query uses it, so
    lists, counts and search results never show more than the user may open."""
    if not principal.can(Action.CASE_VIEW):
        return false()
    uid, agency = principal.user_id, principal.agency_id
    # IN-subqueries rather than EXISTS: SQLite can answer each term from an index (owner_id,
    # rowid, assignments' user_id) and union them, instead of probing every case.
    own = or_(Case.owner_id == uid, Case.id.in_(
        select(CaseAssignment.case_id).where(CaseAssignment.user_id == uid)))
    if principal.scope == Scope.OWN:
        return own
    if principal.scope == Scope.GROUP:
        mates = select(group_members.c.user_id).where(
            group_members.c.group_id.in_(sorted(principal.group_ids) or [-1]))
        return or_(own, Case.owner_id.in_(mates), Case.id.in_(
            select(CaseAssignment.case_id).where(CaseAssignment.user_id.in_(mates))))
    if principal.scope == Scope.AGENCY:
        return or_(own, Case.owning_agency_id == agency)
    if principal.scope == Scope.REFERRED:
        return Case.id.in_(select(Referral.case_id).where(
            Referral.recipient_agency_id == agency, Referral.status != "DRAFT"))
    if principal.scope == Scope.ALL:
        return true()
    return false()


def case_in_scope(db: Session, principal: Principal, case_id: int) -> Case:
    """The case if this principal's scope reaches it; NotFound otherwise (never "forbidden", so
    a probe learns nothing about cases outside the scope)."""
    case = db.scalars(select(Case).where(Case.id == case_id, case_scope(principal))).first()
    if case is None:
        raise NotFound
    return case
