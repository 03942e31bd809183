"""The report's tables from their counted cells: margins added up, rows ordered, small cells
suppressed across the tables that print the same figures.

Every table is a partition in both directions (a person is in one row and one column), so every
margin is the sum of its cells. Where a unit can sit in several rows (a person receiving several
kinds of assistance) the table has no total row; where the columns are different events (the
justice table) it has no row totals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from desktop.models import vocab
from desktop.reports.figures import TOTAL, UNKNOWN, Table, age_bin_labels
from desktop.services.statistics import queries as q
from desktop.services.statistics.suppression import Cell, Network, suppress, table_network

MAIN_MEANS = ("MEDICAL", "PSYCHOSOCIAL", "LEGAL", "ACCOMMODATION_SHELTER", "INDEPENDENT_LIVING")
TRAINING_COLUMNS = ("TRAININGS", "FEMALE", "MALE", "UNKNOWN", "PARTICIPANTS")
CAMPAIGN_COLUMNS = ("CAMPAIGNS", "REACH")
Cells = dict[tuple[str, str], int]  # (row, column) -> count, no margins


@dataclass(frozen=True)
class TableSpec:
    key: str
    unit: str
    rows: tuple[str, ...]  # shown even when zero
    columns: tuple[str, ...]
    row_totals: bool = True
    total_row: bool = True
    rows_by_count: bool = False  # open-ended rows (countries), largest first
    total_of: tuple[str, str] | None = None  # its total row is that table's row (same figures)


IDENTIFIED_ROW = ("victims", "IDENTIFIED")
SPECS: tuple[TableSpec, ...] = (
    TableSpec("victims", "persons", q.VICTIM_CATEGORIES, vocab.SEX),
    TableSpec("sex_age", "persons", (), vocab.SEX, total_of=IDENTIFIED_ROW),
    TableSpec("nationality", "persons", (), vocab.SEX, rows_by_count=True, total_of=IDENTIFIED_ROW),
    TableSpec("exploitation", "persons", q.EXPLOITATION_GROUPS, vocab.SEX, total_of=IDENTIFIED_ROW),
    TableSpec("assisted", "persons", q.ASSISTED_CATEGORIES, vocab.SEX),
    TableSpec("assistance", "persons", MAIN_MEANS, q.ASSISTED_CATEGORIES, total_row=False),
    TableSpec("justice", "proceedings", vocab.OFFENCES, q.JUSTICE_COLUMNS, row_totals=False),
    TableSpec("repatriation", "repatriations", (), vocab.REPATRIATED_BY, rows_by_count=True),
)
CASE_TABLES = {spec.key: spec for spec in SPECS}
PREVENTION_TABLES = ("trainings", "campaigns")


class InconsistentFigures(AssertionError):
    """Two tables print the same figure with different values: a defect, never shown."""


def _ordered(fixed: tuple[str, ...], totals: Mapping[str, int], by_count: bool) -> tuple[str, ...]:
    extra = [k for k in totals if k not in fixed]
    if by_count:
        extra.sort(key=lambda k: (k == UNKNOWN, -totals[k], k))
    else:
        extra.sort(key=lambda k: (k == UNKNOWN, k))
    return (*fixed, *extra)


def build_table(spec: TableSpec, cells: Cells, age_bins: tuple[int, ...]) -> Table:
    """The table with its margins; rows found beyond the fixed ones follow them."""
    fixed = age_bin_labels(age_bins) if spec.key == "sex_age" else spec.rows
    row_sums: dict[str, int] = {}
    col_sums: dict[str, int] = {}
    for (r, c), n in cells.items():
        row_sums[r] = row_sums.get(r, 0) + n
        col_sums[c] = col_sums.get(c, 0) + n
    rows = _ordered(fixed, row_sums, spec.rows_by_count)
    columns = _ordered(spec.columns, col_sums, False)
    grid: list[tuple[int | None, ...]] = []
    for r in rows:
        line = [cells.get((r, c), 0) for c in columns]
        grid.append((*line, sum(line) if spec.row_totals else None))
    if spec.total_row:
        totals = [col_sums.get(c, 0) for c in columns]
        grid.append((*totals, sum(totals) if spec.row_totals else None))
    else:
        grid.append((None,) * (len(columns) + 1))
    return Table(spec.key, spec.unit, rows, columns, tuple(grid))


def _cell_ids(table: Table, spec: TableSpec, linked: Table | None) -> dict[tuple[int, int], Cell]:
    """The id of every cell; a linked table's total row takes the ids of the row it repeats."""
    ids: dict[tuple[int, int], Cell] = {}
    labels_r, labels_c = (*table.rows, TOTAL), (*table.columns, TOTAL)
    for r, row in enumerate(labels_r):
        for c, col in enumerate(labels_c):
            ids[(r, c)] = (table.key, row, col)
    if spec.total_of is not None and linked is not None:
        key, row = spec.total_of
        for c, col in enumerate(labels_c):
            if col not in (*linked.columns, TOTAL):
                raise InconsistentFigures(f"{table.key} has a column {col} that {key} has not")
            ids[(len(table.rows), c)] = (key, row, col)
    return ids


def suppressed(tables: Sequence[Table], threshold: int) -> list[Table]:
    """The same tables with primary and complementary cells marked, protected together: a
    figure printed in two tables is hidden in both or in neither."""
    by_key = {t.key: t for t in tables}
    networks: list[Network] = []
    values: dict[Cell, int] = {}
    ids_of: dict[str, dict[tuple[int, int], Cell]] = {}
    for table in tables:
        spec = CASE_TABLES[table.key]
        linked = by_key.get(spec.total_of[0]) if spec.total_of else None
        ids = _cell_ids(table, spec, linked)
        ids_of[table.key] = ids
        for (r, c), cell in ids.items():
            value = table.grid[r][c]
            if value is None:
                continue
            if values.setdefault(cell, value) != value:
                raise InconsistentFigures(f"{cell} is {values[cell]} in one table, {value} in "
                                          f"{table.key}")
        networks.append(table_network(table.key, table.grid, ids))
    result = suppress(networks, values, threshold)
    out = []
    for table in tables:
        ids = ids_of[table.key]
        out.append(replace(
            table, threshold=threshold,
            primary=frozenset(rc for rc, cell in ids.items() if cell in result.primary),
            complementary=frozenset(rc for rc, cell in ids.items() if cell in result.complementary)))
    return out


def prevention_tables(trainings: Sequence[Sequence[object]], campaigns: Sequence[Sequence[object]]
                      ) -> tuple[Table, Table]:
    """Trainings by audience with participants by sex; campaigns by channel with reach. They
    count activities, not people, and are never suppressed."""
    found_t = {str(a): tuple(int(str(v or 0)) for v in rest) for a, *rest in trainings}
    rows_t = _ordered(vocab.TRAINING_AUDIENCES, dict.fromkeys(found_t, 1), False)
    grid_t: list[tuple[int | None, ...]] = []
    for r in rows_t:
        n, fe, ma, un = found_t.get(r, (0, 0, 0, 0))
        grid_t.append((n, fe, ma, un, fe + ma + un, None))
    grid_t.append((*(sum(line[i] or 0 for line in grid_t) for i in range(5)), None))
    found_c = {str(ch): tuple(int(str(v or 0)) for v in rest) for ch, *rest in campaigns}
    rows_c = _ordered(vocab.CAMPAIGN_CHANNELS, dict.fromkeys(found_c, 1), False)
    grid_c: list[tuple[int | None, ...]] = [(*found_c.get(r, (0, 0)), None) for r in rows_c]
    grid_c.append((*(sum(line[i] or 0 for line in grid_c) for i in range(2)), None))
    return (Table("trainings", "trainings", rows_t, TRAINING_COLUMNS, tuple(grid_t)),
            Table("campaigns", "campaigns", rows_c, CAMPAIGN_COLUMNS, tuple(grid_c)))
