"""Accounts: creating the vault, login, lock and unlock, passwords, and user administration.

The GUI and the command line share this module. Each method opens one short session, checks the
policy, writes its audit entries and returns plain frozen dataclasses.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, Role, User, UserGroup
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.accounts import passwords, seeding
from desktop.services.audit import AuditAction
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.policy import Principal
from desktop.services.user import UserSession
from desktop.storage.credentials import Credentials
from desktop.storage.store import Store
from desktop.vault.credentials import VaultCredentials
from desktop.vault.crypto import fingerprint
from desktop.vault.errors import AccountDisabled, VaultError, WrongCredentials
from desktop.vault.vault import Vault

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
MAX_DISPLAY_NAME = 120


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    agency_code: str
    agency_name: str
    role_code: str
    role_name: str
    level: int
    disabled: bool
    must_change_password: bool
    groups: tuple[str, ...]
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role_code: str
    agency_code: str
    level: int = 1
    groups: tuple[str, ...] = ()


def normalise_username(username: str) -> str:
    value = unicodedata.normalize("NFKC", username).strip().casefold()
    if not USERNAME.match(value):
        raise ValidationError(
            "username",
            "A username has 3 to 64 characters: letters a–z, digits, dot, dash or underscore, "
            "starting with a letter or digit.",
        )
    return value


def clean_display_name(name: str) -> str:
    value = unicodedata.normalize("NFC", name).strip()
    if not value:
        raise ValidationError("display_name", "Enter the person's full name.")
    if len(value) > MAX_DISPLAY_NAME:
        raise ValidationError("display_name",
                              f"A name may have at most {MAX_DISPLAY_NAME} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in value):
        raise ValidationError("display_name", "The name contains control characters.")
    return value


def find_user(db: Session, username: str) -> User:
    name = unicodedata.normalize("NFKC", username).strip().casefold()
    user = db.scalars(select(User).where(User.username == name)).one_or_none()
    if user is None:
        raise NotFound("No account has that username.")
    return user


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id, username=user.username, display_name=user.display_name,
        agency_code=user.agency.code, agency_name=user.agency.name, role_code=user.role.code,
        role_name=user.role.name, level=user.level, disabled=user.disabled,
        must_change_password=user.must_change_password,
        groups=tuple(sorted(g.code for g in user.groups)), created_at=user.created_at,
        last_login_at=user.last_login_at,
    )


class AccountService:
    """Over a vault (key slots) or any other backend's `storage.Credentials` (the office
    server's login roles): everything but creating a vault works the same on both."""

    def __init__(self, backend: Vault | Credentials, *, data_dir: Path | None = None) -> None:
        self._vault = backend if isinstance(backend, Vault) else None
        self.credentials: Credentials = (VaultCredentials(backend) if isinstance(backend, Vault)
                                         else backend)
        self._data_dir = data_dir

    @property
    def vault(self) -> Vault:
        """The workstation's vault (creating it, its setup); not there in server mode."""
        if self._vault is None:
            raise PermissionDenied("This workstation uses the office server; the server "
                                   "administrator does this there.")
        return self._vault

    @property
    def backend(self) -> str:
        return self.store.backend

    @property
    def store(self) -> Store:
        """The store this service unlocks: every other service is built over it."""
        return self.credentials.store

    @property
    def data_dir(self) -> Path:
        """Where this vault lives (shown in the setup wizard and the About box)."""
        if self._vault is not None:
            return self._vault.paths.root
        return self._data_dir or Path.cwd()

    # -- vault creation and login -----------------------------------------------------------
    def create_vault(
        self, admin_username: str, admin_display_name: str, admin_password: str,
        escrow_public: bytes, *, agency_code: str = "HS", device_binding: bool = True,
    ) -> UserSession:
        """First run: the vault, the seed data and the first administrator, all audited."""
        username = normalise_username(admin_username)
        display_name = clean_display_name(admin_display_name)
        password = passwords.check(admin_password, username)
        slot_id = self.vault.create(username, password, escrow_public, device_binding=device_binding)
        try:
            with self.vault.session() as db, db.begin():
                seeding.seed(db)
                agency = self._agency(db, agency_code)
                role = db.scalars(select(Role).where(Role.code == "ADMINISTRATOR")).one()
                user = User(username=username, display_name=display_name, agency_id=agency.id,
                            role_id=role.id, level=3, slot_id=slot_id, disabled=False,
                            must_change_password=False, password_changed_at=utcnow(),
                            last_login_at=utcnow())
                db.add(user)
                db.flush()
                db.refresh(user)
                actor = policy.principal_of(user)
                binding = "on" if device_binding else "OFF (administrator's explicit choice)"
                audit.append(db, self.vault, actor, AuditAction.VAULT_CREATE, "vault", "",
                             f"device binding {binding}; escrow {fingerprint(escrow_public)}")
                audit.append(db, self.vault, actor, AuditAction.USER_CREATE, "user", user.id,
                             "role=ADMINISTRATOR; first administrator")
                audit.append(db, self.vault, actor, AuditAction.LOGIN, "user", user.id)
        except BaseException:
            self.vault.lock()
            raise
        return UserSession(actor, must_change_password=False)

    def login(self, username: str, password: str) -> UserSession:
        """Unlock the vault as this user; failed attempts since the last login are audited now."""
        name = unicodedata.normalize("NFKC", username).strip().casefold()
        result = self.credentials.open(name, password)
        try:
            with self.store.session() as db, db.begin():
                user = db.scalars(select(User).where(User.username == name)).one_or_none()
                if user is None:
                    raise WrongCredentials
                if user.disabled:
                    raise AccountDisabled
                if result.slot_id and user.slot_id != result.slot_id:  # key file rules (restore)
                    user.slot_id = result.slot_id
                actor = policy.principal_of(user)
                self.audit_failures(db, actor)
                if result.migrated:
                    audit.append(db, self.store, actor, AuditAction.MIGRATION, "vault", "",
                                 "schema upgraded after a safety backup")
                if result.kdf_upgraded:
                    audit.append(db, self.store, actor, AuditAction.KDF_UPGRADE, "user", user.id,
                                 "key slot re-wrapped with the current Argon2id policy")
                user.last_login_at = utcnow()
                audit.append(db, self.store, actor, AuditAction.LOGIN, "user", user.id)
                must_change = user.must_change_password
        except BaseException:
            self.credentials.close()
            raise
        return UserSession(actor, must_change_password=must_change)

    def audit_failures(self, db: Session, actor: Principal | None) -> None:
        slots = {u.slot_id: u for u in db.scalars(select(User).where(User.slot_id.is_not(None)))}
        for failure in self.credentials.take_pending_failures():
            target = slots.get(failure.get("slot"))
            detail = f"failed login at {failure.get('at', '?')}"
            if target is not None:
                detail += f"; consecutive failures {failure.get('count', '?')}"
            audit.append(db, self.store, actor, AuditAction.LOGIN_FAILED, "user",
                         target.id if target else "", detail[:200])

    def lock(self, user: UserSession, reason: str = "manual") -> None:
        """Lock (U1): audit it, then close every connection and drop the key."""
        if self.store.is_unlocked:
            with self.store.session() as db, db.begin():
                audit.append(db, self.store, user.principal, AuditAction.LOCK, "user",
                             user.principal.user_id, reason[:40])
        self.credentials.close()

    def unlock(self, user: UserSession, password: str) -> None:
        """Unlock the lock screen: only the same user's password opens it."""
        self.credentials.open(user.principal.username, password)
        with self.store.session() as db, db.begin():
            self.audit_failures(db, user.principal)
            audit.append(db, self.store, user.principal, AuditAction.UNLOCK, "user",
                         user.principal.user_id)
        user.authenticated_at = time.time()

    def logout(self, user: UserSession) -> None:
        if self.store.is_unlocked:
            with self.store.session() as db, db.begin():
                audit.append(db, self.store, user.principal, AuditAction.LOGOUT, "user",
                             user.principal.user_id)
        self.credentials.close()

    def reauthenticate(self, user: UserSession, password: str) -> None:
        """U2: confirm the password before a sensitive action; failures count towards U4."""
        if not self.credentials.check_password(user.principal.username, password):
            raise WrongCredentials("The password is wrong.")
        user.authenticated_at = time.time()
        with self.store.session() as db, db.begin():
            audit.append(db, self.store, user.principal, AuditAction.REAUTHENTICATE, "user",
                         user.principal.user_id)

    def change_password(self, user: UserSession, current: str, new: str) -> None:
        """Re-wrap the user's own slot (K5); binds it to this workstation (K6)."""
        principal = user.principal
        new_password = passwords.check(new, principal.username, field="new_password")
        if passwords.normalise(current) == new_password:
            raise ValidationError("new_password", "Choose a password different from the current one.")
        slot_id = self.credentials.change_password(principal.username, current, new_password)
        with self.store.session() as db, db.begin():
            account = self._user(db, principal.username)
            account.slot_id, account.must_change_password = slot_id, False
            account.password_changed_at = utcnow()
            audit.append(db, self.store, principal, AuditAction.PASSWORD_CHANGE, "user", account.id)
        user.must_change_password = False
        user.authenticated_at = time.time()

    # -- administration ---------------------------------------------------------------------
    def _admin(self, user: UserSession) -> Principal:
        policy.require(user.principal, Action.USERS_MANAGE)
        policy.require_recent_authentication(user.authenticated_at)
        return user.principal

    def create_user(
        self, user: UserSession, new: NewUser, *, known_password: str | None = None
    ) -> tuple[UserInfo, str]:
        """A new account with a temporary password (returned once) and an unbound slot.

        `known_password` serves the throw-away demo vault only: the account starts with that
        password and is not asked to change it."""
        actor = self._admin(user)
        username = normalise_username(new.username)
        display_name = clean_display_name(new.display_name)
        level = self._level(new.level)
        temporary = (passwords.check(known_password, username) if known_password
                     else passwords.temporary_password())
        with self.store.session() as db, db.begin():
            if db.scalars(select(User).where(User.username == username)).first() is not None:
                raise ValidationError("username", "That username is already taken.")
            account = User(username=username, display_name=display_name,
                        agency_id=self._agency(db, new.agency_code).id,
                        role_id=self._role(db, new.role_code).id, level=level, disabled=False,
                        must_change_password=known_password is None)
            account.groups = [self._group(db, code) for code in new.groups]
            db.add(account)
            db.flush()
            account.slot_id = self.credentials.add(db, username, temporary)
            audit.append(db, self.store, actor, AuditAction.USER_CREATE, "user", account.id,
                         f"role={new.role_code}; agency={new.agency_code}; level={level}")
            db.flush()
            db.refresh(account)
            info = user_info(account)
        return info, temporary

    def list_users(self, user: UserSession, include_disabled: bool = True) -> list[UserInfo]:
        policy.require(user.principal, Action.USERS_MANAGE)
        with self.store.session() as db:
            query = select(User).order_by(User.username)
            if not include_disabled:
                query = query.where(User.disabled.is_(False))
            return [user_info(u) for u in db.scalars(query)]

    def disable_user(self, user: UserSession, username: str) -> None:
        """Disable an account and remove its key slot; rotation is then recommended (K5)."""
        actor = self._admin(user)
        with self.store.session() as db, db.begin():
            account = self._user(db, username)
            if account.id == actor.user_id:
                raise ValidationError("username", "You cannot disable your own account.")
            if account.role.code == "ADMINISTRATOR" and self._active_admins(db) <= 1:
                raise ValidationError("username", "The last administrator cannot be disabled.")
            account.disabled = True
            self.credentials.remove(db, account.username, account.slot_id)
            account.slot_id = None
            audit.append(db, self.store, actor, AuditAction.USER_DISABLE, "user", account.id,
                         "slot removed; key rotation recommended")

    def reset_user(self, user: UserSession, username: str) -> str:
        """A new temporary password (returned once), a new unbound slot, the account re-enabled."""
        actor = self._admin(user)
        temporary = passwords.temporary_password()
        with self.store.session() as db, db.begin():
            account = self._user(db, username)
            account.slot_id = self.credentials.reset(db, account.username, temporary)
            account.disabled, account.must_change_password = False, True
            audit.append(db, self.store, actor, AuditAction.USER_RESET, "user", account.id,
                         "temporary password issued")
        return temporary

    def update_user(
        self, user: UserSession, username: str, *, display_name: str | None = None,
        role_code: str | None = None, agency_code: str | None = None, level: int | None = None,
        groups: tuple[str, ...] | None = None,
    ) -> UserInfo:
        actor = self._admin(user)
        with self.store.session() as db, db.begin():
            account = self._user(db, username)
            changes: list[str] = []
            if display_name is not None:
                account.display_name = clean_display_name(display_name)
                changes.append("name")
            if role_code is not None and role_code != account.role.code:
                if account.id == actor.user_id:
                    raise ValidationError("role", "You cannot change your own role.")
                account.role = self._role(db, role_code)
                changes.append(f"role={role_code}")
            if agency_code is not None:
                account.agency = self._agency(db, agency_code)
                changes.append(f"agency={agency_code}")
            if level is not None:
                account.level = self._level(level)
                changes.append(f"level={account.level}")
            if groups is not None:
                account.groups = [self._group(db, code) for code in groups]
                changes.append("groups=" + ",".join(sorted(groups)))
            action = AuditAction.ROLE_CHANGE if role_code else AuditAction.USER_UPDATE
            audit.append(db, self.store, actor, action, "user", account.id, "; ".join(changes))
            db.flush()
            db.refresh(account)
            return user_info(account)

    # -- lookups ----------------------------------------------------------------------------
    def _user(self, db: Session, username: str) -> User:
        return find_user(db, username)

    def _agency(self, db: Session, code: str) -> Agency:
        agency = db.scalars(select(Agency).where(Agency.code == code.strip().upper())).one_or_none()
        if agency is None:
            raise ValidationError("agency", "Unknown agency code.")
        return agency

    def _role(self, db: Session, code: str) -> Role:
        role = db.scalars(select(Role).where(Role.code == code.strip().upper())).one_or_none()
        if role is None:
            raise ValidationError("role", "Unknown role.")
        return role

    def _group(self, db: Session, code: str) -> UserGroup:
        group = db.scalars(select(UserGroup).where(UserGroup.code == code.strip().upper())).first()
        if group is None:
            raise ValidationError("groups", "Unknown user group.")
        return group

    @staticmethod
    def _level(level: int) -> int:
        if level not in (1, 2, 3):
            raise ValidationError("level", "The user level is 1 (standard), 2 (sensitive) or 3 "
                                  "(restricted).")
        return level

    @staticmethod
    def _active_admins(db: Session) -> int:
        return len(db.scalars(select(User.id).join(Role).where(
            Role.code == "ADMINISTRATOR", User.disabled.is_(False))).all())


def is_expected(error: BaseException) -> bool:
    """Errors that carry a user-facing message (shown without a traceback)."""
    return isinstance(error, VaultError | PermissionDenied)
