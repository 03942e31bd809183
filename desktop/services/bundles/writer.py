"""Writing an arriving case: a new case with its uuid, or the chosen units of an existing one,
with field history (`case_changes`), the search index and one audit entry per case.

People are this vault's own: an author, owner, assignee or interviewer is the account with the
same username here, or else the user importing. A case keeps the sender's reference when it is
free here and gets this vault's next reference otherwise (the state remembers the sender's). A
locked interview keeps the sender's seal checked on arrival and is sealed again here with this
vault's reference.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, select
from sqlalchemy.orm import Session

from desktop.bundles.payload import Payload
from desktop.models import (
    Agency,
    Attachment,
    AttachmentBlob,
    Case,
    CaseAssignment,
    CaseCode,
    ChangeRecord,
    FormDefinition,
    Interview,
    InterviewAddendum,
    Person,
    PersonAlias,
    User,
)
from desktop.models.base import utcnow
from desktop.services import audit
from desktop.services.audit import AuditAction
from desktop.services.cases import search as case_index
from desktop.services.cases.service import CaseService
from desktop.services.errors import ValidationError
from desktop.services.interviews.content import content_hash
from desktop.services.user import UserSession
from desktop.storage.store import Store

from .incoming import FormCache
from .merge import CasePlan, UnitChange
from .records import CODE_PARTS, FIELDS, ROWS

_ORDER = {"fields": 0, "aliases": 1, "codes": 2, "attachments": 4, "interviews": 5, "addenda": 6}


def _python(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict | list) \
        else str(value)


class CaseWriter:
    def __init__(self, db: Session, store: Store, user: UserSession, forms: FormCache,
                 payload: Payload, tag: str) -> None:
        self.db, self.store, self.user, self.forms, self.payload = db, store, user, forms, payload
        self.tag = tag
        self.importer = user.principal.user_id
        self.accounts: dict[str, int] = {n: i for n, i in db.execute(select(User.username, User.id))}

    def account(self, username: str | None) -> int:
        return self.accounts.get(username or "", self.importer)

    def write(self, plan: CasePlan, record: dict[str, Any], choices: dict[str, str]) -> Case:
        created = plan.local_id is None
        case = self._create(record) if created else self.db.get(Case, plan.local_id)
        if case is None:
            raise ValidationError("case", "A case changed while it was being imported.")
        chosen = sorted(plan.to_apply(choices), key=lambda c: _ORDER.get(c.section, 3))
        for change in chosen:
            self._apply(case, change, record, created)
        case.updated_at = utcnow()
        self.db.flush()
        case_index.index_case(self.db, self.store, case.id)
        if created:
            detail = f"{self.tag}: new case"
        else:
            kept = len(plan.changes) - len(chosen)
            detail = f"{self.tag}: {len(chosen)} part(s) taken, {kept} kept"
        audit.append(self.db, self.store, self.user.principal,
                     AuditAction.CREATE if created else AuditAction.UPDATE, "case", case.id,
                     detail[:200])
        return case

    def _create(self, record: dict[str, Any]) -> Case:
        p = self.user.principal
        fields = record["fields"]
        person_columns = Person.__table__.c
        person = Person(**{
            "given_names": "", "family_names": "", "sex": "UNKNOWN",
            "gender_identity": "NOT_SPECIFIED", "age_disputed": False, "citizenships": "",
            "languages": "", "interpreter_needed": False, "unaccompanied": "NO", "contact": "",
            "documents": "",
            **{k: _python(person_columns[k].type, v) for k, v in fields.items()
               if FIELDS[k][0] == "person"}})
        taken = self.db.scalar(select(Case.id).where(Case.reference == record["reference"]))
        agency = self.db.get(Agency, p.agency_id)
        reference = (CaseService._next_reference(self.db, agency.code if agency else "CD")
                     if taken else record["reference"])
        case_columns = Case.__table__.c
        values = {"status": "SCREENING", "identification_status": "POSSIBLE", "district": "",
                  "identification_context": "OTHER",
                  **{k: _python(case_columns[k].type, v) for k, v in fields.items()
                     if FIELDS[k][0] == "case"}}
        case = Case(uuid=record["uuid"], reference=reference, person=person,
                    owning_agency_id=p.agency_id, owner_id=self.account(record.get("owner")),
                    closure_requested_status="", **values)
        self.db.add(case)
        self.db.flush()
        assigned = {self.accounts[u] for u in record.get("assigned", ()) if u in self.accounts}
        self.db.add_all(CaseAssignment(case_id=case.id, user_id=u) for u in sorted(assigned))
        self.db.add(ChangeRecord(case_id=case.id, user_id=self.importer, section="summary",
                                 field="imported", old_value="", new_value=self.tag[:200]))
        return case

    def _apply(self, case: Case, change: UnitChange, record: dict[str, Any], created: bool) -> None:
        section, name, value = change.section, change.name, change.theirs
        if section == "fields":
            if not created:
                where, _part, level_key = FIELDS[name]
                target: Any = case.person if where == "person" else case
                table = Person.__table__ if where == "person" else Case.__table__
                setattr(target, name, _python(table.c[name].type, value))
                self._history(case, level_key, name, change)
        elif section == "aliases":
            case.person.aliases = [PersonAlias(name=n) for n in value]
            self._history(case, "person", "aliases", change, created)
        elif section == "codes":
            self.db.query(CaseCode).filter(CaseCode.case_id == case.id,
                                           CaseCode.kind == name).delete()
            self.db.add_all(CaseCode(case_id=case.id, kind=name, code=c) for c in value)
            self._history(case, CODE_PARTS[name][1], name, change, created)
        elif section == "attachments":
            self._attachment(case, name, value)
        elif section == "interviews":
            self._interview(case, name, value, record)
        elif section == "addenda":
            self._addendum(name, value, record)
        else:
            self._row(case, section, name, value, record, change, created)

    def _history(self, case: Case, section: str, field: str, change: UnitChange,
                 created: bool = False) -> None:
        if not created:
            self.db.add(ChangeRecord(case_id=case.id, user_id=self.importer, section=section,
                                     field=field[:64], old_value=_text(change.mine)[:5000],
                                     new_value=_text(change.theirs)[:5000]))

    def _owned(self, model: type[Any], uuid: str, case: Case) -> Any:
        row = self.db.scalars(select(model).where(model.uuid == uuid)).first()
        if row is not None and row.case_id != case.id:
            raise ValidationError("records", "A record of an arriving case belongs to another "
                                  "case in this vault.")
        return row

    def _row(self, case: Case, section: str, uuid: str, value: dict[str, Any],
             record: dict[str, Any], change: UnitChange, created: bool) -> None:
        model, level_key, _part, names = ROWS[section]
        row = self._owned(model, uuid, case)
        full = next(r for r in record["records"][section] if r["uuid"] == uuid)
        columns = model.__table__.c
        values = {n: _python(columns[n].type, value[n]) for n in names}
        if section == "notes":
            values["author_id"] = self.account(full.get("author"))
        elif section == "tasks":
            values["assigned_to"] = (self.account(full["assignee"]) if full.get("assignee")
                                     else None)
            values["created_by"] = self.importer
        elif section == "identification":
            values["recorded_by"] = self.importer
        else:
            values["created_by"] = self.importer
        if row is None:
            self.db.add(model(uuid=uuid, case_id=case.id, **values))
        else:
            for key in names:
                setattr(row, key, values[key])
        self._history(case, level_key, f"{section} record", change, created)

    def _attachment(self, case: Case, uuid: str, value: dict[str, Any]) -> None:
        if self._owned(Attachment, uuid, case) is not None:
            return  # attachments never change: the same uuid is the same file
        attachment = Attachment(uuid=uuid, case_id=case.id, created_by=self.importer, **value)
        self.db.add(attachment)
        self.db.flush()
        self.db.add(AttachmentBlob(attachment_id=attachment.id,
                                   content=self.payload.attachments[uuid]))

    def _definition(self, value: dict[str, Any]) -> FormDefinition:
        definition = self.db.scalars(select(FormDefinition).where(
            FormDefinition.form_id == value["form_id"],
            FormDefinition.version == value["form_version"])).first()
        if definition is None:
            schema = self.forms.schema(value["form_id"], value["form_version"], value["form_sha256"])
            definition = FormDefinition(
                form_id=value["form_id"], version=value["form_version"],
                title=schema.title.get(schema.default_language) or value["form_id"],
                source=self.payload.forms[value["form_sha256"]], source_sha256=value["form_sha256"],
                active=False, shipped=False, imported_by=self.importer)
            self.db.add(definition)
            self.db.flush()
        return definition

    def _interview(self, case: Case, uuid: str, value: dict[str, Any],
                   record: dict[str, Any]) -> None:
        full = next(i for i in record["interviews"] if i["uuid"] == uuid)
        interview = self._owned(Interview, uuid, case)
        definition = self._definition(value)
        seal = ""
        if value["state"] == "LOCKED":
            seal = content_hash(value["form_id"], value["form_version"], value["form_sha256"],
                                case.reference, value["answers"])
        answers = json.dumps(value["answers"], ensure_ascii=False, sort_keys=True)
        if interview is None:
            interview = Interview(uuid=uuid, case_id=case.id, form_definition_id=definition.id,
                                  created_by=self.account(full.get("interviewer")),
                                  created_at=datetime.fromisoformat(full["created_at"]))
            self.db.add(interview)
        interview.state, interview.language = value["state"], value["language"]
        interview.answers_json, interview.disclosure = answers, value["disclosure"]
        interview.content_sha256, interview.updated_at = seal, utcnow()
        interview.locked_at = utcnow() if seal else None
        self.db.flush()

    def _addendum(self, uuid: str, value: dict[str, Any], record: dict[str, Any]) -> None:
        if self.db.scalar(select(InterviewAddendum.id).where(InterviewAddendum.uuid == uuid)):
            return
        interview_id = self.db.scalar(select(Interview.id).where(Interview.uuid == value["interview"]))
        if interview_id is None:
            raise ValidationError("addendum", "An addendum arrived without its interview.")
        full = next(a for a in record["addenda"] if a["uuid"] == uuid)
        self.db.add(InterviewAddendum(uuid=uuid, interview_id=interview_id,
                                      at=datetime.fromisoformat(value["at"]),
                                      author_id=self.account(full.get("author")),
                                      text=value["text"], sha256=value["sha256"]))
