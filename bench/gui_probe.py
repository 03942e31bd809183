"""Child process for bench.py: time from interpreter start to a painted login window, then
from pressing "Log in" (production Argon2id) to the Home page of the main window.

    python bench/gui_probe.py DATA_DIR USERNAME   (password on stdin)
Prints `login_window_epoch=…` (wall clock when the login window was up) and `unlock_to_home_ms=…`.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import code_under_test  # noqa: E402, F401  (which checkout of `desktop` is measured)

importlib.import_module("desktop.cli")  # first, as `casedesk` starts: the command line, then Qt
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import Controller  # noqa: E402
from desktop.views.login import LoginWindow  # noqa: E402
from desktop.views.style import apply_style  # noqa: E402


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    from desktop.vault.device import DeviceSecrets
    from desktop.vault.paths import VaultPaths
    from desktop.vault.vault import Vault, VaultConfig

    data_dir, username = Path(sys.argv[1]), sys.argv[2]
    password = sys.stdin.readline().rstrip("\n")
    app = QApplication(sys.argv[:1])
    apply_style(app)
    vault = Vault(VaultPaths(data_dir), VaultConfig(DeviceSecrets(None)))
    vault.acquire()
    controller = Controller(vault)
    controller.start()
    marks: dict[str, float] = {}

    def shown() -> None:
        print(f"login_rss_mb={peak_rss_mb():.0f}")  # the peak before unlocking
        marks["login"] = time.perf_counter()
        marks["login_epoch"] = time.time()
        login = controller.window
        assert isinstance(login, LoginWindow)
        login.username.setText(username)
        login.password.setText(password)
        marks["submit"] = time.perf_counter()
        login.submit()
        QTimer.singleShot(5, wait_home)

    def wait_home() -> None:
        main = controller.main  # (the main window's module is loaded after the unlock, as in use)
        if main is not None and main.isVisible():
            app.processEvents()
            main.grab()  # painted
            marks["home"] = time.perf_counter()
            print(f"login_window_epoch={marks['login_epoch']:.4f}")
            print(f"unlock_to_home_ms={(marks['home'] - marks['submit']) * 1000:.0f}")
            print(f"peak_rss_mb={peak_rss_mb():.0f}", flush=True)
            controller.quit()
            return
        QTimer.singleShot(5, wait_home)

    QTimer.singleShot(0, shown)
    app.exec()
    vault.release()


if __name__ == "__main__":
    main()
