"""The one table of code labels and the catalogue that documents read it through (no Qt)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.i18n import catalogue
from desktop.i18n import labels as table
from desktop.models import vocab
from desktop.models.seed import AGENCIES, ROLES, Action, Scope
from desktop.services.audit import AuditAction
from desktop.services.cases.sections import SECTIONS

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("*.ts"))


@pytest.mark.parametrize("kind", sorted(table.KIND_OF_LIST))
def test_every_code_of_every_value_list_has_a_label(kind: str) -> None:
    missing = [code for code in table.KIND_OF_LIST[kind] if not table.has(kind, code)]
    assert not missing, f"{kind}: {missing}"


def test_the_policy_audit_seed_and_sections_are_labelled_too() -> None:
    assert all(table.has("audit_action", a) for a in AuditAction)
    assert all(table.has("action", a) for a in Action)
    assert all(table.has("scope", s) for s in Scope)
    assert all(table.has("role", r.code) for r in ROLES)
    assert all(table.has("agency", a.code) for a in AGENCIES)
    assert all(table.has("case_part", key) for key in (*vocab.SECTION_LEVELS, *SECTIONS))
    for spec in SECTIONS.values():
        for field in spec.fields:
            assert table.has("field", field.name), (spec.key, field.name)
            if field.choices:
                table.kind_of(field.choices)  # raises when no kind labels the list
    assert all(table.has("country", c) for c in vocab.FREQUENT_COUNTRIES)
    assert len(table.countries()) > 240


def test_spanish_comes_from_the_ts_file_with_the_kind_as_disambiguation() -> None:
    assert catalogue.label("sex", "FEMALE", "es") == "Femenino"
    assert catalogue.label("statistic", "FEMALE", "es") == "Mujeres"  # a table's column
    assert catalogue.label("exploitation", "OTHER", "es") == "Otra"  # una forma de explotación
    assert catalogue.label("sector", "OTHER", "es") == "Otro"  # un sector
    assert catalogue.label("country", "DE", "es") == "Alemania"
    assert catalogue.label("country", "DE") == "Germany"
    assert catalogue.label("section", "INTERVIEW", "es_BZ") == "Referencia de la entrevista"
    assert catalogue.label("sex", "FEMALE", "fr") == "Female"  # no French: English
    assert catalogue.label("sex", "SOMETHING_NEW", "es") == "SOMETHING_NEW"  # shown as stored
    assert catalogue.label("sex", "", "es") == "—"
    assert catalogue.labels("recipient_type", "LAW_ENFORCEMENT,NGO", "es") == "Fuerzas del orden, ONG"


def test_seeded_names_are_translated_and_renamed_ones_kept() -> None:
    assert catalogue.stored_name("agency", "POL", "Police Department (ATIPs unit)", "es") == \
        "Departamento de Policía (unidad ATIPs)"
    assert catalogue.stored_name("agency", "POL", "Belize Police Department", "es") == \
        "Belize Police Department"


def test_a_translator_marks_sentences_of_a_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ts = tmp_path / "casedesk_es.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es">'
                  '<context><name>Doc</name><message><source>Page {n}</source>'
                  '<translation>Página {n}</translation></message>'
                  '<message><source>Draft</source><translation type="unfinished">X</translation>'
                  '</message></context></TS>', encoding="utf-8")
    monkeypatch.setattr(catalogue, "i18n_folder", lambda: tmp_path)
    catalogue._entries.cache_clear()
    try:
        _ = catalogue.Translator("Doc", "es")
        assert _("Page {n}").format(n=2) == "Página 2"
        assert _("Draft") == "Draft"  # unfinished translations are never used
        assert catalogue.Translator("Doc", "en")("Page {n}") == "Page {n}"
    finally:
        catalogue._entries.cache_clear()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_of_the_translations_is_translated(ts: Path) -> None:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not translation.text:
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:5]}"


def _codes() -> set[str]:
    """Codes as the vault stores them (not the names of a case's parts, fields or tables)."""
    named = ("country", "field", "case_part", "statistics_table")
    return {code for kind, codes in table.table().items() if kind not in named
            for code in codes if len(code) > 2}


def test_no_code_label_is_written_anywhere_but_the_one_table() -> None:
    """A dict literal mapping codes of the table to words, outside desktop/i18n, is a second
    label table (what issue 16 removed from the views and the annual report). Code-to-code maps
    are not labels; exchange/ maps to the words of other standards (CTDC, HTCDS), not to ours."""
    codes = _codes()
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if {"i18n", "migrations", "exchange", "synthetic"} & set(path.parts):
            continue  # synthetic/: the words of made-up case records, not labels
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            worded = [v for v in node.values
                      if isinstance(v, ast.Constant) and isinstance(v.value, str) and " " in v.value
                      or isinstance(v, ast.Call) and getattr(v.func, "id", "") in ("_tr", "_")]
            if len([k for k in keys if k in codes]) >= 3 and len(worded) >= 3:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_documents_never_turn_a_code_into_words_by_themselves() -> None:
    """`humanise("FORCED_LABOUR")` gave English only; documents label codes through the table."""
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "humanise(" not in text, path.relative_to(ROOT)
