"""Loading XLSForm workbooks: a correct schema, or a list of problems with rows and nothing loaded (P4:
hostile spreadsheets — missing columns, unknown types, cyclic or malformed expressions, 10,000 rows,
formulas and markup)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.forms import FormImportFailed, load_xlsform
from desktop.forms.runtime import evaluate_form
from desktop.forms.schema import Group, Question, Repeat
from tests.forms.workbook import SIMPLE_CHOICES, SIMPLE_SURVEY, xlsx

SETTINGS = [["form_title", "form_id", "version", "default_language"], ["Simple", "simple", "3", "English (en)"]]


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(FormImportFailed) as caught:
        load_xlsform(data)
    return [str(problem) for problem in caught.value.problems]


def simple() -> bytes:
    return xlsx(SIMPLE_SURVEY, SIMPLE_CHOICES, SETTINGS)


def test_simple_form_loads_into_schema() -> None:
    schema = load_xlsform(simple())
    assert (schema.form_id, schema.version, schema.default_language) == ("simple", "3", "English (en)")
    assert [language.code for language in schema.languages] == ["en", "es"]
    pages = schema.pages()
    assert [type(page) for page in pages] == [Group, Repeat, Group]
    person = pages[0]
    age = person.children[0]
    assert isinstance(age, Question) and age.type == "integer" and age.row == 3 and age.required is not None
    assert age.label.get("Spanish (es)") == "Edad"
    assert age.constraint_message.get("Spanish (es)") == "Age must be 0 to 119"  # falls back
    minor = schema.find("minor_alone")
    assert isinstance(minor, Question) and [c.name for c in minor.choices] == ["yes", "no"]
    assert minor.choice_label("yes", "Spanish (es)") == "Sí"
    assert len(schema.source_sha256) == 64


def test_runtime_skip_logic_calculation_repeat_and_constraint() -> None:
    schema = load_xlsform(simple())
    state = evaluate_form(schema, {"age": "30", "present": [{"role": "lead"}, {"role": ""}]}, dt.date(2024, 1, 1))
    assert state.is_hidden("minor_alone")
    assert state.values["adult"] == "yes"
    assert [(e.path, e.kind) for e in state.errors] == [("present[1]/role", "required")]
    state = evaluate_form(schema, {"age": "-1", "minor_alone": "maybe"})
    kinds = {(e.path, e.kind) for e in state.errors}
    assert ("age", "constraint") in kinds and ("minor_alone", "format") in kinds
    assert evaluate_form(schema, {"age": "12", "minor_alone": "yes"}).errors == ()


def test_missing_type_and_name_columns() -> None:
    found = problems_of(xlsx([["label"], ["Hello"]]))
    assert "survey, row 1: the survey sheet has no 'type' column" in found
    assert "survey, row 1: the survey sheet has no 'name' column" in found


def test_unknown_and_unsupported_types_and_columns_are_named_with_rows() -> None:
    found = problems_of(
        xlsx(
            [
                ["type", "name", "label", "media::image", "trigger"],
                ["geopoint", "where", "Where", "", ""],
                ["wibble", "what", "What", "", ""],
                ["text", "ok", "OK", "", ""],
            ]
        )
    )
    assert "survey, row 1: column 'media::image' is not supported" in found
    assert "survey, row 1: column 'trigger' is not supported" in found
    found = problems_of(xlsx([["type", "name", "label"], ["geopoint", "where", "W"], ["wibble", "w2", "X"]]))
    assert found == [
        "survey, row 2: type 'geopoint' is not supported",
        "survey, row 3: type 'wibble' is not an XLSForm type",
    ]


def test_cyclic_and_malformed_expressions() -> None:
    found = problems_of(
        xlsx(
            [
                ["type", "name", "label", "relevant", "calculation"],
                ["calculate", "a", "", "", "${b} + 1"],
                ["calculate", "b", "", "", "${a} + 1"],
                ["text", "c", "C", "${c} = 'x'", ""],
            ]
        )
    )
    assert any("circular reference: a → b → a" in p or "circular reference: b → a → b" in p for p in found)
    assert any(p.startswith("survey, row 4: circular reference: c → c") for p in found)
    found = problems_of(
        xlsx(
            [
                ["type", "name", "label", "relevant", "constraint"],
                ["text", "a", "A", "${a} = ", ""],
                ["text", "b", "B", "__import__('os')", ""],
                ["text", "c", "C", "${nobody} = 1", ""],
                ["text", "d", "D", "", "regex(., '([a-')"],
                ["integer", "e", "E", "pulldata('x','y','z','w')", ""],
            ]
        )
    )
    assert "survey, row 2: relevant: unexpected '' at position 8" not in found
    assert any(p.startswith("survey, row 2: relevant: unexpected") for p in found)
    assert "survey, row 3: relevant: function '__import__()' is not supported" in found
    assert "survey, row 6: relevant: function 'pulldata()' is not supported: it reads external CSV files attached to the form" in found


def test_reference_and_regex_problems_are_reported_once_syntax_is_clean() -> None:
    found = problems_of(
        xlsx(
            [
                ["type", "name", "label", "relevant", "constraint"],
                ["text", "c", "C", "${nobody} = 1", ""],
                ["text", "d", "D", "", "regex(., '([a-')"],
            ]
        )
    )
    assert "survey, row 2: relevant refers to unknown field 'nobody'" in found
    assert any(p.startswith("survey, row 3: constraint: invalid regular expression") for p in found)


def test_ten_thousand_rows_are_refused_with_the_limit() -> None:
    rows = [["type", "name", "label"]] + [["text", f"q{i}", f"Question {i}"] for i in range(10_000)]
    assert problems_of(xlsx(rows)) == ["survey: the sheet has more than 2,000 rows; at most 2,000 are allowed"]


def test_formulas_in_cells_are_refused_and_markup_is_kept_as_text() -> None:
    found = problems_of(xlsx([["type", "name", "label"], ["text", "a", "=HYPERLINK(\"http://x\",\"click\")"]]))
    assert found == ["survey, row 2: cell C2 holds a spreadsheet formula, which is not allowed; type the text itself"]
    schema = load_xlsform(xlsx([["type", "name", "label"], ["note", "a", "<b>bold</b><script>alert(1)</script>"]]))
    note = schema.find("a")
    assert isinstance(note, Question) and note.label.get("default") == "<b>bold</b><script>alert(1)</script>"


def test_structure_problems_group_nesting_names_and_choices() -> None:
    found = problems_of(
        xlsx(
            [
                ["type", "name", "label"],
                ["begin group", "g", "G"],
                ["text", "a", "A"],
                ["text", "a", "Again"],
                ["select_one missing", "s", "S"],
                ["end repeat", "", ""],
                ["text", "bad name", "X"],
            ],
            [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "yes", "Yes again"]],
        )
    )
    assert "survey, row 4: name 'a' is used twice" in found
    assert "survey, row 5: choice list 'missing' is not on the choices sheet" in found
    assert "survey, row 6: 'end repeat' has no matching 'begin repeat'" in found
    assert any(p.startswith("survey, row 7: name 'bad name' is not valid") for p in found)
    assert "survey, row 2: 'begin group' has no matching 'end group'" in found
    assert "choices, row 3: choice 'yes' appears twice in list 'yn'" in found


def test_not_a_workbook_and_extra_sheets() -> None:
    assert problems_of(b"not a zip at all") == ["workbook: the file is not a readable .xlsx workbook"]
    found = problems_of(xlsx([["type", "name", "label"], ["text", "a", "A"]], external_choices=[["list_name"]]))
    assert found == ["external_choices: sheet 'external_choices' is not supported"]


def test_or_other_adds_other_choice_in_each_language() -> None:
    schema = load_xlsform(
        xlsx(
            [["type", "name", "label::English (en)", "label::Spanish (es)"],
             ["select_multiple yn or_other", "s", "S", "S"]],
            SIMPLE_CHOICES,
        )
    )
    question = schema.find("s")
    assert isinstance(question, Question) and question.or_other
    assert question.choice_label("other", "Spanish (es)") == "Otro"
    assert question.choice_label("other", "English (en)") == "Other"


def test_defaults_are_kept_and_checked() -> None:
    from desktop.forms.runtime import default_answers

    schema = load_xlsform(xlsx(
        [["type", "name", "label", "default"], ["select_one yn", "a", "A", "no"], ["text", "b", "B", "Belmopan"],
         ["begin repeat", "r", "R", ""], ["integer", "n", "N", "1"], ["end repeat", "", "", ""]],
        SIMPLE_CHOICES))
    assert default_answers(schema.items) == {"a": "no", "b": "Belmopan"}
    repeat = schema.find("r")
    assert isinstance(repeat, Repeat) and default_answers(repeat.children) == {"n": "1"}
    found = problems_of(xlsx([["type", "name", "label", "default"], ["select_one yn", "a", "A", "maybe"]],
                             SIMPLE_CHOICES))
    assert found == ["survey, row 2: default 'maybe' is not a choice of list 'yn'"]
