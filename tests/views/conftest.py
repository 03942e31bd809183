"""GUI fixtures: a real QApplication offscreen, the application context on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.views.context import AppContext
from desktop.views.style import apply_style
from desktop.views.worker import Worker

from ..conftest import Desk


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """QSettings in a temporary folder, so window state never leaks between tests."""
    QCoreApplication.setOrganizationName("CaseDeskTests")
    QCoreApplication.setApplicationName("CaseDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    apply_style(qapp)


@pytest.fixture
def ctx(desk: Desk, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """Services on the desk's vault, the administrator logged in."""
    worker = Worker()
    context = AppContext.build(desk.accounts, desk.maintenance, worker, session=desk.admin)
    yield context
    worker.wait()


@pytest.fixture
def changes(ctx: AppContext) -> list[str]:
    """The areas announced on the application-wide change signal, in order."""
    seen: list[str] = []
    ctx.changes.changed.connect(seen.append)
    return seen


def wait_idle(qtbot, ctx: AppContext, timeout: int = 20000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the background worker has delivered its results."""
    qtbot.waitUntil(lambda: not ctx.worker.is_busy, timeout=timeout)
