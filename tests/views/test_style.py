"""Every colour of the views is written in the one style sheet (issue 16.3)."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.views.palette import NAMES, colour
from desktop.views.style import apply_style

VIEWS = Path(__file__).resolve().parents[2] / "desktop" / "views"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_no_view_module_writes_a_colour_of_its_own() -> None:
    found = [f"{path.relative_to(VIEWS)}:{n}" for path in sorted(VIEWS.rglob("*.py"))
             if path.name != "palette.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if HEX.search(line)]
    assert not found, found


def test_the_colours_of_cells_come_from_the_style_sheet(qapp) -> None:  # type: ignore[no-untyped-def]
    """The conftest applies resources/style/casedesk.qss; every named colour is set there."""
    assert colour("alert").name() == "#b3261e"
    assert all(colour(name).isValid() for name in NAMES)


def test_the_style_is_applied_once(qapp) -> None:  # type: ignore[no-untyped-def]
    """The conftest applied it already: applying again neither re-creates the style nor
    repolishes the widgets (which crashed a later test when it did, for every test)."""
    style, sheet = qapp.style(), qapp.styleSheet()
    assert sheet and style.metaObject().className() == "QStyleSheetStyle"
    apply_style(qapp)
    assert qapp.style() is style and qapp.styleSheet() == sheet
