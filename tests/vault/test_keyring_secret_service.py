"""K6 against a real Secret Service: gnome-keyring on a private D-Bus session bus.

The fixture starts its own `dbus-daemon` and `gnome-keyring-daemon` with a throw-away home, so the
README's single test command covers it. On CI the daemons must exist (.ci/run installs them);
elsewhere the group is skipped when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.accounts.service import AccountService
from desktop.vault.device import SERVICE, DeviceSecrets, platform_backend
from desktop.vault.errors import DeviceSecretUnavailable
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

from ..conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.keyring


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    needed = [shutil.which(n) for n in ("dbus-daemon", "gnome-keyring-daemon")]
    if not all(needed):
        if os.environ.get("CI"):
            pytest.fail("CI must install dbus and gnome-keyring to prove K6 for real")
        pytest.skip("dbus-daemon or gnome-keyring-daemon is not installed")
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_RUNTIME_DIR=str(runtime))
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1",
         "--nopidfile"], capture_output=True, text=True, timeout=30, env=env, check=True)
    address, bus_pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    # as documented for CI: unlocks (creating) the login keyring from stdin, then daemonises
    subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                   input=b"test-keyring-password", capture_output=True, timeout=30, env=env,
                   check=True)
    for name in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(name, env[name])
    deadline = time.monotonic() + 20
    while True:
        try:
            platform_backend().get_password("probe", "probe")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    yield
    os.kill(int(bus_pid), 15)  # the keyring daemon leaves with its session bus


def test_k6_device_secret_lives_in_the_real_secret_service(
    secret_service: None, tmp_path: Path, escrow_pair  # type: ignore[no-untyped-def]
) -> None:
    backend = platform_backend()
    assert type(backend).__module__ == "keyring.backends.SecretService"
    config = VaultConfig.for_tests(DeviceSecrets(backend))
    paths = VaultPaths(tmp_path / "vault")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    accounts.logout(accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public))
    vault_id = vault.read_keyfile().vault_id
    stored = backend.get_password(SERVICE, vault_id)
    assert stored is not None and len(stored) == 44
    for path in paths.root.rglob("*"):
        if path.is_file():
            assert stored.encode() not in path.read_bytes()
    accounts.logout(accounts.login(ADMIN, ADMIN_PASSWORD))

    backend.delete_password(SERVICE, vault_id)
    with pytest.raises(DeviceSecretUnavailable, match="recover"):
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert backend.get_password(SERVICE, vault_id) is None  # never regenerated silently
    vault.release()


def test_k6_unreachable_secret_service_fails_closed(
    secret_service: None, tmp_path: Path, escrow_pair, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    config = VaultConfig.for_tests(DeviceSecrets(platform_backend()))
    paths = VaultPaths(tmp_path / "vault")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    accounts.logout(accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-such-bus")
    with pytest.raises(DeviceSecretUnavailable):
        accounts.login(ADMIN, ADMIN_PASSWORD)
    vault.release()
