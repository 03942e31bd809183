"""`casedesk synth` audits at its start and with every committed batch (A2): a run killed midway
leaves an audit entry for exactly what it committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import AuditEntry, Case
from desktop.services.accounts.service import AccountService
from desktop.services.maintenance.service import MaintenanceService
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

from ..conftest import ADMIN, ADMIN_PASSWORD, EscrowPair

KILLED_RUN = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop.services.accounts.service import AccountService
    from desktop.synthetic import synth
    from desktop.vault.crypto import TEST_KDF
    from desktop.vault.device import DeviceSecrets
    from desktop.vault.paths import VaultPaths
    from desktop.vault.vault import Vault, VaultConfig

    synth.BATCH = 40
    vault = Vault(VaultPaths(Path(sys.argv[1])), VaultConfig(DeviceSecrets(None), kdf=TEST_KDF))
    session = AccountService(vault).login(sys.argv[2], sys.argv[3])

    def progress(done):
        if done >= 80:  # two batches committed: killed before the third
            os.kill(os.getpid(), signal.SIGKILL)

    synth.fill(vault, 130, progress=progress, user=session)
""")


def test_a2_killed_synth_run_leaves_an_audit_entry_for_what_it_committed(
        tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair) -> None:
    paths = VaultPaths(tmp_path / "vault")
    vault = Vault(paths, config)
    accounts = AccountService(vault)
    admin = accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public,
                                  device_binding=False)
    accounts.logout(admin)
    vault.release()
    done = subprocess.run([sys.executable, "-c", KILLED_RUN, str(paths.root), ADMIN,
                           ADMIN_PASSWORD], capture_output=True, text=True, timeout=600,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == -signal.SIGKILL, done.stderr
    vault = Vault(paths, config)
    session = AccountService(vault).login(ADMIN, ADMIN_PASSWORD)
    with vault.session() as db:
        details = list(db.scalars(select(AuditEntry.detail).where(
            AuditEntry.record_type == "synth").order_by(AuditEntry.id)))
        cases = db.scalar(select(func.count(Case.id)))
    assert details == ["synthetic fill started: 130 cases (seed 2026)",
                       "synthetic cases committed: 40 of 130 (seed 2026)",
                       "synthetic cases committed: 80 of 130 (seed 2026)"]
    assert cases == 80
    assert MaintenanceService(vault).verify(session).ok
    AccountService(vault).logout(session)
    vault.release()
    assert os.path.exists(paths.database)
