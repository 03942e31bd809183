"""The Linux bundle: its size, and how long the bundled program takes to put its first window on
screen, next to the same program run from source.

    xvfb-run -a .venv/bin/python bench/bench_bundle.py [--tarball dist/casedesk-….tar.gz] [--write]

Needs a display (Xvfb) and `xwininfo`. Each start uses a fresh, empty data folder, so the window
that appears is the first-run setup wizard; the time runs from spawning the process until a
top-level window titled "CaseDesk…" exists on the X server (polled every 10 ms). Median of five
starts after one warm-up start (the first start after unpacking also pays for the page cache).
`--write` replaces the "## Linux bundle" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results import replace_section  # noqa: E402

from bench import machine  # noqa: E402

SECTION = "## Linux bundle"
RUNS = 5


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def window_up() -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    return '"CaseDesk' in tree


def time_to_window(command: list[str], env: dict[str, str], limit: float = 60.0) -> float:
    with tempfile.TemporaryDirectory() as data:
        started = time.perf_counter()
        process = subprocess.Popen([*command, "--data-dir", data], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < limit:
                if window_up():
                    return (time.perf_counter() - started) * 1000
                if process.poll() is not None:
                    raise SystemExit(f"{command[0]} exited with {process.returncode} before a window")
                time.sleep(0.01)
            raise SystemExit(f"no window within {limit:.0f} s")
        finally:
            process.terminate()
            process.wait(10)


def median_start(command: list[str], env: dict[str, str]) -> float:
    time_to_window(command, env)  # warm-up
    return statistics.median(time_to_window(command, env) for _ in range(RUNS))


def measure(tarball: Path) -> list[tuple[str, str, str]]:
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": os.environ["DISPLAY"], "LANG": "C.UTF-8",
           "HOME": tempfile.mkdtemp(prefix="casedesk-bench-home-")}
    if "XAUTHORITY" in os.environ:  # xvfb-run's cookie
        env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    with tempfile.TemporaryDirectory() as scratch:
        with tarfile.open(tarball) as archive:
            archive.extractall(scratch, filter="data")
        top = next(Path(scratch).iterdir())
        program = top / "casedesk" / "casedesk"
        rows = [
            ("bundle archive (tar.gz)", f"{tarball.stat().st_size / 2**20:.0f} MiB", ""),
            ("bundle unpacked", f"{folder_size(top) / 2**20:.0f} MiB", ""),
            ("start to first window, bundled program (median of 5)",
             f"{median_start([str(program)], env):.0f} ms", "target ≤ 1500 ms"),
        ]
    source_env = dict(env, PATH=f"{ROOT / '.venv' / 'bin'}:/usr/bin:/bin")
    rows.append(("start to first window, from source (`.venv/bin/casedesk`, median of 5)",
                 f"{median_start([str(ROOT / '.venv' / 'bin' / 'casedesk')], source_env):.0f} ms",
                 ""))
    return rows


def write(rows: list[tuple[str, str, str]], tarball: Path) -> str:
    table = ["| measurement | value | note |", "| --- | ---: | --- |"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join([
        SECTION, "",
        "`installers/linux/build.sh` then `xvfb-run -a .venv/bin/python bench/bench_bundle.py --write`.",
        "", f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; archive `{tarball.name}`.",
        "", *table, "",
        "The first window of a fresh data folder is the setup wizard; the clock stops when the X "
        "server has a top-level window titled CaseDesk. Both programs start with an empty "
        "environment except PATH, DISPLAY, XAUTHORITY, LANG and HOME.", ""])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tarball", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    tarball = args.tarball or max((ROOT / "dist").glob("casedesk-*-linux-*.tar.gz"),
                                  key=lambda p: p.stat().st_mtime)
    rows = measure(tarball)
    text = write(rows, tarball)
    print(text)
    if args.write:
        replace_section(SECTION, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
