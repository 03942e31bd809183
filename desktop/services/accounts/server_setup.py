"""The office server's first administrator, and the server administrator's reset of an account.

`casedesk server init` prepares the database (`desktop.server.install`), then calls this with the
server administrator's maintenance store; the account's role is created in the same transaction
as its row and audit entries. `casedesk server reset-user` is the way back in when every CaseDesk
administrator is locked out (U4) or has lost their password: the server's counterpart of
`casedesk recover`.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Agency, Role, User, UserGroup
from desktop.models.base import utcnow
from desktop.server.credentials import ServerCredentials
from desktop.server.store import ServerStore
from desktop.services import audit, policy
from desktop.services.accounts import passwords, seeding
from desktop.services.accounts.users import (
    NewUser,
    UserInfo,
    clean_display_name,
    find_user,
    normalise_username,
    user_info,
)
from desktop.services.audit import AuditAction
from desktop.services.errors import ValidationError


def first_administrator(store: ServerStore, username: str, display_name: str, password: str,
                        agency_code: str = "HS") -> UserInfo:
    """Seed the directory and create the first administrator (refused once one exists)."""
    name = normalise_username(username)
    clean_name = clean_display_name(display_name)
    secret = passwords.check(password, name)
    credentials = ServerCredentials(store)
    with store.session() as db, db.begin():
        seeding.seed(db)
        role = db.scalars(select(Role).where(Role.code == "ADMINISTRATOR")).one()
        if db.scalars(select(User.id).where(User.role_id == role.id)).first() is not None:
            raise ValidationError("admin", "This server already has an administrator; add "
                                  "accounts in CaseDesk.")
        agency = db.scalars(select(Agency).where(Agency.code == agency_code.strip().upper())
                            ).one_or_none()
        if agency is None:
            raise ValidationError("agency", "Unknown agency code.")
        account = User(username=name, display_name=clean_name, agency_id=agency.id,
                       role_id=role.id, level=3, disabled=False, must_change_password=False,
                       password_changed_at=utcnow())
        db.add(account)
        db.flush()
        credentials.add(db, name, secret)
        db.refresh(account)
        actor = policy.principal_of(account)
        audit.append(db, store, actor, AuditAction.VAULT_CREATE, "server", "",
                     "office server prepared (casedesk server init)")
        audit.append(db, store, actor, AuditAction.USER_CREATE, "user", account.id,
                     "role=ADMINISTRATOR; first administrator")
        return user_info(account)


def reset_by_server_administrator(store: ServerStore, username: str) -> str:
    """A temporary password for `username` (returned once), the account enabled again and its
    login gate cleared; audited in the server administrator's name."""
    temporary = passwords.temporary_password()
    with store.session() as db, db.begin():
        account = find_user(db, username)
        ServerCredentials(store).reset(db, account.username, temporary)
        account.disabled, account.must_change_password = False, True
        audit.append(db, store, None, AuditAction.USER_RESET, "user", account.id,
                     "temporary password issued by the server administrator")
    return temporary


def account_by_server_administrator(store: ServerStore, new: NewUser, password: str) -> UserInfo:
    """An account with a known password, created in the server administrator's name: the
    invented staff `casedesk synth --dsn` adds to own its cases (nobody is asked to change it,
    as on a synthetic vault)."""
    name = normalise_username(new.username)
    secret = passwords.check(password, name)
    if new.level not in (1, 2, 3):
        raise ValidationError("level", "The user level is 1, 2 or 3.")
    with store.session() as db, db.begin():
        if db.scalars(select(User.id).where(User.username == name)).first() is not None:
            raise ValidationError("username", "That username is already taken.")
        agency = db.scalars(select(Agency).where(Agency.code == new.agency_code)).one_or_none()
        role = db.scalars(select(Role).where(Role.code == new.role_code)).one_or_none()
        if agency is None or role is None:
            raise ValidationError("agency", "Unknown agency or role.")
        account = User(username=name, display_name=clean_display_name(new.display_name),
                       agency_id=agency.id, role_id=role.id, level=new.level, disabled=False,
                       must_change_password=False, password_changed_at=utcnow())
        account.groups = list(db.scalars(select(UserGroup).where(UserGroup.code.in_(new.groups))))
        db.add(account)
        db.flush()
        ServerCredentials(store).add(db, name, secret)
        audit.append(db, store, None, AuditAction.USER_CREATE, "user", account.id,
                     f"role={new.role_code}; agency={new.agency_code}; level={new.level}; "
                     "synthetic staff (casedesk synth)")
        db.flush()
        db.refresh(account)
        return user_info(account)
