"""An attacker's view of a published report, independent of the suppression code: every equation
the published tables state (each row and column sums to its total; the age, citizenship and
exploitation tables' total rows are the victims table's "identified" row), solved by linear
programming (scipy's HiGHS) for the smallest and largest value of each hidden cell.

A hidden cell is protected when that interval has width > 0. The reader is assumed to know what
the labels say: "<t" is 1 … t−1; "—" (never a zero) is at least t; `labels_known=False` drops
that knowledge (hidden counts are only ≥ 0).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from desktop.reports.figures import COMPLEMENTARY, PRIMARY, TOTAL, Table

LINKED = {"sex_age": ("victims", "IDENTIFIED"), "nationality": ("victims", "IDENTIFIED"),
          "exploitation": ("victims", "IDENTIFIED")}
Figure = tuple[str, str, str]


def figure_id(table: Table, row: str, col: str) -> Figure:
    if row == TOTAL and table.key in LINKED:
        return (*LINKED[table.key], col)
    return (table.key, row, col)


@dataclass
class Interval:
    figure: Figure
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


def equations(tables: Iterable[Table]) -> tuple[list[list[tuple[Figure, int]]], dict[Figure, int],
                                                dict[Figure, str]]:
    """(each equation as signed figures summing to 0, true values, label states)."""
    lines: list[list[tuple[Figure, int]]] = []
    values: dict[Figure, int] = {}
    states: dict[Figure, str] = {}
    for t in tables:
        rows, cols = (*t.rows, TOTAL), (*t.columns, TOTAL)
        for r in rows:
            for c in cols:
                if t.count(r, c) is not None:
                    f = figure_id(t, r, c)
                    assert values.setdefault(f, t.count(r, c)) == t.count(r, c), f  # type: ignore[arg-type]
                    state = t.state(r, c)
                    assert states.setdefault(f, state) == state, f"{f} labelled two ways"
        for r in rows:
            if t.count(r, TOTAL) is not None:
                lines.append([(figure_id(t, r, c), 1) for c in t.columns] + [(figure_id(t, r, TOTAL), -1)])
        for c in cols:
            if t.count(TOTAL, c) is not None:
                lines.append([(figure_id(t, r, c), 1) for r in t.rows] + [(figure_id(t, TOTAL, c), -1)])
    return lines, values, states


def intervals(tables: Iterable[Table], threshold: int, *, labels_known: bool = True,
              hide_all: bool = False) -> list[Interval]:
    """The feasible interval of every hidden figure; `hide_all` as if every non-zero count
    were hidden (the most a suppression could do)."""
    lines, values, states = equations(list(tables))
    hidden = sorted(f for f, s in states.items() if s in (PRIMARY, COMPLEMENTARY)
                    or (hide_all and values[f] > 0))
    index = {f: i for i, f in enumerate(hidden)}
    rows, rhs = [], []
    for line in lines:
        coefficients, constant = np.zeros(len(hidden)), 0.0
        for f, sign in line:
            if f in index:
                coefficients[index[f]] += sign
            else:
                constant -= sign * values[f]
        if coefficients.any():
            rows.append(coefficients)
            rhs.append(constant)
        else:
            assert abs(constant) < 1e-9, f"published figures contradict each other: {line}"

    def bounds(f: Figure) -> tuple[float, float | None]:
        if not labels_known:
            return (0, None)
        return (1, threshold - 1) if states[f] == PRIMARY else (threshold, None)

    found = []
    for f in hidden:
        c = np.zeros(len(hidden))
        c[index[f]] = 1
        options = {"A_eq": np.array(rows) if rows else None, "b_eq": rhs or None,
                   "bounds": [bounds(h) for h in hidden], "method": "highs"}
        low = linprog(c, **options)
        high = linprog(-c, **options)
        assert low.status == 0, f"the true table must be feasible ({f}): {low.message}"
        found.append(Interval(f, low.fun, np.inf if high.status == 3 else -high.fun))
    return found


def assert_two_per_line(tables: list[Table]) -> None:
    """The statistical offices' rule of thumb, implied by the intervals: a line (a row or column
    with its total) with a hidden figure has at least two."""
    lines, _, states = equations(tables)
    for line in lines:
        hidden = sum(states[f] in (PRIMARY, COMPLEMENTARY) for f, _ in line)
        assert hidden != 1, line


def pinned(tables: list[Table], threshold: int, **options: bool) -> set[Figure]:
    return {i.figure for i in intervals(tables, threshold, **options) if i.width < 1e-6}


def assert_protected(tables: list[Table], threshold: int) -> None:
    """No hidden figure can be worked out: from the equations and counts ≥ 0, never; using the
    labels' bounds too, only where the labels alone fix it, whatever else were hidden."""
    assert not pinned(tables, threshold, labels_known=False)
    exposed = pinned(tables, threshold)
    if exposed:
        assert exposed <= pinned(tables, threshold, hide_all=True), exposed


def assert_margins(tables: Iterable[Table]) -> None:
    """Every total is the sum of its cells (suppression never changes a value)."""
    for t in tables:
        lines = (*t.rows, *((TOTAL,) if t.has_total_row else ()))
        for r in lines:
            if t.count(r, TOTAL) is not None:
                assert t.count(r, TOTAL) == sum(t.count(r, c) or 0 for c in t.columns), (t.key, r)
        if t.has_total_row:
            for c in (*t.columns, *((TOTAL,) if t.has_row_totals else ())):
                assert t.count(TOTAL, c) == sum(t.count(r, c) or 0 for r in t.rows), (t.key, c)
