"""The application's look (one style sheet from resources/style) and its language (the Qt
translations compiled into resources/i18n by installers/translations.py)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource

from .fonts import register_bundled_fonts

STYLE = resource("style", "casedesk.qss")
TRANSLATIONS = resource("i18n")


def ui_language() -> str:
    """The language the interface is shown in ("en", "es"): documents are made in it too. Each
    translation names its own language code, so this follows whatever translator is installed."""
    return QCoreApplication.translate("Language", "en", "the code of this translation's language")


def chosen_locale() -> QLocale:
    """The system's language, or the one `CASEDESK_LANG` names (e.g. "es")."""
    wanted = os.environ.get("CASEDESK_LANG", "").strip()
    return QLocale(wanted) if wanted else QLocale.system()


def apply_style(app: QApplication) -> None:
    """Fusion and the style sheet, once: applying either again re-creates the style and
    repolishes every widget alive, for nothing (and Qt has crashed doing so for widgets that
    were on their way out)."""
    register_bundled_fonts()  # scripts the system may lack (Chinese, Arabic, emoji…) still show
    sheet = STYLE.read_text(encoding="utf-8") if STYLE.exists() else ""
    if sheet and app.styleSheet() == sheet:
        return  # applied already, Fusion beneath it
    app.setStyle("Fusion")
    if sheet:
        app.setStyleSheet(sheet)


def install_translations(app: QApplication, locale: QLocale | None = None,
                         folder: Path = TRANSLATIONS) -> QTranslator | None:
    """Load CaseDesk's translation for the system language (or `locale`) when one exists, with
    Qt's own for the standard buttons; returns the translator installed, or None (English)."""
    locale = locale or chosen_locale()
    ours = QTranslator(app)
    if not ours.load(locale, "casedesk", "_", str(folder)):
        return None
    app.installTranslator(ours)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
    return ours
