"""How many cases a user's list holds, without reading the cases.

Two counter tables are kept by the database in the transaction of every change to a case, an
assignment or a referral (migration 0013): `case_counts`, how many cases share each owning
agency, owner, status, identification status, district and year opened; and
`case_reach_counts`, the same for the cases assigned to each user and referred to each agency.
A scope (`policy.scope_terms`) is a union of "owned by these users or this agency", "assigned to
these users" and "referred to this agency", so its count is a sum over a few thousand counter
rows whatever the size of the vault:

- OWN, AGENCY: the counted cases of the user (and agency), plus the cases assigned to the user
  that are not already among them (an assignment row carries the case's owner and agency);
- REFERRED: the cases referred to the agency (each case once); ALL: every counted case.

Two cases are counted exactly instead, from their own indexes: a GROUP scope (a case assigned
to two members is one case, which per-user counters cannot tell) and the overdue-tasks filter
(not a counter column). "Assigned to me" is the user's own and assigned cases, from the counters.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from desktop.models import Agency, Case, CaseAssignment, CaseCount, CaseReachCount, CaseTask
from desktop.services import policy

if TYPE_CHECKING:
    from desktop.services.cases.reads import CaseFilter

Counter = type[CaseCount] | type[CaseReachCount]


def case_filters(p: policy.Principal, f: CaseFilter) -> list[ColumnElement[bool]]:
    """The list's filters as WHERE terms on `cases` (lists, search and exact counts)."""
    terms = _dims(f, Case)
    if f.year:
        terms += [Case.created_at >= datetime(f.year, 1, 1),
                  Case.created_at < datetime(f.year + 1, 1, 1)]
    if f.assigned_to_me:  # a probe by key per case, not the set of every assignment of the user
        terms.append((Case.owner_id == p.user_id) | exists().where(
            CaseAssignment.case_id == Case.id, CaseAssignment.user_id == p.user_id))
    if f.overdue_tasks:
        terms.append(Case.id.in_(select(CaseTask.case_id).where(
            CaseTask.done_at.is_(None), CaseTask.due_on < date.today())))
    return terms


def case_values(f: CaseFilter) -> dict[str, str | int | bool]:
    """The list's filters as values (a windowed search index's `within`: the office server's
    search function applies them itself, search_sql.SEARCH_NARROWING)."""
    values: dict[str, str | int | bool | None] = {
        "status": f.status, "identification_status": f.identification_status,
        "district": f.district, "agency": f.agency_code, "year": f.year,
        "mine": f.assigned_to_me,
        "overdue_before": date.today().isoformat() if f.overdue_tasks else None}
    return {k: v for k, v in values.items() if v}


def _dims(f: CaseFilter, table: Any) -> list[ColumnElement[bool]]:
    """The filters that are counter columns, on `cases` or on a counter table."""
    terms: list[ColumnElement[bool]] = []
    if f.status:
        terms.append(table.status == f.status)
    if f.identification_status:
        terms.append(table.identification_status == f.identification_status)
    if f.district:
        terms.append(table.district == f.district)
    if f.agency_code:
        terms.append(table.owning_agency_id.in_(select(Agency.id).where(Agency.code == f.agency_code)))
    if f.year and table is not Case:
        terms.append(table.year == f.year)
    return terms


def count(db: Session, p: policy.Principal, f: CaseFilter) -> int:
    """The number of cases in scope matching the filters: exactly what `list_page` pages through."""
    terms = policy.scope_terms(p)
    if f.overdue_tasks or terms.groups:
        return exact_count(db, p, f)
    if f.assigned_to_me:  # mine and assigned to me, within the scope
        if terms.referred_to is not None or not (terms.users or terms.everything):
            return exact_count(db, p, f)
        terms = policy.ScopeTerms(users=(p.user_id,))
    if terms.everything:
        return _sum(db, CaseCount, [], f)
    total = 0
    owned: list[ColumnElement[bool]] = []  # cases counted by their owner or agency
    if terms.users:
        owned.append(CaseCount.owner_id.in_(terms.users))
    if terms.agency_id is not None:
        owned.append(CaseCount.owning_agency_id == terms.agency_id)
    if owned:
        total += _sum(db, CaseCount, [or_(*owned)], f)
        reach = CaseReachCount
        counted = [reach.owner_id.in_(terms.users)] + (
            [reach.owning_agency_id == terms.agency_id] if terms.agency_id is not None else [])
        total += _sum(db, reach, [reach.kind == "A", reach.subject_id.in_(terms.users),
                                  not_(or_(*counted))], f)
    if terms.referred_to is not None:
        total += _sum(db, CaseReachCount, [CaseReachCount.kind == "R",
                                           CaseReachCount.subject_id == terms.referred_to], f)
    return total


def _sum(db: Session, counter: Counter, scope: list[ColumnElement[bool]], f: CaseFilter) -> int:
    query = select(func.coalesce(func.sum(counter.cases), 0)).where(*scope, *_dims(f, counter))
    return int(db.scalar(query) or 0)


def exact_count(db: Session, p: policy.Principal, f: CaseFilter) -> int:
    """COUNT over the cases themselves (what the counters must always agree with)."""
    query = select(func.count(Case.id)).where(policy.case_scope(p), *case_filters(p, f))
    return int(db.scalar(query) or 0)
