"""CaseDesk at scale: every measured operation on a vault of N synthetic cases against the same
SQL on an unencrypted copy (the floor), with its target; start → login and unlock → Home.

    .venv/bin/python bench/bench_scale.py --cases N [--keep DIR | --reuse DIR] [--write]
        [--samples S] [--no-gui] [--no-memsec] [--code TREE]

1. Build (skipped with --reuse when DIR/vault exists): a vault with production Argon2id and no
   device binding, then `casedesk synth --cases N` run as a developer runs it (timed), and an
   M&E officer for the statistics. The unencrypted copy is a `sqlcipher_export` into `KEY ''`.
2. A child process (memory security at its default, off) opens both and times every operation
   of `scale_ops.py` alternately on the vault and on the copy: raw timings, p95, the ratio of
   medians, each result's row count checked.
3. A second child times the same vault operations with memory security on (the K2 switch).
4. `gui_probe.py`, five fresh processes on the vault: start → login window, unlock → Home, and
   the application's peak RSS.
`--write` replaces this size's section of bench/RESULTS.md. `--code TREE` measures another
checkout of the code (the state before a change) with this harness.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import code_under_test  # noqa: E402  (first: which checkout of `desktop` is measured)

CODE = code_under_test.CODE

import scale_ops as ops  # noqa: E402
from results import replace_section  # noqa: E402

from bench import PASSWORD, machine, plaintext_copy  # noqa: E402

RATIO_TARGET, RATIO_GOAL = 1.5, 1.2
YEAR = 2025
OLD_PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
               "temp_store = MEMORY", "secure_delete = ON", "busy_timeout = 5000")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def config() -> Any:
    from desktop.vault.crypto import PRODUCTION_KDF
    from desktop.vault.device import DeviceSecrets
    from desktop.vault.vault import VaultConfig

    return VaultConfig(DeviceSecrets(None), PRODUCTION_KDF)


def env() -> dict[str, str]:
    return dict(os.environ, CASEDESK_BENCH_CODE=str(CODE), PYTHONPATH=str(CODE),
                QT_QPA_PLATFORM="offscreen")


# -- 1. build ------------------------------------------------------------------------------------
def build(work: Path, cases: int) -> dict[str, Any]:
    from desktop.services.accounts.service import AccountService, NewUser
    from desktop.synthetic.demo import DEMO_PASSWORD
    from desktop.vault import escrow
    from desktop.vault.crypto import PRODUCTION_KDF
    from desktop.vault.paths import VaultPaths
    from desktop.vault.vault import Vault

    root = work / "vault"
    public, _ = escrow.generate("benchmark escrow passphrase", PRODUCTION_KDF)
    vault = Vault(VaultPaths(root), config())
    accounts = AccountService(vault)
    admin = accounts.create_vault("admin", "Bench Admin", PASSWORD, public.public,
                                  device_binding=False)
    accounts.create_user(admin, NewUser(ops.ME, "Bench M&E officer", "ME_OFFICER", "MHD", 1),
                         known_password=DEMO_PASSWORD)
    accounts.logout(admin)
    vault.release()
    started = time.perf_counter()
    command = (f"import sys; sys.path.insert(0, {str(HERE)!r}); import code_under_test; "
               "from desktop.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", command, "synth", "--cases", str(cases),
                           "--user", "admin", "--password-stdin", "--data-dir", str(root)],
                          input=PASSWORD + "\n", text=True, capture_output=True, env=env(),
                          cwd=str(CODE), check=False)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError("casedesk synth failed: " + done.stderr[-2000:])
    database = VaultPaths(root).database
    return {"synth_s": seconds, "said": done.stdout.strip().splitlines()[-1],
            "size_mb": database.stat().st_size / 2**20, "built_at": datetime.now(UTC).isoformat()}


def export(work: Path) -> None:
    from sqlalchemy import select

    from desktop.models import User
    from desktop.services.accounts.service import AccountService, NewUser
    from desktop.synthetic.demo import DEMO_PASSWORD
    from desktop.vault.paths import VaultPaths
    from desktop.vault.vault import Vault

    vault = Vault(VaultPaths(work / "vault"), config())
    accounts = AccountService(vault)
    admin = accounts.login("admin", PASSWORD)  # migrates the vault if needed
    with vault.session() as s:
        missing = s.scalar(select(User.id).where(User.username == ops.ME)) is None
    if missing:
        accounts.create_user(admin, NewUser(ops.ME, "Bench M&E officer", "ME_OFFICER", "MHD", 1),
                             known_password=DEMO_PASSWORD)
    plain = work / "plain.db"
    for leftover in (plain, plain.with_name("plain.db-wal"), plain.with_name("plain.db-shm")):
        leftover.unlink(missing_ok=True)
    plaintext_copy(vault, plain)
    vault.release()


# -- 2. measure ----------------------------------------------------------------------------------
class PlainStore:
    """Just enough of `Vault` for the services, over the unencrypted copy, with the vault's
    connection settings (same PRAGMAs, same pool, BEGIN IMMEDIATE) and no key."""

    backend = "sqlcipher"
    is_unlocked = True
    memory_security = False
    # the copy holds the vault's triggers (sqlcipher_export copies them): the same counters and
    # statistics cache, read by the same SQL
    invalidates_statistics = True
    maintains_case_counts = True

    def __init__(self, path: Path) -> None:
        from sqlalchemy import create_engine, event
        from sqlalchemy.orm import sessionmaker
        from sqlalchemy.pool import QueuePool

        from desktop.vault import engine as sqlc
        from desktop.vault.audit_log import ChainedAuditLog
        from desktop.vault.search import Fts5Index

        pragmas = getattr(sqlc, "CONNECTION_PRAGMAS", OLD_PRAGMAS)

        def creator() -> Any:
            c = sqlc.dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
            for pragma in pragmas:
                c.execute(f"PRAGMA {pragma}").fetchall()
            return c

        self.engine = create_engine("sqlite://", module=sqlc.dbapi, creator=creator,
                                    poolclass=QueuePool, pool_size=2, max_overflow=4,
                                    pool_use_lifo=hasattr(sqlc, "CONNECTION_PRAGMAS"))
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.audit = ChainedAuditLog(lambda: bytearray(b"\x01" * 32))  # the copy's own chain
        self.search = Fts5Index()

    def session(self) -> Any:
        return self._sessions()


def session_on(store: Any, username: str) -> Any:
    from desktop.services import policy
    from desktop.services.accounts.service import find_user
    from desktop.services.user import UserSession

    with store.session() as s:
        return UserSession(policy.principal_of(find_user(s, username)), False)


def references(side: ops.Side) -> list[str]:
    from sqlalchemy import text

    with side.store.session() as s:
        refs = list(s.scalars(text("SELECT reference FROM cases WHERE owning_agency_id = "
                                   "(SELECT id FROM agencies WHERE code = 'HS') ORDER BY id DESC "
                                   "LIMIT 3 OFFSET 777")))
    return [refs[0], refs[1][:11], "HS-2024", "hs-2023-0001"]


def measure(work: Path, cases: int, samples: int, memory_security: bool) -> dict[str, Any]:
    from desktop.services.accounts.service import AccountService
    from desktop.synthetic.demo import DEMO_PASSWORD
    from desktop.vault import engine as sqlc
    from desktop.vault.paths import VaultPaths
    from desktop.vault.vault import Vault

    cache = os.environ.get("CASEDESK_BENCH_CACHE_KIB")
    if cache and hasattr(sqlc, "CONNECTION_PRAGMAS"):  # another page cache, vault and floor alike
        sqlc.CONNECTION_PRAGMAS = tuple(  # type: ignore[misc]
            f"cache_size = -{int(cache)}" if p.startswith("cache_size") else p
            for p in sqlc.CONNECTION_PRAGMAS)
    if memory_security:  # the K2 switch, as if an administrator had turned it on
        sqlc.memory_security_wanted = lambda connection: True  # type: ignore[attr-defined]
    vault = Vault(VaultPaths(work / "vault"), config())
    login_ms, _ = ops.timed(lambda: AccountService(vault).login(ops.SUPERVISOR, DEMO_PASSWORD))
    enc = ops.Side(vault, session_on)
    flo = None if memory_security else ops.Side(PlainStore(work / "plain.db"), session_on)
    other = flo or enc
    timings = ops.list_ops(enc, other, cases, samples) if flo else []
    if flo is None:  # memory security on: the vault alone, the same calls
        timings = [ops.compare(t, fn, None, n) for t, fn, n in memsec_calls(enc, samples)]
    else:
        timings += ops.search_ops(enc, flo, max(3, samples // 6), references(enc))
        timings += ops.case_ops(enc, flo, samples)
        timings += ops.stats_ops(enc, flo, YEAR, max(3, samples // 10))
        timings.append(ops.referral_op(enc, flo, max(10, samples // 2)))
    result = {"login_ms": login_ms, "rss_mb": rss_mb(),
              "timings": [t.summary() for t in timings]}
    if flo is not None and os.environ.get("CASEDESK_BENCH_AB") and hasattr(enc.reads, "pages"):
        result["before_after"] = [t.summary() for t in ops.before_after(enc, cases, samples)]
    vault.release()
    return result


def memsec_calls(side: ops.Side, samples: int) -> list[tuple[ops.Timing, Any, int]]:
    ids = ops.case_ids(side, samples, open_only=False)
    names = ops.NAMES
    return [
        (ops.Timing("list: first page, supervisor (50 rows)", 30),
         lambda i: side.reads.list_page(side.sup, limit=50), samples),
        (ops.Timing("count: supervisor (AGENCY scope)", 30), lambda i: side.reads.count(side.sup),
         samples),
        (ops.Timing("search: supervisor, names (p95 over every typed query)", 20),
         lambda i: side.reads.search(side.sup, names[i % len(names)]), len(names) * 2),
        (ops.Timing("open a case (audited view)", 50),
         lambda i: side.reads.open(side.sup, ids[i]), samples),
        (ops.Timing(f"annual statistics {YEAR} (M&E officer)", 2000),
         lambda i: stats_once(side), max(3, samples // 10)),
    ]


def stats_once(side: ops.Side) -> int:
    from desktop.services.statistics.service import Period, StatisticsService

    return int(StatisticsService(side.store).report(side.me, Period.year(YEAR))
               .table("victims").total or 0)


# -- 3. start and unlock ---------------------------------------------------------------------------
def gui(work: Path, runs: int) -> dict[str, Any]:
    from desktop.synthetic.demo import DEMO_PASSWORD

    # as installed: with the bytecode compiled (this machine's shells set
    # PYTHONDONTWRITEBYTECODE, which would recompile every CaseDesk module at each start)
    compileall.compile_dir(str(CODE / "desktop"), quiet=1)
    probe_env = {k: v for k, v in env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    starts, unlocks, peaks = [], [], []
    for _ in range(runs):
        began = time.time()
        done = subprocess.run([sys.executable, str(HERE / "gui_probe.py"), str(work / "vault"),
                               ops.SUPERVISOR], input=DEMO_PASSWORD + "\n", capture_output=True,
                              text=True, timeout=600, env=probe_env, check=False)
        values = dict(line.split("=") for line in done.stdout.split() if "=" in line)
        if "login_window_epoch" not in values:
            raise RuntimeError("GUI probe failed: " + done.stderr[-1500:])
        starts.append((float(values["login_window_epoch"]) - began) * 1000)
        unlocks.append(float(values["unlock_to_home_ms"]))
        peaks.append(float(values.get("peak_rss_mb", 0)))
    return {"start": starts, "unlock": unlocks, "rss": peaks}


# -- 4. report -------------------------------------------------------------------------------------
def verdict(value: float, target: float | None) -> str:
    return "" if target is None else ("met" if value <= target else "**missed**")


def ms(value: float) -> str:
    return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"


def table_row(t: dict[str, Any], on: dict[str, Any] | None) -> str:
    cells = [t["name"], f"{t['rows'][0]:,}", ms(t["enc_median"]), ms(t["enc_p95"])]
    if "ratio" in t:
        met = "met" if t["ratio"] <= RATIO_TARGET else "**missed**"
        cells += [ms(t["floor_median"]), ms(t["floor_p95"]), f"{t['ratio']:.2f}× {met}"]
    else:
        cells += ["", "", ""]
    cells.append(ms(on["enc_median"]) if on else "")
    cells.append(f"≤ {t['target']:,.0f} ms {verdict(t['enc_p95'], t['target'])}"
                 if t["target"] else "")
    return "| " + " | ".join(cells) + " |"


def markdown(cases: int, built: dict[str, Any], main: dict[str, Any], memsec: dict[str, Any] | None,
             shown: dict[str, Any] | None, load: tuple[str, str]) -> str:
    mem = {t["name"]: t for t in (memsec or {}).get("timings", [])}
    lines = [f"## {cases:,} cases", "",
             f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; load average "
             f"{load[0]} at the start, {load[1]} at the end (other engineers' builds and test "
             "suites share the two cores).", ""]
    if built:
        lines += [f"Vault: `casedesk synth --cases {cases}` took **{built['synth_s']:.0f} s** "
                  f"({built['said']}); file {built['size_mb']:,.0f} MiB.", ""]
    lines += ["| operation | rows | vault median | vault p95 | floor median | floor p95 | "
              "ratio (medians) | memory security on (median) | target (p95) |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    lines += [table_row(t, mem.get(t["name"])) for t in main["timings"]]
    lines.append(f"| log in (Argon2id, production parameters) | | {ms(main['login_ms'])} | | | | "
                 "| | |")
    if shown:
        for key, name in (("start", "start → login window (fresh process)"),
                          ("unlock", "unlock → Home painted (Argon2id included)")):
            values = shown[key]
            lines.append(f"| {name}, {len(values)} runs | | {ms(sorted(values)[len(values) // 2])} "
                         f"| {ms(ops.p95(values))} | | | | | ≤ 1,500 ms "
                         f"{verdict(ops.p95(values), 1500)} |")
        peak = max(shown["rss"])
        lines.append(f"| peak RSS of the application (start → Home) | | {peak:.0f} MB | | | | | "
                     f"| ≤ 400 MB {verdict(peak, 400)} |")
    lines.append(f"| peak RSS of the measuring process (vault and copy open) | | "
                 f"{main['rss_mb']:.0f} MB | | | | | | |")
    if shown and shown.get("note"):
        lines += ["", shown["note"]]
    ratios = [t for t in main["timings"] if "ratio" in t]
    worst = max(ratios, key=lambda t: t["ratio"])
    lines += ["", f"Worst ratio to the floor: **{worst['name']}**, {worst['ratio']:.2f}× "
              f"(target ≤ {RATIO_TARGET}×, goal ≤ {RATIO_GOAL}×); "
              f"{sum(t['ratio'] <= RATIO_GOAL for t in ratios)} of {len(ratios)} operations "
              f"within the goal.", ""]
    if main.get("before_after"):
        lines += ["Each change against the code it replaced, alternately on this vault "
                  "(medians):", "",
                  "| change: now / before | now | before | now ÷ before |",
                  "| --- | ---: | ---: | ---: |"]
        lines += [f"| {t['name']} | {ms(t['enc_median'])} | {ms(t['floor_median'])} | "
                  f"{t['ratio']:.2f} |" for t in main["before_after"]]
        lines.append("")
    return "\n".join(lines)


def child(mode: str, work: Path, extra: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), f"--{mode}", str(work),
                           *extra], stdout=subprocess.PIPE, text=True, env=env(), check=True)
    return dict(json.loads(done.stdout.splitlines()[-1]))


def run(args: argparse.Namespace) -> str:
    load_start = f"{os.getloadavg()[0]:.1f}"
    work = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="casedesk-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    built: dict[str, Any] = {}
    info = work / "build.json"
    if args.reuse is None or not (work / "vault").exists():
        print(f"building {args.cases:,} cases in {work} …", file=sys.stderr, flush=True)
        built = child("build", work, ["--cases", str(args.cases)])
        info.write_text(json.dumps(built))
        (work / "plain.db").unlink(missing_ok=True)
    elif info.exists():
        built = json.loads(info.read_text())
    if not (work / "plain.db").exists():
        child("export", work, [])
    measured = work / "measured.json"
    if args.gui_only:  # the queries as measured last time; start and unlock again, now
        kept = json.loads(measured.read_text())
        main_result, memsec, load_start = kept["main"], kept["memsec"], kept["load"][0]
    else:
        extra = ["--cases", str(args.cases), "--samples", str(args.samples)]
        main_result = child("measure", work, extra)
        memsec = None if args.no_memsec else child("measure", work, [*extra, "--memsec"])
        measured.write_text(json.dumps({"main": main_result, "memsec": memsec, "load": [
            load_start, f"{os.getloadavg()[0]:.1f}"], "at": f"{datetime.now(UTC):%H:%M}"}))
    gui_load = f"{os.getloadavg()[0]:.1f}"
    shown = None if args.no_gui else gui(work, 5)
    if shown is not None and args.gui_only:
        shown["note"] = (f"Start and unlock measured again at {datetime.now(UTC):%H:%M} UTC, "
                         f"load average {gui_load}; the queries are those of the run above "
                         f"({kept['at']} UTC).")
    load_end = kept["load"][1] if args.gui_only else f"{os.getloadavg()[0]:.1f}"
    if args.keep is None and args.reuse is None:
        shutil.rmtree(work, ignore_errors=True)
    return markdown(args.cases, built, main_result, memsec, shown, (load_start, load_end))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=30, help="timed calls per operation and store")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it")
    parser.add_argument("--reuse", type=Path, help="measure the vault kept in DIR (build if none)")
    parser.add_argument("--no-gui", action="store_true", help="skip start and unlock")
    parser.add_argument("--gui-only", action="store_true",
                        help="with --reuse: measure start and unlock again, keep the queries' figures")
    parser.add_argument("--no-memsec", action="store_true", help="skip the memory security run")
    parser.add_argument("--code", type=Path, help="measure this checkout of the code instead")
    parser.add_argument("--cache-kib", type=int, help="page cache per connection (KiB)")
    parser.add_argument("--before-after", action="store_true",
                        help="also time each change against the code it replaced")
    for hidden in ("build", "export", "measure"):
        parser.add_argument(f"--{hidden}", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memsec", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.before_after:
        os.environ["CASEDESK_BENCH_AB"] = "1"
    if args.cache_kib:
        os.environ["CASEDESK_BENCH_CACHE_KIB"] = str(args.cache_kib)
    if args.code:
        os.environ["CASEDESK_BENCH_CODE"] = str(args.code.resolve())
        os.execv(sys.executable, [sys.executable, str(Path(__file__).resolve()),
                                  *[a for a in sys.argv[1:] if a != "--code"
                                    and a != str(args.code)]])
    if args.build:
        print(json.dumps(build(args.build, args.cases)))
    elif args.export:
        export(args.export)
        print("{}")
    elif args.measure:
        print(json.dumps(measure(args.measure, args.cases, args.samples, args.memsec)))
    else:
        body = run(args)
        print(body)
        if args.write:
            replace_section(f"## {args.cases:,} cases", body)


if __name__ == "__main__":
    main()
