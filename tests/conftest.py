"""Shared fixtures: offscreen Qt, an in-memory keyring, fresh encrypted vaults with cheap Argon2."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.cli import main as cli_main  # noqa: E402
from desktop.cli.io import CliContext  # noqa: E402
from desktop.services.accounts.service import AccountService
from desktop.services.maintenance.service import MaintenanceService  # noqa: E402
from desktop.services.user import UserSession  # noqa: E402
from desktop.vault import escrow  # noqa: E402
from desktop.vault.crypto import TEST_KDF  # noqa: E402
from desktop.vault.device import DeviceSecrets  # noqa: E402
from desktop.vault.paths import VaultPaths  # noqa: E402
from desktop.vault.vault import Vault, VaultConfig  # noqa: E402

from .keyring_memory import MemoryKeyring  # noqa: E402

ADMIN = "admin"
ADMIN_PASSWORD = "Tapir-Jaguar-Ceiba-77"
ESCROW_PASSPHRASE = "blue hole reef escrow"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config(keyring: MemoryKeyring, clock: FakeClock) -> VaultConfig:
    return VaultConfig.for_tests(DeviceSecrets(keyring), clock=clock)


@dataclass
class EscrowPair:
    public: bytes
    private_file: Path
    private: bytes


@pytest.fixture
def escrow_pair(tmp_path: Path) -> EscrowPair:
    public, private_json = escrow.generate(ESCROW_PASSPHRASE, TEST_KDF)
    path = tmp_path / "escrow-private.json"
    path.write_text(private_json)
    return EscrowPair(public.public, path, escrow.open_private(path, ESCROW_PASSPHRASE))


@dataclass
class Desk:
    """A created vault with its services and the first administrator logged in."""

    paths: VaultPaths
    config: VaultConfig
    vault: Vault
    accounts: AccountService
    maintenance: MaintenanceService
    admin: UserSession
    escrow: EscrowPair
    extra: dict[str, str] = field(default_factory=dict)

    def reopen(self) -> Desk:
        """A second Vault object on the same files (after releasing this one)."""
        self.vault.release()
        vault = Vault(self.paths, self.config)
        return Desk(self.paths, self.config, vault, AccountService(vault),
                    MaintenanceService(vault), self.admin, self.escrow, self.extra)

    def login(self, username: str, password: str) -> UserSession:
        return self.accounts.login(username, password)


def make_desk(root: Path, config: VaultConfig, escrow_pair: EscrowPair) -> Desk:
    """A fresh vault under `root` with its first administrator logged in."""
    paths = VaultPaths(root / "vault")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    maintenance = MaintenanceService(vault)
    session = accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public)
    return Desk(paths, config, vault, accounts, maintenance, session, escrow_pair)


@pytest.fixture
def desk(tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair) -> Iterator[Desk]:
    result = make_desk(tmp_path, config, escrow_pair)
    yield result
    result.vault.release()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(config: VaultConfig, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run `casedesk ARGS` in-process with secrets on standard input."""

    def run(*args: str, stdin: str = "", data_dir: Path | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        ctx = CliContext(config_factory=lambda: config, stdin=io.StringIO(stdin), stdout=out,
                         stderr=err)
        argv = list(args)
        if argv and argv[0] not in ("escrow", "self-test", "demo") and "--help" not in argv:
            argv += ["--data-dir", str(data_dir or tmp_path / "clivault")]
        code = cli_main(argv, ctx)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """A real PostgreSQL 15+ started for this test run (tests/server/cluster.py): TLS-only on a
    loopback port, its own throw-away CA. Skipped only when PostgreSQL is not installed here;
    on CI (CI=true) its absence fails instead."""
    from .server.cluster import postgres_bin, start_cluster

    if postgres_bin() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL 15+ is required on CI (.ci/run installs it)")
        pytest.skip("PostgreSQL 15+ (initdb, pg_ctl) is not installed")
    cluster = start_cluster()
    yield cluster
    cluster.stop()
