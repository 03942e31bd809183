"""How key answers of an approved interview flow into the case (the documented mapping).

| Form field (any form)   | Case field                         | Rule                                      |
|-------------------------|------------------------------------|-------------------------------------------|
| `exploitation_types`    | codes "exploitation"               | each selected HTCDS code is added         |
| `means_of_control`      | codes "means_of_control"           | each selected HTCDS code is added         |
| `interviewee_is_child`  | flag "MINOR"                       | added when the answer is `yes`            |
| `emergency_action`      | flag "SAFETY_RISK"                 | added when the answer is `yes`            |
| `immediate_danger`      | flag "SAFETY_RISK"                 | added when the answer is `yes` (screening)|
| `disclosure`            | the interview's disclosure column, | copied; a history line on the case        |
|                         | case history                       |                                           |

Only answers visible under the form's skip logic count (the service maps the evaluated form).
Codes are only ever added (never removed: the case may hold findings from other sources), only
when a supervisor approves the interview, with the case's field history and the audit trail
naming the interview as the source. Codes outside the case vocabularies (a newer form version's
local additions, or "other") are left in the interview and not copied.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.models import vocab

CODE_FIELDS: dict[str, str] = {"exploitation_types": "exploitation", "means_of_control": "means_of_control"}
FLAG_FIELDS: dict[str, tuple[str, str]] = {
    "interviewee_is_child": ("yes", "MINOR"),
    "emergency_action": ("yes", "SAFETY_RISK"),
    "immediate_danger": ("yes", "SAFETY_RISK"),
}
DISCLOSURE_FIELD = "disclosure"


def case_codes(answers: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """The case codes an interview's answers imply, per code kind."""
    found: dict[str, tuple[str, ...]] = {}
    for field, kind in CODE_FIELDS.items():
        allowed = vocab.CODE_LISTS[kind]
        picked = tuple(code for code in str(answers.get(field) or "").split() if code in allowed)
        if picked:
            found[kind] = picked
    flags = tuple(dict.fromkeys(
        flag for field, (value, flag) in FLAG_FIELDS.items() if answers.get(field) == value))
    if flags:
        found["flag"] = flags
    return found


def disclosure(answers: Mapping[str, Any]) -> str:
    value = str(answers.get(DISCLOSURE_FIELD) or "")
    return value if value in vocab.DISCLOSURE else ""
