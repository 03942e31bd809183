"""Writes the seed data of `models.seed` into a new vault (idempotent)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, Role, RoleAction, UserGroup
from desktop.models.seed import AGENCIES, GROUPS, ROLES


def seed(db: Session) -> None:
    agencies = set(db.scalars(select(Agency.code)))
    for a in AGENCIES:
        if a.code not in agencies:
            db.add(Agency(code=a.code, name=a.name, kind=a.kind,
                               council_member=a.council_member, active=True))
    roles = set(db.scalars(select(Role.code)))
    for r in ROLES:
        if r.code not in roles:
            role = Role(code=r.code, name=r.name, scope=str(r.scope), builtin=True)
            role.actions = [RoleAction(action=str(a)) for a in sorted(r.actions)]
            db.add(role)
    groups = set(db.scalars(select(UserGroup.code)))
    for code, name in GROUPS:
        if code not in groups:
            db.add(UserGroup(code=code, name=name))
    db.flush()
