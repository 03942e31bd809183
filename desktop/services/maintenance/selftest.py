"""`casedesk self-test`: prove an installation works, in a throw-away folder, step by step.

For IT staff after an install: create a vault, unlock it, write and search a case, render a PDF
and read it back, verify the audit chain, delete everything. Each step reports one line; the run
passes only when every step passed. Nothing touches the real vault or the OS keyring.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.maintenance.service import MaintenanceService
from desktop.services.user import UserSession
from desktop.vault import engine, escrow
from desktop.vault.device import DeviceSecrets
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

PASSWORD = "Self-test Toucan Ceiba 2026"
CANARY_NAME = "Zoë Self-Test Núñez"


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str
    seconds: float


class SelfTest:
    def __init__(self, config: VaultConfig | None = None) -> None:
        self.config = config or VaultConfig(DeviceSecrets(None))
        self.folder = Path(tempfile.mkdtemp(prefix="casedesk-selftest-"))
        self.vault = Vault(VaultPaths(self.folder / "vault"), self.config)
        self.accounts = AccountService(self.vault)
        self.maintenance = MaintenanceService(self.vault)
        self.session: UserSession | None = None
        self.case_id = 0

    def run(self) -> Iterator[Step]:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("SQLCipher", self._cipher), ("create a vault", self._create),
            ("unlock it", self._unlock), ("write a case", self._write),
            ("search the case", self._search), ("render a PDF", self._pdf),
            ("verify the vault and its audit chain", self._verify),
            ("delete everything", self._delete),
        ]
        failed = False
        for name, action in steps:
            if failed and name != "delete everything":
                yield Step(name, False, "skipped after an earlier failure", 0.0)
                continue
            started = time.perf_counter()
            try:
                detail = action()
                ok = True
            except Exception as error:  # a self-test reports every failure as a line
                detail, ok, failed = f"{type(error).__name__}: {error}"[:200], False, True
            yield Step(name, ok, detail, time.perf_counter() - started)

    def _cipher(self) -> str:
        version = engine.cipher_version()
        if not version.startswith(("4.", "5.")):
            raise RuntimeError(f"SQLCipher 4 is required, found {version}")
        return f"SQLCipher {version}"

    def _create(self) -> str:
        public, _ = escrow.generate("self-test escrow passphrase", self.config.kdf)
        session = self.accounts.create_vault("selftest.admin", "Self-test Administrator",
                                             PASSWORD, public.public, device_binding=False)
        self.accounts.create_user(session, NewUser("selftest.worker", "Self-test Worker",
                                                   "SUPERVISOR", "HS", 3),
                                  known_password=PASSWORD)
        self.accounts.logout(session)
        return f"in {self.vault.paths.root}"

    def _unlock(self) -> str:
        started = time.perf_counter()
        self.session = self.accounts.login("selftest.worker", PASSWORD)
        return f"Argon2id unlock in {(time.perf_counter() - started) * 1000:.0f} ms"

    def _write(self) -> str:
        assert self.session is not None
        row = CaseService(self.vault).create(self.session, NewCase(CANARY_NAME.split()[0],
                                                         " ".join(CANARY_NAME.split()[1:]),
                                                         "FEMALE", district="CAYO"))
        self.case_id = row.id
        return row.reference

    def _search(self) -> str:
        assert self.session is not None
        found = CaseReads(self.vault).search(self.session, "nunez zoe")
        if [r.id for r in found] != [self.case_id]:
            raise RuntimeError("the new case was not found by an accent-free search")
        return "found by 'nunez zoe'"

    def _pdf(self) -> str:
        from pypdf import PdfReader

        from desktop.reports.recovery_sheet import RecoverySheet, recovery_sheet_pdf

        pdf = recovery_sheet_pdf(RecoverySheet("ABCD EF01", "self-test", "{}", "none.json"))
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        if "recovery sheet" not in text:
            raise RuntimeError("the PDF did not read back")
        return f"{len(pdf)} bytes, text read back"

    def _verify(self) -> str:
        admin = self.session
        assert admin is not None
        self.accounts.logout(admin)
        session = self.accounts.login("selftest.admin", PASSWORD)
        report = self.maintenance.verify(session)
        self.accounts.logout(session)
        if not report.ok:
            raise RuntimeError(", ".join(c.name for c in report.problems))
        return f"{len(report.checks)} checks passed"

    def _delete(self) -> str:
        self.vault.release()
        shutil.rmtree(self.folder)
        if self.folder.exists():
            raise RuntimeError(f"{self.folder} could not be removed")
        return "temporary folder removed"


def run_self_test(config: VaultConfig | None = None) -> tuple[list[Step], bool]:
    steps = list(SelfTest(config).run())
    return steps, all(step.ok for step in steps)


