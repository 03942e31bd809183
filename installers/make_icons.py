"""Render resources/icons/casedesk.svg to the PNG (Linux, window icon) and ICO (Windows) files.

    python installers/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "casedesk.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    render(256).save(str(ICONS / "casedesk.png"))
    render(256).save(str(ICONS / "casedesk.ico"))  # Qt's ico plugin; Windows scales it down
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
