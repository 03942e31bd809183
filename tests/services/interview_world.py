"""A complete forensic interview, answered as a careful interviewer would, for service, PDF and view tests."""

from __future__ import annotations

from typing import Any

from desktop.forms import load_xlsform
from desktop.forms.schema import FormSchema
from desktop.forms.shipped import shipped_form_bytes


def forensic_schema() -> FormSchema:
    return load_xlsform(shipped_form_bytes("forensic_interview"))


def complete_answers() -> dict[str, Any]:
    informed = ("purpose", "data_use", "research", "access", "retention", "withdrawal", "refusal")
    return {
        "interview_date": "2026-11-20", "start_time": "09:30", "end_time": "11:05",
        "location": "Belmopan child advocacy room", "district": "CAYO", "protocol": "NICHD_REVISED",
        "interviewee_is_child": "yes", "lead_interviewer": "Marisol Chan",
        "persons_present": [
            {"person_role": "LEAD_INTERVIEWER", "person_name": "Marisol Chan", "person_organisation": "HS",
             "person_presence": "IN_ROOM"},
            {"person_role": "POLICE_ATIP", "person_name": "Insp. Rudy Tzul", "person_presence": "OBSERVING"},
        ],
        "interpreter_used": "yes", "interpreter_language": "kek", "interpreter_name": "Ángel Choc",
        "interpreter_screened": "yes", "interpreter_confidentiality": "yes", "interpreter_no_relation": "yes",
        "consent_given": "yes", "guardian_consent": "HUMAN_SERVICES",
        **{f"informed_{item}": "yes" for item in informed},
        "recording_kind": "VIDEO", "media_reference": "ATIP/2026/017", "storage_location": "HS evidence safe",
        "phase_log": [
            {"phase": "NICHD_INTRODUCTION", "phase_status": "COMPLETED", "phase_start": "09:30"},
            {"phase": "NICHD_RAPPORT", "phase_status": "COMPLETED", "phase_start": "09:35",
             "phase_notes": "Talked about football & school <she likes maths>."},
            {"phase": "NICHD_OPTION_POSING", "phase_status": "SKIPPED", "phase_skip_reason": "Not needed"},
        ],
        "tally_invitation": "14", "tally_directive": "3",
        "disclosure": "FULL", "exploitation_types": "FORCED_LABOUR SEXUAL_EXPLOITATION",
        "means_of_control": "THREATS WITHHOLDS_DOCUMENTS",
        "disclosure_summary": "She said the owner of the bar kept her papers and said \"you owe me\".",
        "ilo_dimensions": "DECEPTIVE_RECRUITMENT", "strength_deceptive_recruitment": "STRONG",
        "distress_observed": "yes", "breaks_taken": "1", "emergency_action": "no",
        "services_needed": "MEDICAL PSYCHOSOCIAL", "referral_needed": "yes",
        "interviewer_declaration": "OK",
    }
