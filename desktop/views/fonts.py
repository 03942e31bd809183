"""The bundled fonts for the screens: names in Chinese, Japanese, Korean, Arabic, Hebrew and emoji
show on a workstation that has no such font installed (a bare Linux, a locked-down Windows).

Qt shapes, orders and falls back between fonts by itself; it only needs the fonts to exist. The
style sheet sets no font family, so the system font stays first and these fill the gaps.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from desktop.resources import resource

FALLBACK_FONTS = (
    "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf", "DroidSansFallback.ttf", "SymbolaEmoji.ttf",
)


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Adds the fallback fonts to the application's font database once; returns their families."""
    families: list[str] = []
    for file_name in FALLBACK_FONTS:
        path = resource("fonts", file_name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
