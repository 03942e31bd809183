"""The repeatable sections of a case, declared once: what each holds, its level, its limits.

The workspace renders its tables and forms from `SECTIONS`; this service validates (P3), checks
the policy (scope, CASE_EDIT, section level), records field history and audits every change.
Attachments are stored inside the vault with a size limit and a type allowlist.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attachment,
    AttachmentBlob,
    Case,
    ChangeRecord,
    ConsentRecord,
    LegalProceeding,
    Perpetrator,
    Repatriation,
    ServiceDelivery,
    ShelterPlacement,
    TraffickingEvent,
    vocab,
)
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import conflicts
from desktop.services.cases import validation as check
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.referrals.consent import flag_referrals_relying_on
from desktop.services.user import UserSession
from desktop.storage.store import Store

MAX_ATTACHMENT = 20 * 1024 * 1024
ALLOWED_TYPES = {  # extension: (media type, leading bytes that must match, or b"" for text)
    "pdf": ("application/pdf", b"%PDF-"),
    "png": ("image/png", b"\x89PNG\r\n\x1a\n"),
    "jpg": ("image/jpeg", b"\xff\xd8\xff"),
    "jpeg": ("image/jpeg", b"\xff\xd8\xff"),
    "txt": ("text/plain", b""),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04"),
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # text, multiline, date, choice, codes, country, bool
    choices: tuple[str, ...] = ()
    required: bool = False
    max_length: int = 200


@dataclass(frozen=True)
class SectionSpec:
    key: str
    model: type[Any]
    level_key: str  # key of vocab.SECTION_LEVELS
    fields: tuple[FieldSpec, ...]


F = FieldSpec
SECTIONS: dict[str, SectionSpec] = {s.key: s for s in (
    SectionSpec("events", TraffickingEvent, "exploitation", (
        F("kind", "choice", vocab.EVENT_KINDS, True), F("country", "country"),
        F("place", "text"), F("started_on", "date"), F("ended_on", "date"))),
    SectionSpec("perpetrators", Perpetrator, "perpetrators", (
        F("name", "text"), F("sex", "choice", vocab.SEX, True), F("nationality", "country"),
        F("roles", "codes", vocab.PERPETRATOR_ROLES),
        F("relationship", "choice", vocab.RECRUITER_RELATIONSHIP, True), F("at_large", "bool"),
        F("notes", "multiline", max_length=5000))),
    SectionSpec("services", ServiceDelivery, "services", (
        F("service_type", "choice", vocab.SERVICE_TYPES, True), F("provider", "text"),
        F("started_on", "date", required=True), F("ended_on", "date"),
        F("notes", "multiline", max_length=5000))),
    SectionSpec("shelter", ShelterPlacement, "shelter", (
        F("shelter", "text", required=True), F("district", "choice", vocab.DISTRICTS),
        F("started_on", "date", required=True), F("ended_on", "date"))),
    SectionSpec("consent", ConsentRecord, "consent", (
        F("given_by", "choice", ("PERSON", "GUARDIAN", "HUMAN_SERVICES"), True),
        F("given_on", "date", required=True), F("items", "codes", vocab.CONSENT_ITEMS),
        F("recipient_types", "codes", vocab.RECIPIENT_TYPES),
        F("data_items", "codes", tuple(vocab.RELEASE_SECTIONS)), F("withdrawn_on", "date"),
        F("notes", "multiline", max_length=5000))),
    SectionSpec("justice", LegalProceeding, "justice", (
        F("stage", "choice", vocab.PROCEEDING_STAGES, True),
        F("offence", "choice", vocab.OFFENCES, True), F("opened_on", "date"),
        F("decided_on", "date"), F("court", "text"), F("sentence", "text"))),
    SectionSpec("repatriation", Repatriation, "repatriation", (
        F("destination_country", "country", required=True), F("repatriated_on", "date"),
        F("carried_out_by", "choice", vocab.REPATRIATED_BY, True),
        F("receiving_organisation", "text"), F("follow_up", "multiline", max_length=5000))),
)}


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    level: int
    uploaded_at: datetime


def _value(spec: FieldSpec, raw: Any) -> Any:
    if spec.kind in ("text", "multiline"):
        return check.clean_text(spec.name, raw or "", spec.max_length, required=spec.required,
                                multiline=spec.kind == "multiline")
    if spec.kind == "date":
        day = check.past_date(spec.name, raw)
        if spec.required and day is None:
            raise ValidationError(spec.name, "Enter a date.")
        return day
    if spec.kind == "choice":
        return check.choice(spec.name, raw or "", spec.choices, blank=not spec.required)
    if spec.kind == "codes":
        if isinstance(raw, str):  # the stored, comma-joined form (an update merges stored values)
            raw = [code for code in raw.split(",") if code]
        return ",".join(check.codes(spec.name, raw or (), spec.choices))
    if spec.kind == "country":
        country = check.countries(spec.name, [raw] if raw else [])
        if spec.required and not country:
            raise ValidationError(spec.name, "Enter a two-letter country code.")
        return country
    return bool(raw)


def _clean(spec: SectionSpec, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - {f.name for f in spec.fields}
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field does not belong to the section.")
    cleaned = {f.name: _value(f, values.get(f.name)) for f in spec.fields}
    starts = [cleaned.get(k) for k in ("started_on", "opened_on", "given_on")]
    ends = [cleaned.get(k) for k in ("ended_on", "decided_on", "withdrawn_on")]
    for start, end in zip(starts, ends, strict=True):
        if isinstance(start, date) and isinstance(end, date) and end < start:
            raise ValidationError("ended_on", "The end comes before the start.")
    return cleaned


def clean_values(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """A record of `section` checked as typed input is (P3); bundles check what arrives with it."""
    return _clean(SECTIONS[section], values)


def _display(value: Any) -> str:
    return "" if value is None else str(value)


class CaseSectionService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _case(self, db: Session, user: UserSession, case_id: int, section: str,
              write: bool) -> tuple[Case, SectionSpec]:
        p = user.principal
        policy.require(p, Action.CASE_EDIT if write else Action.CASE_VIEW)
        spec = SECTIONS.get(section)
        if spec is None:
            raise NotFound("No such section.")
        if not policy.can_read(p, spec.level_key):
            raise PermissionDenied("Your level does not include this section.")
        case = policy.case_in_scope(db, p, case_id)
        if write:
            conflicts.hold(db, case)
            check.require_open(case.status)
        return case, spec

    def records(self, user: UserSession, case_id: int, section: str) -> list[dict[str, Any]]:
        with self.store.session() as db:
            _, spec = self._case(db, user, case_id, section, write=False)
            rows = db.scalars(select(spec.model).where(spec.model.case_id == case_id)
                             .order_by(spec.model.id))
            return [{"id": r.id, **{f.name: getattr(r, f.name) for f in spec.fields}} for r in rows]

    def add(self, user: UserSession, case_id: int, section: str, values: dict[str, Any]) -> int:
        with self.store.session() as db, db.begin():
            case, spec = self._case(db, user, case_id, section, write=True)
            record = spec.model(case_id=case_id, created_by=user.principal.user_id,
                                **_clean(spec, values))
            db.add(record)
            db.flush()
            self._history(db, user, case, spec, "added", "", f"#{record.id}")
            return int(record.id)

    def update(self, user: UserSession, case_id: int, section: str, record_id: int,
               values: dict[str, Any]) -> None:
        with self.store.session() as db, db.begin():
            case, spec = self._case(db, user, case_id, section, write=True)
            record = db.get(spec.model, record_id)
            if record is None or record.case_id != case_id:
                raise NotFound
            was_withdrawn = getattr(record, "withdrawn_on", None) is not None
            for name, new in _clean(spec, {**{f.name: getattr(record, f.name)
                                              for f in spec.fields}, **values}).items():
                old = getattr(record, name)
                if old != new:
                    setattr(record, name, new)
                    self._history(db, user, case, spec, f"#{record_id}.{name}",
                                  _display(old), _display(new), audited=False)
            audit.append(db, self.store, user.principal, AuditAction.UPDATE, "case", case_id,
                         f"{spec.key} record changed")
            if spec.model is ConsentRecord and record.withdrawn_on is not None and not was_withdrawn:
                flag_referrals_relying_on(db, self.store, user, record_id, "CONSENT_WITHDRAWN")

    def remove(self, user: UserSession, case_id: int, section: str, record_id: int) -> None:
        with self.store.session() as db, db.begin():
            case, spec = self._case(db, user, case_id, section, write=True)
            record = db.get(spec.model, record_id)
            if record is None or record.case_id != case_id:
                raise NotFound
            if spec.model is ConsentRecord:
                flag_referrals_relying_on(db, self.store, user, record_id, "CONSENT_REMOVED")
            db.delete(record)
            self._history(db, user, case, spec, "removed", f"#{record_id}", "")

    def _history(self, db: Session, user: UserSession, case: Case, spec: SectionSpec,
                 field: str, old: str, new: str, *, audited: bool = True) -> None:
        db.add(ChangeRecord(case_id=case.id, user_id=user.principal.user_id,
                           section=spec.key, field=field[:64], old_value=old, new_value=new))
        case.updated_at = utcnow()
        if audited:
            audit.append(db, self.store, user.principal, AuditAction.UPDATE, "case", case.id,
                         f"{spec.key} record {field.split('.')[0]}")

    # -- attachments ----------------------------------------------------------------------------
    def attachments(self, user: UserSession, case_id: int) -> list[AttachmentInfo]:
        p = user.principal
        with self.store.session() as db:
            self._attachment_case(db, user, case_id, write=False)
            rows = db.scalars(select(Attachment).where(Attachment.case_id == case_id,
                                                      policy.within_level(p, Attachment.level)))
            return [AttachmentInfo(a.id, a.filename, a.media_type, a.size, a.sha256, a.level,
                                   a.created_at) for a in rows]

    def _attachment_case(self, db: Session, user: UserSession, case_id: int, write: bool) -> Case:
        p = user.principal
        policy.require(p, Action.CASE_EDIT if write else Action.CASE_VIEW)
        if not policy.can_read(p, "attachments"):
            raise PermissionDenied("Your level does not include attachments.")
        return policy.case_in_scope(db, p, case_id)

    def attach(self, user: UserSession, case_id: int, filename: str, data: bytes,
               level: int = 2) -> int:
        """Store a file inside the vault (encrypted with it); never touches a temporary file."""
        name = check.clean_text("filename", filename.replace("\\", "/").rsplit("/", 1)[-1], 200,
                                required=True)
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension not in ALLOWED_TYPES:
            raise ValidationError("filename", "Allowed files: " + ", ".join(sorted(ALLOWED_TYPES))
                                  + ".")
        if not data:
            raise ValidationError("filename", "The file is empty.")
        if len(data) > MAX_ATTACHMENT:
            raise ValidationError("filename", f"Files may be at most {MAX_ATTACHMENT // 2**20} MB.")
        media_type, magic = ALLOWED_TYPES[extension]
        if magic and not data.startswith(magic):
            raise ValidationError("filename", "The file's content does not match its type.")
        if not magic:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ValidationError("filename", "A .txt file must be UTF-8 text.") from exc
        with self.store.session() as db, db.begin():
            case = self._attachment_case(db, user, case_id, write=True)
            attachment = Attachment(case_id=case_id, created_by=user.principal.user_id,
                                    filename=name, media_type=media_type, size=len(data),
                                    sha256=hashlib.sha256(data).hexdigest(),
                                    level=check.level("level", level, user.principal.level))
            db.add(attachment)
            db.flush()
            db.add(AttachmentBlob(attachment_id=attachment.id, content=data))
            case.updated_at = utcnow()
            audit.append(db, self.store, user.principal, AuditAction.CREATE, "attachment",
                         attachment.id, f"case {case_id}; {len(data)} bytes")
            return int(attachment.id)

    def attachment_content(self, user: UserSession, case_id: int, attachment_id: int) -> bytes:
        """The bytes of an attachment; opening one is audited like an export."""
        p = user.principal
        with self.store.session() as db, db.begin():
            self._attachment_case(db, user, case_id, write=False)
            attachment = db.get(Attachment, attachment_id)
            if (attachment is None or attachment.case_id != case_id
                    or not policy.reaches_level(p, attachment.level)):
                raise NotFound
            blob = db.get(AttachmentBlob, attachment_id)
            if blob is None:
                raise NotFound
            audit.append(db, self.store, p, AuditAction.EXPORT, "attachment", attachment_id,
                         f"case {case_id}")
            return bytes(blob.content)

    def remove_attachment(self, user: UserSession, case_id: int, attachment_id: int) -> None:
        with self.store.session() as db, db.begin():
            self._attachment_case(db, user, case_id, write=True)
            db.execute(delete(Attachment).where(Attachment.id == attachment_id,
                                               Attachment.case_id == case_id))
            audit.append(db, self.store, user.principal, AuditAction.DELETE, "attachment",
                         attachment_id, f"case {case_id}")
