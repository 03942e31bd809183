"""The shipped forms load, cover the interview of domain.md, and their rules behave."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.forms import load_xlsform
from desktop.forms.runtime import evaluate_form
from desktop.forms.schema import Question, Repeat
from desktop.forms.shipped import FORMS_DIR, SHIPPED_FORMS, shipped_form_bytes
from desktop.models import vocab

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("form_id", SHIPPED_FORMS)
def test_shipped_form_loads_in_english_and_spanish(form_id: str) -> None:
    schema = load_xlsform(shipped_form_bytes(form_id))
    assert schema.form_id == form_id
    assert schema.language_names() == ("English (en)", "Spanish (es)")
    for question in schema.questions():
        if question.type != "calculate":
            assert question.label.get("English (en)") and question.label.get("Spanish (es)"), question.name


def test_build_script_reproduces_the_committed_workbooks(tmp_path: Path) -> None:
    """The .xlsx files are the script's output: rebuilding gives forms with the same schema."""
    before = {form_id: load_xlsform(shipped_form_bytes(form_id)).items for form_id in SHIPPED_FORMS}
    copy = tmp_path / "forms"
    copy.mkdir()
    for source in FORMS_DIR.glob("*.py"):
        (copy / source.name).write_text(source.read_text("utf-8"), "utf-8")
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(copy / "build_forms.py")], check=True, cwd=root,
                   env={"PYTHONPATH": str(root)}, capture_output=True)
    for form_id in SHIPPED_FORMS:
        assert load_xlsform((copy / f"{form_id}.xlsx").read_bytes()).items == before[form_id]


def test_forensic_interview_covers_domain_sections() -> None:
    schema = load_xlsform(shipped_form_bytes("forensic_interview"))
    names = {item.name for item in schema.pages()}
    assert {"session", "persons_present", "interpreter", "consent", "recording", "phase_log", "disclosures",
            "indicators", "safety", "follow_up"} <= names
    assert isinstance(schema.find("persons_present"), Repeat)
    protocol = schema.find("protocol")
    assert isinstance(protocol, Question) and tuple(c.name for c in protocol.choices) == vocab.INTERVIEW_PROTOCOLS
    phase = schema.find("phase")
    assert isinstance(phase, Question) and len(phase.choices) == len(vocab.INTERVIEW_PHASES)


def test_forensic_interview_skip_logic_and_constraints() -> None:
    schema = load_xlsform(shipped_form_bytes("forensic_interview"))
    state = evaluate_form(schema, {"interpreter_used": "no", "disclosure": "NONE", "recording_kind": "NONE"}, TODAY)
    assert state.is_hidden("interpreter_name") and state.is_hidden("exploitation_types")
    assert state.is_hidden("media_reference")
    state = evaluate_form(
        schema,
        {"interpreter_used": "yes", "disclosure": "FULL", "recording_kind": "VIDEO", "media_reference": "bad ref!",
         "interview_date": "2030-01-01", "ilo_dimensions": "DECEPTIVE_RECRUITMENT",
         "phase_log": [{"phase": "NICHD_RAPPORT", "phase_status": "SKIPPED"}]},
        TODAY,
    )
    errors = {(e.path, e.kind) for e in state.errors}
    assert ("interpreter_name", "required") in errors
    assert ("exploitation_types", "required") in errors
    assert ("media_reference", "constraint") in errors
    assert ("interview_date", "constraint") in errors
    assert ("strength_deceptive_recruitment", "required") in errors
    assert ("phase_log[0]/phase_skip_reason", "required") in errors
    assert not state.is_hidden("strength_deceptive_recruitment") and state.is_hidden("strength_exploitation")


@pytest.mark.parametrize(
    ("answers", "outcome"),
    [
        ({}, "NO_INDICATORS"),
        ({"ind_deception": "yes"}, "INDICATORS_PRESENT_REFER_FOR_IDENTIFICATION"),
        ({"ind_deception": "yes", "immediate_danger": "yes"}, "IMMEDIATE_DANGER"),
        ({"ind_deception": "no", "immediate_danger": "no"}, "NO_INDICATORS"),
    ],
)
def test_screening_outcome_is_calculated(answers: dict[str, str], outcome: str) -> None:
    schema = load_xlsform(shipped_form_bytes("screening"))
    state = evaluate_form(schema, answers, TODAY)
    assert state.values["outcome"] == outcome
    assert outcome in vocab.SCREENING_OUTCOMES


def test_consent_form_asks_assent_only_for_a_child() -> None:
    schema = load_xlsform(shipped_form_bytes("consent"))
    assert evaluate_form(schema, {"is_child": "no"}, TODAY).is_hidden("child_assents")
    assert not evaluate_form(schema, {"is_child": "yes"}, TODAY).is_hidden("child_assents")
