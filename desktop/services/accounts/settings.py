"""Vault-wide settings, each declared once with its type, default, limits and label.

Settings about the vault live inside it (encrypted); only non-secret window state goes to QSettings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.models import Setting
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.errors import ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store


@dataclass(frozen=True)
class IntSetting:
    key: str
    label: str
    default: int
    minimum: int
    maximum: int


@dataclass(frozen=True)
class TextSetting:
    key: str
    label: str
    default: str
    max_length: int


@dataclass(frozen=True)
class BoolSetting:
    key: str
    label: str
    default: bool


AnySetting = IntSetting | TextSetting | BoolSetting
Value = int | str | bool

IDLE_LOCK_MINUTES = IntSetting("idle_lock_minutes", "Lock after idle (minutes)", 10, 1, 15)
BACKUP_FOLDER = TextSetting("backup_folder", "Backup folder", "", 1000)
#: K2: SQLCipher's memory security (lock and wipe every database allocation), off by default for
#: its cost; the vault reads it when it is unlocked (`vault.engine.MEMORY_SECURITY_SETTING`).
MEMORY_SECURITY = BoolSetting("memory_security", "Memory security", False)
SETTINGS: dict[str, AnySetting] = {
    s.key: s for s in (IDLE_LOCK_MINUTES, BACKUP_FOLDER, MEMORY_SECURITY)}


def read(db: Session, setting: AnySetting) -> Value:
    row = db.get(Setting, setting.key)
    if row is None:
        return setting.default
    value = json.loads(row.value)
    if isinstance(setting, BoolSetting):
        return value if isinstance(value, bool) else setting.default
    if isinstance(setting, IntSetting):
        return int(value) if isinstance(value, int) else setting.default
    return str(value)


def validate(setting: AnySetting, value: Value) -> Value:
    if isinstance(setting, BoolSetting):
        if not isinstance(value, bool):
            raise ValidationError(setting.key, f"{setting.label}: choose on or off.")
        return value
    if isinstance(setting, IntSetting):
        if not isinstance(value, int) or not setting.minimum <= value <= setting.maximum:
            raise ValidationError(setting.key, f"{setting.label}: enter a whole number from "
                                  f"{setting.minimum} to {setting.maximum}.")
        return value
    text = str(value).strip()
    if len(text) > setting.max_length or any(ord(c) < 32 for c in text):
        raise ValidationError(setting.key, f"{setting.label}: the value is not valid.")
    return text


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, user: UserSession, setting: AnySetting) -> Value:
        with self.store.session() as db:
            return read(db, setting)

    def set(self, user: UserSession, setting: AnySetting, value: Value) -> None:
        policy.require(user.principal, Action.SETTINGS_MANAGE)
        clean = validate(setting, value)
        with self.store.session() as db, db.begin():
            row = db.get(Setting, setting.key)
            if row is None:
                db.add(Setting(key=setting.key, value=json.dumps(clean)))
            else:
                row.value = json.dumps(clean)
            audit.append(db, self.store, user.principal, AuditAction.SETTINGS_CHANGE,
                         "setting", setting.key)
