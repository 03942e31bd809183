"""`casedesk demo`: how long a newcomer waits for the login window, and that the throw-away vault
is gone afterwards.

    .venv/bin/python bench/bench_demo.py [--runs N] [--write]

Each run spawns the installed `.venv/bin/casedesk demo` (offscreen unless DISPLAY is set and
`--display` is given) and reads its standard output: the clock stops at each of its lines —
"Preparing…" (the program's modules are loaded), "Demo vault: …" (vault, six accounts and 600
synthetic cases made) and "CaseDesk is ready" (the login window is up and Qt's event loop runs).
Then the process gets SIGTERM, and the run counts only if it exits with 143 and its folder is
gone. Median, fastest and slowest of N runs after one warm-up (which also leaves Python's cache of
compiled modules, as any first start does; the bench lifts PYTHONDONTWRITEBYTECODE should the
environment set it); the load average is printed beside them, because the machine is shared.
`--write` replaces the "## casedesk demo" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from results import replace_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## casedesk demo"
MARKS = (("modules loaded", "Preparing a throw-away demo vault"),
         ("vault with 600 cases made", "Demo vault: "),
         ("login window up", "CaseDesk is ready"))
TARGET_S = 5.0


def one_start(display: bool, limit: float = 180.0) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: compiled modules cached
    if not display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "casedesk"), "demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found: dict[str, float] = {}
    folder: Path | None = None
    assert process.stdout is not None
    for line in process.stdout:
        for name, prefix in MARKS:
            if line.startswith(prefix) and name not in found:
                found[name] = time.perf_counter() - started
        match = re.match(r"Demo vault: (.*) \(deleted", line)
        if match:
            folder = Path(match.group(1)).parent
        if len(found) == len(MARKS) or time.perf_counter() - started > limit:
            break
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    if len(found) != len(MARKS) or folder is None:
        raise SystemExit(f"casedesk demo did not get ready: {err.strip()[-500:]}")
    if process.returncode != 128 + signal.SIGTERM or folder.exists():
        raise SystemExit(f"SIGTERM left exit code {process.returncode}, folder "
                         f"{'kept' if folder.exists() else 'removed'}")
    return found


def load() -> str:
    return ", ".join(f"{v:.1f}" for v in os.getloadavg())


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"{memory:.0f} GiB, Python {platform.python_version()}")


def run(runs: int, display: bool, note: str = "") -> str:
    before = load()
    one_start(display)  # warm-up: the page cache
    starts = [one_start(display) for _ in range(runs)]
    after = load()
    rows = ["| measurement (seconds from spawning the process) | median | fastest | slowest | "
            "target |", "| --- | ---: | ---: | ---: | --- |"]
    for name, _ in MARKS:
        values = [s[name] for s in starts]
        target = f"≤ {TARGET_S:.0f} s" if name == "login window up" else ""
        rows.append(f"| {name} | {statistics.median(values):.2f} | {min(values):.2f} | "
                    f"{max(values):.2f} | {target} |")
    return "\n".join([
        SECTION, "",
        "`.venv/bin/python bench/bench_demo.py --write` rewrites this section.", "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; {runs} starts after a "
        f"warm-up, {'on the display' if display else 'offscreen'}; load average (1, 5, 15 min) "
        f"{before} before, {after} after.", "",
        *rows, "",
        f"Every start was stopped with SIGTERM once ready: exit code 143 and its temporary folder "
        f"removed, {runs + 1} times of {runs + 1}.", "", *([note, ""] if note else [])])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--display", action="store_true", help="use DISPLAY, not offscreen")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--note", default="", help="a paragraph kept under the table")
    args = parser.parse_args()
    section = run(args.runs, args.display and bool(os.environ.get("DISPLAY")), args.note)
    print(section)
    if args.write:
        replace_section(SECTION, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
