"""Statistics for the council's annual report: every table of the report for a period, its
figures reopened as case lists, small-cell suppression.

Counting happens in SQL (`statistics_queries` builds the rows, GROUP BY counts them); Python only
arranges a few hundred numbers. The figures are national aggregates for anyone with
`statistics.view`; the cases behind a figure are listed only within the reader's own case scope,
and only for roles that may open cases at all, so the M&E officer never sees a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import distinct, func, literal, select, text, union_all
from sqlalchemy.orm import Session

from desktop.models import Agency, Campaign, Case, Training, vocab
from desktop.models.seed import Action
from desktop.reports.figures import (
    DEFAULT_AGE_BINS,
    DEFAULT_THRESHOLD,
    TOTAL,
    UNKNOWN,
    Period,
    StatisticsReport,
    StatsFilter,
    Table,
    age_bin_labels,
)
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases.reads import CaseRow
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.statistics import queries as q
from desktop.services.statistics.suppression import suppress
from desktop.services.user import UserSession
from desktop.storage.store import Store

__all__ = ["DEFAULT_AGE_BINS", "Drill", "Period", "StatisticsReport", "StatisticsService",
           "StatsFilter", "Table", "TOTAL"]

DRILL_LIMIT = 500
SEX_COLUMNS = vocab.SEX
MAIN_MEANS = ("MEDICAL", "PSYCHOSOCIAL", "LEGAL", "ACCOMMODATION_SHELTER", "INDEPENDENT_LIVING")
TRAINING_COLUMNS = ("TRAININGS", "FEMALE", "MALE", "UNKNOWN", "PARTICIPANTS")
CAMPAIGN_COLUMNS = ("CAMPAIGNS", "REACH")


@dataclass(frozen=True)
class Drill:
    """The cases behind one figure that the reader may open; `hidden` are the others."""

    rows: tuple[CaseRow, ...]
    total: int
    hidden: int


Atoms = Callable[[Period, StatsFilter, tuple[int, ...]], Any]


def _victims(p: Period, f: StatsFilter, b: tuple[int, ...]) -> Any:
    return q.victims(p, f)


def _exploitation(p: Period, f: StatsFilter, b: tuple[int, ...]) -> Any:
    return q.exploitation(p, f)


def _assisted(p: Period, f: StatsFilter, b: tuple[int, ...]) -> Any:
    return q.assisted(p, f)


def _justice(p: Period, f: StatsFilter, b: tuple[int, ...]) -> Any:
    return q.justice(p, f)


def _repatriations(p: Period, f: StatsFilter, b: tuple[int, ...]) -> Any:
    return q.repatriations(p, f)


@dataclass(frozen=True)
class TableSpec:
    """A table counted from the `atoms` rows (columns unit, case_id, `row`, `col`); tables with
    the same atoms are counted in one statement."""

    key: str
    unit: str
    atoms: Atoms
    rows: tuple[str, ...]  # shown even when zero
    columns: tuple[str, ...]
    row: str = "row"
    col: str = "col"
    row_totals: bool = True
    rows_by_count: bool = False  # open-ended rows (countries), largest first
    rows_exclusive: bool = True  # each unit in one row at most: column totals are sums
    cols_exclusive: bool = True  # each unit in one column at most: row totals are sums


SPECS: tuple[TableSpec, ...] = (
    TableSpec("victims", "persons", _victims, q.VICTIM_CATEGORIES, SEX_COLUMNS),
    TableSpec("sex_age", "persons", q.identified, (), SEX_COLUMNS, "age_group", "sex"),
    TableSpec("nationality", "persons", q.identified, (), SEX_COLUMNS, "nationality", "sex",
              rows_by_count=True),
    TableSpec("exploitation", "persons", _exploitation, q.EXPLOITATION_GROUPS, SEX_COLUMNS,
              rows_exclusive=False),
    TableSpec("assisted", "persons", _assisted, q.ASSISTED_CATEGORIES, SEX_COLUMNS, "category", "sex"),
    TableSpec("assistance", "persons", _assisted, MAIN_MEANS, q.ASSISTED_CATEGORIES, "service",
              "category", rows_exclusive=False),
    TableSpec("justice", "proceedings", _justice, vocab.OFFENCES, q.JUSTICE_COLUMNS,
              row_totals=False, cols_exclusive=False),
    TableSpec("repatriation", "repatriations", _repatriations, (), vocab.REPATRIATED_BY,
              rows_by_count=True),
)
CASE_TABLES = {spec.key: spec for spec in SPECS}
Counts = dict[tuple[str, str], int]


def _count(db: Session, specs: list[TableSpec], atoms: Any) -> dict[str, Counts]:
    """COUNT(DISTINCT unit) by row and column for every table counted from the same atoms, in
    one statement over the atoms materialised once. A margin is counted in SQL only where a unit
    can sit in several cells of a line (a person in two forms of exploitation); elsewhere it is
    the sum of its cells. Each GROUP BY costs about 0.1 s on 100,000 cases."""
    a = atoms.cte("atoms").prefix_with("MATERIALIZED")
    n = func.count(distinct(a.c.unit))
    parts = []
    for spec in specs:
        row, col, key = a.c[spec.row], a.c[spec.col], literal(spec.key)
        parts.append(select(key, row, col, n).group_by(row, col))
        if not spec.cols_exclusive and spec.row_totals:
            parts.append(select(key, row, literal(TOTAL), n).group_by(row))
        if not spec.rows_exclusive:
            parts.append(select(key, literal(TOTAL), col, n).group_by(col))
        if not spec.rows_exclusive and not spec.cols_exclusive and spec.row_totals:
            parts.append(select(key, literal(TOTAL), literal(TOTAL), n))
    found: dict[str, Counts] = {spec.key: {} for spec in specs}
    for key, row, col, count in db.execute(planned(db, union_all(*parts))):
        found[key][(row or UNKNOWN, col or UNKNOWN)] = int(count)
    for spec in specs:
        _margins(spec, found[spec.key])
    return found


def _margins(spec: TableSpec, counts: Counts) -> None:
    """Fill in the totals that are sums of cells (see TableSpec's *_exclusive)."""
    cells = {(r, c): n for (r, c), n in counts.items() if TOTAL not in (r, c)}
    rows, cols = {r for r, _ in cells}, {c for _, c in cells}
    if spec.cols_exclusive:
        for r in rows:
            counts[(r, TOTAL)] = sum(n for (rr, _), n in cells.items() if rr == r)
    if spec.rows_exclusive:
        for c in cols:
            counts[(TOTAL, c)] = sum(n for (_, cc), n in cells.items() if cc == c)
    if spec.cols_exclusive:
        counts[(TOTAL, TOTAL)] = sum(n for (r, c), n in counts.items() if r == TOTAL and c != TOTAL)
    elif spec.rows_exclusive:
        counts[(TOTAL, TOTAL)] = sum(n for (r, c), n in counts.items() if c == TOTAL and r != TOTAL)


def planned(db: Session, statement: Any) -> Any:
    """The statement with its values written in. With `?` parameters SQLite plans these joins
    without its statistics and picks a plan ten times slower on 100,000 cases (4.6 s against
    0.5 s, bench/bench_stats.py). Every value here is a date, a number or a code checked by
    `_check`, never free text; the literal renderer quotes strings in any case."""
    return text(str(statement.compile(db.get_bind(), compile_kwargs={"literal_binds": True})))


def _ordered(fixed: tuple[str, ...], found: dict[str, int], by_count: bool) -> tuple[str, ...]:
    extra = [k for k in found if k not in fixed and k != TOTAL]
    if by_count:
        extra.sort(key=lambda k: (k == UNKNOWN, -found[k], k))
    else:
        extra.sort(key=lambda k: (k == UNKNOWN, k))
    return (*fixed, *extra)


def build_table(spec: TableSpec, counts: dict[tuple[str, str], int],
                age_bins: tuple[int, ...]) -> Table:
    fixed_rows = age_bin_labels(age_bins) if spec.key == "sex_age" else spec.rows
    row_totals = {r: n for (r, c), n in counts.items() if c == TOTAL}
    rows = _ordered(fixed_rows, row_totals, spec.rows_by_count)
    columns = _ordered(spec.columns, {c: n for (r, c), n in counts.items() if r == TOTAL}, False)
    grid: list[list[int | None]] = []
    for r in (*rows, TOTAL):
        line: list[int | None] = [counts.get((r, c), 0) for c in columns]
        line.append(counts.get((r, TOTAL), 0) if spec.row_totals else None)
        grid.append(line)
    return Table(spec.key, spec.unit, rows, columns, tuple(tuple(line) for line in grid))


def with_suppression(table: Table, threshold: int) -> Table:
    return Table(table.key, table.unit, table.rows, table.columns, table.grid,
                 suppress(table.grid, threshold), threshold)


def _prevention_tables(db: Session, period: Period, f: StatsFilter) -> tuple[Table, Table]:
    """Trainings by audience with participants by sex; campaigns by channel with reach."""
    t, c = Training, Campaign
    where_t: list[Any] = [t.held_on >= period.start, t.held_on <= period.end]
    where_c: list[Any] = [c.started_on >= period.start, c.started_on <= period.end]
    if f.district:
        where_t.append(t.district == f.district)
        where_c.append(c.district == f.district)
    if f.agency_code:
        agency = select(Agency.id).where(Agency.code == f.agency_code)
        where_t.append(t.organiser_agency_id.in_(agency))
        where_c.append(c.organiser_agency_id.in_(agency))
    found_t = {audience: (n, fe, ma, un) for audience, n, fe, ma, un in db.execute(
        select(t.audience, func.count(t.id), func.sum(t.participants_female),
               func.sum(t.participants_male), func.sum(t.participants_unknown))
        .where(*where_t).group_by(t.audience))}
    rows_t = _ordered(vocab.TRAINING_AUDIENCES, {k: 1 for k in found_t}, False)
    lines_t: list[tuple[int, int, int, int]] = [found_t.get(r, (0, 0, 0, 0)) for r in rows_t]
    grid_t: list[list[int | None]] = [[n, fe, ma, un, fe + ma + un, None]
                                      for n, fe, ma, un in lines_t]
    grid_t.append([sum(line[i] or 0 for line in grid_t) for i in range(5)] + [None])
    found_c = {channel: (n, reach) for channel, n, reach in db.execute(
        select(c.channel, func.count(c.id), func.sum(c.reach)).where(*where_c).group_by(c.channel))}
    rows_c = _ordered(vocab.CAMPAIGN_CHANNELS, {k: 1 for k in found_c}, False)
    grid_c: list[list[int | None]] = [[*found_c.get(r, (0, 0)), None] for r in rows_c]
    grid_c.append([sum(line[i] or 0 for line in grid_c) for i in range(2)] + [None])
    return (Table("trainings", "trainings", rows_t, TRAINING_COLUMNS,
                  tuple(tuple(line) for line in grid_t)),
            Table("campaigns", "campaigns", rows_c, CAMPAIGN_COLUMNS,
                  tuple(tuple(line) for line in grid_c)))


class StatisticsService:
    """The annual report's figures and the cases behind them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def report(self, user: UserSession, period: Period, filters: StatsFilter | None = None, *,
               suppressed: bool = False, threshold: int = DEFAULT_THRESHOLD,
               age_bins: tuple[int, ...] = DEFAULT_AGE_BINS,
               only: tuple[str, ...] = ()) -> StatisticsReport:
        """Every table of the report, or `only` the named ones (a comparison needs a few)."""
        policy.require(user.principal, Action.STATISTICS_VIEW)
        f = filters or StatsFilter()
        _check(period, f, threshold, age_bins)
        wanted = [spec for spec in SPECS if not only or spec.key in only]
        with self.store.session() as db:
            counts: dict[str, Counts] = {}
            for atoms in dict.fromkeys(spec.atoms for spec in wanted):
                specs = [spec for spec in wanted if spec.atoms is atoms]
                counts |= _count(db, specs, atoms(period, f, age_bins))
            tables = [build_table(spec, counts[spec.key], age_bins) for spec in wanted]
            if suppressed:  # prevention counts are activities, not people: never suppressed
                tables = [with_suppression(t, threshold) for t in tables]
            if not only or {"trainings", "campaigns"} & set(only):
                tables.extend(_prevention_tables(db, period, f))
        return StatisticsReport(period, f, suppressed, threshold, age_bins, tuple(tables))

    def cases_behind(self, user: UserSession, period: Period, key: str, row: str = TOTAL,
                     col: str = TOTAL, filters: StatsFilter | None = None, *,
                     age_bins: tuple[int, ...] = DEFAULT_AGE_BINS) -> Drill:
        """The cases counted in one cell, limited to those the reader may open (policy.case_scope).
        Roles that may not open cases (the M&E officer) are refused: a case list shows names."""
        p = user.principal
        policy.require(p, Action.STATISTICS_VIEW)
        if not p.can(Action.CASE_VIEW):
            raise PermissionDenied("Your role sees statistics only, not the cases behind them.")
        spec = CASE_TABLES.get(key)
        if spec is None:
            raise ValidationError("key", "This figure has no case list behind it.")
        f = filters or StatsFilter()
        _check(period, f, DEFAULT_THRESHOLD, age_bins)
        a = spec.atoms(period, f, age_bins).subquery("atoms")
        ids = select(a.c.case_id).where(*([a.c[spec.row] == row] if row != TOTAL else []),
                                        *([a.c[spec.col] == col] if col != TOTAL else []))
        counted = ids.subquery("counted")
        with self.store.session() as db, db.begin():
            total = int(db.scalar(select(func.count(distinct(counted.c.case_id)))) or 0)
            found = db.execute(
                select(Case, Agency.code).join(Agency, Agency.id == Case.owning_agency_id)
                .where(Case.id.in_(ids), policy.case_scope(p)).order_by(Case.reference)
                .limit(DRILL_LIMIT)).all()
            visible = int(db.scalar(select(func.count(Case.id)).where(
                Case.id.in_(ids), policy.case_scope(p))) or 0)
            audit.append(db, self.store, p, AuditAction.CASE_VIEW, "statistics", key,
                         f"cases behind {key} [{row}/{col}] {period.start}..{period.end}: "
                         f"{visible} listed")
        rows = tuple(CaseRow(c.id, c.reference, c.person.full_name, c.status,
                             c.identification_status, c.district, code, c.updated_at)
                     for c, code in found)
        return Drill(rows, total, total - visible)


def _check(period: Period, f: StatsFilter, threshold: int, age_bins: tuple[int, ...]) -> None:
    if period.end < period.start:
        raise ValidationError("period", "The period ends before it starts.")
    if f.agency_code and not re.fullmatch(r"[A-Z0-9-]{1,16}", f.agency_code):
        raise ValidationError("agency_code", "Choose an organisation from the directory.")
    if f.district and f.district not in vocab.DISTRICTS:
        raise ValidationError("district", "Choose a district of Belize.")
    if not 2 <= threshold <= 100:
        raise ValidationError("threshold", "The suppression threshold must be from 2 to 100.")
    if not age_bins or age_bins[0] != 0 or list(age_bins) != sorted(set(age_bins)):
        raise ValidationError("age_bins", "Age groups must start at 0 and rise.")
