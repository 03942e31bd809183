"""An audit entry's record and detail in words: ids become names, codes become labels.

The trail stores short, code-only details ("case 600; to LAW_ENFORCEMENT; sections INTERVIEW,
DISCLOSURES"); the services write them in a few fixed shapes, and this module words each shape
for an administrator ("HS-2026-000600; to Law enforcement; sections: Interview reference,
Disclosures"). A part it does not know is shown as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.services.audit import AuditRecord

from .. import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTab", text)


STATUS_KINDS = {"case": "case_status", "referral": "referral_status", "interview": "interview_state"}


def record_text(entry: AuditRecord) -> str:
    """The record an entry concerns: "Case HS-2026-000600", "Account Ana Xiu"."""
    if not entry.record_type:
        return ""
    kind = labels.label("record_type", entry.record_type)
    name = entry.names.get(f"{entry.record_type}:{entry.record_id}")
    if name:
        return f"{kind} {name}"
    return f"{kind} #{entry.record_id}" if entry.record_id else kind


def _case(entry: AuditRecord, number: str) -> str:
    return entry.names.get(f"case:{number}") or _tr("case #{n}").format(n=number)


def _statuses(entry: AuditRecord, text: str) -> str:
    kind = STATUS_KINDS.get(entry.record_type, "case_status")
    before, _, after = (part.strip() for part in text.partition("->"))
    return _tr("{before} → {after}").format(before=labels.label(kind, before),
                                             after=labels.label(kind, after))


def _assignment(entry: AuditRecord, key: str, value: str) -> str | None:
    """`key=value` parts: role, agency, level, status, identification, code, active."""
    words: dict[str, Callable[[], str]] = {
        "role": lambda: _tr("role: {v}").format(v=labels.label("role", value)),
        "agency": lambda: _tr("organisation: {v}").format(v=labels.label("agency", value)),
        "level": lambda: _tr("level: {v}").format(v=labels.label("level", value)),
        "status": lambda: _tr("status: {v}").format(
            v=labels.label(STATUS_KINDS.get(entry.record_type, "case_status"), value)),
        "identification": lambda: _tr("identification: {v}").format(
            v=labels.label("identification_status", value)),
        "active": lambda: _tr("active") if value == "True" else _tr("inactive"),
    }
    maker = words.get(key)
    return maker() if maker else None


_SHAPES: tuple[tuple[re.Pattern[str], Callable[[AuditRecord, re.Match[str]], str]], ...] = (
    (re.compile(r"^case (\d+)$"), lambda e, m: _case(e, m[1])),
    (re.compile(r"^case (\d+), form (\S+) (\S+)$"),
     lambda e, m: _tr("{case}, form version {version}").format(case=_case(e, m[1]), version=m[3])),
    (re.compile(r"^to (\w+)$"), lambda e, m: _tr("to: {kind}").format(
        kind=labels.label("recipient_type", m[1]))),
    (re.compile(r"^sections ([\w,]*)$"), lambda e, m: _tr("sections: {sections}").format(
        sections=labels.labels("section", m[1]))),
    (re.compile(r"^protected (True|False)$"), lambda e, m: _tr("password-protected")
     if m[1] == "True" else _tr("not password-protected")),
    (re.compile(r"^copy (\d+)$"), lambda e, m: _tr("preview") if m[1] == "0"
     else _tr("copy {n}").format(n=m[1])),
    (re.compile(r"^sha256 (\w+)$"), lambda e, m: f"SHA-256 {m[1]}…"),
    (re.compile(r"^(\w+) -> (\w+)$"), lambda e, m: _statuses(e, m[0])),
    (re.compile(r"^flagged (\w+)$"), lambda e, m: _tr("flagged: {flag}").format(
        flag=labels.label("consent_flag", m[1]))),
    (re.compile(r"^consent override$"), lambda e, m: _tr("consent gate overridden")),
    (re.compile(r"^codes: (\w+)$"), lambda e, m: _tr("codes: {list}").format(list=labels.name(m[1]))),
    (re.compile(r"^(\w+) record changed$"), lambda e, m: _tr("{section}: record changed").format(
        section=labels.name(m[1]))),
    (re.compile(r"^(\w+) record (added|removed)$"), lambda e, m: (
        _tr("{section}: record added") if m[2] == "added" else _tr("{section}: record removed"))
     .format(section=labels.name(m[1]))),
    (re.compile(r"^assigned to (\d+) user\(s\)$"), lambda e, m: _tr("assigned to {n} people").format(
        n=m[1])),
    (re.compile(r"^opened$"), lambda e, m: _tr("opened")),
    (re.compile(r"^manual$"), lambda e, m: _tr("by the user")),
    (re.compile(r"^idle$"), lambda e, m: _tr("after a period without use")),
)


def _part(entry: AuditRecord, part: str) -> str:
    if "=" in part and " " not in part.strip():
        key, _, value = part.strip().partition("=")
        worded = _assignment(entry, key, value)
        if worded is not None:
            return worded
    for shape, word in _SHAPES:
        match = shape.match(part.strip())
        if match:
            return word(entry, match)
    return part.strip()


def detail_text(entry: AuditRecord) -> str:
    """An entry's detail with every known part worded; the rest as stored."""
    if not entry.detail:
        return ""
    return "; ".join(_part(entry, part) for part in entry.detail.split(";") if part.strip())
