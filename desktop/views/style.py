"""The application's look (one style sheet from resources/style) and its language (the Qt
translations compiled into resources/i18n by installers/translations.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource

from .fonts import register_bundled_fonts

STYLE = resource("style", "casedesk.qss")
TRANSLATIONS = resource("i18n")


def apply_style(app: QApplication) -> None:
    register_bundled_fonts()  # scripts the system may lack (Chinese, Arabic, emoji…) still show
    app.setStyle("Fusion")
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))


def install_translations(app: QApplication, locale: QLocale | None = None,
                         folder: Path = TRANSLATIONS) -> QTranslator | None:
    """Load CaseDesk's translation for the system language (or `locale`) when one exists, with
    Qt's own for the standard buttons; returns the translator installed, or None (English)."""
    locale = locale or QLocale.system()
    ours = QTranslator(app)
    if not ours.load(locale, "casedesk", "_", str(folder)):
        return None
    app.installTranslator(ours)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
    return ours
