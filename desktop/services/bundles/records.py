"""A case as a bundle carries it (content schema 1), cut to what one recipient may receive, and
the "merge units" both ends compare: each field, each code list, the aliases, each record by uuid.

One builder serves export (the minimised record for a peer) and import (the local case in full,
to compare unit by unit). Values are JSON: dates as ISO days, times to the second, code lists as
stored; who wrote a note or owns a task travels as a username but is not part of a unit, because
each vault maps people to its own accounts.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bundles.payload import canonical
from desktop.models import (
    Attachment,
    Case,
    CaseAssignment,
    CaseCode,
    CaseNote,
    CaseTask,
    ConsentRecord,
    FormDefinition,
    IdentificationDecision,
    Interview,
    InterviewAddendum,
    PersonAlias,
    User,
    vocab,
)
from desktop.services.cases.sections import SECTIONS

SUMMARY, INTERNAL = "SUMMARY", "INTERNAL"
#: Person and case fields: the release section that carries each (SUMMARY always travels, as on a
#: referral packet; INTERNAL only between an office and its field tablets) and its level key.
FIELDS: dict[str, tuple[str, str, str]] = {  # name: (where, release part, level key)
    "given_names": ("person", SUMMARY, "person"), "family_names": ("person", SUMMARY, "person"),
    "sex": ("person", SUMMARY, "person"), "date_of_birth": ("person", SUMMARY, "person"),
    "estimated_age": ("person", SUMMARY, "person"),
    "age_estimated_on": ("person", SUMMARY, "person"),
    "gender_identity": ("person", "IDENTITY", "person"),
    "age_disputed": ("person", "IDENTITY", "person"),
    "unaccompanied": ("person", "IDENTITY", "person"),
    "citizenships": ("person", "NATIONALITY", "person"),
    "languages": ("person", "NATIONALITY", "person"),
    "interpreter_needed": ("person", "NATIONALITY", "person"),
    "documents": ("person", "DOCUMENTS", "documents"), "contact": ("person", "CONTACT", "contact"),
    "status": ("case", SUMMARY, "summary"),
    "identification_status": ("case", SUMMARY, "identification"),
    "identified_on": ("case", SUMMARY, "identification"), "district": ("case", SUMMARY, "summary"),
    "identification_context": ("case", INTERNAL, "identification"),
}
#: Repeatable records: model, level key, release part, the fields that make up the unit.
ROWS: dict[str, tuple[type[Any], str, str, tuple[str, ...]]] = {
    **{key: (spec.model, spec.level_key, part, tuple(f.name for f in spec.fields))
       for key, part in (("events", "DISCLOSURES"), ("perpetrators", "PERPETRATORS"),
                         ("services", "NEEDS"), ("shelter", "SHELTER"), ("consent", "CONSENT"),
                         ("justice", "JUSTICE"), ("repatriation", "REPATRIATION"))
       for spec in (SECTIONS[key],)},
    "identification": (IdentificationDecision, "identification", INTERNAL,
                       ("status", "decided_on", "decided_by_type")),
    "notes": (CaseNote, "notes", INTERNAL, ("level", "text", "created_at")),
    "tasks": (CaseTask, "tasks", INTERNAL, ("title", "due_on", "done_at")),
}
CODE_PARTS = {kind: ("RISK", "summary") if kind == "flag" else ("DISCLOSURES", "exploitation")
              for kind in vocab.CODE_LISTS}
ATTACHMENT_FIELDS = ("filename", "media_type", "size", "sha256", "level")
INTERVIEW_FIELDS = ("form_id", "form_version", "form_sha256", "state", "language", "answers",
                    "disclosure")
ADDENDUM_FIELDS = ("interview", "at", "text", "sha256")


@dataclass(frozen=True)
class Release:
    """What one bundle may carry: a level cap, and for a partner the release sections (with the
    consent record relied on per case); internal exchanges carry the whole case up to `level`."""

    level: int
    internal: bool
    sections: frozenset[str] = frozenset()

    def allows(self, part: str, level_key: str, own_level: int = 1) -> bool:
        if vocab.SECTION_LEVELS.get(level_key, 3) > self.level or own_level > self.level:
            return False
        if self.internal:
            return True
        if part == "CONSENT":
            return True  # only the covering record is passed in (see `build`)
        return part == SUMMARY or part in self.sections and vocab.RELEASE_SECTIONS[part] <= self.level


#: The full local case, for comparing unit by unit on import.
FULL = Release(level=3, internal=True)


def json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def unit_hash(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()[:32]


def units(record: dict[str, Any]) -> dict[str, Any]:
    """The merge units of a record: what is compared and chosen field by field."""
    found: dict[str, Any] = {f"fields.{k}": v for k, v in record["fields"].items()}
    if "aliases" in record:
        found["aliases"] = record["aliases"]
    for kind, codes in record.get("codes", {}).items():
        found[f"codes.{kind}"] = sorted(codes)
    for section, rows in record.get("records", {}).items():
        for row in rows:
            found[f"{section}.{row['uuid']}"] = {k: row.get(k) for k in ROWS[section][3]} \
                if section in ROWS else row
    for part, names in (("attachments", ATTACHMENT_FIELDS), ("interviews", INTERVIEW_FIELDS),
                        ("addenda", ADDENDUM_FIELDS)):
        for row in record.get(part, ()):
            found[f"{part}.{row['uuid']}"] = {k: row.get(k) for k in names}
    return found


def unit_hashes(record: dict[str, Any]) -> dict[str, str]:
    return {key: unit_hash(value) for key, value in units(record).items()}


class CaseLoader:
    """Reads every part of a set of cases with one query per table (a 1,000-case bundle is a few
    dozen statements, not tens of thousands)."""

    def __init__(self, db: Session, cases: list[Case]) -> None:
        self.db = db
        self.cases = cases
        ids = [c.id for c in cases]
        self.usernames: dict[int, str] = {i: n for i, n in db.execute(select(User.id, User.username))}
        self.rows: dict[str, dict[int, list[Any]]] = {}
        for section, (model, *_rest) in ROWS.items():
            self.rows[section] = self._by_case(model, ids)
        self.codes: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for chunk in _chunks(ids):
            for case_id, kind, code in db.execute(select(CaseCode.case_id, CaseCode.kind, CaseCode.code)
                                                  .where(CaseCode.case_id.in_(chunk))):
                self.codes[case_id][kind].append(code)
        self.aliases: dict[int, list[str]] = defaultdict(list)
        person_case = {c.person_id: c.id for c in cases}
        for chunk in _chunks(list(person_case)):
            for alias in db.scalars(select(PersonAlias).where(PersonAlias.person_id.in_(chunk))
                                    .order_by(PersonAlias.id)):
                self.aliases[person_case[alias.person_id]].append(alias.name)
        self.assigned: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            for case_id, user_id in db.execute(select(CaseAssignment.case_id, CaseAssignment.user_id)
                                               .where(CaseAssignment.case_id.in_(chunk))):
                self.assigned[case_id].append(self.usernames.get(user_id, ""))
        self.attachments = self._by_case(Attachment, ids)
        self.interviews = self._by_case(Interview, ids)
        interview_ids = [i.id for rows in self.interviews.values() for i in rows]
        self.addenda: dict[int, list[InterviewAddendum]] = defaultdict(list)
        for chunk in _chunks(interview_ids):
            for addendum in db.scalars(select(InterviewAddendum).where(
                    InterviewAddendum.interview_id.in_(chunk)).order_by(InterviewAddendum.id)):
                self.addenda[addendum.interview_id].append(addendum)
        definition_ids = {i.form_definition_id for rows in self.interviews.values() for i in rows}
        self.forms = {d.id: d for d in db.scalars(select(FormDefinition).where(
            FormDefinition.id.in_(sorted(definition_ids))))} if definition_ids else {}

    def _by_case(self, model: type[Any], ids: list[int]) -> dict[int, list[Any]]:
        found: dict[int, list[Any]] = defaultdict(list)
        for chunk in _chunks(ids):
            for row in self.db.scalars(select(model).where(model.case_id.in_(chunk))
                                       .order_by(model.id)):
                found[row.case_id].append(row)
        return found

    def record(self, case: Case, release: Release,
               consent: ConsentRecord | None = None) -> dict[str, Any]:
        """The case as `release` lets it travel (for a partner, with the consent relied on)."""
        person = case.person
        fields = {name: json_value(getattr(person if where == "person" else case, name))
                  for name, (where, part, level_key) in FIELDS.items()
                  if release.allows(part, level_key)}
        record: dict[str, Any] = {"uuid": case.uuid, "reference": case.reference, "fields": fields}
        if release.allows("IDENTITY", "person"):
            record["aliases"] = list(self.aliases.get(case.id, ()))
        record["codes"] = {kind: sorted(codes) for kind, codes in self.codes.get(case.id, {}).items()
                           if release.allows(*CODE_PARTS[kind])}
        for kind, (part, level_key) in CODE_PARTS.items():
            if release.allows(part, level_key):
                record["codes"].setdefault(kind, [])
        record["records"] = self._sections(case, release, consent)
        if release.internal:
            record["owner"] = self.usernames.get(case.owner_id, "")
            record["assigned"] = sorted(self.assigned.get(case.id, ()))
            self._internal_parts(case, release, record)
        return record

    def _sections(self, case: Case, release: Release,
                  consent: ConsentRecord | None) -> dict[str, list[dict[str, Any]]]:
        sections: dict[str, list[dict[str, Any]]] = {}
        for section, (_model, level_key, part, names) in ROWS.items():
            if not release.allows(part, level_key):
                continue
            rows = self.rows[section].get(case.id, [])
            if section == "consent" and not release.internal:
                rows = [consent] if consent is not None else []
            if section == "notes":  # each note has its own level
                rows = [r for r in rows if r.level <= release.level]
            sections[section] = [{"uuid": r.uuid, **{n: json_value(getattr(r, n)) for n in names},
                                  **self._people(section, r)} for r in rows]
        return sections

    def _people(self, section: str, row: Any) -> dict[str, str]:
        if section == "notes":
            return {"author": self.usernames.get(row.author_id, "")}
        if section == "tasks":
            return {"assignee": self.usernames.get(row.assigned_to, "") if row.assigned_to else ""}
        return {}

    def _internal_parts(self, case: Case, release: Release, record: dict[str, Any]) -> None:
        if release.allows(INTERNAL, "attachments"):
            record["attachments"] = [
                {"uuid": a.uuid, **{n: getattr(a, n) for n in ATTACHMENT_FIELDS},
                 "created_at": json_value(a.created_at)}
                for a in self.attachments.get(case.id, []) if a.level <= release.level]
        if release.allows(INTERNAL, "interviews"):
            interviews: list[dict[str, Any]] = []
            addenda: list[dict[str, Any]] = []
            for interview in self.interviews.get(case.id, []):
                form = self.forms[interview.form_definition_id]
                interviews.append({
                    "uuid": interview.uuid, "form_id": form.form_id, "form_version": form.version,
                    "form_sha256": form.source_sha256, "state": interview.state,
                    "language": interview.language, "answers": _answers(interview.answers_json),
                    "disclosure": interview.disclosure, "content_sha256": interview.content_sha256,
                    "interviewer": self.usernames.get(interview.created_by, ""),
                    "created_at": json_value(interview.created_at)})
                addenda.extend({"uuid": a.uuid, "interview": interview.uuid,
                                "at": json_value(a.at), "text": a.text, "sha256": a.sha256,
                                "author": self.usernames.get(a.author_id, "")}
                               for a in self.addenda.get(interview.id, []))
            record["interviews"], record["addenda"] = interviews, addenda


def _answers(text: str) -> Any:
    return json.loads(text)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
