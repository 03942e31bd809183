"""The application's look: one style sheet from resources/style."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

STYLE = Path(__file__).resolve().parent.parent.parent / "resources" / "style" / "casedesk.qss"


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
