"""The forms CaseDesk ships in resources/forms (authored by resources/forms/build_forms.py)."""

from __future__ import annotations

from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "forms"
FORENSIC_INTERVIEW = "forensic_interview"
SCREENING = "screening"
CONSENT = "consent"
SHIPPED_FORMS = (FORENSIC_INTERVIEW, SCREENING, CONSENT)


def shipped_form_bytes(form_id: str) -> bytes:
    """The .xlsx of a shipped form; KeyError for a name that is not shipped."""
    if form_id not in SHIPPED_FORMS:
        raise KeyError(form_id)
    return (FORMS_DIR / f"{form_id}.xlsx").read_bytes()
