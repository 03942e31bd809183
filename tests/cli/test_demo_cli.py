"""`casedesk demo` removes its throw-away vault however it ends: window closed, Ctrl+C, SIGTERM,
while preparing or while running; and what a killed demo left is removed by the next one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from filelock import FileLock

from desktop.synthetic import demo

from .test_cli import installed_script

pytestmark = pytest.mark.slow


def spawn(command: list[str], temp: Path) -> subprocess.Popen[str]:
    temp.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def read_until(process: subprocess.Popen[str], prefix: str, limit: float = 240) -> list[str]:
    seen: list[str] = []
    started = time.monotonic()
    assert process.stdout is not None
    for line in process.stdout:
        seen.append(line)
        if line.startswith(prefix):
            return seen
        assert time.monotonic() - started < limit, seen
    raise AssertionError(f"no line {prefix!r}; stderr: {process.stderr.read()[-800:]}")  # type: ignore[union-attr]


def demo_folders(temp: Path) -> list[Path]:
    return sorted(temp.glob(f"{demo.FOLDER_PREFIX}*"))


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT"])
def test_signal_while_running_removes_the_demo_vault(tmp_path: Path, name: str) -> None:
    temp = tmp_path / "tmp"
    process = spawn([str(installed_script()), "demo"], temp)
    lines = read_until(process, "CaseDesk is ready")
    vault_line = next(line for line in lines if line.startswith("Demo vault: "))
    assert str(temp) in vault_line and "admin" in "".join(lines)
    assert len(demo_folders(temp)) == 1 and (demo_folders(temp)[0] / "vault").is_dir()
    process.send_signal(getattr(signal, name))
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + getattr(signal, name)
    assert err.strip().endswith(f"casedesk: stopped ({name}); the demo vault was removed.")
    assert demo_folders(temp) == []


def test_sigterm_while_preparing_removes_the_demo_vault(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    process = spawn([str(installed_script()), "demo"], temp)
    read_until(process, "Preparing a throw-away demo vault")
    assert len(demo_folders(temp)) == 1
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "CaseDesk is ready" not in out
    assert err.strip() == "casedesk: stopped (SIGTERM); the demo vault was removed."
    assert demo_folders(temp) == []


CLOSE_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.app import run_demo

    app = QApplication(sys.argv[:1])
    def close_windows():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(f"closing {len(windows)} window(s)", flush=True)
        for window in windows:
            window.close()
    QTimer.singleShot(0, lambda: QTimer.singleShot(300, close_windows))  # once exec runs
    sys.exit(run_demo())
""")


def test_closing_the_window_removes_the_demo_vault(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    process = spawn([sys.executable, "-c", CLOSE_WINDOW], temp)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "CaseDesk is ready" in out and "closing 1 window(s)" in out
    assert demo_folders(temp) == []


def test_what_a_killed_demo_left_is_removed_by_the_next(tmp_path: Path) -> None:
    """SIGKILL cannot be caught; the next demo removes the folders whose demo is gone."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    dead = temp / f"{demo.FOLDER_PREFIX}dead"  # its lock file is there but nobody holds it
    demo.vault_paths(dead).root.mkdir(parents=True)
    demo.vault_paths(dead).lockfile.write_text("")
    running = temp / f"{demo.FOLDER_PREFIX}running"
    demo.vault_paths(running).root.mkdir(parents=True)
    held = FileLock(str(demo.vault_paths(running).lockfile), timeout=0)
    held.acquire()
    young = temp / f"{demo.FOLDER_PREFIX}starting"  # made a moment ago, no vault yet
    young.mkdir()
    old = temp / f"{demo.FOLDER_PREFIX}old"
    old.mkdir()
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    other = temp / "casedesk-pg-unrelated"
    other.mkdir()
    try:
        fresh = demo.new_folder(temp)
        assert sorted(p.name for p in temp.iterdir()) == sorted(
            [running.name, young.name, other.name, fresh.name])
    finally:
        held.release()
