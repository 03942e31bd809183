"""What arrives is checked as typed input is (P3, P4): every field, code, record, attachment and
interview of every case in a bundle through the same rules as the screens, before anything is
compared or written. The result has exactly the shape `records.CaseLoader` builds, so a value that
is the same in both vaults hashes the same.

Problems name the case (by the sender's reference), the part and the rule, never a value.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bundles.payload import Payload
from desktop.bundles.schema import UUID
from desktop.forms.loader import load_xlsform
from desktop.forms.schema import FormSchema
from desktop.models import FormDefinition, vocab
from desktop.services.cases import validation as check
from desktop.services.cases.sections import ALLOWED_TYPES, MAX_ATTACHMENT, SECTIONS, clean_values
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.interviews.content import clean_answers, content_hash
from desktop.services.interviews.library import definition_schema

from .records import (
    ADDENDUM_FIELDS,
    ATTACHMENT_FIELDS,
    CODE_PARTS,
    FIELDS,
    INTERVIEW_FIELDS,
    ROWS,
    json_value,
)

REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{2,31}$")
MAX_COMMENT = 4000
_TEXT_LIMITS = {"given_names": check.MAX_NAME, "family_names": check.MAX_NAME,
                "contact": check.MAX_FIELD_TEXT, "documents": check.MAX_FIELD_TEXT}
_CHOICES: dict[str, tuple[str, ...]] = {
    "sex": vocab.SEX, "gender_identity": vocab.GENDER_IDENTITY, "unaccompanied": vocab.UNACCOMPANIED,
    "status": vocab.CASE_STATUS, "identification_status": vocab.TRAFFICKING_STATUS,
    "identification_context": vocab.IDENTIFICATION_CONTEXT,
}


@dataclass
class FormCache:
    """Form versions as this vault has them or as the bundle brings them, parsed once."""

    db: Session
    payload: Payload
    schemas: dict[str, FormSchema] = field(default_factory=dict)

    def schema(self, form_id: str, version: str, sha256: str) -> FormSchema:
        if sha256 in self.schemas:
            return self.schemas[sha256]
        local = self.db.scalars(select(FormDefinition).where(
            FormDefinition.form_id == form_id, FormDefinition.version == version)).first()
        if local is not None:
            if local.source_sha256 != sha256:
                raise ValidationError("form", "The form version differs from this vault's copy "
                                      "of the same version.")
            schema = definition_schema(local)
        else:
            source = self.payload.forms.get(sha256)
            if source is None:
                raise ValidationError("form", "The form file the interview was filled with is "
                                      "missing from the bundle.")
            try:
                schema = load_xlsform(source, file_name=form_id)
            except ServiceError as exc:
                raise ValidationError("form", "The form file in the bundle is not a valid "
                                      "XLSForm.") from exc
            if (schema.form_id, schema.version) != (form_id, version):
                raise ValidationError("form", "The form file in the bundle is another form.")
        self.schemas[sha256] = schema
        return schema


def _day(name: str, value: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(name, "Enter a date.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(name, "Enter a date.") from None


def _moment(name: str, value: Any, *, required: bool = False) -> datetime | None:
    if value is None and not required:
        return None
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is not None or not 2000 <= moment.year <= 2100:
        raise ValidationError(name, "Enter a date and time.")
    return moment


def _typed(name: str, value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or kind is int and isinstance(value, bool):
        raise ValidationError(name, "This value has the wrong type.")
    return value


def _field(name: str, value: Any) -> Any:
    """One person or case field, cleaned like an edit on the Person tab."""
    if name in _TEXT_LIMITS:
        return check.clean_text(name, _typed(name, value, str), _TEXT_LIMITS[name],
                                required=name == "given_names", multiline=name in ("contact",
                                                                                   "documents"))
    if name in _CHOICES:
        return check.choice(name, _typed(name, value, str), _CHOICES[name])
    if name == "district":
        return check.choice(name, _typed(name, value, str), vocab.DISTRICTS, blank=True)
    if name in ("date_of_birth", "age_estimated_on", "identified_on"):
        return json_value(check.past_date(name, _day(name, value)))
    if name == "estimated_age":
        return check.age(name, None if value is None else _typed(name, value, int))
    if name in ("age_disputed", "interpreter_needed"):
        return _typed(name, value, bool)
    if name == "citizenships":
        return check.countries(name, [c for c in _typed(name, value, str).split(",") if c])
    if name == "languages":
        return ",".join(check.codes(name, [c for c in _typed(name, value, str).split(",") if c],
                                    vocab.LANGUAGES))
    raise ValidationError(name, "This field does not belong to a case.")


def _section_row(section: str, row: dict[str, Any]) -> dict[str, Any]:
    spec = SECTIONS[section]
    values: dict[str, Any] = {}
    for spec_field in spec.fields:
        raw = row.get(spec_field.name)
        if spec_field.kind == "date":
            raw = _day(spec_field.name, raw)
        elif spec_field.kind == "bool":
            raw = _typed(spec_field.name, raw, bool)
        elif raw is not None:
            raw = _typed(spec_field.name, raw, str)
        values[spec_field.name] = raw
    return {k: json_value(v) for k, v in clean_values(section, values).items()}


def _special_row(section: str, row: dict[str, Any], level_cap: int) -> dict[str, Any]:
    if section == "identification":
        return {"status": check.choice("status", _typed("status", row.get("status"), str),
                                       vocab.TRAFFICKING_STATUS),
                "decided_on": json_value(_required(check.past_date("decided_on", _day(
                    "decided_on", row.get("decided_on"))), "decided_on")),
                "decided_by_type": check.choice("decided_by_type", _typed(
                    "decided_by_type", row.get("decided_by_type"), str), vocab.DECIDED_BY)}
    if section == "notes":
        return {"level": check.level("level", _typed("level", row.get("level"), int), level_cap),
                "text": check.clean_text("text", _typed("text", row.get("text"), str),
                                         check.MAX_NOTE, required=True, multiline=True),
                "created_at": json_value(_moment("created_at", row.get("created_at"),
                                                 required=True)),
                "author": _username(row.get("author"))}
    due = _day("due_on", row.get("due_on"))
    if due is not None and not date(2000, 1, 1) <= due <= date(2100, 1, 1):
        raise ValidationError("due_on", "Enter a due date between 2000 and 2100.")
    return {"title": check.clean_text("title", _typed("title", row.get("title"), str),
                                      check.MAX_TITLE, required=True),
            "due_on": json_value(due), "done_at": json_value(_moment("done_at", row.get("done_at"))),
            "assignee": _username(row.get("assignee"))}


def _required(value: Any, name: str) -> Any:
    if value is None:
        raise ValidationError(name, "This field is required.")
    return value


def _username(value: Any) -> str:
    if value in (None, ""):
        return ""
    text = str(_typed("username", value, str)).strip().lower()
    if len(text) > 64 or not re.fullmatch(r"[a-z0-9._@-]+", text):
        raise ValidationError("username", "A username in the bundle is invalid.")
    return text


def _attachment(row: dict[str, Any], blob: bytes | None, level_cap: int) -> dict[str, Any]:
    name = check.clean_text("filename", _typed("filename", row.get("filename"), str), 200,
                            required=True)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED_TYPES or row.get("media_type") != ALLOWED_TYPES[extension][0]:
        raise ValidationError("filename", "An attachment has a type that is not allowed.")
    if blob is None:
        raise ValidationError("filename", "An attachment's file is missing from the bundle.")
    if not 0 < len(blob) <= MAX_ATTACHMENT or row.get("size") != len(blob):
        raise ValidationError("filename", "An attachment's size is wrong or too large.")
    if hashlib.sha256(blob).hexdigest() != row.get("sha256"):
        raise ValidationError("filename", "An attachment does not match its SHA-256.")
    magic = ALLOWED_TYPES[extension][1]
    if magic and not blob.startswith(magic):
        raise ValidationError("filename", "An attachment's content does not match its type.")
    return {"filename": name, "media_type": ALLOWED_TYPES[extension][0], "size": len(blob),
            "sha256": row["sha256"],
            "level": check.level("level", _typed("level", row.get("level"), int), level_cap),
            "created_at": json_value(_moment("created_at", row.get("created_at"), required=True))}


def _interview(row: dict[str, Any], reference: str, forms: FormCache) -> dict[str, Any]:
    form_id = _typed("form_id", row.get("form_id"), str)[:64]
    version = _typed("form_version", row.get("form_version"), str)[:32]
    sha256 = _typed("form_sha256", row.get("form_sha256"), str)
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValidationError("form_sha256", "An interview names its form wrongly.")
    schema = forms.schema(form_id, version, sha256)
    answers = clean_answers(schema, _typed("answers", row.get("answers"), dict))
    state = check.choice("state", _typed("state", row.get("state"), str), vocab.INTERVIEW_STATES)
    seal = _typed("content_sha256", row.get("content_sha256", ""), str)
    if state == "LOCKED" and seal != content_hash(form_id, version, sha256, reference, answers):
        raise ValidationError("content_sha256", "A locked interview does not match its seal.")
    language = _typed("language", row.get("language", ""), str)
    if language and language not in schema.language_names():
        raise ValidationError("language", "An interview names a language its form does not have.")
    return {"form_id": form_id, "form_version": version, "form_sha256": sha256, "state": state,
            "language": language, "answers": answers,
            "disclosure": check.choice("disclosure", _typed("disclosure", row.get("disclosure", ""),
                                                            str), vocab.DISCLOSURE, blank=True),
            "content_sha256": seal, "interviewer": _username(row.get("interviewer")),
            "created_at": json_value(_moment("created_at", row.get("created_at"), required=True))}


def _addendum(row: dict[str, Any], interviews: set[str]) -> dict[str, Any]:
    interview = _typed("interview", row.get("interview"), str)
    if not UUID.match(interview) or interview not in interviews:
        raise ValidationError("interview", "An addendum belongs to no interview of the case.")
    text = check.clean_text("addendum", _typed("text", row.get("text"), str), MAX_COMMENT,
                            required=True, multiline=True)
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != row.get("sha256"):
        raise ValidationError("addendum", "An addendum does not match its SHA-256.")
    return {"interview": interview, "at": json_value(_moment("at", row.get("at"), required=True)),
            "text": text, "sha256": row["sha256"], "author": _username(row.get("author"))}


def clean_case(raw: dict[str, Any], payload: Payload, forms: FormCache,
               known_interviews: set[str]) -> dict[str, Any]:
    """One case of a bundle, every value checked; raises ValidationError at the first problem.
    `known_interviews` are interview uuids this vault already has (addenda may follow them)."""
    level = payload.manifest.level
    reference = raw["reference"]
    if not REFERENCE.match(reference):
        raise ValidationError("reference", "The case reference is invalid.")
    unknown = set(raw["fields"]) - set(FIELDS)
    if unknown:
        raise ValidationError("fields", "The case has fields this version does not know.")
    cleaned: dict[str, Any] = {"uuid": raw["uuid"], "reference": reference,
                               "fields": {k: _field(k, v) for k, v in raw["fields"].items()}}
    if "given_names" not in cleaned["fields"]:
        raise ValidationError("given_names", "The case has no name.")
    if "aliases" in raw:
        cleaned["aliases"] = list(check.aliases("aliases", raw["aliases"]))
    if "codes" in raw:
        if set(raw["codes"]) - set(CODE_PARTS):
            raise ValidationError("codes", "The case has a code list this version does not know.")
        cleaned["codes"] = {kind: sorted(check.codes(kind, values, vocab.CODE_LISTS[kind]))
                            for kind, values in raw["codes"].items()}
    for key in ("owner", "assigned"):
        if key in raw:
            cleaned[key] = (_username(raw[key]) if key == "owner"
                            else [_username(u) for u in raw[key]])
    cleaned["records"] = {}
    for section, rows in raw.get("records", {}).items():
        if section not in ROWS:
            raise ValidationError("records", "The case has a section this version does not know.")
        clean = (_section_row if section in SECTIONS else
                 lambda s, r: _special_row(s, r, level))
        cleaned["records"][section] = [{"uuid": r["uuid"], **clean(section, r)} for r in rows]
    if raw.get("attachments"):
        cleaned["attachments"] = [{"uuid": r["uuid"], **_attachment(
            r, payload.attachments.get(r["uuid"]), level)} for r in raw["attachments"]]
    if raw.get("interviews") or raw.get("addenda"):
        if level < vocab.SECTION_LEVELS["interviews"]:
            raise ValidationError("interviews", "Interviews arrived in a bundle below level 3.")
        cleaned["interviews"] = [{"uuid": r["uuid"], **_interview(r, reference, forms)}
                                 for r in raw.get("interviews", ())]
        interviews = {i["uuid"] for i in cleaned["interviews"]} | known_interviews
        cleaned["addenda"] = [{"uuid": r["uuid"], **_addendum(r, interviews)}
                              for r in raw.get("addenda", ())]
    _check_levels(cleaned, level)
    return cleaned


def _check_levels(record: dict[str, Any], level: int) -> None:
    """Nothing in a record may be above the level the bundle declares."""
    for name in record["fields"]:
        if vocab.SECTION_LEVELS.get(FIELDS[name][2], 3) > level:
            raise ValidationError(name, "A field is above the bundle's level.")
    for section in record["records"]:
        if vocab.SECTION_LEVELS.get(ROWS[section][1], 3) > level:
            raise ValidationError(section, "A section is above the bundle's level.")
    if record.get("attachments") and vocab.SECTION_LEVELS["attachments"] > level:
        raise ValidationError("attachments", "Attachments are above the bundle's level.")


__all__ = ["ADDENDUM_FIELDS", "ATTACHMENT_FIELDS", "INTERVIEW_FIELDS", "FormCache", "clean_case"]
