"""CaseDesk case-record benchmark: 100,000 synthetic cases in a vault with production Argon2id.

    .venv/bin/python bench/bench_cases.py [--cases N] [--write] [--keep DIR] [--reuse DIR]

1. A child process creates the vault (production KDF, no device binding) and runs `synth.fill`.
2. This process logs in as an HS supervisor (AGENCY scope) and an HS case worker (OWN scope) and
   times the real services: case list pages, search as you type, open, save; peak RSS.
3. The same service calls, hence the same SQL, run on an unencrypted copy (`sqlcipher_export`
   into `KEY ''`) in fresh child processes: once with SQLCipher's memory security switched on as
   the vault does (it mlocks every allocation), once without it (the floor).
`--write` replaces the "## Case records" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from results import replace_section  # noqa: E402
from sqlalchemy import create_engine, event, text  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import QueuePool  # noqa: E402

from bench import PASSWORD, machine, plaintext_copy  # noqa: E402
from desktop.services import policy
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import find_user
from desktop.services.cases.reads import CaseReads  # noqa: E402
from desktop.services.cases.service import CaseService  # noqa: E402
from desktop.services.user import UserSession  # noqa: E402
from desktop.synthetic import synth  # noqa: E402
from desktop.synthetic.demo import DEMO_PASSWORD  # noqa: E402
from desktop.vault import engine as sqlc  # noqa: E402
from desktop.vault import escrow  # noqa: E402
from desktop.vault.audit_log import ChainedAuditLog  # noqa: E402
from desktop.vault.crypto import PRODUCTION_KDF  # noqa: E402
from desktop.vault.device import DeviceSecrets  # noqa: E402
from desktop.vault.paths import VaultPaths  # noqa: E402
from desktop.vault.search import Fts5Index  # noqa: E402
from desktop.vault.vault import Vault, VaultConfig  # noqa: E402

SUPERVISOR, WORKER = "hs.sup1", "hs.cw1"
SECTION = "## Case records (100,000 synthetic cases)"
WORDS = (  # what people type: prefixes, with and without accents
    "ga", "gar", "garc", "garcia", "garcía", "maría", "maria", "josé", "jose", "hern", "hernández",
    "chepe", "güera", "guera", "pop", "coc", "cal", "friesen", "penn", "wiebe", "klassen", "chen",
    "wang", "singh", "patel", "flowers", "gillett", "arzu", "arzú", "sabal", "núñez", "nunez",
    "xol", "maquín", "maquin", "teichröb", "teichrob", "ixchel", "xiomara", "passport", "shrimp",
    "maria gar", "jose hern", "ana pop", "chen wei",
)


def ms(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def median_ms(run: Callable[[], object], repeat: int) -> float:
    return statistics.median(ms(run) for _ in range(repeat))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def config() -> VaultConfig:
    return VaultConfig(DeviceSecrets(None), PRODUCTION_KDF)


# -- 1. build ------------------------------------------------------------------------------------
def build(root: Path, cases: int) -> dict[str, Any]:
    public, _ = escrow.generate("benchmark escrow passphrase", PRODUCTION_KDF)
    vault = Vault(VaultPaths(root), config())
    accounts = AccountService(vault)
    admin = accounts.create_vault("admin", "Bench Admin", PASSWORD, public.public,
                                  device_binding=False)
    shown = [0]

    def progress(done: int) -> None:
        if done - shown[0] >= 10_000 or done == cases:
            shown[0] = done
            print(f"  synth: {done:,} cases", file=sys.stderr, flush=True)

    report = synth.fill(vault, cases, progress=progress, user=admin)
    accounts.logout(admin)
    vault.release()
    return {"fill_s": report.seconds, "rows": sum(report.rows.values()),
            "users": report.users_created, "rss_mb": rss_mb(),
            "size_mb": VaultPaths(root).database.stat().st_size / 2**20}


def rss_mb() -> float:
    """Peak RSS of this process (VmHWM: unlike ru_maxrss it is not inherited across fork+exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- 2. measure (shared by the encrypted vault and the unencrypted copies) ----------------------
def measure(store: Any, sup: UserSession, worker: UserSession, spec: dict[str, Any]) -> dict[str, Any]:
    reads, writes = CaseReads(store), CaseService(store)
    r: dict[str, Any] = {"list_cold": ms(lambda: reads.list_page(sup, offset=0, limit=50))}
    r["count"] = median_ms(lambda: reads.count(sup), 5)
    r["list_0"] = median_ms(lambda: reads.list_page(sup, offset=0, limit=50), 15)
    r["list_5000"] = median_ms(lambda: reads.list_page(sup, offset=5_000, limit=50), 7)
    r["list_50000"] = median_ms(lambda: reads.list_page(sup, offset=50_000, limit=50), 5)
    r["worker_list_0"] = median_ms(lambda: reads.list_page(worker, offset=0, limit=50), 15)
    r["worker_count"] = median_ms(lambda: reads.count(worker), 5)
    search = {q: median_ms(lambda q=q: reads.search(sup, q), 3) for q in spec["queries"]}
    r["search"] = search
    r["open"] = [ms(lambda i=i: reads.open(sup, i)) for i in spec["open_ids"]]
    saves = []
    for case_id in spec["save_ids"]:
        detail = reads.open(sup, case_id)
        district = "CAYO" if detail.row.district != "CAYO" else "TOLEDO"
        saves.append(ms(lambda i=case_id, v=detail.version, d=district: writes.update(
            sup, i, {"district": d}, v)))
    r["save"] = saves
    r["rss_mb"] = rss_mb()
    return r


def session_on(vault: Any, username: str) -> UserSession:
    with vault.session() as s:
        return UserSession(policy.principal_of(find_user(s, username)), False)


class PlainVault:
    """Just enough of `Vault` for the case services, over an unencrypted copy."""

    def __init__(self, path: Path, memory_security: bool) -> None:
        def creator() -> Any:
            c = sqlc.dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
            if memory_security:
                c.execute("PRAGMA cipher_memory_security = ON")
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                           "temp_store = MEMORY", "secure_delete = ON", "busy_timeout = 5000"):
                c.execute(f"PRAGMA {pragma}").fetchall()
            return c

        self.engine = create_engine("sqlite://", module=sqlc.dbapi, creator=creator,
                                    poolclass=QueuePool, pool_size=2, max_overflow=4)
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Any:
        return self._sessions()

    backend = "sqlcipher"
    is_unlocked = True
    audit = ChainedAuditLog(lambda: bytearray(b"\x01" * 32))  # the copy's chain is not verified
    search = Fts5Index()


def floor_child(plain: Path, spec_file: Path, memory_security: bool) -> dict[str, Any]:
    vault = PlainVault(plain, memory_security)
    spec = json.loads(spec_file.read_text())
    return measure(vault, session_on(vault, SUPERVISOR), session_on(vault, WORKER), spec)


def make_spec(vault: Vault) -> dict[str, Any]:
    with vault.session() as s:
        hs = "(SELECT id FROM agencies WHERE code = 'HS')"
        refs = list(s.scalars(text(f"SELECT reference FROM cases WHERE owning_agency_id = {hs} "
                                   "ORDER BY id DESC LIMIT 3 OFFSET 777")))
        open_ids = list(s.scalars(text(f"SELECT id FROM cases WHERE owning_agency_id = {hs} "
                                       "ORDER BY (id * 7919) % 100003 LIMIT 20")))
        save_ids = list(s.scalars(text(f"SELECT id FROM cases WHERE owning_agency_id = {hs} "
                                       "AND status IN ('ACTIVE', 'FOLLOW_UP', 'SCREENING') "
                                       "ORDER BY (id * 104729) % 100003 LIMIT 20")))
    queries = list(WORDS) + [refs[0], refs[1][:11], refs[2][-6:], "HS-2024", "POL-2023-0000"]
    return {"queries": queries, "open_ids": open_ids, "save_ids": save_ids}


def plans(vault: Vault, sup: UserSession, queries: dict[str, Callable[[], object]]) -> list[str]:
    """EXPLAIN QUERY PLAN of the main statement each service call sends."""
    seen: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "cases" in statement:
            seen.append((statement, parameters))

    lines: list[str] = []
    for name, run in queries.items():
        seen.clear()
        event.listen(vault.engine, "before_cursor_execute", capture)
        try:
            run()
        finally:
            event.remove(vault.engine, "before_cursor_execute", capture)
        statement, parameters = seen[0]
        with vault.raw_connection() as c:
            rows = c.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
        lines.append(f"-- {name}\n" + " ".join(statement.split()) + "\n" +
                     "\n".join(f"   {row[-1]}" for row in rows))
    return lines


def run(cases: int, keep: Path | None, reuse: Path | None) -> tuple[list[list[str]], list[str]]:
    work = reuse or keep or Path(tempfile.mkdtemp(prefix="casedesk-bench-cases-"))
    root = work / "vault"
    me = [sys.executable, str(Path(__file__).resolve())]
    built: dict[str, Any] = {}
    if reuse is None:
        done = subprocess.run(me + ["--build", str(root), "--cases", str(cases)], check=True,
                              stdout=subprocess.PIPE, text=True)
        built = json.loads(done.stdout.splitlines()[-1])
    vault = Vault(VaultPaths(root), config())
    accounts = AccountService(vault)
    login_ms = ms(lambda: accounts.login(SUPERVISOR, DEMO_PASSWORD))
    sup, worker = session_on(vault, SUPERVISOR), session_on(vault, WORKER)
    spec = make_spec(vault)
    spec_file, plain = work / "spec.json", work / "plain.db"
    spec_file.write_text(json.dumps(spec))
    for leftover in sqlc.sidecar_files(plain):
        leftover.unlink(missing_ok=True)
    plaintext_copy(vault, plain)
    enc = measure(vault, sup, worker, spec)
    notes = plans(vault, sup, {
        "list page, offset 50,000": lambda: CaseReads(vault).list_page(sup, offset=50_000, limit=50),
        "search 'garcia'": lambda: CaseReads(vault).search(sup, "garcia"),
        "case worker's list": lambda: CaseReads(vault).list_page(worker, limit=50)})
    accounts.logout(sup)
    vault.release()
    floors = []
    for flag in ("--memsec", "--no-memsec"):
        done = subprocess.run(me + ["--floor", str(plain), "--spec", str(spec_file), flag],
                              check=True, stdout=subprocess.PIPE, text=True)
        floors.append(json.loads(done.stdout.splitlines()[-1]))
    if keep is None and reuse is None:
        shutil.rmtree(work, ignore_errors=True)
    return rows(cases, built, login_ms, enc, floors[0], floors[1]), notes


def rows(cases: int, built: dict[str, Any], login_ms: float, enc: dict[str, Any],
         mem: dict[str, Any], flo: dict[str, Any]) -> list[list[str]]:
    def line(name: str, key: str, target: str, pick: Callable[[Any], float] = float) -> list[str]:
        e, m, f = pick(enc[key]), pick(mem[key]), pick(flo[key])
        return [name, f"{e:.1f} ms", f"{m:.1f} ms", f"{f:.1f} ms", f"{e / f:.2f}×", target]

    def search_p(values: dict[str, float]) -> float:
        return p95(list(values.values()))

    def search_med(values: dict[str, float]) -> float:
        return statistics.median(values.values())

    slowest = sorted(enc["search"].items(), key=lambda kv: -kv[1])[:3]
    table = []
    if built:
        table.append([f"build: synth.fill {cases:,} cases, {built['rows']:,} rows, "
                      f"{built['users']} staff accounts", f"{built['fill_s']:.0f} s", "", "", "",
                      f"file {built['size_mb']:.0f} MiB; peak RSS {built['rss_mb']:.0f} MB"])
    table += [
        ["log in as HS supervisor (Argon2id, production)", f"{login_ms:.0f} ms", "", "", "",
         "≤ 1500 ms"],
        line("list, first page (50 rows), cold after login", "list_cold", "≤ 100 ms"),
        line("list, first page (50 rows), warm median", "list_0", "≤ 100 ms"),
        line("list, page at offset 5,000", "list_5000", "≤ 50 ms"),
        line("list, page at offset 50,000", "list_50000", "≤ 50 ms"),
        line("count of cases in scope (supervisor)", "count", ""),
        line("case worker (OWN scope): first page", "worker_list_0", "≤ 100 ms"),
        line("case worker: count", "worker_count", ""),
        line(f"search as you type, median of {len(enc['search'])} queries", "search", "",
             search_med),
        line(f"search as you type, p95 of {len(enc['search'])} queries", "search", "≤ 50 ms",
             search_p),
        line("open a case, median of 20", "open", "", statistics.median),
        line("open a case, p95", "open", "≤ 150 ms", p95),
        line("save a case (one field), median of 20", "save", "≤ 30 ms", statistics.median),
        line("save a case, p95", "save", "", p95),
        ["peak RSS of the measuring process", f"{enc['rss_mb']:.0f} MB", f"{mem['rss_mb']:.0f} MB",
         f"{flo['rss_mb']:.0f} MB", "", "≤ 400 MB"],
        ["slowest searches (encrypted)", "; ".join(f"'{q}' {t:.0f} ms" for q, t in slowest),
         "; ".join(f"{mem['search'][q]:.0f} ms" for q, _ in slowest),
         "; ".join(f"{flo['search'][q]:.0f} ms" for q, _ in slowest), "", ""],
    ]
    return table


NOTES = """Notes: the vault is filled by `casedesk synth` (seed 2026) and measured through the real
services as an HS supervisor (AGENCY scope, about 70,000 cases) and an HS case worker (OWN scope).
The two unencrypted columns run the same service calls, hence the same SQL, on a `sqlcipher_export`
copy in fresh processes: with SQLCipher's `cipher_memory_security` switched on as the vault does (it
mlocks and wipes every SQLite allocation) and without it (the floor), so the table separates the cost
of page encryption from the cost of memory security. Search queries are timed as the median of three
runs each; open and save are 20 different open cases (a save is `CaseService.update` of one field
with its change record and audit entry, `synchronous = FULL`). Peak RSS includes Argon2id's 256 MiB."""


def markdown(table: list[list[str]]) -> str:
    lines = ["| measurement | encrypted vault | unencrypted, memory security on | "
             "unencrypted floor | ratio to floor | target |",
             "| --- | ---: | ---: | ---: | ---: | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in table]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it")
    parser.add_argument("--reuse", type=Path, help="measure the vault kept in DIR")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spec", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memsec", action=argparse.BooleanOptionalAction, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(json.dumps(build(args.build, args.cases)))
        return
    if args.floor:
        print(json.dumps(floor_child(args.floor, args.spec, bool(args.memsec))))
        return
    table, notes = run(args.cases, args.keep, args.reuse)
    header = f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}."
    result = markdown(table)
    print(header)
    print(result)
    print("\nQuery plans (encrypted vault):\n" + "\n\n".join(notes))
    if args.write:
        replace_section(SECTION, f"{SECTION}\n\n`.venv/bin/python bench/bench_cases.py --write` "
                        f"rewrites this section.\n\n{header}\n\n{result}\n\n{NOTES}\n")


if __name__ == "__main__":
    main()
