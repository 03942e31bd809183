"""CaseDesk benchmark: builds a vault with production Argon2id parameters and prints a table.

    .venv/bin/python bench/bench.py [--audit-entries N] [--write]

Every database query is also timed on an unencrypted copy of the same database (the floor), so the
table shows what SQLCipher costs. `--write` stores the table in bench/RESULTS.md with the date and
machine. The vault is made without device binding (no OS keyring on a benchmark machine); the
device secret adds one keyring read and one HKDF, which are negligible next to Argon2id.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from results import replace_section  # noqa: E402

from desktop.services import audit  # noqa: E402
from desktop.services.accounts.service import AccountService  # noqa: E402
from desktop.services.audit import AuditAction  # noqa: E402
from desktop.services.maintenance.service import MaintenanceService  # noqa: E402
from desktop.vault import crypto, escrow  # noqa: E402
from desktop.vault import engine as sqlc  # noqa: E402
from desktop.vault.crypto import PRODUCTION_KDF  # noqa: E402
from desktop.vault.device import DeviceSecrets  # noqa: E402
from desktop.vault.paths import VaultPaths  # noqa: E402
from desktop.vault.vault import Vault, VaultConfig  # noqa: E402

PASSWORD = "Benchmark-Tapir-Jaguar-77"
Row = tuple[str, str, str, str]


def timed(run: Callable[[], object], repeat: int = 1) -> float:
    """Median wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def plaintext_copy(vault: Vault, target: Path) -> None:
    with vault.raw_connection() as c:
        literal = str(target).replace("'", "''")
        c.execute(f"ATTACH DATABASE '{literal}' AS plain KEY ''")
        c.execute("SELECT sqlcipher_export('plain')").fetchall()
        c.execute("DETACH DATABASE plain")


QUERIES = {
    "audit screen, newest 500": "SELECT * FROM audit_entries ORDER BY id DESC LIMIT 500",
    "audit filter by action": "SELECT count(*) FROM audit_entries WHERE action = 'verify'",
    "user list with roles": "SELECT u.*, r.code, a.code FROM users u JOIN roles r ON "
                            "r.id = u.role_id JOIN agencies a ON a.id = u.agency_id",
    "full audit scan": "SELECT id, mac FROM audit_entries ORDER BY id",
}


def query_rows(vault: Vault, plain: Path) -> list[Row]:
    import sqlcipher3

    rows: list[Row] = []
    floor = sqlcipher3.dbapi2.connect(str(plain))
    with vault.raw_connection() as encrypted:
        for name, sql in QUERIES.items():
            for c in (encrypted, floor):  # warm both caches alike
                c.execute(sql).fetchall()
            enc = timed(lambda q=sql: encrypted.execute(q).fetchall(), 15)
            flo = timed(lambda q=sql: floor.execute(q).fetchall(), 15)
            rows.append((f"query: {name}", f"{enc:.2f} ms", f"{flo:.2f} ms", f"{enc / flo:.2f}×"))
    floor.close()
    return rows


def run(entries: int) -> list[Row]:
    rows: list[Row] = []
    work = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    config = VaultConfig(DeviceSecrets(None), PRODUCTION_KDF)
    paths = VaultPaths(work / "vault")
    public, _ = escrow.generate("benchmark escrow passphrase", PRODUCTION_KDF)
    vault = Vault(paths, config)
    accounts, maintenance = AccountService(vault), MaintenanceService(vault)

    ms = timed(lambda: accounts.logout(accounts.create_vault(
        "admin", "Bench Admin", PASSWORD, public.public, device_binding=False)))
    rows.append(("create vault (Argon2id + schema + seed)", f"{ms:.0f} ms", "", ""))

    salt = os.urandom(16)
    kdf = timed(lambda: crypto.argon2id(PASSWORD.encode(), salt, PRODUCTION_KDF), 5)
    p = PRODUCTION_KDF
    rows.append((f"Argon2id alone (m={p.memory_kib // 1024} MiB, t={p.time_cost}, "
                 f"p={p.parallelism})", f"{kdf:.0f} ms", "", "target 500–1000 ms"))
    sessions = []
    ms = timed(lambda: sessions.append(accounts.login("admin", PASSWORD)), 5)
    rows.append(("unlock: password → logged-in session", f"{ms:.0f} ms", "", "target ≤ 1500 ms"))
    for extra in sessions[:-1]:
        del extra
    session = sessions[-1]

    def append_one() -> None:
        with vault.session() as s, s.begin():
            audit.append(s, vault, session.principal, AuditAction.VERIFY, "bench", "", "tick")

    ms = timed(append_one, 200)
    rows.append(("audited write transaction (median)", f"{ms:.2f} ms", "", ""))
    start = time.perf_counter()
    with vault.session() as s, s.begin():
        for n in range(entries):
            audit.append(s, vault, session.principal, AuditAction.VERIFY, "bench", n, "tick")
    rows.append((f"append {entries:,} audit entries (one transaction)",
                 f"{(time.perf_counter() - start) * 1000:.0f} ms", "", ""))

    def verify_chain() -> None:
        with vault.session() as s:
            assert audit.verify(s, vault).ok

    rows.append((f"verify audit chain ({entries:,} entries)", f"{timed(verify_chain):.0f} ms",
                 "", ""))
    plain = work / "plain.db"
    plaintext_copy(vault, plain)
    rows.extend(query_rows(vault, plain))
    rows.append(("casedesk verify (all checks)",
                 f"{timed(lambda: maintenance.verify(session)):.0f} ms", "", ""))
    rows.append(("backup with verification",
                 f"{timed(lambda: maintenance.backup(session, work / 'backups')):.0f} ms", "",
                 "target ≤ 30 s"))
    rows.append(("key rotation (export, verify, swap)",
                 f"{timed(lambda: maintenance.rekey(session)):.0f} ms", "", ""))
    accounts.logout(session)
    vault.release()
    rows.extend(gui_rows(paths))
    vault.acquire()
    session = accounts.login("admin", PASSWORD)
    size = paths.database.stat().st_size
    rows.append(("database size", f"{size / 1024 / 1024:.1f} MiB", "", ""))
    accounts.logout(session)
    vault.release()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory (RSS)", f"{peak:.0f} MB", "", "target ≤ 400 MB"))
    return rows


def gui_rows(paths: VaultPaths) -> list[Row]:
    """Start to login window, and unlock to Home, in a fresh process (median of 3)."""
    import subprocess

    probe = Path(__file__).with_name("gui_probe.py")
    starts, unlocks = [], []
    for _ in range(3):
        began = time.time()
        done = subprocess.run([sys.executable, str(probe), str(paths.root), "admin"],
                              input=PASSWORD + "\n", capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        values = dict(line.split("=") for line in done.stdout.split() if "=" in line)
        if "login_window_epoch" not in values:
            raise RuntimeError("GUI probe failed: " + done.stderr[-500:])
        starts.append((float(values["login_window_epoch"]) - began) * 1000)
        unlocks.append(float(values["unlock_to_home_ms"]))
    return [("start to login window (fresh process, offscreen)",
             f"{statistics.median(starts):.0f} ms", "", "target ≤ 1500 ms"),
            ("unlock to Home page (Argon2id included)", f"{statistics.median(unlocks):.0f} ms",
             "", "target ≤ 1500 ms")]


def table(rows: list[Row]) -> str:
    lines = ["| measurement | encrypted | unencrypted floor | ratio / target |",
             "| --- | ---: | ---: | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def machine() -> str:
    cores = os.cpu_count()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (f"{platform.system()} {platform.machine()}, {cores} cores, {memory:.0f} GiB, "
            f"Python {platform.python_version()}, SQLCipher {sqlc.cipher_version()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit-entries", type=int, default=5_000)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    result = table(run(args.audit_entries))
    header = f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}."
    print(header)
    print(result)
    if args.write:
        replace_section(SECTION, f"{SECTION}\n\n`.venv/bin/python bench/bench.py --write` "
                        f"rewrites this section.\n\n{header}\n\n{result}\n")


SECTION = "## Vault operations"


if __name__ == "__main__":
    main()
