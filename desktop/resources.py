"""Where the application's resources live: style sheets, forms, fonts, icons, translations.

From a source checkout they are in `resources/` next to the `desktop` package; in a PyInstaller
bundle the spec copies them to `resources/` inside the bundle (`sys._MEIPASS`). No Qt here.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under the resources folder, e.g. `resource("style", "casedesk.qss")`."""
    return resources_dir().joinpath(*parts)
