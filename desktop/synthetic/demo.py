"""The throw-away demo vault: one account per role with a known password (`casedesk demo`).

The demo's key slots use cheap Argon2 parameters (DEMO_KDF): its password is printed on the
terminal and on the login screen, and it holds invented cases only, so the cost of production
parameters (about 0.8 s per account, seven times at start) would protect nothing. Its folder is
made in the temporary directory and removed when the demo ends; a demo killed outright (SIGKILL,
power loss) leaves it behind, and the next demo removes it (`remove_stale_folders`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from desktop.services.accounts.service import AccountService, NewUser
from desktop.vault import escrow
from desktop.vault.crypto import KdfParams
from desktop.vault.device import DeviceSecrets
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

DEMO_PASSWORD = "Demo-Toucan-2026!"
DEMO_KDF = KdfParams(memory_kib=4 * 1024, time_cost=1, parallelism=1)
FOLDER_PREFIX = "casedesk-demo-"
STALE_AFTER = 600.0  # seconds: a folder without a held lock older than this is a dead demo's


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role_code: str
    agency_code: str
    level: int


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "Marisol Chan", "ADMINISTRATOR", "HS", 3),
    DemoAccount("supervisor", "Carmen Novelo", "SUPERVISOR", "HS", 3),
    DemoAccount("caseworker", "Ana Xiu", "CASE_WORKER", "HS", 2),
    DemoAccount("interviewer", "Luis Coc", "FORENSIC_INTERVIEWER", "HS", 3),
    DemoAccount("liaison", "Dwayne Flowers", "PARTNER_LIAISON", "POL", 1),
    DemoAccount("meofficer", "Priya Ramírez", "ME_OFFICER", "MHD", 1),
)


DEMO_CASES = 600


def build_demo_vault(vault: Vault, escrow_public: bytes,
                     cases: int = DEMO_CASES) -> tuple[DemoAccount, ...]:
    """Create the vault without device binding (a demo runs anywhere) and every demo account
    with DEMO_PASSWORD already set, so nobody is asked to change it."""
    accounts = AccountService(vault)
    admin = DEMO_ACCOUNTS[0]
    admin_session = accounts.create_vault(admin.username, admin.display_name, DEMO_PASSWORD,
                                    escrow_public, agency_code=admin.agency_code,
                                    device_binding=False)
    for demo in DEMO_ACCOUNTS[1:]:
        accounts.create_user(admin_session, NewUser(demo.username, demo.display_name, demo.role_code,
                                              demo.agency_code, demo.level),
                             known_password=DEMO_PASSWORD)
    if cases:
        from desktop.synthetic.synth import fill  # the demo shows synthetic cases owned by the demo accounts

        fill(vault, cases, user=None)
    accounts.logout(admin_session)
    return DEMO_ACCOUNTS


def demo_config() -> VaultConfig:
    """No keyring (a demo runs anywhere) and cheap Argon2 (see the module's docstring)."""
    return VaultConfig(DeviceSecrets(None), kdf=DEMO_KDF)


def new_folder(temp_root: Path | None = None) -> Path:
    """A fresh, owner-only folder for one demo, after removing what killed demos left."""
    remove_stale_folders(temp_root)
    return Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=temp_root))


def vault_paths(folder: Path) -> VaultPaths:
    return VaultPaths(folder / "vault")


def create(vault: Vault) -> tuple[DemoAccount, ...]:
    public, _ = escrow.generate("demo escrow passphrase", DEMO_KDF)
    return build_demo_vault(vault, public.public)


def remove_stale_folders(temp_root: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove the demo folders of this user whose demo is no longer running: its vault's lock
    is not held (or it never got one and is older than STALE_AFTER)."""
    root = Path(temp_root or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    for folder in root.glob(f"{FOLDER_PREFIX}*"):
        try:
            info = folder.lstat()
            if not folder.is_dir() or folder.is_symlink() or (
                    hasattr(os, "getuid") and info.st_uid != os.getuid()):
                continue
            if _abandoned(vault_paths(folder), now - info.st_mtime):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        except OSError:
            continue
    return removed


def _abandoned(paths: VaultPaths, age: float) -> bool:
    if not paths.lockfile.exists():
        return age > STALE_AFTER
    lock = FileLock(str(paths.lockfile), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return False  # a demo is running on it
    lock.release()
    return True
