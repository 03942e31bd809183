"""User accounts as the screens and the command line see them: the records a service returns
and takes, and the rules of a username and a display name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import User
from desktop.services.errors import NotFound, ValidationError

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
