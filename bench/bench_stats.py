"""CaseDesk statistics benchmark: the annual report's figures (counted, cached, recounted after a
write), ten years of statistics, the report PDF and the CTDC export with its k-anonymity check,
on a synthetic vault with production Argon2id.

    .venv/bin/python bench/bench_stats.py [--cases N] [--keep DIR | --reuse DIR]
                                          [--memory-security on|off] [--write]

The vault is built as bench_cases.py builds it (a child process running `synth.fill`). The
CTDC export must stay k-anonymous (every quasi-identifier combination shared by ≥ 11 records):
the run fails otherwise. `--write` replaces this size's section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_cases import PlainVault, config, session_on  # noqa: E402
from results import replace_section  # noqa: E402
from sqlalchemy import delete, text  # noqa: E402

from bench import PASSWORD, machine, plaintext_copy  # noqa: E402
from desktop.exchange import ctdc  # noqa: E402
from desktop.models import StatisticsCache  # noqa: E402
from desktop.services.accounts.service import AccountService  # noqa: E402
from desktop.services.accounts.users import NewUser
from desktop.services.exchange import ExchangeService  # noqa: E402
from desktop.services.statistics.prevention import PreventionService, TrainingRecord  # noqa: E402
from desktop.services.statistics.report import AnnualReportService  # noqa: E402
from desktop.services.statistics.service import Period, StatisticsService  # noqa: E402
from desktop.synthetic.demo import DEMO_PASSWORD  # noqa: E402
from desktop.vault import engine  # noqa: E402
from desktop.vault.paths import VaultPaths  # noqa: E402
from desktop.vault.vault import Vault  # noqa: E402

YEAR = 2025
TEN = [Period.year(y) for y in range(YEAR - 9, YEAR + 1)]
ME = "me.bench"
K = 11


def section(cases: int) -> str:
    return f"## Statistics, annual report and CTDC export ({cases:,} synthetic cases)"


NOTE = (
    "Notes: the vault is filled by `casedesk synth` (seed 2026); the statistics are the M&E "
    "officer's (every table, national). *Counted* is a year whose cached counts were dropped (the "
    "first view, or the first after a write that can change it): one pass of the counting SQL, "
    "then the suppression. *Cached* reads the year's counts from the vault (`statistics_cache`, "
    "kept current by migration 0008's triggers) and suppresses them (memoised). The floor rows "
    "run the same counting SQL on a `sqlcipher_export` copy in fresh processes, without the "
    "cache. \"Ten years, one year at a time, uncounted before\" is what the previous-year "
    "comparisons cost before this change: ten separate counts. The CTDC digest is the SHA-256 of "
    "the CSV without its date-stamped file name; the same digest before and after a change of the "
    "export code means the same records were released.")


def ms(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def median_ms(run: Callable[[], object], repeat: int) -> float:
    return statistics.median(ms(run) for _ in range(repeat))


def memory_security_off() -> None:
    """Open the vault without SQLCipher's memory security, as issue 15 decides for the default
    (until that engine lands, the benchmark turns the PRAGMA off itself)."""
    import sqlcipher3

    class Connection(sqlcipher3.dbapi2.Connection):  # type: ignore[misc]
        def execute(self, sql: str, *args: Any) -> Any:
            if sql.strip() == "PRAGMA cipher_memory_security = ON":
                sql = "PRAGMA cipher_memory_security = OFF"
            return super().execute(sql, *args)

    connect = engine.dbapi.connect
    engine.dbapi.connect = lambda *a, **k: connect(*a, factory=Connection, **k)


def me_officer(vault: Vault) -> None:
    accounts = AccountService(vault)
    admin = accounts.login("admin", PASSWORD)
    try:
        accounts.create_user(admin, NewUser(ME, "Bench M&E officer", "ME_OFFICER", "MHD", 1),
                             known_password=DEMO_PASSWORD)
    except Exception as error:  # already there when a kept vault is measured again
        print(f"  {ME}: {error}", file=sys.stderr)
    # no logout: logging out locks the vault, and the measurement goes on in this process


def drop_cache(vault: Vault) -> None:
    with vault.session() as db, db.begin():
        db.execute(delete(StatisticsCache))


def statistics_rows(vault: Vault, r: dict[str, Any]) -> None:
    me = session_on(vault, ME)
    stats, period = StatisticsService(vault), Period.year(YEAR)
    drop_cache(vault)
    r["counted"] = ms(lambda: stats.report(me, period, suppressed=True))
    r["cached"] = median_ms(lambda: stats.report(me, period, suppressed=True), 5)
    report = stats.report(me, period)
    r["identified"], r["assisted"] = report.table("victims").count("IDENTIFIED"), \
        report.table("assisted").total
    prevention = PreventionService(vault)
    training = prevention.save(me, TrainingRecord(period.end, "POLICE", participants_female=1))
    r["after_write"] = ms(lambda: stats.report(me, period, suppressed=True))  # YEAR dropped
    prevention.remove(me, "training", training)
    drop_cache(vault)
    r["ten_counted"] = ms(lambda: stats.reports(me, TEN, suppressed=True))
    r["ten_cached"] = median_ms(lambda: stats.reports(me, TEN, suppressed=True), 3)
    uncached = StatisticsService(vault)
    uncached.cached = False
    r["ten_separately"] = ms(lambda: [uncached.report(me, p, suppressed=True) for p in TEN])
    files = AnnualReportService(vault)
    r["pdf"] = median_ms(lambda: files.pdf(me, period), 3)
    drop_cache(vault)
    r["pdf_counted"] = ms(lambda: files.pdf(me, period))
    with vault.session() as db:
        r["memory_security"] = db.execute(text("PRAGMA cipher_memory_security")).scalar()


def ctdc_rows(vault: Vault, r: dict[str, Any]) -> None:
    """The export of every victim, and its k-anonymity checked from the file itself."""
    me = session_on(vault, ME)
    started = time.perf_counter()
    export = ExchangeService(vault).ctdc_export(me, k=K, fmt="csv")
    r["ctdc_s"] = time.perf_counter() - started
    lines = export.data.decode("utf-8-sig").splitlines()
    header = lines[0].split(",")
    positions = [header.index(q) for q in ctdc.QUASI_IDENTIFIERS]
    groups = Counter(tuple(line.split(",")[i] for i in positions) for line in lines[1:])
    r["ctdc_records"], r["ctdc_min_group"] = export.records, min(groups.values())
    r["ctdc_digest"] = hashlib.sha256(export.data).hexdigest()[:16]
    r["ctdc_notes"] = list(export.notes)
    if len(lines) - 1 != export.records or r["ctdc_min_group"] < K:
        raise SystemExit(f"CTDC export is not {K}-anonymous: a group of {r['ctdc_min_group']}")


def floor(plain: Path, memory_security: bool) -> float:
    """The counting of one year (no cache) on the unencrypted copy, warm median; a fresh process
    each, as SQLCipher's memory security is process-wide."""
    vault = PlainVault(plain, memory_security)
    me, stats = session_on(vault, ME), StatisticsService(vault)
    stats.report(me, Period.year(YEAR), suppressed=True)
    return median_ms(lambda: stats.report(me, Period.year(YEAR), suppressed=True), 3)


def table(cases: int, built: dict[str, Any], r: dict[str, Any]) -> list[list[str]]:
    rows = []
    if built:
        rows.append([f"build: synth.fill {cases:,} cases", f"{built['fill_s']:.0f} s", ""])
    target = "≤ 2000 ms" if cases >= 1_000_000 else "≤ 1000 ms"
    pdf_target = "≤ 3000 ms"
    rows += [
        [f"annual statistics {YEAR}, counted (cache dropped), suppressed", f"{r['counted']:.0f} ms",
         target],
        [f"annual statistics {YEAR}, cached, median of 5", f"{r['cached']:.0f} ms", target],
        ["… first view after a write in the year (that year recounted)",
         f"{r['after_write']:.0f} ms", target],
        [f"figures: victims identified {YEAR} / assisted", f"{r['identified']:,} / {r['assisted']:,}",
         ""],
        [f"ten years {TEN[0].start.year}–{YEAR}, counted in one pass", f"{r['ten_counted']:.0f} ms", ""],
        ["ten years, cached", f"{r['ten_cached']:.0f} ms", ""],
        ["ten years, one year at a time, uncached (before: ten counts)",
         f"{r['ten_separately']:.0f} ms", ""],
        ["annual report PDF with charts (EN), this year and last cached", f"{r['pdf']:.0f} ms",
         pdf_target],
        ["annual report PDF, both years counted", f"{r['pdf_counted']:.0f} ms", pdf_target],
        ["one year counted on an unencrypted copy, memory security on", f"{r['floor_memsec']:.0f} ms",
         ""],
        ["one year counted on an unencrypted copy, memory security off (the floor)",
         f"{r['floor']:.0f} ms", ""],
        [f"CTDC export, every victim, k = {K} (CSV)", f"{r['ctdc_s']:.2f} s", "≤ 3 s"],
        ["CTDC records released / smallest quasi-identifier group / digest",
         f"{r['ctdc_records']:,} / {r['ctdc_min_group']} / {r['ctdc_digest']}", f"smallest ≥ {K}"],
    ]
    return rows


def markdown(rows: list[list[str]]) -> str:
    out = ["| measurement | result | target |", "| --- | ---: | --- |"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it")
    parser.add_argument("--reuse", type=Path, help="measure the vault kept in DIR")
    parser.add_argument("--memory-security", choices=("on", "off"),
                        help="force SQLCipher's memory security (default: the engine's)")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memsec", action=argparse.BooleanOptionalAction, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        print(json.dumps(floor(args.floor, bool(args.memsec))))
        return
    if args.memory_security == "off":
        memory_security_off()
    work = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="casedesk-bench-stats-"))
    root, built = work / "vault", {}
    if args.reuse is None:
        cases_script = Path(__file__).resolve().parent / "bench_cases.py"
        done = subprocess.run([sys.executable, str(cases_script), "--build", str(root), "--cases",
                               str(args.cases)], check=True, stdout=subprocess.PIPE, text=True)
        built = json.loads(done.stdout.splitlines()[-1])
    vault = Vault(VaultPaths(root), config())
    AccountService(vault).login("hs.sup1", DEMO_PASSWORD)  # unlock with the production KDF
    me_officer(vault)
    result: dict[str, Any] = {}
    statistics_rows(vault, result)
    ctdc_rows(vault, result)
    plain = work / "plain-stats.db"
    plain.unlink(missing_ok=True)
    plaintext_copy(vault, plain)
    vault.release()
    me_script = [sys.executable, str(Path(__file__).resolve()), "--floor", str(plain)]
    for key, flag in (("floor_memsec", "--memsec"), ("floor", "--no-memsec")):
        done = subprocess.run(me_script + [flag], check=True, stdout=subprocess.PIPE, text=True)
        result[key] = json.loads(done.stdout.splitlines()[-1])
    plain.unlink(missing_ok=True)
    if args.keep is None and args.reuse is None:
        shutil.rmtree(work, ignore_errors=True)
    body = markdown(table(args.cases, built, result))
    notes = "\n".join(f"- {line}" for line in result["ctdc_notes"])
    stamp = (f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; SQLCipher memory "
             f"security {'on' if str(result['memory_security']) == '1' else 'off'} in the "
             "measuring process.")
    print(body + "\n\n" + notes)
    if args.write:
        title = section(args.cases)
        replace_section(title, f"{title}\n\n`.venv/bin/python bench/bench_stats.py --cases "
                             f"{args.cases} --write` rewrites this section.\n\n{stamp}\n\n{body}\n\n"
                             f"{NOTE}\n\nWhat the CTDC anonymisation did:\n\n{notes}\n")


if __name__ == "__main__":
    main()
