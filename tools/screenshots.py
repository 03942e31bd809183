"""Screenshots of every screen, as each demo user sees it, in English and Spanish, at two sizes.

    .venv/bin/python tools/screenshots.py                   # writes to bench/out/screenshots/
    .venv/bin/python tools/screenshots.py --out /tmp/shots --sizes 1366x768 --languages es

A throw-away demo vault (desktop/services/demo.py, fewer synthetic cases than `casedesk demo` so
that it is quick) is logged into as each of the six demo accounts; every page, every tab of the
case workspace and of Administration, the lock screen and one dialog of each kind are grabbed
offscreen into `<out>/<language>/<size>/<role>-NN-<what>.png`. Run it after changing a screen,
then look at the pictures: clipped text and crowded layouts show at once.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shiboken6  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QLocale,
    QSettings,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

from desktop.services.accounts.service import AccountService  # noqa: E402
from desktop.services.maintenance.service import MaintenanceService  # noqa: E402
from desktop.synthetic.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, build_demo_vault  # noqa: E402
from desktop.vault import escrow  # noqa: E402
from desktop.vault.device import DeviceSecrets  # noqa: E402
from desktop.vault.paths import VaultPaths  # noqa: E402
from desktop.vault.vault import Vault, VaultConfig  # noqa: E402
from desktop.views.context import AppContext  # noqa: E402
from desktop.views.login import LoginWindow  # noqa: E402
from desktop.views.main_window import MainWindow  # noqa: E402
from desktop.views.style import apply_style, install_translations  # noqa: E402
from desktop.views.worker import Worker  # noqa: E402

SIZES = ("1366x768", "1920x1080")
LANGUAGES = ("en", "es")


def settle(ctx: AppContext | None = None, ms: int = 150) -> None:
    """Let queued events, layouts and the background worker finish (an event loop that runs for
    `ms`, then again in short turns while the worker is busy)."""
    timer = QElapsedTimer()
    timer.start()
    wait = ms
    while wait > 0:
        loop = QEventLoop()
        QTimer.singleShot(wait, loop.quit)
        loop.exec()
        wait = 100 if ctx is not None and ctx.worker.is_busy and timer.elapsed() < 30000 else 0


def address(widget: QWidget) -> int:
    """The C++ object behind a widget (Python wrappers of top-level widgets come and go)."""
    return int(shiboken6.getCppPointer(widget)[0])


class Shooter:
    """Grabs widgets into numbered files for one role, language and size."""

    def __init__(self, folder: Path, prefix: str) -> None:
        self.folder, self.prefix, self.count = folder, prefix, 0
        folder.mkdir(parents=True, exist_ok=True)

    def grab(self, widget: QWidget, what: str) -> None:
        self.count += 1
        widget.grab().save(str(self.folder / f"{self.prefix}-{self.count:02d}-{what}.png"))

    def dialog(self, ctx: AppContext, trigger: Callable[[], object], what: str) -> None:
        """Open a dialog with `trigger`, grab the window it opened, then close it; works for
        `open()` and for a blocking `exec()` (the grab runs from the dialog's own event loop)."""
        before = {address(w) for w in QApplication.topLevelWidgets()}
        tries = [0]

        def grab_and_close() -> None:
            tries[0] += 1
            if ctx.worker.is_busy and tries[0] < 40:
                QTimer.singleShot(100, grab_and_close)
                return
            opened = [w for w in QApplication.topLevelWidgets() if w.isVisible()
                      and isinstance(w, QDialog | QMessageBox) and address(w) not in before]
            for window in opened:
                self.grab(window, what)
                window.reject()

        QTimer.singleShot(500, grab_and_close)
        trigger()
        settle(ctx, 700)


def context_for(vault: Vault, username: str) -> AppContext:
    accounts = AccountService(vault)
    session = accounts.login(username, DEMO_PASSWORD)
    return AppContext.build(accounts, MaintenanceService(vault), Worker(), session=session, demo=True)


def shoot_cases(window: MainWindow, ctx: AppContext, shot: Shooter) -> None:
    page: object = window.page_by_key.get("cases")
    if page is None:
        return
    cases = window.page_by_key["cases"]
    if cases.new_button.isVisible():  # type: ignore[attr-defined]
        shot.dialog(ctx, cases.new_case, "dialog-new-case")  # type: ignore[attr-defined]
    rows = ctx.case_reads.list_page(ctx.user, limit=40)
    if not rows:
        return
    chosen = next((r for r in rows if r.status not in ("CLOSED", "CLOSED_REFERRED")), rows[0])
    cases.open_case(chosen.id)  # type: ignore[attr-defined]
    settle(ctx, 400)
    workspace = cases.workspace  # type: ignore[attr-defined]
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        settle(ctx, 200)
        key = workspace.tab_list[index][0]
        shot.grab(window, f"case-{key}")
    workspace.tabs.setCurrentIndex(0)
    for key, button in workspace.action_buttons.items():
        if button.isVisible():
            shot.dialog(ctx, lambda k=key: workspace.act(k), f"dialog-case-{key}")
            break
    referrals = workspace.tab("referrals")
    workspace.tabs.setCurrentWidget(referrals)
    settle(ctx, 200)
    if referrals.new_button.isVisible() and referrals.new_button.isEnabled():
        shot.dialog(ctx, lambda: referrals.compose(None), "dialog-referral-composer")
    elif referrals.infos:
        shot.dialog(ctx, lambda: referrals.compose(next(iter(referrals.infos.values()))),
                    "dialog-referral-composer")
    interviews = workspace.tab("interviews")
    listed = [] if workspace.case.restricted("interviews") else \
        ctx.interviews.list_for_case(ctx.user, chosen.id)
    workspace.tabs.setCurrentWidget(interviews)
    settle(ctx, 300)
    if listed:
        interviews.open_interview(listed[0].id)
        settle(ctx, 400)
        shot.grab(window, "case-interview-editor")
        interviews.back_to_list()
    cases.show_list()  # type: ignore[attr-defined]


def shoot_admin(window: MainWindow, ctx: AppContext, shot: Shooter) -> None:
    admin = window.page_by_key.get("administration")
    if admin is None:
        return
    tabs = admin.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(ctx, 300)
        shot.grab(window, f"admin-{tabs.widget(index).objectName() or index}")
    users = next((tabs.widget(i) for i in range(tabs.count())
                  if hasattr(tabs.widget(i), "new_button")), None)
    if users is not None:
        tabs.setCurrentWidget(users)
        settle(ctx, 200)
        shot.dialog(ctx, users.new_button.click, "dialog-new-user")


def shoot_prevention(window: MainWindow, ctx: AppContext, shot: Shooter) -> None:
    page = window.page_by_key.get("prevention")
    if page is None:
        return
    button = getattr(page, "buttons", {}).get("training")
    if button is not None:
        shot.dialog(ctx, button.click, "dialog-training")


def shoot_role(vault: Vault, username: str, size: tuple[int, int], folder: Path) -> None:
    ctx = context_for(vault, username)
    shot = Shooter(folder, username)
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    settle(ctx, 300)
    for key in window.visible_page_keys():
        window.show_page(key)
        settle(ctx, 500)
        shot.grab(window, f"page-{key}")
        if key == "cases":
            shoot_cases(window, ctx, shot)
        elif key == "administration":
            shoot_admin(window, ctx, shot)
        elif key == "prevention":
            shoot_prevention(window, ctx, shot)
    window.show_page("home")
    settle(ctx, 200)
    shot.dialog(ctx, window.change_password, "dialog-change-password")
    window.lock(QCoreApplication.translate("MainWindow", "Locked from the menu."))
    settle(ctx, 300)
    shot.grab(window, "lock-screen")
    window.shutdown()
    window.close()
    window.deleteLater()
    settle(ctx, 100)
    ctx.worker.wait()


def shoot_login(vault: Vault, size: tuple[int, int], folder: Path) -> None:
    ctx = AppContext.build(AccountService(vault), MaintenanceService(vault), Worker(), demo=True)
    login = LoginWindow(ctx)
    login.resize(*size)
    login.show()
    settle(ctx, 300)
    Shooter(folder, "login").grab(login, "login")
    login.close()
    login.deleteLater()


def compile_translations(folder: Path) -> Path:
    """The .ts sources as they are now, compiled with Qt's lrelease (never a stale .qm)."""
    import subprocess

    sys.path.insert(0, str(ROOT / "installers"))
    import translations

    folder.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([translations.lrelease(), "-silent", str(ts), "-qm",
                        str(folder / ts.with_suffix(".qm").name)], check=True)
    return folder


def build_vault(folder: Path, cases: int) -> Vault:
    paths = VaultPaths(folder / "vault")
    config = VaultConfig.for_tests(DeviceSecrets(None))  # cheap Argon2: screenshots only
    public, _ = escrow.generate("screenshots escrow", config.kdf)
    vault = Vault(paths, config)
    build_demo_vault(vault, public.public, cases)
    vault.release()
    return Vault(paths, config)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "screenshots")
    parser.add_argument("--sizes", nargs="+", default=list(SIZES))
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--roles", nargs="+", default=[a.username for a in DEMO_ACCOUNTS])
    parser.add_argument("--cases", type=int, default=120)
    args = parser.parse_args()
    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1)  # `kill -USR1 <pid>` prints where a run is stuck
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("CaseDeskScreenshots")
    QCoreApplication.setApplicationName("CaseDeskScreenshots")
    work = Path(tempfile.mkdtemp(prefix="casedesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    apply_style(app)  # type: ignore[arg-type]
    try:
        compiled = compile_translations(work / "i18n")
        vault = build_vault(work, args.cases)
        for language in args.languages:
            translator = None if language == "en" else install_translations(
                app, QLocale(language), compiled)  # type: ignore[arg-type]
            for size in args.sizes:
                width, height = (int(n) for n in size.split("x"))
                folder = args.out / language / size
                shoot_login(vault, (width, height), folder)
                for username in args.roles:
                    shoot_role(vault, username, (width, height), folder)
                print(f"{language} {size}: {len(list(folder.glob('*.png')))} screenshots in {folder}")
            if translator is not None:
                app.removeTranslator(translator)  # type: ignore[union-attr]
        vault.release()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # After hundreds of windows, PySide6's own clean-up at interpreter exit can trip over a
    # reference count ("bool_dealloc"); every file is written by now, so leave without it.
    os._exit(code)
