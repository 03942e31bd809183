"""What the application loads before the login window (issue 15: start → login ≤ 1.5 s, peak memory
≤ 400 MB with Argon2id's 256 MiB on top): the office server's driver, ReportLab, pypdf, Alembic,
the password dictionaries, the exchange, the command line's commands and the main window's pages
come later, when used."""

from __future__ import annotations

import subprocess
import sys

DEFERRED = ("alembic", "reportlab", "pypdf", "psycopg", "zxcvbn", "openpyxl", "pyxform",
            "desktop.services.bundles", "desktop.views.main_window", "desktop.views.setup_wizard",
            "desktop.cli.parser", "desktop.server.install", "desktop.synthetic.synth",
            "desktop.views.statistics.page")


def test_the_login_window_loads_none_of_the_deferred_packages() -> None:
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
            "import desktop.app, desktop.cli; from desktop.views.login import LoginWindow;"
            f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_deferred_packages_still_load_where_they_are_used() -> None:
    """The lazy imports name real modules (a typo would only fail when a user prints)."""
    import importlib

    for name in ("desktop.reports.referral_packet", "desktop.reports.case_summary",
                 "desktop.reports.protection", "desktop.reports.annual_report",
                 "desktop.reports.interview_record", "desktop.reports.recovery_sheet",
                 "desktop.services.interviews.record", "desktop.services.bundles",
                 "desktop.views.main_window", "desktop.views.setup_wizard",
                 "desktop.server.credentials", "desktop.services.maintenance.server",
                 "desktop.cli.parser", "desktop.views.statistics.page",
                 "zxcvbn.frequency_lists"):
        importlib.import_module(name)
