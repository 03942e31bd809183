"""Writing case records: create, update, assign, identify, close with approval, notes, tasks.
Every method checks the policy (action, scope, section level), validates its input (P3), writes
field-level history and an audit entry, and returns frozen dataclasses (reads are in reads.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, delete, func, select, text
from sqlalchemy.orm import Session

from desktop.models import (
    Agency,
    Case,
    CaseAssignment,
    CaseCode,
    CaseNote,
    CaseTask,
    ChangeRecord,
    IdentificationDecision,
    Person,
    PersonAlias,
    User,
    vocab,
)
from desktop.models.base import utcnow
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import conflicts
from desktop.services.cases import search as case_index
from desktop.services.cases import validation as check
from desktop.services.cases.reads import CaseRow, row_of
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store


@dataclass(frozen=True)
class NewCase:
    given_names: str
    family_names: str = ""
    sex: str = "UNKNOWN"
    date_of_birth: date | None = None
    estimated_age: int | None = None
    citizenships: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    interpreter_needed: bool = False
    aliases: tuple[str, ...] = ()
    identification_context: str = "OTHER"
    identification_status: str = "POSSIBLE"
    identified_on: date | None = None
    district: str = ""
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)


EDITABLE: dict[str, tuple[str, str]] = {  # field -> (section, where)
    "given_names": ("person", "person"), "family_names": ("person", "person"),
    "sex": ("person", "person"), "date_of_birth": ("person", "person"),
    "estimated_age": ("person", "person"), "citizenships": ("person", "person"),
    "contact": ("contact", "person"), "documents": ("documents", "person"),
    "gender_identity": ("person", "person"), "languages": ("person", "person"),
    "interpreter_needed": ("person", "person"), "unaccompanied": ("person", "person"),
    "age_disputed": ("person", "person"), "district": ("summary", "case"),
    "identification_context": ("identification", "case"),
}
#: The fields the search index reads (`search.document`): a change to another one leaves it as is.
INDEXED_FIELDS = frozenset({"given_names", "family_names"})
NEXT_REFERENCE = text(
    "INSERT INTO case_references (prefix, last) VALUES (:prefix, :next) ON CONFLICT (prefix) "
    "DO UPDATE SET last = CASE WHEN case_references.last >= excluded.last "
    "THEN case_references.last + 1 ELSE excluded.last END RETURNING last")
#: The level section of each kind of code (flags are part of the summary everyone sees).
CODE_SECTIONS = {kind: ("summary" if kind == "flag" else "exploitation") for kind in vocab.CODE_LISTS}


class CaseService:
    """Every change to a case record; reading is `CaseReads`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- creating -----------------------------------------------------------------------------

    def create(self, user: UserSession, new: NewCase) -> CaseRow:
        p = user.principal
        policy.require(p, Action.CASE_CREATE)
        person = Person(
            given_names=check.clean_text("given_names", new.given_names, check.MAX_NAME,
                                         required=True),
            family_names=check.clean_text("family_names", new.family_names, check.MAX_NAME),
            sex=check.choice("sex", new.sex, vocab.SEX),
            date_of_birth=check.past_date("date_of_birth", new.date_of_birth),
            estimated_age=check.age("estimated_age", new.estimated_age),
            citizenships=check.countries("citizenships", new.citizenships),
            languages=",".join(check.codes("languages", new.languages, vocab.LANGUAGES)),
            interpreter_needed=bool(new.interpreter_needed), age_disputed=False,
            gender_identity="NOT_SPECIFIED", unaccompanied="NO", contact="", documents="",
        )
        person.aliases = [PersonAlias(name=n) for n in check.aliases("aliases", new.aliases)]
        codes = {kind: check.codes(kind, values, vocab.CODE_LISTS.get(kind, ()))
                 for kind, values in new.codes.items()}
        status = check.choice("identification_status", new.identification_status,
                              vocab.TRAFFICKING_STATUS)
        with self.store.session() as db, db.begin():
            agency = db.get(Agency, p.agency_id)
            case = Case(
                reference=self._next_reference(db, agency.code if agency else "CD"), person=person,
                status="SCREENING", identification_status=status,
                identification_context=check.choice("identification_context",
                                                    new.identification_context,
                                                    vocab.IDENTIFICATION_CONTEXT),
                identified_on=check.past_date("identified_on", new.identified_on),
                district=check.choice("district", new.district, vocab.DISTRICTS, blank=True),
                owning_agency_id=p.agency_id, owner_id=p.user_id, closure_requested_status="",
            )
            db.add(case)
            db.flush()
            db.add_all(CaseCode(case_id=case.id, kind=k, code=c) for k, v in codes.items() for c in v)
            db.add(IdentificationDecision(case_id=case.id, status=status,
                                         decided_on=case.identified_on or date.today(),
                                         decided_by_type="OTHER", recorded_by=p.user_id))
            case_index.index_case(db, self.store, case.id)
            audit.append(db, self.store, p, AuditAction.CREATE, "case", case.id, case.reference)
            return row_of(case, agency.code if agency else "")

    @staticmethod
    def _next_reference(db: Session, agency_code: str) -> str:
        """The agency-year's next number: its counter (which sees every case, where a reader on
        the office server sees only their scope, and which concurrent offices take in turn),
        never below the largest reference the reader can see (cases loaded in bulk)."""
        prefix = f"{agency_code}-{date.today():%Y}-"
        last = db.scalar(select(func.max(Case.reference)).where(  # a range on the unique index
            Case.reference >= prefix, Case.reference < prefix + "\uffff"))
        seen = int(last.rsplit("-", 1)[1]) if last else 0
        number = db.scalar(NEXT_REFERENCE, {"prefix": prefix, "next": seen + 1})
        return f"{prefix}{int(number or seen + 1):06d}"

    # -- changing -----------------------------------------------------------------------------
    def _editable(self, db: Session, p: policy.Principal, case_id: int) -> Case:
        policy.require(p, Action.CASE_EDIT)
        case = conflicts.hold(db, policy.case_in_scope(db, p, case_id))
        check.require_open(case.status)
        return case

    def update(self, user: UserSession, case_id: int, changes: dict[str, Any],
               expected_version: int) -> int:
        """Change fields (field-level history kept); refuses a stale version. Returns the new one."""
        p = user.principal
        with self.store.session() as db, db.begin():
            case = self._editable(db, p, case_id)
            if case.version != expected_version:
                raise conflicts.conflict(db, p, case, expected_version)
            for name, value in changes.items():
                if name not in EDITABLE:
                    raise ValidationError(name, "This field cannot be changed here.")
                section, where = EDITABLE[name]
                if not policy.can_change(p, section):
                    raise PermissionDenied("Your level does not allow changing this section.")
                target: Any = case.person if where == "person" else case
                new = self._validated(name, value)
                old = getattr(target, name)
                if old != new:
                    setattr(target, name, new)
                    db.add(ChangeRecord(case_id=case_id, user_id=p.user_id, section=section,
                                       field=name, old_value="" if old is None else str(old),
                                       new_value="" if new is None else str(new)))
            case.updated_at = utcnow()
            db.flush()
            if INDEXED_FIELDS & changes.keys():  # the index holds names and notes, nothing else
                case_index.index_case(db, self.store, case_id)
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id,
                         "fields: " + ", ".join(sorted(changes))[:180])
            return case.version

    @staticmethod
    def _validated(name: str, value: Any) -> Any:
        if name in ("given_names", "family_names"):
            return check.clean_text(name, value, check.MAX_NAME, required=name == "given_names")
        if name == "sex":
            return check.choice(name, value, vocab.SEX)
        if name == "date_of_birth":
            return check.past_date(name, value)
        if name == "estimated_age":
            return check.age(name, value)
        if name == "citizenships":
            return check.countries(name, value)
        if name == "district":
            return check.choice(name, value, vocab.DISTRICTS, blank=True)
        if name == "identification_context":
            return check.choice(name, value, vocab.IDENTIFICATION_CONTEXT)
        if name == "gender_identity":
            return check.choice(name, value, vocab.GENDER_IDENTITY)
        if name == "unaccompanied":
            return check.choice(name, value, vocab.UNACCOMPANIED)
        if name == "languages":
            return ",".join(check.codes(name, value, vocab.LANGUAGES))
        if name in ("interpreter_needed", "age_disputed"):
            if not isinstance(value, bool):
                raise ValidationError(name, "Choose yes or no.")
            return value
        return check.clean_text(name, value, check.MAX_FIELD_TEXT, multiline=True)

    def set_codes(self, user: UserSession, case_id: int, kind: str,
                  values: tuple[str, ...]) -> None:
        """Replace one coded list (forms of exploitation, sectors, means of control, flags…)."""
        p = user.principal
        if kind not in vocab.CODE_LISTS:
            raise ValidationError("kind", "Unknown list.")
        codes = check.codes(kind, values, vocab.CODE_LISTS[kind])
        with self.store.session() as db, db.begin():
            case = self._editable(db, p, case_id)
            if not policy.can_change(p, CODE_SECTIONS[kind]):
                raise PermissionDenied("Your level does not allow changing this section.")
            old = sorted(db.scalars(select(CaseCode.code).where(CaseCode.case_id == case_id,
                                                               CaseCode.kind == kind)))
            if old == sorted(codes):
                return
            db.execute(delete(CaseCode).where(CaseCode.case_id == case_id, CaseCode.kind == kind))
            db.add_all(CaseCode(case_id=case_id, kind=kind, code=c) for c in codes)
            db.add(ChangeRecord(case_id=case_id, user_id=p.user_id, section=CODE_SECTIONS[kind],
                               field=kind, old_value=",".join(old), new_value=",".join(sorted(codes))))
            case.updated_at = utcnow()
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id, f"codes: {kind}")

    def set_aliases(self, user: UserSession, case_id: int, aliases: tuple[str, ...]) -> None:
        """Replace the names the person is also known by (searchable at once)."""
        p = user.principal
        names = check.aliases("aliases", aliases)
        with self.store.session() as db, db.begin():
            case = self._editable(db, p, case_id)
            old = tuple(a.name for a in case.person.aliases)
            if old == names:
                return
            case.person.aliases = [PersonAlias(name=n) for n in names]
            db.add(ChangeRecord(case_id=case_id, user_id=p.user_id, section="person",
                               field="aliases", old_value="; ".join(old), new_value="; ".join(names)))
            case.updated_at = utcnow()
            db.flush()
            case_index.index_case(db, self.store, case_id)
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id, "aliases")

    def assign(self, user: UserSession, case_id: int, usernames: tuple[str, ...]) -> None:
        p = user.principal
        policy.require(p, Action.CASE_ASSIGN)
        with self.store.session() as db, db.begin():
            policy.case_in_scope(db, p, case_id)
            users = db.scalars(select(User).where(User.username.in_(usernames),
                                                 User.disabled.is_(False))).all()
            if len(users) != len(set(usernames)):
                raise ValidationError("assigned", "Unknown or disabled account.")
            db.execute(delete(CaseAssignment).where(CaseAssignment.case_id == case_id))
            db.add_all(CaseAssignment(case_id=case_id, user_id=u.id) for u in users)
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id,
                         f"assigned to {len(users)} user(s)")

    def record_identification(self, user: UserSession, case_id: int, status: str,
                              decided_on: date, decided_by_type: str) -> None:
        """A dated decision on the trafficking status, kept in the case's history."""
        p = user.principal
        with self.store.session() as db, db.begin():
            case = self._editable(db, p, case_id)
            status = check.choice("identification_status", status, vocab.TRAFFICKING_STATUS)
            day = check.past_date("decided_on", decided_on) or date.today()
            db.add(IdentificationDecision(
                case_id=case_id, status=status, decided_on=day, recorded_by=p.user_id,
                decided_by_type=check.choice("decided_by_type", decided_by_type, vocab.DECIDED_BY)))
            if case.identification_status != status:
                db.add(ChangeRecord(case_id=case_id, user_id=p.user_id, section="identification",
                                   field="identification_status",
                                   old_value=case.identification_status, new_value=status))
            case.identification_status, case.updated_at = status, utcnow()
            if status == "CONFIRMED" and decided_by_type in vocab.GOVERNMENT_DECIDERS:
                case.identified_on = day
            audit.append(db, self.store, p, AuditAction.STATUS_CHANGE, "case", case_id,
                         f"identification={status}")

    def change_status(self, user: UserSession, case_id: int, status: str) -> None:
        """Open statuses change directly; closing goes through request and approval."""
        p = user.principal
        status = check.choice("status", status, vocab.CASE_STATUS)
        if status in vocab.CLOSED_STATUSES:
            raise ValidationError("status", "Request closure; a supervisor approves it.")
        with self.store.session() as db, db.begin():
            case = policy.case_in_scope(db, p, case_id)
            if case.status in vocab.CLOSED_STATUSES:  # reopening needs approval rights
                policy.require(p, Action.CASE_APPROVE_CLOSURE)
            else:
                policy.require(p, Action.CASE_EDIT)
            conflicts.hold(db, case)
            self._set_status(db, user, case, status)

    def request_closure(self, user: UserSession, case_id: int, status: str = "CLOSED") -> None:
        p = user.principal
        with self.store.session() as db, db.begin():
            case = self._editable(db, p, case_id)
            case.closure_requested_by = p.user_id
            case.closure_requested_status = check.choice("status", status, vocab.CLOSED_STATUSES)
            audit.append(db, self.store, p, AuditAction.STATUS_CHANGE, "case", case_id,
                         "closure requested")

    def approve_closure(self, user: UserSession, case_id: int) -> None:
        p = user.principal
        policy.require(p, Action.CASE_APPROVE_CLOSURE)
        with self.store.session() as db, db.begin():
            case = conflicts.hold(db, policy.case_in_scope(db, p, case_id))
            if case.closure_requested_by is None:
                raise ValidationError("status", "Nobody has asked to close this case.")
            if case.closure_requested_by == p.user_id:
                raise PermissionDenied("Another supervisor must approve a closure you requested.")
            case.closure_approved_by, case.closed_at = p.user_id, utcnow()
            self._set_status(db, user, case, case.closure_requested_status or "CLOSED")
            case.closure_requested_by = None

    def _set_status(self, db: Session, user: UserSession, case: Case, status: str) -> None:
        if case.status == status:
            return
        db.add(ChangeRecord(case_id=case.id, user_id=user.principal.user_id, section="summary",
                           field="status", old_value=case.status, new_value=status))
        case.status, case.updated_at = status, utcnow()
        audit.append(db, self.store, user.principal, AuditAction.STATUS_CHANGE, "case",
                     case.id, f"status={status}")

    def add_note(self, user: UserSession, case_id: int, text: str, level: int = 1) -> None:
        p = user.principal
        with self.store.session() as db, db.begin():
            case = self._editable(db, p, case_id)
            db.add(CaseNote(case_id=case_id, author_id=p.user_id,
                           level=check.level("level", level, p.level),
                           text=check.clean_text("text", text, check.MAX_NOTE, required=True,
                                                 multiline=True)))
            case.updated_at = utcnow()
            db.flush()
            case_index.index_case(db, self.store, case_id)
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id, "note added")

    def add_task(self, user: UserSession, case_id: int, title: str, due_on: date | None,
                 assignee: str | None = None) -> int:
        p = user.principal
        with self.store.session() as db, db.begin():
            self._editable(db, p, case_id)
            user_id = None
            if assignee:
                user_id = db.scalar(select(User.id).where(and_(User.username == assignee,
                                                              User.disabled.is_(False))))
                if user_id is None:
                    raise ValidationError("assignee", "Unknown or disabled account.")
            if due_on is not None and not date(2000, 1, 1) <= due_on <= date(2100, 1, 1):
                raise ValidationError("due_on", "Enter a due date between 2000 and 2100.")
            task = CaseTask(case_id=case_id, created_by=p.user_id, due_on=due_on,
                            assigned_to=user_id,
                            title=check.clean_text("title", title, check.MAX_TITLE, required=True))
            db.add(task)
            db.flush()
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id, "task added")
            return task.id

    def complete_task(self, user: UserSession, case_id: int, task_id: int) -> None:
        p = user.principal
        with self.store.session() as db, db.begin():
            self._editable(db, p, case_id)
            task = db.get(CaseTask, task_id)
            if task is None or task.case_id != case_id:
                raise NotFound
            task.done_at = utcnow()
            audit.append(db, self.store, p, AuditAction.UPDATE, "case", case_id, "task done")




def merge_codes(db: Session, store: Store, user: UserSession, case: Case, codes: dict[str, tuple[str, ...]],
                source: str) -> list[str]:
    """Add coded values (exploitation types, means of control, flags) to a case inside the caller's
    transaction, with history and audit; codes the case already has are left alone.

    Used by services that derive case fields from other records (the interview mapping); returns
    the "kind=code" pairs that were new."""
    p = user.principal
    policy.require(p, Action.CASE_EDIT)
    check.require_open(case.status)
    have = {(kind, code) for kind, code in db.execute(
        select(CaseCode.kind, CaseCode.code).where(CaseCode.case_id == case.id))}
    added: list[str] = []
    for kind, values in codes.items():
        for code in check.codes(kind, values, vocab.CODE_LISTS.get(kind, ())):
            if (kind, code) in have:
                continue
            db.add(CaseCode(case_id=case.id, kind=kind, code=code))
            db.add(ChangeRecord(case_id=case.id, user_id=p.user_id, section=CODE_SECTIONS[kind],
                               field=kind, old_value="", new_value=f"{code} ({source})"[:200]))
            have.add((kind, code))
            added.append(f"{kind}={code}")
    if added:
        case.updated_at = utcnow()
        db.flush()
        audit.append(db, store, p, AuditAction.UPDATE, "case", case.id,
                     f"codes from {source}: {len(added)}"[:180])
    return added
