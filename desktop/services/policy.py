"""The access policy: one place that answers "may this user do this?" (agency × role × level).

Roles, their actions and record scopes are data in the vault (seeded from `models.seed`); this
module only reads them. Every service calls `require` before acting, so hiding a widget is never
the only protection.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, CompoundSelect, Select, exists, false, or_, select, true, union
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased, joinedload
from sqlalchemy.orm.interfaces import ORMOption

from desktop.models import Case, CaseAssignment, Referral, User, group_members
from desktop.models.cases import LEVEL2_GROUP
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


@dataclass(frozen=True)
class ScopeTerms:
    """`case_scope` as data: the cases owned by or assigned to `users` or to the members of
    `groups`, the cases owned by agency `agency_id`, the cases referred (not as a draft) to agency
    `referred_to`; every case when `everything`; none when nothing is set. Counting uses the
    terms directly (services/cases/counts.py); `case_scope` is built from them."""

    everything: bool = False
    users: tuple[int, ...] = ()
    groups: tuple[int, ...] = ()
    agency_id: int | None = None
    referred_to: int | None = None


def scope_terms(principal: Principal) -> ScopeTerms:
    if not principal.can(Action.CASE_VIEW):
        return ScopeTerms()
    uid, agency = principal.user_id, principal.agency_id
    if principal.scope == Scope.OWN:
        return ScopeTerms(users=(uid,))
    if principal.scope == Scope.GROUP:
        return ScopeTerms(users=(uid,), groups=tuple(sorted(principal.group_ids)) or (-1,))
    if principal.scope == Scope.AGENCY:
        return ScopeTerms(users=(uid,), agency_id=agency)
    if principal.scope == Scope.REFERRED:
        return ScopeTerms(referred_to=agency)
    if principal.scope == Scope.ALL:
        return ScopeTerms(everything=True)
    return ScopeTerms()


def group_mates(groups: tuple[int, ...]) -> Select[int]:
    """The members of these groups, as a subquery."""
    return select(group_members.c.user_id).where(group_members.c.group_id.in_(groups))


def assigned_to(users: tuple[int, ...] | Select[int]) -> Select[int]:
    """The ids of the cases assigned to these users."""
    who = CaseAssignment.user_id
    return select(CaseAssignment.case_id).where(
        who == users[0] if isinstance(users, tuple) and len(users) == 1 else who.in_(users))


def referred_cases(agency_id: int) -> Select[int]:
    """The ids of the cases referred to this agency (drafts are not referrals yet)."""
    return select(Referral.case_id).where(Referral.recipient_agency_id == agency_id,
                                          Referral.status != "DRAFT")


def case_scope(principal: Principal) -> ColumnElement[bool]:
    """The WHERE clause of the cases this principal may reach; every case query uses it, so
    lists, counts and search results never show more than the user may open.

    Each case is tested where it stands: agency and owner from its row (or the list index), an
    assignment or a referral by a probe of that table's index for this case (EXISTS) — never a
    list of the user's cases built for every query (a case worker of a 1,000,000-case vault is
    assigned tens of thousands). A scope of few cases is better read from those cases' own
    indexes: `reachable_cases`."""
    terms = scope_terms(principal)
    if terms.everything:
        return true()
    reach: list[ColumnElement[bool]] = []
    if terms.agency_id is not None:
        reach.append(Case.owning_agency_id == terms.agency_id)
    reach += [Case.owner_id == uid for uid in terms.users]
    if terms.groups:
        reach.append(Case.owner_id.in_(group_mates(terms.groups)))
    # the probes read aliases, so that only `cases` correlates when the enclosing query itself
    # reads assignments or referrals (a referral list of the cases in scope)
    if terms.users or terms.groups:
        assignment = aliased(CaseAssignment)
        who = [assignment.user_id == uid for uid in terms.users]
        if terms.groups:
            who.append(assignment.user_id.in_(group_mates(terms.groups)))
        reach.append(exists().where(assignment.case_id == Case.id, or_(*who)))
    if terms.referred_to is not None:
        referral = aliased(Referral)
        reach.append(exists().where(referral.case_id == Case.id,
                                    referral.recipient_agency_id == terms.referred_to,
                                    referral.status != "DRAFT"))
    return or_(*reach) if reach else false()


def reachable_cases(principal: Principal) -> CompoundSelect[int] | None:
    """The ids of the cases of a scope that has no agency term (OWN, GROUP, REFERRED), each
    part from its own index — the same cases as `case_scope`; None for other scopes."""
    terms = scope_terms(principal)
    if terms.everything or terms.agency_id is not None:
        return None
    people: list[Select[int]] = []
    if terms.users:
        people += [select(Case.id).where(Case.owner_id.in_(terms.users)),
                   assigned_to(terms.users)]
    if terms.groups:
        mates = group_mates(terms.groups)
        people += [select(Case.id).where(Case.owner_id.in_(mates)), assigned_to(mates)]
    if terms.referred_to is not None:
        people.append(referred_cases(terms.referred_to))
    return union(*people) if people else None


def case_in_scope(db: Session, principal: Principal, case_id: int,
                  *options: ORMOption) -> Case:
    """The case if this principal's scope reaches it (loaded with `options`); NotFound otherwise
    (never "forbidden", so a probe learns nothing about cases outside the scope)."""
    case = db.scalars(select(Case).where(Case.id == case_id, case_scope(principal))
                      .options(*options)).first()
    if case is None:
        raise NotFound
    return case


def with_person(principal: Principal) -> tuple[ORMOption, ...]:
    """Options for loading cases with their person: the level-2 columns (contact, documents)
    come in the same statement for who may read them, and are left out otherwise (on the office
    server a level-1 role may not name them at all)."""
    if can_read(principal, "contact") and can_read(principal, "documents"):
        return (joinedload(Case.person).undefer_group(LEVEL2_GROUP),)
    return ()
