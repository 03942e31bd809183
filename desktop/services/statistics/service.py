"""Statistics for the council's annual report: every table of the report for a period, its
figures reopened as case lists, small-cell suppression across the tables.

Counting happens in SQL (`queries` builds the atoms, `counting` counts any number of periods in
one pass); a calendar year's counts are kept in the vault (`cache`) until a write could change
them. Python only adds margins and suppresses a few hundred numbers. The figures are national
aggregates for anyone with `statistics.view`; the cases behind a figure are listed only within
the reader's own case scope, and only for roles that may open cases at all, so the M&E officer
never sees a name. On the office server, where the reader's session sees only their scope, the
counts come from the server's statistics function (`server_sql`): the same statements, run by
the schema owner, returning counts only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Agency, Case, vocab
from desktop.models.seed import Action
from desktop.reports.figures import (
    DEFAULT_AGE_BINS,
    DEFAULT_THRESHOLD,
    TOTAL,
    Period,
    StatisticsReport,
    StatsFilter,
    Table,
)
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases.reads import CaseRow
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.statistics import cache, counting, server_sql
from desktop.services.statistics.counting import PeriodCounts
from desktop.services.statistics.tables import (
    CASE_TABLES,
    SPECS,
    build_table,
    prevention_tables,
    suppressed,
)
from desktop.services.user import UserSession
from desktop.storage.store import Store

__all__ = ["DEFAULT_AGE_BINS", "Drill", "Period", "StatisticsReport", "StatisticsService",
           "StatsFilter", "Table", "TOTAL"]

DRILL_LIMIT = 500
MAX_YEARS = counting.MAX_PERIODS


@dataclass(frozen=True)
class Drill:
    """The cases behind one figure that the reader may open; `hidden` are the others."""

    rows: tuple[CaseRow, ...]
    total: int
    hidden: int


def tables_of(counts: PeriodCounts, age_bins: tuple[int, ...], threshold: int | None
              ) -> tuple[Table, ...]:
    """Every table of one period; suppressed (all case tables together) when a threshold is
    given. Prevention counts activities, not people: never suppressed."""
    return _tables(json.dumps(counts.as_json(), sort_keys=True), age_bins, threshold)


@lru_cache(maxsize=64)
def _tables(counts_json: str, age_bins: tuple[int, ...], threshold: int | None
            ) -> tuple[Table, ...]:
    """The tables are a function of the counts: the same year shown again is not suppressed again."""
    counts = PeriodCounts.from_json(json.loads(counts_json))
    case_tables = [build_table(spec, counts.cells.get(spec.key, {}), age_bins) for spec in SPECS]
    if threshold is not None:
        case_tables = suppressed(case_tables, threshold)
    return (*case_tables, *prevention_tables(counts.trainings, counts.campaigns))


class StatisticsService:
    """The annual report's figures and the cases behind them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cached = bool(getattr(store, "invalidates_statistics", False))
        self.on_server = store.backend == "postgresql"

    def report(self, user: UserSession, period: Period, filters: StatsFilter | None = None, *,
               suppressed: bool = False, threshold: int = DEFAULT_THRESHOLD,
               age_bins: tuple[int, ...] = DEFAULT_AGE_BINS,
               only: tuple[str, ...] = ()) -> StatisticsReport:
        """Every table of the report, or `only` the named ones. Suppression always protects the
        whole report, so a figure reads the same in every table and in a partial report."""
        return self.reports(user, [period], filters, suppressed=suppressed, threshold=threshold,
                            age_bins=age_bins, only=only)[0]

    def reports(self, user: UserSession, periods: Sequence[Period],
                filters: StatsFilter | None = None, *, suppressed: bool = False,
                threshold: int = DEFAULT_THRESHOLD, age_bins: tuple[int, ...] = DEFAULT_AGE_BINS,
                only: tuple[str, ...] = ()) -> list[StatisticsReport]:
        """The reports of several periods (ten years, a year and the one before) counted in one
        pass; calendar years come from the cache when it holds them."""
        policy.require(user.principal, Action.STATISTICS_VIEW)
        f = filters or StatsFilter()
        if not 1 <= len(periods) <= MAX_YEARS:
            raise ValidationError("period", f"Ask for 1 to {MAX_YEARS} periods at a time.")
        for period in periods:
            _check(period, f, threshold, age_bins)
        found = self._counts(list(periods), f, age_bins)
        out = []
        for period, counts in zip(periods, found, strict=True):
            tables = tables_of(counts, age_bins, threshold if suppressed else None)
            if only:
                tables = tuple(t for t in tables if t.key in only)
            out.append(StatisticsReport(period, f, suppressed, threshold, age_bins, tables))
        return out

    def _counts(self, periods: list[Period], f: StatsFilter, bins: tuple[int, ...]
                ) -> list[PeriodCounts]:
        years = {p.start.year for p in periods if p.is_year}
        where = cache.scope(f, bins)
        with self.store.session() as db:
            stored = self._read(db, years, f, bins, where)
        counted: dict[Period, PeriodCounts] = {}
        if any(not (p.is_year and p.start.year in stored) for p in periods):
            # With the cache, count and store in one write transaction (no write between them
            # goes unseen; on the server the statistics function stores what it counts); without
            # it, a plain read.
            with self.store.session() as db, \
                    db.begin() if self.cached or self.on_server else nullcontext():
                stored |= self._read(db, years, f, bins, where)
                missing = list(dict.fromkeys(p for p in periods
                                             if not (p.is_year and p.start.year in stored)))
                counted = dict(zip(missing, self._count(db, missing, f, bins), strict=True))
                if self.cached:
                    cache.write(db, {p.start.year: c for p, c in counted.items() if p.is_year},
                                where, cache.fingerprint(db, f, bins))
        return [stored[p.start.year] if p.is_year and p.start.year in stored else counted[p]
                for p in periods]

    def _count(self, db: Session, periods: list[Period], f: StatsFilter, bins: tuple[int, ...]
               ) -> list[PeriodCounts]:
        if self.on_server:
            return server_sql.server_counts(db, periods, f, bins)
        return counting.count(db, periods, f, bins)

    def _read(self, db: Session, years: set[int], f: StatsFilter, bins: tuple[int, ...],
              where: str) -> dict[int, PeriodCounts]:
        if not self.cached or not years:
            return {}
        return cache.read(db, years, where, cache.fingerprint(db, f, bins))

    def cases_behind(self, user: UserSession, period: Period, key: str, row: str = TOTAL,
                     col: str = TOTAL, filters: StatsFilter | None = None, *,
                     age_bins: tuple[int, ...] = DEFAULT_AGE_BINS) -> Drill:
        """The cases counted in one cell, limited to those the reader may open (policy.case_scope).
        Roles that may not open cases (the M&E officer) are refused: a case list shows names."""
        p = user.principal
        policy.require(p, Action.STATISTICS_VIEW)
        if not p.can(Action.CASE_VIEW):
            raise PermissionDenied("Your role sees statistics only, not the cases behind them.")
        if key not in CASE_TABLES:
            raise ValidationError("key", "This figure has no case list behind it.")
        f = filters or StatsFilter()
        _check(period, f, DEFAULT_THRESHOLD, age_bins)
        ids, total_of = counting.members(period, key, row, col, f, age_bins)
        with self.store.session() as db, db.begin():
            # on the server the reader's session counts their own cases only: every scope's
            # count comes from the statistics function's sibling, a number and nothing else
            total = (server_sql.server_cell_cases(db, period, f, age_bins, key, row, col)
                     if self.on_server else int(db.scalar(total_of) or 0))
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
        return Drill(rows, total, max(0, total - visible))


def _check(period: Period, f: StatsFilter, threshold: int, age_bins: tuple[int, ...]) -> None:
    if period.end < period.start:
        raise ValidationError("period", "The period ends before it starts.")
    if not (period.start.year >= 1900 and period.end.year <= 2200):
        raise ValidationError("period", "Choose a period between 1900 and 2200.")
    if f.agency_code and not re.fullmatch(r"[A-Z0-9-]{1,16}", f.agency_code):
        raise ValidationError("agency_code", "Choose an organisation from the directory.")
    if f.district and f.district not in vocab.DISTRICTS:
        raise ValidationError("district", "Choose a district of Belize.")
    if not 2 <= threshold <= 100:
        raise ValidationError("threshold", "The suppression threshold must be from 2 to 100.")
    if not age_bins or age_bins[0] != 0 or list(age_bins) != sorted(set(age_bins)) \
            or age_bins[-1] > 120:
        raise ValidationError("age_bins", "Age groups must start at 0 and rise.")
