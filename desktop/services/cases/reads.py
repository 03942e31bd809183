"""Reading case records: pages, counts, search, a case as its reader may see it, tasks, history.

Every query goes through `policy.case_scope`, so what a user can list, count and find is exactly
what they can open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
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
    User,
    vocab,
)
from desktop.models.seed import Action
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import search as case_index
from desktop.services.cases.sections import SECTIONS
from desktop.services.user import UserSession
from desktop.storage.store import Store

PAGE_MAX = 500


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
    user_name: str = ""  # who changed it, as people read it


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
    assigned: tuple[str, ...]  # usernames
    restricted: frozenset[str]
    closure_requested: bool
    assigned_names: tuple[str, ...] = ()  # the same people, by their names


def row_of(case: Case, agency_code: str) -> CaseRow:
    return CaseRow(case.id, case.reference, case.person.full_name, case.status,
                   case.identification_status, case.district, agency_code, case.updated_at)


class CaseReads:
    """Reading case records: pages, counts, search, a case as its reader may see it, history."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list_page(self, user: UserSession, filters: CaseFilter | None = None, *,
                  offset: int = 0, limit: int = 100) -> list[CaseRow]:
        """A page of the cases in scope, most recently updated first.

        The page's ids come first from the covering index (updated_at, id, agency, owner), so
        skipping to a deep offset never reads case rows; only the page's rows are then loaded."""
        p = user.principal
        with self.store.session() as db:
            ids_query = (select(Case.id).where(policy.case_scope(p))
                         .order_by(Case.updated_at.desc(), Case.id.desc()))
            ids_query = self._filters(ids_query, p, filters or CaseFilter())
            ids = list(db.scalars(ids_query.offset(max(0, offset)).limit(max(1, min(limit, PAGE_MAX)))))
            return self._rows(db, ids)

    @staticmethod
    def _rows(db: Session, ids: list[int]) -> list[CaseRow]:
        """The rows of these case ids, in the order given."""
        if not ids:
            return []
        found = {case.id: row_of(case, code) for case, code in db.execute(
            select(Case, Agency.code).join(Agency, Agency.id == Case.owning_agency_id)
            .where(Case.id.in_(ids)))}
        return [found[i] for i in ids if i in found]

    def count(self, user: UserSession, filters: CaseFilter | None = None) -> int:
        p = user.principal
        with self.store.session() as db:
            query = select(func.count(Case.id)).where(policy.case_scope(p))
            return int(db.scalar(self._filters(query, p, filters or CaseFilter())) or 0)

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

    def search(self, user: UserSession, text: str, limit: int = 50,
               filters: CaseFilter | None = None) -> list[CaseRow]:
        """References, names, aliases and note text of the user's level; accent-insensitive.

        Newest cases first (the index stops at `limit` instead of scoring every match of a short
        prefix like "ca"). A query shaped like a case reference ("HS-2024", "hs-2024-0001") is a
        range on the unique reference index instead."""
        p = user.principal
        limit = max(1, min(limit, PAGE_MAX))
        prefix = case_index.reference_prefix(text)
        with self.store.session() as db:
            if prefix is not None:
                ids_query = (select(Case.id).where(Case.reference >= prefix,
                                                   Case.reference < prefix + "\uffff",
                                                   policy.case_scope(p))
                             .order_by(Case.reference.desc()))
            else:
                found = self.store.search.restrict(
                    select(Case.id).where(policy.case_scope(p)), text, p.level)
                if found is None:
                    return []
                ids_query = found
            ids_query = self._filters(ids_query, p, filters or CaseFilter())
            return self._rows(db, list(db.scalars(ids_query.limit(limit))))

    def open(self, user: UserSession, case_id: int) -> CaseDetail:
        """The case as this user may see it; restricted sections are named, not hidden."""
        p = user.principal
        policy.require(p, Action.CASE_VIEW)
        with self.store.session() as db, db.begin():
            case = policy.case_in_scope(db, p, case_id)
            agency = db.get(Agency, case.owning_agency_id)
            restricted = frozenset(k for k in vocab.SECTION_LEVELS if not policy.can_read(p, k))
            assigned = db.execute(select(User.username, User.display_name).join(
                CaseAssignment, CaseAssignment.user_id == User.id).where(
                CaseAssignment.case_id == case_id)).all()
            detail = CaseDetail(
                row=row_of(case, agency.code if agency else ""), version=case.version,
                person=None if "person" in restricted else self._person(case.person, restricted),
                codes=self._codes(db, case_id), identification=tuple(
                    (d.status, d.decided_on, d.decided_by_type) for d in db.scalars(
                        select(IdentificationDecision).where(IdentificationDecision.case_id == case_id)
                        .order_by(IdentificationDecision.id))),
                notes=tuple((n.created_at, n.level, n.text) for n in db.scalars(
                    select(CaseNote).where(CaseNote.case_id == case_id,
                                           policy.within_level(p, CaseNote.level))
                    .order_by(CaseNote.created_at.desc()))),
                tasks=tuple((t.id, t.title, t.due_on, t.done_at is not None) for t in db.scalars(
                    select(CaseTask).where(CaseTask.case_id == case_id).order_by(CaseTask.due_on))),
                assigned=tuple(name for name, _ in assigned),
                assigned_names=tuple(name for _, name in assigned),
                restricted=restricted, closure_requested=case.closure_requested_by is not None)
            audit.append(db, self.store, p, AuditAction.CASE_VIEW, "case", case_id)
        return detail

    @staticmethod
    def _person(person: Person, restricted: frozenset[str]) -> dict[str, Any]:
        data: dict[str, Any] = {
            "given_names": person.given_names, "family_names": person.family_names,
            "sex": person.sex, "date_of_birth": person.date_of_birth,
            "estimated_age": person.estimated_age, "citizenships": person.citizenships,
            "languages": person.languages, "aliases": tuple(a.name for a in person.aliases),
            "gender_identity": person.gender_identity, "interpreter_needed": person.interpreter_needed,
            "unaccompanied": person.unaccompanied, "age_disputed": person.age_disputed,
        }
        data["contact"] = None if "contact" in restricted else person.contact
        data["documents"] = None if "documents" in restricted else person.documents
        return data

    @staticmethod
    def _codes(db: Session, case_id: int) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for kind, code in db.execute(select(CaseCode.kind, CaseCode.code).where(
                CaseCode.case_id == case_id)):
            found.setdefault(kind, []).append(code)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def duplicates(self, user: UserSession, given_names: str, family_names: str,
                   birth_year: int | None = None, citizenships: tuple[str, ...] = ()) -> list[CaseRow]:
        """Search-before-create: cases in scope with a similar name and the same birth year
        (±1) or a shared citizenship."""
        candidates = self.search(user, f"{given_names} {family_names}", limit=50)
        if not candidates or (birth_year is None and not citizenships):
            return candidates[:10]
        wanted = {c.upper() for c in citizenships}
        with self.store.session() as db:
            people = {c.id: db.scalars(select(Person).join(Case, Case.person_id == Person.id)
                                      .where(Case.id == c.id)).one() for c in candidates}
        def similar(row: CaseRow) -> bool:
            person = people[row.id]
            year = person.date_of_birth.year if person.date_of_birth else None
            same_year = birth_year is not None and year is not None and abs(year - birth_year) <= 1
            shared = bool(wanted & set(filter(None, person.citizenships.split(","))))
            return same_year or shared
        return [row for row in candidates if similar(row)][:10]

    def my_tasks(self, user: UserSession, limit: int = 50) -> list[TaskRow]:
        """Open tasks assigned to me (or created by me without an assignee), overdue first."""
        p = user.principal
        if not p.can(Action.CASE_VIEW):
            return []
        today = date.today()
        with self.store.session() as db:
            rows = db.execute(
                select(CaseTask, Case.reference).join(Case, Case.id == CaseTask.case_id)
                .where(CaseTask.done_at.is_(None), policy.case_scope(p),
                       (CaseTask.assigned_to == p.user_id)
                       | (CaseTask.assigned_to.is_(None) & (CaseTask.created_by == p.user_id)))
                .order_by(CaseTask.due_on.is_(None), CaseTask.due_on).limit(limit))
            return [TaskRow(t.id, t.case_id, ref, t.title, t.due_on,
                            t.due_on is not None and t.due_on < today) for t, ref in rows]

    def history(self, user: UserSession, case_id: int) -> list[ChangeRow]:
        """Field-level history; values of sections above the user's level are not shown."""
        p = user.principal
        policy.require(p, Action.CASE_VIEW)
        with self.store.session() as db:
            policy.case_in_scope(db, p, case_id)
            rows = db.execute(select(ChangeRecord, User.username, User.display_name)
                             .join(User, User.id == ChangeRecord.user_id, isouter=True)
                             .where(ChangeRecord.case_id == case_id)
                             .order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc()))
            result = []
            for change, username, display_name in rows:
                spec = SECTIONS.get(change.section)
                level_key = spec.level_key if spec else change.section
                visible = policy.can_read(p, level_key)
                result.append(ChangeRow(change.at, username or "", change.section, change.field,
                                        change.old_value if visible else "•••",
                                        change.new_value if visible else "•••", display_name or ""))
            return result
