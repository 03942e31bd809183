"""P1 on screen: a case named in Chinese, Japanese, Korean, Arabic, Hebrew and emoji shows in the case
workspace with real glyphs even where the system has no such font (the bundled fonts are in Qt's
font database and the style sheet names no font family that would stop Qt's fallback)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from desktop.services.cases.service import CaseService, NewCase
from desktop.views.cases.workspace import CaseWorkspace
from desktop.views.fonts import register_bundled_fonts
from desktop.views.style import STYLE

from ..conftest import Desk
from .case_world import add_staff, context_for, seed_cases, session_of
from .conftest import wait_idle

NAMES = ("王秀英", "山田花子", "김민준", "محمد عبدالله", "דוד כהן", "👩‍👧")


def covered(char: str, families: tuple[str, ...]) -> bool:
    for family in families:
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and raw.supportsCharacter(ord(char)):
            return True
    return False


def test_bundled_fonts_cover_every_script_and_the_style_sheet_leaves_fallback_to_qt_p1(qapp) -> None:  # type: ignore[no-untyped-def]
    families = register_bundled_fonts()
    assert {"Noto Sans Arabic", "Noto Sans Hebrew", "Droid Sans Fallback", "Symbola"} <= set(families)
    assert set(families) <= set(QFontDatabase.families())
    for name in NAMES:
        for char in name:
            if char not in (" ", "\u200d"):
                assert covered(char, families), (name, char)
    assert "font-family" not in STYLE.read_text(encoding="utf-8")


def test_a_case_named_in_six_scripts_shows_in_its_workspace_p1(qtbot, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_staff(desk.accounts, desk.admin)
    seed_cases(desk.vault)
    ana = session_of(desk.vault, "ana")
    case = CaseService(desk.vault).create(ana, NewCase("王秀英 山田花子", "김민준 محمد عبدالله", "FEMALE",
                                             aliases=("דוד כהן", "👩‍👧"), citizenships=("CN",)))
    ctx = context_for(desk.vault, ana)
    workspace = CaseWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1156, 700)
    workspace.show()
    workspace.load(case.id)
    wait_idle(qtbot, ctx)
    shown = workspace.header.name.text()
    assert "王秀英 山田花子" in shown and "محمد عبدالله" in shown
    workspace.grab().save(str(tmp_path / "case-in-six-scripts.png"))  # looked at by eye
    ctx.worker.wait()
