"""Small-cell suppression: no hidden cell can be recovered from a shown total."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.statistics.suppression import suppress


def _with_totals(cells: list[list[int]]) -> tuple[tuple[int | None, ...], ...]:
    rows = [[*line, sum(line)] for line in cells]
    rows.append([sum(col) for col in zip(*rows, strict=True)])
    return tuple(tuple(line) for line in rows)


def test_single_small_cell_gets_a_partner() -> None:
    grid = _with_totals([[3, 20, 30], [40, 50, 60]])
    hidden = suppress(grid, 5)
    assert (0, 0) in hidden and (0, 1) in hidden  # row 0: 3 and the next smallest, 20
    assert (1, 0) in hidden  # column 0: otherwise 3 = 43 - 40


@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=1, max_size=5))
def test_no_line_with_a_shown_total_has_one_hidden_cell(cells: list[list[int]]) -> None:
    grid = _with_totals(cells)
    hidden = suppress(grid, 5)
    rows, cols = len(grid) - 1, len(grid[0]) - 1
    for r, line in enumerate(grid):
        for c, value in enumerate(line):
            assert ((r, c) in hidden) >= (value is not None and 0 < value < 5)
    lines = [[(r, c) for c in range(cols + 1)] for r in range(rows + 1)]
    lines += [[(r, c) for r in range(rows + 1)] for c in range(cols + 1)]
    for line in lines:
        if line[-1] not in hidden:
            assert sum(cell in hidden for cell in line[:-1]) != 1
