"""Counting the atoms of `queries` for any number of periods in two statements, and the cases
behind one figure. The counts are plain data (`PeriodCounts`), stored as they are in the cache."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import distinct, func, literal, select, text, union_all
from sqlalchemy.orm import Session

from desktop.reports.figures import TOTAL, UNKNOWN, Period, StatsFilter
from desktop.services.statistics import queries as q

MAX_PERIODS = 30  # periods counted in one pass (the service's and the server function's limit)


@dataclass
class PeriodCounts:
    """What one period's tables are built from: the cells of every case table (no margins) and
    the prevention register's rows."""

    cells: dict[str, dict[tuple[str, str], int]] = field(default_factory=dict)
    trainings: list[list[Any]] = field(default_factory=list)  # audience, n, female, male, unknown
    campaigns: list[list[Any]] = field(default_factory=list)  # channel, n, reach

    def as_json(self) -> dict[str, Any]:
        return {"cells": {key: [[r, c, n] for (r, c), n in sorted(cells.items())]
                          for key, cells in sorted(self.cells.items())},
                "trainings": self.trainings, "campaigns": self.campaigns}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PeriodCounts:
        return cls({key: {(str(r), str(c)): int(n) for r, c, n in rows}
                    for key, rows in data["cells"].items()},
                   [list(row) for row in data["trainings"]], [list(row) for row in data["campaigns"]])


def atoms_by_table(p: Any, f: StatsFilter, bins: tuple[int, ...]) -> dict[str, tuple[Any, Any, Any]]:
    """For every case table: its atoms and their row and column expressions."""
    people = q.identified_people(p, f, bins).subquery("people")
    victims = q.victims(p, f).subquery("victims")
    by_sex, by_service = (a.subquery(name) for a, name in zip(q.assisted(p, f),
                                                                ("by_sex", "by_service"), strict=True))
    justice = q.justice(p, f).subquery("justice")
    repatriations = q.repatriations(p, f).subquery("repatriations")
    return {
        "victims": (victims, victims.c.row, victims.c.col),
        "sex_age": (people, people.c.age_group, people.c.sex),
        "nationality": (people, people.c.nationality, people.c.sex),
        "exploitation": (people, people.c.exploitation, people.c.sex),
        "assisted": (by_sex, by_sex.c.row, by_sex.c.col),
        "assistance": (by_service, by_service.c.row, by_service.c.col),
        "justice": (justice, justice.c.row, justice.c.col),
        "repatriation": (repatriations, repatriations.c.row, repatriations.c.col),
    }


def count_statements(periods: Sequence[Period], f: StatsFilter, bins: tuple[int, ...]
                     ) -> tuple[Any, Any, Any]:
    """The cells of every case table for every period in one statement (each atom is unique per
    period, unit, row and column, so COUNT(*) counts units), and the prevention statements."""
    return statements_over(q.periods_table(periods), f, bins)


def statements_over(p: Any, f: StatsFilter, bins: tuple[int, ...]) -> tuple[Any, Any, Any]:
    """The three counting statements over any periods table `p` (k, start, end): the vault's
    literal periods, or the office server's function arguments (`statistics.server_counts`)."""
    parts = [select(literal(key).label("key"), atoms.c.k, row, col, func.count())
             .group_by(atoms.c.k, row, col)
             for key, (atoms, row, col) in atoms_by_table(p, f, bins).items()]
    return union_all(*parts), q.trainings(p, f), q.campaigns(p, f)


def planned(db: Session, statement: Any) -> Any:
    """The statement with its values written in. With `?` parameters SQLite plans these joins
    without its statistics and picks a plan ten times slower on 100,000 cases. Every value here
    is a date, a number or a code checked by the service, never free text; the literal renderer
    quotes strings in any case."""
    return text(str(statement.compile(db.get_bind(), compile_kwargs={"literal_binds": True})))


def count(db: Session, periods: Sequence[Period], f: StatsFilter, bins: tuple[int, ...]
          ) -> list[PeriodCounts]:
    """The counts of every period, in the order given."""
    cells_sql, trainings_sql, campaigns_sql = count_statements(periods, f, bins)
    return collect(len(periods), db.execute(planned(db, cells_sql)),
                   db.execute(planned(db, trainings_sql)), db.execute(planned(db, campaigns_sql)))


def collect(periods: int, cells: Iterable[Sequence[Any]], trainings: Iterable[Sequence[Any]],
            campaigns: Iterable[Sequence[Any]]) -> list[PeriodCounts]:
    """The rows of the three counting statements as every period's counts, in period order."""
    out = [PeriodCounts() for _ in range(periods)]
    for key, k, row, col, n in cells:
        out[int(k)].cells.setdefault(str(key), {})[(row or UNKNOWN, col or UNKNOWN)] = int(n)
    for k, *rest in trainings:
        out[int(k)].trainings.append([str(rest[0]), *(int(v or 0) for v in rest[1:])])
    for k, *rest in campaigns:
        out[int(k)].campaigns.append([str(rest[0]), *(int(v or 0) for v in rest[1:])])
    for counts in out:
        counts.trainings.sort()
        counts.campaigns.sort()
    return out


def members(period: Period, key: str, row: str, col: str, f: StatsFilter,
            bins: tuple[int, ...]) -> tuple[Any, Any]:
    """The case ids counted in one cell (a margin when row or col is TOTAL), and their number."""
    atoms, row_of, col_of = atoms_by_table(q.periods_table([period]), f, bins)[key]
    where = [*([row_of == row] if row != TOTAL else []), *([col_of == col] if col != TOTAL else [])]
    ids = select(atoms.c.case_id).where(*where)
    return ids, select(func.count(distinct(ids.subquery("counted").c.case_id)))
