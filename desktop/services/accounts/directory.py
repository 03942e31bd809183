"""The organisations directory, roles with their permissions, and user groups (read for screens)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import Agency, Role, UserGroup
from desktop.models.seed import Action, Scope
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.errors import NotFound, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

ORGANISATION_KINDS = (
    "NON_POLICE_GOVERNMENT", "POLICE", "COURT_OR_PROSECUTION", "NGO", "OTHER",
)


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    code: str
    name: str
    kind: str
    council_member: bool
    active: bool


@dataclass(frozen=True)
class RoleInfo:
    code: str
    name: str
    scope: Scope
    actions: frozenset[str]


@dataclass(frozen=True)
class GroupInfo:
    code: str
    name: str


def _clean(field: str, value: str, limit: int) -> str:
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise ValidationError(field, "This field is required.")
    if len(text) > limit:
        raise ValidationError(field, f"At most {limit} characters.")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        raise ValidationError(field, "Control characters are not allowed.")
    return text


class DirectoryService:
    """Everyone logged in may read the directory; changing it needs agencies.manage."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def agencies(self, user: UserSession, include_inactive: bool = True) -> list[AgencyInfo]:
        with self.store.session() as db:
            query = select(Agency).order_by(Agency.council_member.desc(), Agency.name)
            if not include_inactive:
                query = query.where(Agency.active.is_(True))
            return [AgencyInfo(a.id, a.code, a.name, a.kind, a.council_member, a.active)
                    for a in db.scalars(query)]

    def roles(self, user: UserSession) -> list[RoleInfo]:
        with self.store.session() as db:
            return [RoleInfo(r.code, r.name, Scope(r.scope), frozenset(a.action for a in r.actions))
                    for r in db.scalars(select(Role).order_by(Role.id))]

    def groups(self, user: UserSession) -> list[GroupInfo]:
        with self.store.session() as db:
            return [GroupInfo(g.code, g.name) for g in db.scalars(select(UserGroup).order_by(
                UserGroup.name))]

    def save_agency(
        self, user: UserSession, code: str, name: str, kind: str, council_member: bool,
        active: bool = True,
    ) -> AgencyInfo:
        """Add an organisation, or update the one with this code."""
        policy.require(user.principal, Action.AGENCIES_MANAGE)
        clean_code = _clean("code", code, 32).upper()
        if not all(c.isalnum() or c in "-_" for c in clean_code):
            raise ValidationError("code", "Use letters, digits, dash or underscore.")
        clean_name = _clean("name", name, 200)
        if kind not in ORGANISATION_KINDS:
            raise ValidationError("kind", "Choose an organisation type from the list.")
        with self.store.session() as db, db.begin():
            agency = db.scalars(select(Agency).where(Agency.code == clean_code)).one_or_none()
            verb = AuditAction.UPDATE if agency else AuditAction.CREATE
            if agency is None:
                agency = Agency(code=clean_code)
                db.add(agency)
            agency.name, agency.kind = clean_name, kind
            agency.council_member, agency.active = council_member, active
            db.flush()
            audit.append(db, self.store, user.principal, verb, "agency", agency.id,
                         f"code={clean_code}; active={active}")
            return AgencyInfo(agency.id, agency.code, agency.name, agency.kind,
                              agency.council_member, agency.active)

    def agency(self, user: UserSession, code: str) -> AgencyInfo:
        for info in self.agencies(user):
            if info.code == code.upper():
                return info
        raise NotFound("No organisation has that code.")
