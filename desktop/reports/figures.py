"""The annual statistics as plain data: the period, the filters, the tables with their totals and
suppressed cells. Built by services/statistics.py, read by the report builders and the views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TOTAL = "*"
UNKNOWN = "UNKNOWN"
DEFAULT_THRESHOLD = 5
DEFAULT_AGE_BINS: tuple[int, ...] = (0, 12, 18, 25)


@dataclass(frozen=True)
class Period:
    """An inclusive range of days; a calendar year is the usual one."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def is_year(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) \
            and self.start.year == self.end.year

    def previous(self) -> Period:
        if self.is_year:
            return Period.year(self.start.year - 1)
        span = self.end - self.start
        end = self.start.fromordinal(self.start.toordinal() - 1)
        return Period(end - span, end)


@dataclass(frozen=True)
class StatsFilter:
    """Optional narrowing: the owning agency (code) and the case's district."""

    agency_code: str = ""
    district: str = ""


def age_bin_labels(bins: tuple[int, ...]) -> tuple[str, ...]:
    labels = [f"{lo}–{hi - 1}" for lo, hi in zip(bins, bins[1:], strict=False)]
    return (*labels, f"{bins[-1]}+", UNKNOWN)


PRIMARY, COMPLEMENTARY, SHOWN = "primary", "complementary", "shown"
HIDDEN_MARK = "—"  # a cell hidden to protect a small figure (never "<5": it may be of any size)


@dataclass(frozen=True)
class Table:
    """One report table. `grid` has a last row and column of totals; None marks a total that is
    not published (justice rows mix kinds of event; the kinds of assistance overlap). `primary`
    cells are small counts, printed "<threshold"; `complementary` cells are hidden to protect
    them and printed "—"."""

    key: str
    unit: str  # what is counted: persons, proceedings, repatriations, trainings, campaigns
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    grid: tuple[tuple[int | None, ...], ...]
    primary: frozenset[tuple[int, int]] = frozenset()
    complementary: frozenset[tuple[int, int]] = frozenset()
    threshold: int = DEFAULT_THRESHOLD

    def _index(self, row: str, col: str) -> tuple[int, int]:
        r = len(self.rows) if row == TOTAL else self.rows.index(row)
        c = len(self.columns) if col == TOTAL else self.columns.index(col)
        return r, c

    @property
    def hidden(self) -> frozenset[tuple[int, int]]:
        return self.primary | self.complementary

    @property
    def has_row_totals(self) -> bool:
        return any(line[-1] is not None for line in self.grid[:-1])

    @property
    def has_total_row(self) -> bool:
        return any(v is not None for v in self.grid[-1])

    def count(self, row: str = TOTAL, col: str = TOTAL) -> int | None:
        """The true count (None for a total that is not published); ignores suppression."""
        r, c = self._index(row, col)
        return self.grid[r][c]

    def state(self, row: str = TOTAL, col: str = TOTAL) -> str:
        r, c = self._index(row, col)
        return PRIMARY if (r, c) in self.primary else COMPLEMENTARY if (r, c) in \
            self.complementary else SHOWN

    def shown(self, row: str = TOTAL, col: str = TOTAL) -> int | None:
        """The published count: None when suppressed or not published."""
        r, c = self._index(row, col)
        return None if (r, c) in self.hidden else self.grid[r][c]

    def text(self, row: str = TOTAL, col: str = TOTAL) -> str:
        r, c = self._index(row, col)
        value = self.grid[r][c]
        if value is None:
            return ""
        if (r, c) in self.primary:
            return f"<{self.threshold}"
        return HIDDEN_MARK if (r, c) in self.complementary else f"{value:,}"

    @property
    def total(self) -> int | None:
        return self.count()


@dataclass(frozen=True)
class StatisticsReport:
    """Every table of one period. Unsuppressed figures are for internal use only."""

    period: Period
    filters: StatsFilter
    suppressed: bool
    threshold: int
    age_bins: tuple[int, ...]
    tables: tuple[Table, ...]

    @property
    def any_primary(self) -> bool:
        return any(t.primary for t in self.tables)

    @property
    def any_complementary(self) -> bool:
        return any(t.complementary for t in self.tables)

    def table(self, key: str) -> Table:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)
