"""The Administration page's tabs all fit in the main window at its first size, in English and in
Spanish (a tab bar that scrolls hides Settings and Exchange behind its arrows)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
from desktop.views.style import install_translations

from .test_translations import compile_spanish


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_admin_tab_is_visible_at_the_windows_first_size(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, tmp_path: Path, language: str) -> None:
    app = QCoreApplication.instance()
    translator = None
    if language == "es":
        translator = install_translations(app, QLocale(QLocale.Language.Spanish),
                                          compile_spanish(tmp_path).parent)
        assert translator is not None
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.show_page("administration")
        admin = window.page_by_key["administration"]
        bar = admin.tabs.tabBar()
        qtbot.waitUntil(lambda: bar.width() > 0)
        if os.environ.get("CASEDESK_SHOTS"):
            window.grab().save(f"{os.environ['CASEDESK_SHOTS']}/admin_tabs_{language}.png")
        titles = [bar.tabText(i) for i in range(bar.count())]
        assert len(titles) == 9 and (language == "en") == (titles[0] == "Users")
        last = bar.tabRect(bar.count() - 1)
        assert last.right() <= bar.width(), (window.width(), bar.width(), titles)
        window.shutdown()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
