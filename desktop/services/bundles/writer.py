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

from sqlalchemy import Date, DateTime, delete, insert, select
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
from desktop.services import audit, policy
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
                 payload: Payload, tag: str, records: list[dict[str, Any]]) -> None:
        self.db, self.store, self.user, self.forms, self.payload = db, store, user, forms, payload
        self.tag = tag
        self.importer = user.principal.user_id
        self.accounts: dict[str, int] = {n: i for n, i in db.execute(select(User.username, User.id))}
        self.known = self._known(records)
        wanted = [r["reference"] for r in records]
        self.used: set[str] = set()
        for start in range(0, len(wanted), 500):
            self.used.update(db.scalars(select(Case.reference).where(
                Case.reference.in_(wanted[start:start + 500]))))
        self.prefix = ""
        self.next_number: int | None = None
        self.blobs: list[tuple[Attachment, str]] = []
        # new rows that need no id back, inserted per table in one executemany (the ORM would
        # insert them one statement each to learn their ids)
        self.pending: dict[Any, list[dict[str, Any]]] = {}
        self.addenda: list[tuple[str, dict[str, Any], int]] = []

    def _known(self, records: list[dict[str, Any]]) -> dict[type[Any], dict[str, tuple[int, int]]]:
        """Which of the arriving records this vault already has: uuid → (id, case id), per
        model, in a few queries (one lookup per record would dominate a 1,000-case import)."""
        wanted: dict[type[Any], list[str]] = {}
        for record in records:
            for section, rows in record["records"].items():
                wanted.setdefault(ROWS[section][0], []).extend(r["uuid"] for r in rows)
            for part, model in (("attachments", Attachment), ("interviews", Interview)):
                wanted.setdefault(model, []).extend(r["uuid"] for r in record.get(part, ()))
        known: dict[type[Any], dict[str, tuple[int, int]]] = {}
        for model, uuids in wanted.items():
            found = known.setdefault(model, {})
            for start in range(0, len(uuids), 500):
                found.update((u, (i, c)) for u, i, c in self.db.execute(
                    select(model.uuid, model.id, model.case_id).where(
                        model.uuid.in_(uuids[start:start + 500]))))
        return known

    def account(self, username: str | None) -> int:
        return self.accounts.get(username or "", self.importer)

    def write(self, items: list[tuple[CasePlan, dict[str, Any], dict[str, str]]]) -> list[Case]:
        """Write the chosen merge of every case, in few flushes so that the ORM inserts each
        table's rows in batches: cases, then their parts, then what needs their ids."""
        cases: list[Case] = []
        with self.db.no_autoflush:
            existing = self._existing([plan.local_id for plan, _, _ in items if plan.local_id])
            new = [(self._create(record), record) for plan, record, _ in items
                   if plan.local_id is None]
        self.db.flush()
        for case, record in new:
            self._created(case, record)
        fresh = iter(case for case, _ in new)
        with self.db.no_autoflush:
            for plan, record, choices in items:
                case = existing[plan.local_id] if plan.local_id else next(fresh)
                chosen = sorted(plan.to_apply(choices), key=lambda c: _ORDER.get(c.section, 3))
                for change in chosen:
                    self._apply(case, change, record, plan.local_id is None)
                case.updated_at = utcnow()
                cases.append(case)
        self.db.flush()
        for table, rows in self.pending.items():
            self.db.execute(insert(table), rows)
        self._after_ids()
        self.db.flush()
        self.store.search.write(self.db, case_index.documents(self.db, [c.id for c in cases]))
        created: list[tuple[str | int, str]] = []
        updated: list[tuple[str | int, str]] = []
        for (plan, _record, choices), case in zip(items, cases, strict=True):
            taken = len(plan.to_apply(choices))
            if plan.local_id is None:
                created.append((case.id, f"{self.tag}: new case"))
            else:
                updated.append((case.id, f"{self.tag}: {taken} part(s) taken, "
                                         f"{len(plan.changes) - taken} kept"))
        for action, entries in ((AuditAction.CREATE, created), (AuditAction.UPDATE, updated)):
            audit.append_many(self.db, self.store, self.user.principal, action, "case", entries)
        return cases

    def _existing(self, ids: list[int]) -> dict[int, Case]:
        found: dict[int, Case] = {}
        for start in range(0, len(ids), 500):
            found.update((c.id, c) for c in self.db.scalars(
                select(Case).where(Case.id.in_(ids[start:start + 500]))
                .options(*policy.with_person(self.user.principal))))
        if len(found) != len(set(ids)):
            raise ValidationError("case", "A case changed while it was being imported.")
        return found

    def _reference(self, wanted: str) -> str:
        """The sender's reference when it is free here, else this vault's next one."""
        if wanted not in self.used:  # `used` holds this vault's references the bundle names too
            self.used.add(wanted)
            return wanted
        if self.next_number is None:
            agency = self.db.get(Agency, self.user.principal.agency_id)
            first = CaseService._next_reference(self.db, agency.code if agency else "CD")
            self.prefix, digits = first.rsplit("-", 1)
            self.next_number = int(digits)
        while True:
            current = self.next_number
            candidate = f"{self.prefix}-{current:06d}"
            self.next_number = current + 1
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate

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
        case_columns = Case.__table__.c
        values = {"status": "SCREENING", "identification_status": "POSSIBLE", "district": "",
                  "identification_context": "OTHER",
                  **{k: _python(case_columns[k].type, v) for k, v in fields.items()
                     if FIELDS[k][0] == "case"}}
        case = Case(uuid=record["uuid"], reference=self._reference(record["reference"]),
                    person=person, owning_agency_id=p.agency_id,
                    owner_id=self.account(record.get("owner")), closure_requested_status="",
                    **values)
        self.db.add(case)
        return case

    def _later(self, model: Any, **values: Any) -> None:
        self.pending.setdefault(model.__table__, []).append(values)

    def _created(self, case: Case, record: dict[str, Any]) -> None:
        assigned = {self.accounts[u] for u in record.get("assigned", ()) if u in self.accounts}
        for user_id in sorted(assigned):
            self._later(CaseAssignment, case_id=case.id, user_id=user_id)
        self._later(ChangeRecord, case_id=case.id, user_id=self.importer, section="summary",
                    field="imported", old_value="", new_value=self.tag[:200], at=utcnow())

    def _after_ids(self) -> None:
        """Attachment bytes and addenda, which need the ids of rows written just before."""
        for attachment, uuid in self.blobs:
            self.db.add(AttachmentBlob(attachment_id=attachment.id,
                                       content=self.payload.attachments[uuid]))
        for uuid, value, author in self.addenda:
            interview_id = self.db.scalar(select(Interview.id).where(
                Interview.uuid == value["interview"]))
            if interview_id is None:
                raise ValidationError("addendum", "An addendum arrived without its interview.")
            self.db.add(InterviewAddendum(uuid=uuid, interview_id=interview_id,
                                          at=datetime.fromisoformat(value["at"]),
                                          author_id=author, text=value["text"],
                                          sha256=value["sha256"]))

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
            if created:
                for alias in value:
                    self._later(PersonAlias, person_id=case.person_id, name=alias)
            else:
                case.person.aliases = [PersonAlias(name=n) for n in value]
            self._history(case, "person", "aliases", change, created)
        elif section == "codes":
            if not created:
                self.db.execute(delete(CaseCode).where(CaseCode.case_id == case.id,
                                                       CaseCode.kind == name))
            for code in value:
                self._later(CaseCode, case_id=case.id, kind=name, code=code)
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
            self._later(ChangeRecord, case_id=case.id, user_id=self.importer, section=section,
                        field=field[:64], old_value=_text(change.mine)[:5000],
                        new_value=_text(change.theirs)[:5000], at=utcnow())

    def _owned(self, model: type[Any], uuid: str, case: Case) -> Any:
        found = self.known.get(model, {}).get(uuid)
        if found is None:
            return None
        if found[1] != case.id:
            raise ValidationError("records", "A record of an arriving case belongs to another "
                                  "case in this vault.")
        return self.db.get(model, found[0])

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
            self._later(model, uuid=uuid, case_id=case.id, **values)
        else:
            for key in names:
                setattr(row, key, values[key])
        self._history(case, level_key, f"{section} record", change, created)

    def _attachment(self, case: Case, uuid: str, value: dict[str, Any]) -> None:
        if self._owned(Attachment, uuid, case) is not None:
            return  # attachments never change: the same uuid is the same file
        attachment = Attachment(uuid=uuid, case_id=case.id, created_by=self.importer, **value)
        self.db.add(attachment)
        self.blobs.append((attachment, uuid))

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

    def _addendum(self, uuid: str, value: dict[str, Any], record: dict[str, Any]) -> None:
        if self.db.scalar(select(InterviewAddendum.id).where(InterviewAddendum.uuid == uuid)):
            return
        full = next(a for a in record["addenda"] if a["uuid"] == uuid)
        self.addenda.append((uuid, value, self.account(full.get("author"))))
