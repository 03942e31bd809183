"""Reading case records: pages, counts, search, a case as its reader may see it, tasks, history.

Every query goes through `policy.case_scope` (`_in_scope`), so what a user can list, count and
find is exactly what they can open. A store whose server applies the same scope to every query
itself (the office server's row-level security) is not asked twice: the term, a probe of the
assignments and referrals under their own policies, cost a case worker's first page at
1,000,000 cases 114 of its 139 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, select, true, tuple_
from sqlalchemy.orm import Session

from desktop.models import (
    Agency,
    Case,
    CaseAssignment,
    CaseCode,
    CaseNote,
    CaseTask,
    IdentificationDecision,
    Person,
    User,
    vocab,
)
from desktop.models.seed import Action
from desktop.server import history
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import counts
from desktop.services.cases import search as case_index
from desktop.services.cases.sections import SECTIONS
from desktop.services.user import UserSession
from desktop.storage.store import CaseCounter, Store

PAGE_MAX = 500
#: Up to this many cases in a scope without an agency, a list reads them directly (`_few_cases`).
FEW_CASES = 2_000


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


#: Where a list page ends: the last row's (updated_at, id), the list's order.
PageKey = tuple[datetime, int]
ROW_COLUMNS = (Case.id, Case.reference, Person.given_names, Person.family_names, Case.status,
               Case.identification_status, Case.district, Agency.code, Case.updated_at)


def key_of(row: CaseRow) -> PageKey:
    return row.updated_at, row.id


class CaseReads:
    """Reading case records: pages, counts, search, a case as its reader may see it, history."""

    def __init__(self, store: Store) -> None:
        self.store = store
        #: The store keeps the case counters (the vault's SQLite triggers, migration 0013); the
        #: office server does not, but counts a user's cases itself (`CaseCounter`).
        self.counted = bool(getattr(store, "maintains_case_counts", False))
        self.counter = store if isinstance(store, CaseCounter) else None
        #: The store's server limits every query to the user's scope (row-level security).
        self.scoped = bool(getattr(store, "enforces_scope", False))

    def _in_scope(self, p: policy.Principal) -> ColumnElement[bool]:
        """The scope as a WHERE term; always true where the server applies it already."""
        return true() if self.scoped else policy.case_scope(p)

    def list_page(self, user: UserSession, filters: CaseFilter | None = None, *,
                  offset: int = 0, limit: int = 100, after: PageKey | None = None) -> list[CaseRow]:
        """A page of the cases in scope, most recently updated first.

        `after` (the key of the previous page's last row) seeks to the page in the index
        (keyset paging: every page costs what the first does); `offset` skips rows instead. The
        page's ids come first from the covering index (updated_at, id, agency, owner), so only
        the page's rows are read."""
        p = user.principal
        with self.store.session() as db:
            few = self._few_cases(db, p) if self.counted else None
            ids = (select(Case.id)
                   .where(Case.id.in_(few) if few is not None else self._in_scope(p),
                          *counts.case_filters(p, filters or CaseFilter()))
                   .order_by(Case.updated_at.desc(), Case.id.desc()))
            if after is not None:
                ids = ids.where(tuple_(Case.updated_at, Case.id) < tuple_(
                    literal(after[0], Case.updated_at.type), literal(after[1], Case.id.type)))
            ids = ids.offset(max(0, offset) if after is None else 0).limit(
                max(1, min(limit, PAGE_MAX)))
            return self._rows(db, ids)

    @staticmethod
    def _few_cases(db: Session, p: policy.Principal) -> Any:
        """A scope of at most FEW_CASES cases without an agency term (a new case worker, a
        small partner's liaison): its ids from their own indexes, then sorted — walking the
        vault's list index would read most of it to find them. None for any other scope."""
        terms = policy.scope_terms(p)
        if terms.everything or terms.agency_id is not None or terms.groups:
            return None
        if counts.count(db, p, CaseFilter()) > FEW_CASES:
            return None
        return policy.reachable_cases(p)

    def pages(self, user: UserSession, filters: CaseFilter | None = None) -> CasePager:
        """The list as a callable `(offset, limit) -> rows` for a lazy view, paging by key."""
        return CasePager(self, user, filters or CaseFilter())

    @staticmethod
    def _rows(db: Session, ids_query: Select[Any]) -> list[CaseRow]:
        """The rows of the ids this query selects, in its order (Core columns, no ORM objects)."""
        return [row for row, _ in CaseReads._rows_with(db, ids_query)]

    @staticmethod
    def _rows_with(db: Session, ids_query: Select[Any],
                   *extra: Any) -> list[tuple[CaseRow, tuple[Any, ...]]]:
        """Each row with the values of `extra` columns of the case and person, one statement."""
        ids = list(db.scalars(ids_query))
        if not ids:
            return []
        found: dict[int, tuple[CaseRow, tuple[Any, ...]]] = {}
        for values in db.execute(select(*ROW_COLUMNS, *extra)
                                 .join(Person, Person.id == Case.person_id)
                                 .join(Agency, Agency.id == Case.owning_agency_id)
                                 .where(Case.id.in_(ids))):
            i, ref, given, family, status, ident, district, code, at = values[:len(ROW_COLUMNS)]
            found[i] = (CaseRow(i, ref, f"{given} {family}".strip(), status, ident, district,
                                code, at), tuple(values[len(ROW_COLUMNS):]))
        return [found[i] for i in ids if i in found]

    def count(self, user: UserSession, filters: CaseFilter | None = None) -> int:
        """How many cases `list_page` pages through: from the maintained counters where the
        store keeps them, else an exact COUNT."""
        f = filters or CaseFilter()
        with self.store.session() as db:
            if self.counted:
                return counts.count(db, user.principal, f)
            if self.counter is not None:
                return self.counter.count_cases(db, counts.case_values(f))
            return counts.exact_count(db, user.principal, f)

    def search(self, user: UserSession, text: str, limit: int = 50,
               filters: CaseFilter | None = None) -> list[CaseRow]:
        """References, names, aliases and note text of the user's level; accent-insensitive.

        Newest cases first (the index stops at `limit` instead of scoring every match of a short
        prefix like "ca"). A query shaped like a case reference ("HS-2024", "hs-2024-0001") is a
        range on the unique reference index instead."""
        limit = max(1, min(limit, PAGE_MAX))
        f = filters or CaseFilter()
        with self.store.session() as db:
            ids = self._search_ids(user.principal, text, f, limit)
            return [] if ids is None else self._rows(db, ids.limit(limit))

    def _search_ids(self, p: policy.Principal, text: str, f: CaseFilter,
                    limit: int) -> Select[Any] | None:
        """The ids of the matches, newest first (a windowed index hands over its `limit` newest
        matches in scope with the filters' values, see `CaseIndex.restrict`); the caller applies
        its limit and, again, its filters."""
        prefix = case_index.reference_prefix(text)
        if prefix is not None:
            ids = (select(Case.id).where(Case.reference >= prefix,
                                         Case.reference < prefix + "\uffff", self._in_scope(p))
                   .order_by(Case.reference.desc()))
        else:
            found = self.store.search.restrict(select(Case.id).where(self._in_scope(p)),
                                               text, p.level, limit, counts.case_values(f))
            if found is None:
                return None
            ids = found
        return ids.where(*counts.case_filters(p, f))

    def open(self, user: UserSession, case_id: int) -> CaseDetail:
        """The case as this user may see it; restricted sections are named, not hidden."""
        p = user.principal
        policy.require(p, Action.CASE_VIEW)
        with self.store.session() as db, db.begin():
            case = policy.case_in_scope(db, p, case_id, *policy.with_person(p))
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
        """Search-before-create: of the 50 newest cases in scope with a similar name, those with
        the same birth year (±1) or a shared citizenship (the first 10). The candidates and their
        people come in one statement, whatever their number."""
        ids = self._search_ids(user.principal, f"{given_names} {family_names}", CaseFilter(), 50)
        if ids is None:
            return []
        with self.store.session() as db:
            candidates = self._rows_with(db, ids.limit(50), Person.date_of_birth,
                                         Person.citizenships)
        if birth_year is None and not citizenships:
            return [row for row, _ in candidates[:10]]
        wanted = {c.upper() for c in citizenships}

        def similar(born: date | None, countries: str) -> bool:
            year = born.year if born else None
            same_year = birth_year is not None and year is not None and abs(year - birth_year) <= 1
            return same_year or bool(wanted & set(filter(None, countries.split(","))))
        return [row for row, (born, countries) in candidates if similar(born, countries)][:10]

    def my_tasks(self, user: UserSession, limit: int = 50) -> list[TaskRow]:
        """Open tasks assigned to me (or created by me without an assignee), by due date, those
        without one last.

        Driven by the open tasks (partial indexes by assignee and by creator, in due order): each
        of the four walks — mine or unassigned-by-me, dated or not — stops at `limit`, however
        many cases the scope holds."""
        p = user.principal
        if not p.can(Action.CASE_VIEW):
            return []
        limit = max(1, min(limit, PAGE_MAX))
        today = date.today()
        whose = (CaseTask.assigned_to == p.user_id,
                 CaseTask.assigned_to.is_(None) & (CaseTask.created_by == p.user_id))
        found: list[TaskRow] = []
        with self.store.session() as db:
            for dated in (True, False):
                for who in whose:
                    found += [TaskRow(i, case_id, ref, title, due,
                                      due is not None and due < today)
                              for i, case_id, ref, title, due in db.execute(
                                  self._open_tasks(p, who, dated).limit(limit))]
                if len(found) >= limit:
                    break
        found.sort(key=lambda t: (t.due_on is None, t.due_on or today, t.task_id))
        return found[:limit]

    @staticmethod
    def _open_tasks(p: policy.Principal, who: ColumnElement[bool],
                    dated: bool) -> Select[int, int, str, str, date | None]:
        due = CaseTask.due_on
        return (select(CaseTask.id, CaseTask.case_id, Case.reference, CaseTask.title, due)
                .join(Case, Case.id == CaseTask.case_id)
                .where(CaseTask.done_at.is_(None), who,
                       due.is_not(None) if dated else due.is_(None), policy.case_scope(p))
                .order_by(due, CaseTask.id))

    def history(self, user: UserSession, case_id: int) -> list[ChangeRow]:
        """Field-level history; values of sections above the user's level are not shown."""
        p = user.principal
        policy.require(p, Action.CASE_VIEW)
        changes = history.changes(self.store.backend, case_id)  # the server masks values itself
        with self.store.session() as db:
            policy.case_in_scope(db, p, case_id)
            rows = db.execute(select(changes.c.at, changes.c.section, changes.c.field,
                                     changes.c.old_value, changes.c.new_value, User.username,
                                     User.display_name)
                              .join(User, User.id == changes.c.user_id, isouter=True)
                              .where(changes.c.case_id == case_id)
                              .order_by(changes.c.at.desc(), changes.c.id.desc()))
            result = []
            for at, section, field, old, new, username, display_name in rows:
                spec = SECTIONS.get(section)
                visible = policy.can_read(p, spec.level_key if spec else section)
                shown = visible and old is not None and new is not None
                result.append(ChangeRow(at, username or "", section, field,
                                        old if shown else "•••", new if shown else "•••",
                                        display_name or ""))
            return result


class CasePager:
    """A list read page after page by key: called like an OFFSET pager, `(offset, limit) ->
    rows`, by a lazy view; a call that continues where the previous page ended seeks past that
    page's last row (keyset paging, so the thousandth page costs what the first does); any other
    offset is read with OFFSET. A case updated meanwhile moves to the top of the list and is not
    met again further down."""

    def __init__(self, reads: CaseReads, user: UserSession, filters: CaseFilter) -> None:
        self.reads, self.user, self.filters = reads, user, filters
        self._delivered = 0
        self._last: PageKey | None = None

    def __call__(self, offset: int, limit: int) -> list[CaseRow]:
        after = self._last if offset > 0 and offset == self._delivered else None
        rows = self.reads.list_page(self.user, self.filters, offset=offset, limit=limit,
                                    after=after)
        if rows:
            self._delivered, self._last = offset + len(rows), key_of(rows[-1])
        return rows
