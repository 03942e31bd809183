"""Real XLSForms import unmodified: IOM's HTCDS form, ODK/Kobo metadata, repeats as node sets,
repeat_count, choice_filter, ${field} in labels, once(), jr:choice-name(); and whatever stays
unsupported is named once, with its row, and nothing else is said about it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.forms import FormImportFailed, load_xlsform
from desktop.forms.metadata import on_edit, on_open
from desktop.forms.runtime import evaluate_form, fill_text
from desktop.forms.schema import Question
from tests.forms.workbook import xlsx

IOM_FORM = Path(__file__).resolve().parent / "data" / "htcds_xlsform.xlsx"  # IOM's file, unmodified
TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6)))


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(FormImportFailed) as caught:
        load_xlsform(data)
    return [str(problem) for problem in caught.value.problems]


def iom_bytes() -> bytes:
    return IOM_FORM.read_bytes()


def test_iom_htcds_xlsform_imports_unmodified() -> None:
    schema = load_xlsform(iom_bytes(), file_name="htcds_xlsform.xlsx")
    assert (schema.form_id, schema.version) == ("htcds_xlsform", "vSmt4GQA3C9uBMLPEVfgND")
    by_name = {q.name: q for q in schema.questions()}
    assert by_name["start"].type == "start" and by_name["end"].type == "end"
    assert not by_name["start"].takes_input and by_name["start"].stored
    assert by_name["__version__"].type == "calculate"
    citizenship = by_name["prs_Citizenship"]
    assert citizenship.type == "select_one" and len(citizenship.choices) == 249
    assert citizenship.choice_label("BZ", "default") == "Belize"
    inputs = [q for q in schema.questions() if q.takes_input]
    assert len(inputs) == 31
    answers = {"con_Consent": by_name["con_Consent"].choices[0].name, "prs_First_Name": "Ana",
               "prs_Citizenship": "BZ", "vic_TypeOfExploitation": "ForcedLabour", "prs_Birthdate": "1990-02-01"}
    state = evaluate_form(schema, answers, TODAY)
    assert state.errors == ()
    assert state.values["__version__"] == "vSmt4GQA3C9uBMLPEVfgND"
    bad = evaluate_form(schema, {**answers, "prs_Citizenship": "XX"}, TODAY)
    assert [(e.path, e.kind) for e in bad.errors] == [("prs_Citizenship", "format")]


def test_without_a_form_id_the_file_names_the_form() -> None:
    data = xlsx([["type", "name", "label"], ["text", "a", "A"]])
    assert load_xlsform(data, file_name="Intake form (2).xlsx").form_id == "Intake_form_2"
    assert load_xlsform(data, file_name="2024.xlsx").form_id == "_2024"
    assert load_xlsform(data).form_id == "form"


METADATA = ["start", "end", "today", "deviceid", "username", "email", "audit", "simserial", "phonenumber",
            "subscriberid", "imei"]


def test_every_odk_metadata_type_is_accepted_and_filled_as_a_desktop_can() -> None:
    rows = [["type", "name", "label"]] + [[kind, "audit" if kind == "audit" else f"m_{i}", ""]
                                          for i, kind in enumerate(METADATA)]
    rows += [["text", "note", "Note"], ["calculate", "opened_on", "", ]]
    survey = [row + [""] for row in rows]
    survey[0][-1] = "calculation"
    survey[-1][-1] = "${m_2}"
    schema = load_xlsform(xlsx(survey))
    kinds = {q.name: q.type for q in schema.questions() if q.is_metadata}
    assert kinds["audit"] == "audit" and kinds["m_10"] == "deviceid"  # imei is pyxform's other name
    assert sorted(kinds.values()) == sorted([*METADATA[:-1], "deviceid"])
    values = on_open(schema, {}, NOW, "interviewer")
    assert dt.datetime.fromisoformat(values["m_0"]) == NOW
    assert values["m_2"] == NOW.astimezone().date().isoformat() and values["m_4"] == "interviewer"
    assert {name for name in values} == {"m_0", "m_2", "m_4"}  # the phone's values stay empty
    assert on_open(schema, {"m_0": "2026-01-01T08:00:00.000-06:00"}, NOW, "x")["m_0"].startswith("2026-01-01")
    later = on_edit(schema, values, NOW + dt.timedelta(minutes=5))
    assert later["m_1"] > values["m_0"] and later["m_0"] == values["m_0"]
    state = evaluate_form(schema, {**later, "note": "x"}, TODAY)
    assert state.errors == () and state.values["opened_on"] == values["m_2"]


REPEATS = [
    ["type", "name", "label", "calculation", "repeat_count", "relevant"],
    ["integer", "n", "How many?", "", "", ""],
    ["begin repeat", "people", "People", "", "", ""],
    ["text", "who", "Name of person ${pos}", "", "", ""],
    ["integer", "age", "Age of ${who}", "", "", ""],
    ["calculate", "pos", "", "position(..)", "", ""],
    ["end repeat", "", "", "", "", ""],
    ["begin repeat", "visits", "Visits", "", "${n}", ""],
    ["date", "on", "Date", "", "", ""],
    ["end repeat", "", "", "", "", ""],
    ["calculate", "people_count", "", "count(${people})", "", ""],
    ["calculate", "ages", "", "sum(${age})", "", ""],
    ["calculate", "oldest", "", "max(${age})", "", ""],
    ["calculate", "youngest", "", "min(${age})", "", ""],
    ["calculate", "names", "", "join(', ', ${who})", "", ""],
    ["calculate", "second", "", "indexed-repeat(${who}, ${people}, 2)", "", ""],
    ["calculate", "named", "", "count-non-empty(${who})", "", ""],
    ["calculate", "first", "", "${who}", "", ""],
    ["note", "summary", "${people_count} people, oldest ${oldest}", "", "", "${people_count} > 0"],
]


def test_repeat_fields_are_node_sets_and_repeat_count_sets_the_entries() -> None:
    schema = load_xlsform(xlsx(REPEATS))
    answers = {"n": "3", "people": [{"who": "Ana", "age": "30"}, {"who": "Luis", "age": "12"},
                                    {"who": "", "age": "45"}], "visits": [{"on": "2026-01-02"}]}
    state = evaluate_form(schema, answers, TODAY)
    values = state.values
    assert (values["people_count"], values["ages"], values["oldest"], values["youngest"]) == ("3", "87", "45", "12")
    assert (values["names"], values["second"], values["named"], values["first"]) == ("Ana, Luis, ", "Luis", "2", "Ana")
    assert [entry["pos"] for entry in state.instances["people"]] == ["1", "2", "3"]
    assert state.repeat_counts == {"visits": 3} and len(state.instances["visits"]) == 3
    assert state.instances["visits"][0] == {"on": "2026-01-02"}
    assert evaluate_form(schema, {**answers, "n": "1"}, TODAY).repeat_counts == {"visits": 1}
    assert evaluate_form(schema, {**answers, "n": ""}, TODAY).instances["visits"] == []
    age = schema.find("age")
    assert isinstance(age, Question)
    assert fill_text(age.label.get("default"), state, "people", 1) == "Age of Luis"
    note = schema.find("summary")
    assert isinstance(note, Question)
    assert fill_text(note.label.get("default"), state) == "3 people, oldest 45"


def test_choice_filter_cascades_and_refuses_a_filtered_out_answer() -> None:
    schema = load_xlsform(xlsx(
        [["type", "name", "label", "choice_filter"],
         ["select_one country", "country", "Country", ""],
         ["select_one city", "city", "City", "country = ${country} or name = 'other'"],
         ["select_multiple city", "cities", "Cities", "starts-with(label, 'B')"]],
        [["list_name", "name", "label", "country"],
         ["country", "bz", "Belize", ""], ["country", "gt", "Guatemala", ""],
         ["city", "bmp", "Belmopan", "bz"], ["city", "bzc", "Belize City", "bz"],
         ["city", "gua", "Guatemala City", "gt"], ["city", "other", "Other", ""]]))
    state = evaluate_form(schema, {"country": "bz", "city": "bmp"}, TODAY)
    assert state.choices["city"] == ("bmp", "bzc", "other") and state.errors == ()
    assert state.choices["cities"] == ("bmp", "bzc")
    state = evaluate_form(schema, {"country": "gt", "city": "bmp"}, TODAY)
    assert state.choices["city"] == ("gua", "other")
    assert [(e.path, e.kind) for e in state.errors] == [("city", "format")]


def test_once_keeps_its_first_value_and_choice_name_gives_the_label() -> None:
    schema = load_xlsform(xlsx(
        [["type", "name", "label::English (en)", "label::Spanish (es)", "calculation"],
         ["text", "a", "A", "A", ""],
         ["calculate", "first_a", "", "", "once(${a})"],
         ["select_one yn", "ok", "OK?", "¿Bien?", ""],
         ["calculate", "ok_label", "", "", "jr:choice-name(${ok}, '${ok}')"],
         ["calculate", "age_days", "", "", "today() - date('2026-11-10')"],
         ["calculate", "stamp", "", "", "format-date(date('2026-11-03'), '%e %b %Y (%a)')"]],
        [["list_name", "name", "label::English (en)", "label::Spanish (es)"],
         ["yn", "yes", "Yes", "Sí"], ["yn", "no", "No", "No"]]))
    first = evaluate_form(schema, {"a": "x", "ok": "yes"}, TODAY)
    assert first.values["first_a"] == "x" and first.values["ok_label"] == "Yes"
    assert first.values["age_days"] == "10" and first.values["stamp"] == "3 Nov 2026 (Tue)"
    again = evaluate_form(schema, {"a": "y", "first_a": "x", "ok": "yes"}, TODAY, language="Spanish (es)")
    assert again.values["first_a"] == "x" and again.values["ok_label"] == "Sí"


@pytest.mark.parametrize(
    ("survey", "expected"),
    [
        ([["geopoint", "where", "Where", ""], ["text", "b", "B", "${where} != ''"]],
         ["survey, row 2: type 'geopoint' is not supported"]),
        ([["begin repeat", "r", "R", ""], ["begin repeat", "s", "S", ""], ["text", "t", "T", ""],
          ["end repeat", "", "", ""], ["end repeat", "", "", ""]],
         ["survey, row 3: a repeat inside a repeat is not supported"]),
        ([["text", "a", "A", "pulldata('f', 'x', 'y', ${a})"]],
         ["survey, row 2: relevant: function 'pulldata()' is not supported: it reads external CSV files "
          "attached to the form"]),
        ([["text", "a", "A", "indexed-repeat(${a}, ${a}, 1, ${a}, 1)"]],
         ["survey, row 2: relevant: indexed-repeat() over nested repeats is not supported (repeats cannot "
          "nest)"]),
        ([["text", "a", "Hello ${nobody}", ""]], ["survey, row 2: label refers to unknown field 'nobody'"]),
        ([["text", "a", "A", "count(instance('x'))"]],
         ["survey, row 2: relevant: function 'instance()' is not supported: secondary instances (external "
          "data) are not supported"]),
    ],
)
def test_what_stays_unsupported_is_named_once_with_its_row(survey: list[list[str]], expected: list[str]) -> None:
    assert problems_of(xlsx([["type", "name", "label", "relevant"], *survey])) == expected


def test_kobo_bookkeeping_columns_layout_appearances_and_server_settings_are_accepted() -> None:
    schema = load_xlsform(xlsx(
        [["type", "name", "label", "$kuid", "$autoname", "appearance", "jr:count"],
         ["begin repeat", "r", "R", "ab12", "r", "", "2"], ["text", "t", "T", "cd34", "t", "w3", ""],
         ["end repeat", "", "", "ef56", "", "", ""],
         ["select_one yn", "s", "S", "gh78", "s", "horizontal-compact columns-4", ""]],
        [["list_name", "name", "label", "$kuid", "order"], ["yn", "yes", "Yes", "x1", "1"],
         ["yn", "no", "No", "x2", "2"]],
        [["form_id", "version", "style", "instance_name", "submission_url"],
         ["k", "7", "pages", "concat('x', ${t})", "https://kc.example.org/submission"]]))
    repeat = schema.find("r")
    assert repeat is not None and getattr(repeat, "count", None) is not None
    assert evaluate_form(schema, {}, TODAY).repeat_counts == {"r": 2}
    found = problems_of(xlsx([["type", "name", "label"], ["select_one yn", "s", "S"]],
                             [["list_name", "name", "label", "media::image"], ["yn", "yes", "Yes", "y.png"]]))
    assert found == ["choices, row 1: column 'media::image' is not supported: pictures and sounds in choices "
                     "cannot be shown"]
