"""Interviews: filled forms linked to a case, through draft → submitted → returned / approved → locked.

Interview content is level 3. The interviewer who started a draft fills and submits it; a
supervisor who did not submit it returns it with a comment or approves it (which copies the key
answers into the case, see interview_mapping) and locks it. A locked interview never changes (the
service refuses, and a database trigger too); its SHA-256 is shown and re-checked on every
opening; corrections are addenda. Every step is audited.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.forms.runtime import default_answers, evaluate_form
from desktop.forms.schema import FormSchema
from desktop.forms.shipped import FORENSIC_INTERVIEW
from desktop.models import (
    Case,
    ChangeRecord,
    FormDefinition,
    Interview,
    InterviewAddendum,
    InterviewEvent,
    User,
    vocab,
)
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import validation as check
from desktop.services.cases.service import merge_codes
from desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from desktop.services.interviews import mapping as interview_mapping
from desktop.services.interviews.content import clean_answers, content_hash
from desktop.services.interviews.library import FormLibrary, definition_schema, seed_shipped
from desktop.services.user import UserSession
from desktop.storage.store import Store

SECTION = "interviews"
MAX_COMMENT = 4000
EDITABLE_STATES = ("DRAFT", "RETURNED")


@dataclass(frozen=True)
class InterviewRow:
    id: int
    case_id: int
    case_reference: str
    form_id: str
    form_version: str
    form_title: str
    state: str
    disclosure: str
    interviewer: str  # the interviewer's username
    created_at: datetime
    updated_at: datetime
    content_sha256: str
    interviewer_name: str = ""  # … and their name, as people read it


@dataclass(frozen=True)
class EventRow:
    at: datetime
    who: str  # the display name of who made the step
    from_state: str
    to_state: str
    comment: str


@dataclass(frozen=True)
class AddendumRow:
    at: datetime
    who: str  # the author's display name
    text: str
    sha256: str


@dataclass(frozen=True)
class InterviewDetail:
    row: InterviewRow
    definition_id: int
    language: str
    answers: dict[str, Any]
    events: tuple[EventRow, ...]
    addenda: tuple[AddendumRow, ...]
    hash_ok: bool | None  # None until locked
    version: int


class InterviewService:
    def __init__(self, store: Store, library: FormLibrary | None = None) -> None:
        self.store = store
        self.library = library or FormLibrary(store)

    # -- access -------------------------------------------------------------------------------
    def _case(self, db: Session, p: policy.Principal, case_id: int) -> Case:
        if not policy.can_read(p, SECTION):
            raise PermissionDenied("Interview records need the restricted level (3).")
        return policy.case_in_scope(db, p, case_id)

    def _interview(self, db: Session, p: policy.Principal, interview_id: int) -> tuple[Interview, Case]:
        interview = db.get(Interview, interview_id)
        if interview is None:
            raise NotFound
        return interview, self._case(db, p, interview.case_id)

    @staticmethod
    def _schema(db: Session, interview: Interview) -> tuple[FormDefinition, FormSchema]:
        definition = db.get(FormDefinition, interview.form_definition_id)
        if definition is None:
            raise NotFound
        return definition, definition_schema(definition)

    # -- interviewer --------------------------------------------------------------------------
    def start(self, user: UserSession, case_id: int, form_id: str = FORENSIC_INTERVIEW,
              language: str = "") -> int:
        """A new draft on the active version of a form, in `language` (a form language's name, or
        its code: "es"); returns its id. A closed case takes no new interview."""
        p = user.principal
        policy.require(p, Action.INTERVIEW_CONDUCT)
        with self.store.session() as db, db.begin():
            case = self._case(db, p, case_id)
            if case.status in vocab.CLOSED_STATUSES:
                raise ValidationError("status", "The case is closed: a supervisor must reopen it "
                                                "before a new interview is started.")
            seed_shipped(db)
            definition = db.scalars(select(FormDefinition).where(
                FormDefinition.form_id == form_id, FormDefinition.active.is_(True))).first()
            if definition is None:
                raise NotFound("No version of this form is active.")
            schema = definition_schema(definition)
            defaults = clean_answers(schema, dict(default_answers(schema.items)))
            interview = Interview(
                case_id=case_id, form_definition_id=definition.id, state="DRAFT",
                answers_json=json.dumps(defaults, ensure_ascii=False, sort_keys=True),
                language=next((lang.name for lang in schema.languages if language in (lang.name, lang.code)),
                              schema.default_language),
                created_by=p.user_id, disclosure="", content_sha256="",
            )
            db.add(interview)
            db.flush()
            audit.append(db, self.store, p, AuditAction.CREATE, "interview", interview.id,
                         f"case {case_id}, form {definition.form_id} {definition.version}"[:180])
            return interview.id

    def _editable(self, db: Session, p: policy.Principal, interview_id: int) -> tuple[Interview, Case]:
        policy.require(p, Action.INTERVIEW_CONDUCT)
        interview, case = self._interview(db, p, interview_id)
        if interview.state not in EDITABLE_STATES:
            raise ValidationError("state", "Only a draft or a returned interview can be changed.")
        if interview.created_by != p.user_id:
            raise PermissionDenied("Only the interviewer who started this interview can change it.")
        return interview, case

    def save_draft(self, user: UserSession, interview_id: int, answers: dict[str, Any],
                   language: str | None = None) -> None:
        """Autosave: incomplete answers are fine, unknown fields and oversized ones are not."""
        p = user.principal
        with self.store.session() as db, db.begin():
            interview, _ = self._editable(db, p, interview_id)
            _, schema = self._schema(db, interview)
            cleaned = clean_answers(schema, answers)
            interview.answers_json = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
            if language in schema.language_names():
                interview.language = language or interview.language
            interview.updated_at = utcnow()
            audit.append(db, self.store, p, AuditAction.UPDATE, "interview", interview_id, "draft saved")

    def submit(self, user: UserSession, interview_id: int) -> None:
        """Refused while any required answer is missing or any rule fails (first field named)."""
        p = user.principal
        with self.store.session() as db, db.begin():
            interview, _ = self._editable(db, p, interview_id)
            _, schema = self._schema(db, interview)
            state = evaluate_form(schema, json.loads(interview.answers_json))
            if state.errors:
                first = state.errors[0]
                raise ValidationError(first.path, f"{len(state.errors)} answer(s) need attention before "
                                                  f"submitting, starting with '{first.name}'.")
            interview.submitted_by = p.user_id
            self._move(db, user, interview, "SUBMITTED", "")

    def add_addendum(self, user: UserSession, interview_id: int, text: str) -> None:
        p = user.principal
        if not (p.can(Action.INTERVIEW_CONDUCT) or p.can(Action.INTERVIEW_APPROVE)):
            raise PermissionDenied
        body = check.clean_text("addendum", text, MAX_COMMENT, required=True, multiline=True)
        with self.store.session() as db, db.begin():
            interview, _ = self._interview(db, p, interview_id)
            if interview.state not in ("APPROVED", "LOCKED"):
                raise ValidationError("state", "Addenda are for approved or locked interviews; "
                                               "change the draft instead.")
            db.add(InterviewAddendum(interview_id=interview_id, author_id=p.user_id, text=body,
                                    sha256=hashlib.sha256(body.encode("utf-8")).hexdigest()))
            audit.append(db, self.store, p, AuditAction.CREATE, "interview", interview_id, "addendum")

    # -- supervisor ---------------------------------------------------------------------------
    def _reviewable(self, db: Session, p: policy.Principal, interview_id: int,
                    state: str) -> tuple[Interview, Case]:
        policy.require(p, Action.INTERVIEW_APPROVE)
        interview, case = self._interview(db, p, interview_id)
        if interview.state != state:
            raise ValidationError(
                "state", f"The interview is {interview.state.lower()}, not {state.lower()}.")
        if p.user_id in (interview.submitted_by, interview.created_by):
            raise PermissionDenied("Another supervisor must review an interview you conducted or submitted.")
        return interview, case

    def return_for_changes(self, user: UserSession, interview_id: int, comment: str) -> None:
        p = user.principal
        body = check.clean_text("comment", comment, MAX_COMMENT, required=True, multiline=True)
        with self.store.session() as db, db.begin():
            interview, _ = self._reviewable(db, p, interview_id, "SUBMITTED")
            self._move(db, user, interview, "RETURNED", body)

    def approve(self, user: UserSession, interview_id: int) -> list[str]:
        """Approve and copy key answers into the case (interview_mapping); returns what was added."""
        p = user.principal
        with self.store.session() as db, db.begin():
            interview, case = self._reviewable(db, p, interview_id, "SUBMITTED")
            _, schema = self._schema(db, interview)
            # Visible answers and calculations only: a hidden answer left over from an earlier
            # choice must not reach the case.
            answers = evaluate_form(schema, json.loads(interview.answers_json)).values
            added = merge_codes(db, self.store, user, case, interview_mapping.case_codes(answers),
                                f"interview {interview_id}")
            interview.disclosure = interview_mapping.disclosure(answers)
            if interview.disclosure:
                db.add(ChangeRecord(case_id=case.id, user_id=p.user_id, section="exploitation",
                                   field="interview disclosure", old_value="",
                                   new_value=f"{interview.disclosure} (interview {interview_id})"))
            interview.approved_by = p.user_id
            self._move(db, user, interview, "APPROVED", "")
            return added

    def lock(self, user: UserSession, interview_id: int) -> str:
        """Seal the approved record: from now on it is immutable; returns its SHA-256."""
        p = user.principal
        with self.store.session() as db, db.begin():
            policy.require(p, Action.INTERVIEW_APPROVE)
            interview, case = self._interview(db, p, interview_id)
            if interview.state != "APPROVED":
                raise ValidationError("state", "Only an approved interview can be locked.")
            definition, _ = self._schema(db, interview)
            interview.content_sha256 = content_hash(
                definition.form_id, definition.version, definition.source_sha256, case.reference,
                json.loads(interview.answers_json))
            interview.locked_at = utcnow()
            self._move(db, user, interview, "LOCKED", "")
            return interview.content_sha256

    def _move(self, db: Session, user: UserSession, interview: Interview, to_state: str,
              comment: str) -> None:
        db.add(InterviewEvent(interview_id=interview.id, user_id=user.principal.user_id,
                             from_state=interview.state, to_state=to_state, comment=comment))
        audit.append(db, self.store, user.principal, AuditAction.STATUS_CHANGE, "interview",
                     interview.id, f"{interview.state} -> {to_state}")
        interview.state, interview.updated_at = to_state, utcnow()
        db.flush()

    # -- reading ------------------------------------------------------------------------------
    def list_for_case(self, user: UserSession, case_id: int) -> list[InterviewRow]:
        p = user.principal
        with self.store.session() as db:
            case = self._case(db, p, case_id)
            interviews = db.scalars(select(Interview).where(Interview.case_id == case_id)
                                   .order_by(Interview.created_at.desc(), Interview.id.desc())).all()
            return [self._row(db, interview, case) for interview in interviews]

    def open(self, user: UserSession, interview_id: int) -> InterviewDetail:
        """The interview as stored, its workflow and addenda; a locked one has its hash re-checked."""
        p = user.principal
        with self.store.session() as db:
            interview, case = self._interview(db, p, interview_id)
            definition, _ = self._schema(db, interview)
            answers = json.loads(interview.answers_json)
            hash_ok = None
            if interview.state == "LOCKED":
                hash_ok = interview.content_sha256 == content_hash(
                    definition.form_id, definition.version, definition.source_sha256, case.reference, answers)
            names = self._display_names(db)
            events = tuple(
                EventRow(e.at, names.get(e.user_id, "?"), e.from_state, e.to_state, e.comment)
                for e in db.scalars(select(InterviewEvent).where(InterviewEvent.interview_id == interview_id)
                                   .order_by(InterviewEvent.id))
            )
            addenda = tuple(
                AddendumRow(a.at, names.get(a.author_id, "?"), a.text, a.sha256)
                for a in db.scalars(select(InterviewAddendum).where(
                    InterviewAddendum.interview_id == interview_id).order_by(InterviewAddendum.id))
            )
            detail = InterviewDetail(
                row=self._row(db, interview, case), definition_id=definition.id, language=interview.language,
                answers=answers, events=events, addenda=addenda, hash_ok=hash_ok, version=interview.version,
            )
        # A separate short write: a read transaction upgraded to a write fails at once in WAL mode
        # when another connection committed meanwhile (no busy wait applies to that case).
        with self.store.session() as db, db.begin():
            audit.append(db, self.store, p, AuditAction.CASE_VIEW, "interview", interview_id, "opened")
        return detail

    @staticmethod
    def _display_names(db: Session) -> dict[int, str]:
        return {user_id: name for user_id, name in db.execute(select(User.id, User.display_name))}

    @staticmethod
    def _row(db: Session, interview: Interview, case: Case) -> InterviewRow:
        definition = db.get(FormDefinition, interview.form_definition_id)
        interviewer = db.get(User, interview.created_by)
        return InterviewRow(
            id=interview.id, case_id=case.id, case_reference=case.reference,
            form_id=definition.form_id if definition else "",
            form_version=definition.version if definition else "",
            form_title=definition.title if definition else "", state=interview.state,
            disclosure=interview.disclosure, interviewer=interviewer.username if interviewer else "",
            created_at=interview.created_at, updated_at=interview.updated_at,
            content_sha256=interview.content_sha256,
            interviewer_name=interviewer.display_name if interviewer else "",
        )

    def record_pdf(self, user: UserSession, interview_id: int, language: str = "",
                   lang: str = "") -> bytes:
        """The printable record, answers in the chosen form language (its name), the record's own
        words in `lang` (the reader's screens) or else that language's; audited as a print.

        Identifiable and level 3, so printing needs a recent password (U2); a ReportLab failure is
        reported without any of the record's text (P1)."""
        policy.require_recent_authentication(user.authenticated_at)
        detail = self.open(user, interview_id)
        schema = self.library.schema(user, detail.definition_id)
        from desktop.reports.interview_record import interview_record_pdf  # ReportLab, when used
        from desktop.services.interviews.record import build_record

        try:
            pdf = interview_record_pdf(build_record(detail, schema, language or detail.language, lang,
                                                    user.principal.display_name))
        except Exception:  # ReportLab's messages may quote the text it failed on
            raise ServiceError("The interview record could not be printed.") from None
        with self.store.session() as db, db.begin():
            audit.append(db, self.store, user.principal, AuditAction.PRINT, "interview", interview_id,
                         "interview record PDF")
        return pdf
