"""Small-cell suppression: no hidden count can be worked out from what a report publishes.

The check (tests/services/disclosure.py) does not use the suppression code: it writes down every
equation the published tables state and solves, by linear programming, for the least and the
greatest value each hidden cell can take. Over random tables and random small sets of cases
(the whole report, its linked tables together), every hidden cell keeps an interval of width > 0.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models import vocab
from desktop.reports.figures import COMPLEMENTARY, DEFAULT_AGE_BINS, PRIMARY, TOTAL, Table, age_bin_labels
from desktop.services.statistics import queries as q
from desktop.services.statistics.counting import PeriodCounts
from desktop.services.statistics.service import tables_of
from desktop.services.statistics.suppression import suppress, table_network
from desktop.services.statistics.tables import MAIN_MEANS

from .disclosure import assert_margins, assert_protected, assert_two_per_line, pinned

T = 5


def _with_totals(cells: list[list[int]]) -> tuple[tuple[int | None, ...], ...]:
    rows = [[*line, sum(line)] for line in cells]
    rows.append([sum(col) for col in zip(*rows, strict=True)])
    return tuple(tuple(line) for line in rows)


def _suppressed(grid: tuple[tuple[int | None, ...], ...], threshold: int = T) -> Table:
    rows = tuple(f"r{i}" for i in range(len(grid) - 1))
    cols = tuple(f"c{j}" for j in range(len(grid[0]) - 1))
    ids = {(r, c): ("t", r, c) for r in range(len(grid)) for c in range(len(grid[0]))}
    values = {ids[rc]: v for rc, v in ((rc, grid[rc[0]][rc[1]]) for rc in ids) if v is not None}
    result = suppress([table_network("t", grid, ids)], values, threshold)
    index = {cell: rc for rc, cell in ids.items()}
    return Table("t", "persons", rows, cols, grid, frozenset(index[c] for c in result.primary),
                 frozenset(index[c] for c in result.complementary), threshold)


def test_a_single_small_cell_gets_partners_and_the_labels_differ() -> None:
    table = _suppressed(_with_totals([[3, 20, 30], [40, 50, 60]]))
    assert table.text("r0", "c0") == "<5"  # primary
    hidden = [(r, c) for r in (*table.rows, TOTAL) for c in (*table.columns, TOTAL)
              if table.state(r, c) == COMPLEMENTARY]
    assert len(hidden) >= 3 and all(table.text(r, c) == "—" for r, c in hidden)
    assert all((table.count(r, c) or 0) >= T for r, c in hidden)  # never "<5", never a zero
    assert_protected([table], T)


def test_a_hidden_total_of_35_prints_a_dash_not_less_than_five() -> None:
    """The issue's example: the old code printed a hidden total of 35 as "<5"."""
    table = _suppressed(_with_totals([[2, 33], [40, 50]]))
    for r in (*table.rows, TOTAL):
        for c in (*table.columns, TOTAL):
            value, text = table.count(r, c) or 0, table.text(r, c)
            assert (text == "<5") == (0 < value < T)
            assert text in ("<5", "—", f"{value:,}")


def test_labels_alone_can_fix_a_line_and_then_nothing_hides_more() -> None:
    """Four "<5" cells under a "<5" total are each 1, whatever else is hidden; the cells stay
    protected from a reader of the equations alone."""
    table = _suppressed(_with_totals([[1, 1, 1, 1], [20, 30, 40, 50]]))
    exposed = pinned([table], T)
    assert exposed and exposed <= pinned([table], T, hide_all=True)
    assert not pinned([table], T, labels_known=False)


@settings(max_examples=250, deadline=None)
@given(st.lists(st.lists(st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20, 35]), min_size=1,
                         max_size=4), min_size=1, max_size=5).filter(
    lambda rows: len({len(r) for r in rows}) == 1))
def test_no_hidden_cell_of_a_random_table_can_be_recovered(cells: list[list[int]]) -> None:
    table = _suppressed(_with_totals(cells))
    for r in (*table.rows, TOTAL):
        for c in (*table.columns, TOTAL):
            value = table.count(r, c) or 0
            assert (table.state(r, c) == PRIMARY) == (0 < value < T)
            if table.state(r, c) == COMPLEMENTARY:
                assert value >= T
    assert_margins([table])
    assert_two_per_line([table])
    assert_protected([table], T)


SEXES = vocab.SEX
AGES = age_bin_labels(DEFAULT_AGE_BINS)
COUNTRIES = ("BZ", "GT", "HN", "SV", "MX", "UNKNOWN")
person = st.tuples(st.sampled_from(q.VICTIM_CATEGORIES), st.sampled_from(SEXES),
                   st.sampled_from(AGES), st.sampled_from(COUNTRIES),
                   st.sampled_from(q.EXPLOITATION_GROUPS))
assisted = st.tuples(st.sampled_from(q.ASSISTED_CATEGORIES), st.sampled_from(SEXES),
                     st.sets(st.sampled_from(MAIN_MEANS), min_size=1, max_size=3))
proceeding = st.tuples(st.sampled_from(vocab.OFFENCES), st.sampled_from(q.JUSTICE_COLUMNS))
repatriation = st.tuples(st.sampled_from(("GT", "HN", "SV")), st.sampled_from(vocab.REPATRIATED_BY))


def counts_of(people: list[tuple[str, ...]], helped: list[tuple[str, str, set[str]]],
              cases: list[tuple[str, str]], returns: list[tuple[str, str]]) -> PeriodCounts:
    """What the SQL counts for such a set of cases (each person once in each table)."""
    identified = [p for p in people if p[0] == "IDENTIFIED"]
    cells = {
        "victims": Counter((p[0], p[1]) for p in people),
        "sex_age": Counter((p[2], p[1]) for p in identified),
        "nationality": Counter((p[3], p[1]) for p in identified),
        "exploitation": Counter((p[4], p[1]) for p in identified),
        "assisted": Counter((a[0], a[1]) for a in helped),
        "assistance": Counter((s, a[0]) for a in helped for s in a[2]),
        "justice": Counter(cases), "repatriation": Counter(returns)}
    return PeriodCounts({k: dict(v) for k, v in cells.items()})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(person, max_size=40), st.lists(assisted, max_size=25),
       st.lists(proceeding, max_size=12), st.lists(repatriation, max_size=10))
def test_no_hidden_figure_of_a_random_report_can_be_recovered(people, helped, cases, returns) -> None:  # type: ignore[no-untyped-def]
    """A random small set of cases through the service's own table building: the linked tables
    solved together, so that no figure hidden in one table is given away by another."""
    tables = [t for t in tables_of(counts_of(people, helped, cases, returns), DEFAULT_AGE_BINS, T)
              if t.key not in ("trainings", "campaigns")]
    by_key = {t.key: t for t in tables}
    identified = by_key["victims"]
    for key in ("sex_age", "nationality", "exploitation"):  # the same figures, the same labels
        for c in (*identified.columns, TOTAL):
            assert by_key[key].count(TOTAL, c) == identified.count("IDENTIFIED", c)
            assert by_key[key].text(TOTAL, c) == identified.text("IDENTIFIED", c)
    assert_margins(tables)
    assert_two_per_line(tables)
    assert_protected(tables, T)
