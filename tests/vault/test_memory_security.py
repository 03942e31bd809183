"""K2: memory security is off by default; the administrator's setting turns it on at the next
unlock. SQLCipher keeps it on for the rest of a process once it is on, so the vault that turns it
on runs in a child process and reports what it saw."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.accounts import settings as settings_service
from desktop.services.accounts.settings import SettingsService
from desktop.services.errors import ValidationError
from desktop.vault import engine as sqlc

from ..conftest import Desk

CHILD = r"""
import json, sys
from pathlib import Path
from sqlalchemy import text
from desktop.services.accounts import settings
from desktop.services.accounts.service import AccountService
from desktop.vault import escrow
from desktop.vault.crypto import TEST_KDF
from desktop.vault.device import DeviceSecrets
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig
from tests.keyring_memory import MemoryKeyring

def memsec(vault):
    with vault.session() as s:
        pooled = s.execute(text("PRAGMA cipher_memory_security")).scalar()
    with vault.raw_connection() as c:
        raw = c.execute("PRAGMA cipher_memory_security").fetchone()[0]
    return [str(pooled), str(raw), vault.memory_security]

config = VaultConfig.for_tests(DeviceSecrets(MemoryKeyring()))
vault = Vault(VaultPaths(Path(sys.argv[1])), config)
accounts = AccountService(vault)
public, _ = escrow.generate("child escrow passphrase", TEST_KDF)
admin = accounts.create_vault("admin", "Ana Admin", "Tapir-Jaguar-Ceiba-77", public.public,
                              device_binding=False)
seen = {"created": memsec(vault)}
settings.SettingsService(vault).set(admin, settings.MEMORY_SECURITY, True)
seen["after_setting"] = memsec(vault)
accounts.logout(admin)
admin = accounts.login("admin", "Tapir-Jaguar-Ceiba-77")
seen["next_unlock"] = memsec(vault)
print(json.dumps(seen))
"""


def test_k2_memory_security_off_by_default(desk: Desk) -> None:
    assert desk.vault.memory_security is False
    with desk.vault.raw_connection() as connection:
        assert sqlc.cipher_settings(connection).memory_security is False
    assert SettingsService(desk.vault).get(desk.admin, settings_service.MEMORY_SECURITY) is False


def test_k2_the_setting_turns_memory_security_on_at_the_next_unlock(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "vault")],
                          capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2], check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["created"] == ["0", "0", False]
    assert seen["after_setting"] == ["0", "0", False]  # takes effect when next unlocked
    assert seen["next_unlock"] == ["1", "1", True]


def test_k2_the_setting_is_a_checked_switch_named_as_the_vault_reads_it(desk: Desk) -> None:
    assert settings_service.MEMORY_SECURITY.key == sqlc.MEMORY_SECURITY_SETTING
    service = SettingsService(desk.vault)
    with pytest.raises(ValidationError, match="on or off"):
        service.set(desk.admin, settings_service.MEMORY_SECURITY, 1)
    service.set(desk.admin, settings_service.MEMORY_SECURITY, True)
    assert service.get(desk.admin, settings_service.MEMORY_SECURITY) is True
    with desk.vault.raw_connection() as connection:  # what the vault reads when unlocking
        assert sqlc.memory_security_wanted(connection) is True
