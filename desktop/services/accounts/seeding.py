"""Writes the seed data of `models.seed` into a new vault (idempotent)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, Role, RoleAction, UserGroup
from desktop.models.seed import AGENCIES, GROUPS, ROLES


def seed(session: Session) -> None:
    agencies = set(session.scalars(select(Agency.code)))
    for a in AGENCIES:
        if a.code not in agencies:
            session.add(Agency(code=a.code, name=a.name, kind=a.kind,
                               council_member=a.council_member, active=True))
    roles = set(session.scalars(select(Role.code)))
    for r in ROLES:
        if r.code not in roles:
            role = Role(code=r.code, name=r.name, scope=str(r.scope), builtin=True)
            role.actions = [RoleAction(action=str(a)) for a in sorted(r.actions)]
            session.add(role)
    groups = set(session.scalars(select(UserGroup.code)))
    for code, name in GROUPS:
        if code not in groups:
            session.add(UserGroup(code=code, name=name))
    session.flush()
