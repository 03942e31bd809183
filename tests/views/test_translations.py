"""The translations build: every user-visible string reaches the .ts sources, they compile with
Qt's lrelease, and the application shows the translation for the system language."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.services.errors import PermissionDenied
from desktop.views.context import AppContext
from desktop.views.login import LoginWindow
from desktop.views.style import install_translations
from desktop.views.widgets import error_text

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "installers" / "translations.py")
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
sys.modules["translations"] = translations
spec.loader.exec_module(translations)


def compile_spanish(folder: Path) -> Path:
    """The Spanish catalogue compiled by the build's own step into `folder`; returns the .ts."""
    ts = ROOT / "resources" / "i18n" / "casedesk_es.ts"
    shutil.copy(ts, folder / ts.name)
    translations.I18N, original = folder, translations.I18N
    try:
        translations.compile_all()
    finally:
        translations.I18N = original
    return ts


def test_the_extractor_knows_all_three_forms(tmp_path: Path) -> None:
    import ast

    source = '''
from PySide6.QtCore import QCoreApplication

def _tr(text):
    return QCoreApplication.translate("Things", text)

class Dialog:
    def build(self):
        self.setWindowTitle(self.tr("Open a case"))
        label = _tr("Forms of exploitation")
        other = QCoreApplication.translate("Elsewhere", "Log in")
        skipped = _tr(label)
'''
    tree = ast.parse(source)
    collector = translations._Collector("x.py", translations._module_context(tree))
    collector.visit(tree)
    assert {(m.context, m.source) for m in collector.found} == {
        ("Dialog", "Open a case"), ("Things", "Forms of exploitation"), ("Elsewhere", "Log in")}


def test_the_ts_sources_are_up_to_date_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run `python installers/translations.py update` after changing user-visible strings."""
    assert translations.update(check_only=True) == 0
    found = translations.extract()
    moved = [translations.Message(m.context, m.source, m.path, m.line + 7, m.comment) for m in found]
    monkeypatch.setattr(translations, "extract", lambda: moved)
    assert translations.update(check_only=True) == 0  # only line numbers changed
    extra = translations.Message("CaseTabs", "A sentence nobody translated", "x.py", 1)
    monkeypatch.setattr(translations, "extract", lambda: [*found, extra])
    assert translations.update(check_only=True) == 1


def test_spanish_is_compiled_and_shown_for_a_spanish_system(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    ts = compile_spanish(tmp_path)
    assert (tmp_path / "casedesk_es.qm").stat().st_size > 0
    wanted = next(
        (m.findtext("translation") for c in ET.parse(ts).getroot().iter("context")
         if c.findtext("name") == "LoginWindow" for m in c.iter("message")
         if m.findtext("source") == "Log in"), None)
    if not wanted:
        pytest.fail("The Spanish .ts has no translation for the login button.")
    app = QCoreApplication.instance()
    translator = install_translations(app, QLocale(QLocale.Language.Spanish), tmp_path)
    assert translator is not None
    refusal = next(
        (m.findtext("translation") for c in ET.parse(ts).getroot().iter("context")
         if c.findtext("name") == "ServiceMessages" for m in c.iter("message")
         if m.findtext("source") == PermissionDenied.default_message), None)
    try:
        assert refusal and error_text(PermissionDenied()) == refusal  # a service's sentence
        window = LoginWindow(ctx)  # self.tr() in a widget finds its class's context
        qtbot.addWidget(window)
        assert window.button.text() == wanted != "Log in"
        assert install_translations(app, QLocale(QLocale.Language.Japanese), tmp_path) is None
    finally:
        app.removeTranslator(translator)


def test_screens_and_documents_read_the_same_label_entries(tmp_path: Path) -> None:
    """Qt's translate("Labels", english, kind) on screen and the catalogue in documents agree on
    every code of the one table, in Spanish."""
    from desktop.i18n import catalogue
    from desktop.i18n import labels as table
    from desktop.views import labels

    compile_spanish(tmp_path)
    app = QCoreApplication.instance()
    translator = install_translations(app, QLocale(QLocale.Language.Spanish), tmp_path)
    assert translator is not None
    try:
        from desktop.views.style import ui_language

        assert ui_language() == "es"
        differ = [(kind, code) for kind, codes in table.table().items() for code in codes
                  if labels.label(kind, code) != catalogue.label(kind, code, "es")]
        assert not differ, differ[:5]
        assert labels.label("exploitation", "OTHER") == "Otra" != labels.label("sector", "OTHER")
    finally:
        app.removeTranslator(translator)
    assert ui_language() == "en"


def test_a_form_in_a_spanish_interface_names_its_languages_and_date_shape_in_spanish(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The language box reads "Español (es)", "Inglés (en)" (the spreadsheet says "Spanish (es)")
    and a date answer shows AAAA-MM-DD; in English the same form reads English."""
    from PySide6.QtWidgets import QLineEdit

    from desktop.forms import load_xlsform
    from desktop.forms.shipped import shipped_form_bytes
    from desktop.views.forms.renderer import FormRenderer

    compile_spanish(tmp_path)
    schema = load_xlsform(shipped_form_bytes("forensic_interview"))

    def shown() -> tuple[list[str], set[str]]:
        renderer = FormRenderer(schema, "Spanish (es)")
        qtbot.addWidget(renderer)
        renderer.show_page(0)
        box = renderer.language_box
        return ([box.itemText(i) for i in range(box.count())],
                {line.placeholderText() for line in renderer.findChildren(QLineEdit)})

    names, shapes = shown()
    assert names == ["English (en)", "Spanish (es)"] and {"YYYY-MM-DD", "HH:MM"} <= shapes
    app = QCoreApplication.instance()
    translator = install_translations(app, QLocale(QLocale.Language.Spanish), tmp_path)
    assert translator is not None
    try:
        names, shapes = shown()
        assert names == ["Inglés (en)", "Español (es)"]
        assert "AAAA-MM-DD" in shapes and "YYYY-MM-DD" not in shapes
    finally:
        app.removeTranslator(translator)
