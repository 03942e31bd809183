"""Case records: create, find, open, update, assign, identify, close with approval, notes, tasks.

Every method checks the policy (role action, record scope, section level), validates its input
(P3), writes field-level history and an audit entry (a view is audited too), and returns frozen
dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, select
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

from . import audit, case_search, policy
from . import case_validation as check
from .accounts import UserSession
from .audit import AuditAction
from .case_sections import SECTIONS
from .errors import NotFound, PermissionDenied, ValidationError

PAGE_MAX = 500


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


@dataclass(frozen=True)
class CaseFilter:
    status: str = ""
    identification_status: str = ""
    district: str = ""
    agency_code: str = ""
    year: int | None = None
    assigned_to_me: bool = False
    overdue_tasks: bool = False


@dataclass(frozen=True)
class ChangeRow:
    at: datetime
    username: str
    section: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    case_id: int
    reference: str
    title: str
    due_on: date | None
    overdue: bool


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    name: str
    status: str
    identification_status: str
    district: str
    agency_code: str
    updated_at: datetime


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    version: int
    person: dict[str, Any] | None
    codes: dict[str, tuple[str, ...]]
    identification: tuple[tuple[str, date, str], ...]
    notes: tuple[tuple[datetime, int, str], ...]
    tasks: tuple[tuple[int, str, date | None, bool], ...]
    assigned: tuple[str, ...]
    restricted: frozenset[str]
    closure_requested: bool


EDITABLE: dict[str, tuple[str, str]] = {  # field -> (section, where)
    "given_names": ("person", "person"), "family_names": ("person", "person"),
    "sex": ("person", "person"), "date_of_birth": ("person", "person"),
    "estimated_age": ("person", "person"), "citizenships": ("person", "person"),
    "contact": ("contact", "person"), "documents": ("documents", "person"),
    "district": ("summary", "case"), "identification_context": ("identification", "case"),
}


def _row(case: Case, agency_code: str) -> CaseRow:
    return CaseRow(case.id, case.reference, case.person.full_name, case.status,
                   case.identification_status, case.district, agency_code, case.updated_at)


class CaseService:
    # -- reading ------------------------------------------------------------------------------
    def _load(self, s: Session, principal: policy.Principal, case_id: int) -> Case:
        case = s.scalars(select(Case).where(Case.id == case_id, policy.case_scope(principal))).first()
        if case is None:
            raise NotFound
        return case

    def list_page(self, session: UserSession, filters: CaseFilter | None = None, *,
                  offset: int = 0, limit: int = 100) -> list[CaseRow]:
        """A page of the cases in scope, most recently updated first."""
        p = session.principal
        with session.vault.session() as s:
            query = (select(Case, Agency.code).join(Agency, Agency.id == Case.owning_agency_id)
                     .where(policy.case_scope(p)).order_by(Case.updated_at.desc(), Case.id.desc()))
            query = self._filters(query, p, filters or CaseFilter())
            rows = s.execute(query.offset(max(0, offset)).limit(max(1, min(limit, PAGE_MAX))))
            return [_row(case, code) for case, code in rows]

    def count(self, session: UserSession, filters: CaseFilter | None = None) -> int:
        p = session.principal
        with session.vault.session() as s:
            query = select(func.count(Case.id)).where(policy.case_scope(p))
            return int(s.scalar(self._filters(query, p, filters or CaseFilter())) or 0)

    @staticmethod
    def _filters(query: Any, p: policy.Principal, f: CaseFilter) -> Any:
        if f.status:
            query = query.where(Case.status == f.status)
        if f.identification_status:
            query = query.where(Case.identification_status == f.identification_status)
        if f.district:
            query = query.where(Case.district == f.district)
        if f.agency_code:
            query = query.where(Case.owning_agency_id.in_(
                select(Agency.id).where(Agency.code == f.agency_code)))
        if f.year:
            query = query.where(Case.created_at >= datetime(f.year, 1, 1),
                                Case.created_at < datetime(f.year + 1, 1, 1))
        if f.assigned_to_me:
            query = query.where(Case.id.in_(select(CaseAssignment.case_id).where(
                CaseAssignment.user_id == p.user_id)) | (Case.owner_id == p.user_id))
        if f.overdue_tasks:
            query = query.where(Case.id.in_(select(CaseTask.case_id).where(
                CaseTask.done_at.is_(None), CaseTask.due_on < date.today())))
        return query

    def search(self, session: UserSession, text: str, limit: int = 50,
               filters: CaseFilter | None = None) -> list[CaseRow]:
        """References, names, aliases and note text of the user's level; accent-insensitive."""
        p = session.principal
        expression = case_search.fts_query(text, p.level)
        if expression is None:
            return []
        fts = case_search.FTS
        with session.vault.session() as s:
            query = (select(Case, Agency.code).join(fts, fts.c.rowid == Case.id)
                     .join(Agency, Agency.id == Case.owning_agency_id)
                     .where(case_search.matches(expression), policy.case_scope(p))
                     .order_by(fts.c.rank).limit(max(1, min(limit, PAGE_MAX))))
            query = self._filters(query, p, filters or CaseFilter())
            return [_row(case, code) for case, code in s.execute(query)]

    def open(self, session: UserSession, case_id: int) -> CaseDetail:
        """The case as this user may see it; restricted sections are named, not hidden."""
        p = session.principal
        policy.require(p, Action.CASE_VIEW)
        with session.vault.session() as s, s.begin():
            case = self._load(s, p, case_id)
            agency = s.get(Agency, case.owning_agency_id)
            restricted = frozenset(k for k in vocab.SECTION_LEVELS if not policy.can_read(p, k))
            detail = CaseDetail(
                row=_row(case, agency.code if agency else ""), version=case.version,
                person=None if "person" in restricted else self._person(case.person, restricted),
                codes=self._codes(s, case_id), identification=tuple(
                    (d.status, d.decided_on, d.decided_by_type) for d in s.scalars(
                        select(IdentificationDecision).where(IdentificationDecision.case_id == case_id)
                        .order_by(IdentificationDecision.id))),
                notes=tuple((n.created_at, n.level, n.text) for n in s.scalars(
                    select(CaseNote).where(CaseNote.case_id == case_id, CaseNote.level <= p.level)
                    .order_by(CaseNote.created_at.desc()))),
                tasks=tuple((t.id, t.title, t.due_on, t.done_at is not None) for t in s.scalars(
                    select(CaseTask).where(CaseTask.case_id == case_id).order_by(CaseTask.due_on))),
                assigned=tuple(s.scalars(select(User.username).join(
                    CaseAssignment, CaseAssignment.user_id == User.id).where(
                    CaseAssignment.case_id == case_id))),
                restricted=restricted, closure_requested=case.closure_requested_by is not None)
            audit.append(s, session.vault, p, AuditAction.CASE_VIEW, "case", case_id)
        return detail

    @staticmethod
    def _person(person: Person, restricted: frozenset[str]) -> dict[str, Any]:
        data: dict[str, Any] = {
            "given_names": person.given_names, "family_names": person.family_names,
            "sex": person.sex, "date_of_birth": person.date_of_birth,
            "estimated_age": person.estimated_age, "citizenships": person.citizenships,
            "languages": person.languages, "aliases": tuple(a.name for a in person.aliases),
        }
        data["contact"] = None if "contact" in restricted else person.contact
        data["documents"] = None if "documents" in restricted else person.documents
        return data

    @staticmethod
    def _codes(s: Session, case_id: int) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for kind, code in s.execute(select(CaseCode.kind, CaseCode.code).where(
                CaseCode.case_id == case_id)):
            found.setdefault(kind, []).append(code)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    # -- creating -----------------------------------------------------------------------------
    def duplicates(self, session: UserSession, given_names: str, family_names: str,
                   birth_year: int | None = None, citizenships: tuple[str, ...] = ()) -> list[CaseRow]:
        """Search-before-create: cases in scope with a similar name and the same birth year
        (±1) or a shared citizenship."""
        candidates = self.search(session, f"{given_names} {family_names}", limit=50)
        if not candidates or (birth_year is None and not citizenships):
            return candidates[:10]
        wanted = {c.upper() for c in citizenships}
        with session.vault.session() as s:
            people = {c.id: s.scalars(select(Person).join(Case, Case.person_id == Person.id)
                                      .where(Case.id == c.id)).one() for c in candidates}
        def similar(row: CaseRow) -> bool:
            person = people[row.id]
            year = person.date_of_birth.year if person.date_of_birth else None
            same_year = birth_year is not None and year is not None and abs(year - birth_year) <= 1
            shared = bool(wanted & set(filter(None, person.citizenships.split(","))))
            return same_year or shared
        return [row for row in candidates if similar(row)][:10]

    def create(self, session: UserSession, new: NewCase) -> CaseRow:
        p = session.principal
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
        person.aliases = [PersonAlias(name=check.clean_text("aliases", a, 200, required=True))
                          for a in new.aliases[:20]]
        codes = {kind: check.codes(kind, values, vocab.CODE_LISTS.get(kind, ()))
                 for kind, values in new.codes.items()}
        status = check.choice("identification_status", new.identification_status,
                              vocab.TRAFFICKING_STATUS)
        with session.vault.session() as s, s.begin():
            agency = s.get(Agency, p.agency_id)
            case = Case(
                reference=self._next_reference(s, agency.code if agency else "CD"), person=person,
                status="SCREENING", identification_status=status,
                identification_context=check.choice("identification_context",
                                                    new.identification_context,
                                                    vocab.IDENTIFICATION_CONTEXT),
                identified_on=check.past_date("identified_on", new.identified_on),
                district=check.choice("district", new.district, vocab.DISTRICTS, blank=True),
                owning_agency_id=p.agency_id, owner_id=p.user_id, closure_requested_status="",
            )
            s.add(case)
            s.flush()
            s.add_all(CaseCode(case_id=case.id, kind=k, code=c) for k, v in codes.items() for c in v)
            s.add(IdentificationDecision(case_id=case.id, status=status,
                                         decided_on=case.identified_on or date.today(),
                                         decided_by_type="OTHER", recorded_by=p.user_id))
            case_search.index_case(s, case.id)
            audit.append(s, session.vault, p, AuditAction.CREATE, "case", case.id, case.reference)
            return _row(case, agency.code if agency else "")

    @staticmethod
    def _next_reference(s: Session, agency_code: str) -> str:
        prefix = f"{agency_code}-{date.today():%Y}-"
        last = s.scalar(select(func.max(Case.reference)).where(Case.reference.like(prefix + "%")))
        number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        return f"{prefix}{number:06d}"

    # -- changing -----------------------------------------------------------------------------
    def _editable(self, s: Session, p: policy.Principal, case_id: int) -> Case:
        policy.require(p, Action.CASE_EDIT)
        case = self._load(s, p, case_id)
        if case.status in vocab.CLOSED_STATUSES:
            raise ValidationError("status", "The case is closed; a supervisor can reopen it.")
        return case

    def update(self, session: UserSession, case_id: int, changes: dict[str, Any],
               expected_version: int) -> int:
        """Change fields (field-level history kept); refuses a stale version. Returns the new one."""
        p = session.principal
        with session.vault.session() as s, s.begin():
            case = self._editable(s, p, case_id)
            if case.version != expected_version:
                raise ValidationError("version", "Someone else changed this case meanwhile; "
                                                 "reopen it to see their changes.")
            for name, value in changes.items():
                if name not in EDITABLE:
                    raise ValidationError(name, "This field cannot be changed here.")
                section, where = EDITABLE[name]
                if not policy.can_read(p, section):
                    raise PermissionDenied("Your level does not allow changing this section.")
                target: Any = case.person if where == "person" else case
                new = self._validated(name, value)
                old = getattr(target, name)
                if old != new:
                    setattr(target, name, new)
                    s.add(ChangeRecord(case_id=case_id, user_id=p.user_id, section=section,
                                       field=name, old_value="" if old is None else str(old),
                                       new_value="" if new is None else str(new)))
            case.updated_at = utcnow()
            s.flush()
            case_search.index_case(s, case_id)
            audit.append(s, session.vault, p, AuditAction.UPDATE, "case", case_id,
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
        return check.clean_text(name, value, 500, multiline=True)

    def assign(self, session: UserSession, case_id: int, usernames: tuple[str, ...]) -> None:
        p = session.principal
        policy.require(p, Action.CASE_ASSIGN)
        with session.vault.session() as s, s.begin():
            self._load(s, p, case_id)
            users = s.scalars(select(User).where(User.username.in_(usernames),
                                                 User.disabled.is_(False))).all()
            if len(users) != len(set(usernames)):
                raise ValidationError("assigned", "Unknown or disabled account.")
            s.execute(delete(CaseAssignment).where(CaseAssignment.case_id == case_id))
            s.add_all(CaseAssignment(case_id=case_id, user_id=u.id) for u in users)
            audit.append(s, session.vault, p, AuditAction.UPDATE, "case", case_id,
                         f"assigned to {len(users)} user(s)")

    def record_identification(self, session: UserSession, case_id: int, status: str,
                              decided_on: date, decided_by_type: str) -> None:
        """A dated decision on the trafficking status, kept in the case's history."""
        p = session.principal
        with session.vault.session() as s, s.begin():
            case = self._editable(s, p, case_id)
            status = check.choice("identification_status", status, vocab.TRAFFICKING_STATUS)
            day = check.past_date("decided_on", decided_on) or date.today()
            s.add(IdentificationDecision(
                case_id=case_id, status=status, decided_on=day, recorded_by=p.user_id,
                decided_by_type=check.choice("decided_by_type", decided_by_type, vocab.DECIDED_BY)))
            if case.identification_status != status:
                s.add(ChangeRecord(case_id=case_id, user_id=p.user_id, section="identification",
                                   field="identification_status",
                                   old_value=case.identification_status, new_value=status))
            case.identification_status, case.updated_at = status, utcnow()
            if status == "CONFIRMED" and decided_by_type in vocab.GOVERNMENT_DECIDERS:
                case.identified_on = day
            audit.append(s, session.vault, p, AuditAction.STATUS_CHANGE, "case", case_id,
                         f"identification={status}")

    def change_status(self, session: UserSession, case_id: int, status: str) -> None:
        """Open statuses change directly; closing goes through request and approval."""
        p = session.principal
        status = check.choice("status", status, vocab.CASE_STATUS)
        if status in vocab.CLOSED_STATUSES:
            raise ValidationError("status", "Request closure; a supervisor approves it.")
        with session.vault.session() as s, s.begin():
            case = self._load(s, p, case_id)
            if case.status in vocab.CLOSED_STATUSES:  # reopening needs approval rights
                policy.require(p, Action.CASE_APPROVE_CLOSURE)
            else:
                policy.require(p, Action.CASE_EDIT)
            self._set_status(s, session, case, status)

    def request_closure(self, session: UserSession, case_id: int, status: str = "CLOSED") -> None:
        p = session.principal
        with session.vault.session() as s, s.begin():
            case = self._editable(s, p, case_id)
            case.closure_requested_by = p.user_id
            case.closure_requested_status = check.choice("status", status, vocab.CLOSED_STATUSES)
            audit.append(s, session.vault, p, AuditAction.STATUS_CHANGE, "case", case_id,
                         "closure requested")

    def approve_closure(self, session: UserSession, case_id: int) -> None:
        p = session.principal
        policy.require(p, Action.CASE_APPROVE_CLOSURE)
        with session.vault.session() as s, s.begin():
            case = self._load(s, p, case_id)
            if case.closure_requested_by is None:
                raise ValidationError("status", "Nobody has asked to close this case.")
            if case.closure_requested_by == p.user_id:
                raise PermissionDenied("Another supervisor must approve a closure you requested.")
            case.closure_approved_by, case.closed_at = p.user_id, utcnow()
            self._set_status(s, session, case, case.closure_requested_status or "CLOSED")
            case.closure_requested_by = None

    def _set_status(self, s: Session, session: UserSession, case: Case, status: str) -> None:
        if case.status == status:
            return
        s.add(ChangeRecord(case_id=case.id, user_id=session.principal.user_id, section="summary",
                           field="status", old_value=case.status, new_value=status))
        case.status, case.updated_at = status, utcnow()
        audit.append(s, session.vault, session.principal, AuditAction.STATUS_CHANGE, "case",
                     case.id, f"status={status}")

    def add_note(self, session: UserSession, case_id: int, text: str, level: int = 1) -> None:
        p = session.principal
        with session.vault.session() as s, s.begin():
            case = self._editable(s, p, case_id)
            s.add(CaseNote(case_id=case_id, author_id=p.user_id,
                           level=check.level("level", level, p.level),
                           text=check.clean_text("text", text, check.MAX_NOTE, required=True,
                                                 multiline=True)))
            case.updated_at = utcnow()
            s.flush()
            case_search.index_case(s, case_id)
            audit.append(s, session.vault, p, AuditAction.UPDATE, "case", case_id, "note added")

    def add_task(self, session: UserSession, case_id: int, title: str, due_on: date | None,
                 assignee: str | None = None) -> int:
        p = session.principal
        with session.vault.session() as s, s.begin():
            self._editable(s, p, case_id)
            user_id = None
            if assignee:
                user_id = s.scalar(select(User.id).where(and_(User.username == assignee,
                                                              User.disabled.is_(False))))
                if user_id is None:
                    raise ValidationError("assignee", "Unknown or disabled account.")
            if due_on is not None and not date(2000, 1, 1) <= due_on <= date(2100, 1, 1):
                raise ValidationError("due_on", "Enter a due date between 2000 and 2100.")
            task = CaseTask(case_id=case_id, created_by=p.user_id, due_on=due_on,
                            assigned_to=user_id,
                            title=check.clean_text("title", title, check.MAX_TITLE, required=True))
            s.add(task)
            s.flush()
            audit.append(s, session.vault, p, AuditAction.UPDATE, "case", case_id, "task added")
            return task.id

    def complete_task(self, session: UserSession, case_id: int, task_id: int) -> None:
        p = session.principal
        with session.vault.session() as s, s.begin():
            self._editable(s, p, case_id)
            task = s.get(CaseTask, task_id)
            if task is None or task.case_id != case_id:
                raise NotFound
            task.done_at = utcnow()
            audit.append(s, session.vault, p, AuditAction.UPDATE, "case", case_id, "task done")

    def my_tasks(self, session: UserSession, limit: int = 50) -> list[TaskRow]:
        """Open tasks assigned to me (or created by me without an assignee), overdue first."""
        p = session.principal
        if not p.can(Action.CASE_VIEW):
            return []
        today = date.today()
        with session.vault.session() as s:
            rows = s.execute(
                select(CaseTask, Case.reference).join(Case, Case.id == CaseTask.case_id)
                .where(CaseTask.done_at.is_(None), policy.case_scope(p),
                       (CaseTask.assigned_to == p.user_id)
                       | (CaseTask.assigned_to.is_(None) & (CaseTask.created_by == p.user_id)))
                .order_by(CaseTask.due_on.is_(None), CaseTask.due_on).limit(limit))
            return [TaskRow(t.id, t.case_id, ref, t.title, t.due_on,
                            t.due_on is not None and t.due_on < today) for t, ref in rows]

    def history(self, session: UserSession, case_id: int) -> list[ChangeRow]:
        """Field-level history; values of sections above the user's level are not shown."""
        p = session.principal
        policy.require(p, Action.CASE_VIEW)
        with session.vault.session() as s:
            self._load(s, p, case_id)
            rows = s.execute(select(ChangeRecord, User.username)
                             .join(User, User.id == ChangeRecord.user_id, isouter=True)
                             .where(ChangeRecord.case_id == case_id)
                             .order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc()))
            result = []
            for change, username in rows:
                spec = SECTIONS.get(change.section)
                level_key = spec.level_key if spec else change.section
                visible = policy.can_read(p, level_key)
                result.append(ChangeRow(change.at, username or "", change.section, change.field,
                                        change.old_value if visible else "•••",
                                        change.new_value if visible else "•••"))
            return result
