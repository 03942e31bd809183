"""Small-cell suppression for published tables.

Primary: a count from 1 to threshold − 1 is shown as "<threshold". Secondary: a row or column whose
total is shown must not have exactly one hidden cell, or the cell could be worked out by
subtraction; the smallest other non-zero cell is hidden too (or the total, when none is left).
Works on the table's grid with its totals in the last row and column (None = no total shown).
"""

from __future__ import annotations

Grid = tuple[tuple[int | None, ...], ...]
Cell = tuple[int, int]


def suppress(grid: Grid, threshold: int) -> frozenset[Cell]:
    """The cells to hide: primary small cells, then secondary cells until no line can be solved."""
    if threshold <= 1 or not grid:
        return frozenset()
    hidden = {(r, c) for r, line in enumerate(grid) for c, v in enumerate(line)
              if v is not None and 0 < v < threshold}
    rows, cols = len(grid) - 1, len(grid[0]) - 1
    lines = [[(r, c) for c in range(cols)] + [(r, cols)] for r in range(rows + 1)]
    lines += [[(r, c) for r in range(rows)] + [(rows, c)] for c in range(cols + 1)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            *inner, total = line
            if grid[total[0]][total[1]] is None or total in hidden:
                continue
            hidden_inner = [cell for cell in inner if cell in hidden]
            if len(hidden_inner) != 1:
                continue
            candidates = [cell for cell in inner if cell not in hidden
                          and (grid[cell[0]][cell[1]] or 0) > 0]
            if candidates:
                hidden.add(min(candidates, key=lambda cell: (grid[cell[0]][cell[1]] or 0, cell)))
            else:
                hidden.add(total)
            changed = True
    return frozenset(hidden)
