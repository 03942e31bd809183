"""Small-cell suppression for published tables: primary and complementary (secondary) cells.

Primary: a count from 1 to threshold − 1 is hidden and printed "<threshold". Complementary: more
cells are hidden until no hidden cell can be worked out from what is published — the other cells,
the margins, the same figures in linked tables of the report, and what the labels say (a primary
cell is from 1 to threshold − 1; a complementary cell, never a zero, is at least the threshold).

A table with its margins is a flow network: a row total flows into its row, the row into its
cells, the cells into their column totals, these into the grand total and back (every row and
column sums to its total). A line without a published total (a table with no row totals) is a
free node; all free nodes are one. A hidden cell is protected when the published figures allow a
second table that differs in that cell: a change of ±1 carried round a cycle of hidden cells, each
staying within what its label says. Finding the cheapest such change is a small min-cost flow; a
cell is protected by hiding the published cells on the cheapest cycle. Tables that share cells (the
victims identified by sex are the total row of the age, nationality and exploitation tables) must
all absorb the same change of the shared cells, so every pattern of changes of those cells is tried
(`protect`). The check is exact in one direction: a cell reported protected has an alternative
table (tests/services/test_suppression.py confirms it with a linear programme per cell).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

Cell = Hashable  # a figure of the report: the same id in every table that prints it
Node = Hashable
Change = dict[Cell, int]

GROUND = "free"  # the one node of every line without a published total
UNBOUNDED = 10**6
HIDDEN_COST = 1  # using a cell that is already hidden: prefer short cycles
NEW_COST = 1000  # hiding one more cell …
MARGIN_COST = 2000  # … more when it is a total, most when it is a grand total or linked
GRAND_COST = 6000
SHARED_COST = 3000


@dataclass(frozen=True)
class Arc:
    """One cell of a table as an arc of its network; `weight` adds to the cost of hiding it."""

    cell: Cell
    tail: Node
    head: Node
    weight: int = 0


@dataclass
class Network:
    """One table: its cells as arcs between its lines (see the module's docstring)."""

    name: str
    arcs: list[Arc] = field(default_factory=list)

    @property
    def cells(self) -> set[Cell]:
        return {a.cell for a in self.arcs}


def table_network(name: str, grid: Sequence[Sequence[int | None]], cell_of: dict[tuple[int, int], Cell],
                  ) -> Network:
    """The network of a table whose last row and column are totals; None marks a total that is
    not published, so that line (or the grand total) has no equation."""
    rows, cols = len(grid) - 1, len(grid[0]) - 1
    row_free = all(grid[r][cols] is None for r in range(rows))
    col_free = all(grid[rows][c] is None for c in range(cols))
    grand = grid[rows][cols] is not None
    source = GROUND if row_free or not grand else "S"
    sink = GROUND if col_free or not grand else "K"
    net = Network(name)

    def add(r: int, c: int, tail: Node, head: Node, weight: int) -> None:
        if grid[r][c] is not None:
            net.arcs.append(Arc(cell_of[(r, c)], tail, head, weight))

    for r in range(rows):
        row_node: Node = GROUND if row_free else ("row", r)
        add(r, cols, source, row_node, MARGIN_COST)
        for c in range(cols):
            add(r, c, row_node, GROUND if col_free else ("col", c), 0)
    for c in range(cols):
        add(rows, c, GROUND if col_free else ("col", c), sink, MARGIN_COST)
    add(rows, cols, sink, source, GRAND_COST)
    return net


class _Flow:
    """Min-cost flow by successive shortest paths (queue-based Bellman–Ford): the demands are a
    few units, the networks a few dozen arcs. Edges come in pairs: edge i and its residual i ^ 1."""

    def __init__(self) -> None:
        self.head: list[Node] = []
        self.capacity: list[int] = []
        self.cost: list[int] = []
        self.out: dict[Node, list[int]] = {}

    def edge(self, tail: Node, head: Node, capacity: int, cost: int) -> int:
        index = len(self.head)
        self.head += [head, tail]
        self.capacity += [capacity, 0]
        self.cost += [cost, -cost]
        self.out.setdefault(tail, []).append(index)
        self.out.setdefault(head, []).append(index + 1)
        return index

    def flow(self, index: int) -> int:
        return self.capacity[index ^ 1]

    def run(self, source: Node, sink: Node, demand: int) -> int | None:
        """Push `demand` units at least cost; None when they cannot all be pushed."""
        total = 0
        while demand > 0:
            best: dict[Node, int] = {source: 0}
            via: dict[Node, int] = {}
            queue, queued = deque([source]), {source}
            while queue:
                node = queue.popleft()
                queued.discard(node)
                for index in self.out.get(node, ()):
                    to = self.head[index]
                    if self.capacity[index] > 0 and best[node] + self.cost[index] < best.get(
                            to, UNBOUNDED * 1000):
                        best[to] = best[node] + self.cost[index]
                        via[to] = index
                        if to not in queued:
                            queue.append(to)
                            queued.add(to)
            if sink not in best:
                return None
            path, node = [], sink
            while node != source:
                path.append(via[node])
                node = self.head[via[node] ^ 1]
            push = min([demand] + [self.capacity[i] for i in path])
            for index in path:
                self.capacity[index] -= push
                self.capacity[index ^ 1] += push
            total += push * best[sink]
            demand -= push
        return total


@dataclass
class _State:
    """Values, what is hidden and how, and the attacker's bounds that follow from the labels."""

    values: dict[Cell, int]
    threshold: int
    primary: set[Cell]
    complementary: set[Cell] = field(default_factory=set)
    shared: set[Cell] = field(default_factory=set)
    labels_known: bool = True  # False: the reader is assumed to know only that counts are ≥ 0

    def hidden(self, cell: Cell) -> bool:
        return cell in self.primary or cell in self.complementary

    def bounds(self, cell: Cell) -> tuple[int, int]:
        """The values a reader cannot rule out for a hidden cell (or one hidden next)."""
        if not self.labels_known:
            return 0, UNBOUNDED
        if cell in self.primary:
            return 1, self.threshold - 1
        return self.threshold, UNBOUNDED

    def room(self, cell: Cell) -> tuple[int, int] | None:
        """How far the cell may change (down, up), or None when it may not (published, or a zero
        that is never hidden to protect another)."""
        value = self.values[cell]
        if not self.hidden(cell) and (value == 0 or value < self.threshold):
            return None
        low, high = self.bounds(cell)
        return low - value, high - value


def _cost(arc: Arc, state: _State) -> int:
    if state.hidden(arc.cell):
        return HIDDEN_COST
    return (NEW_COST + arc.weight + state.values[arc.cell]
            + (SHARED_COST if arc.cell in state.shared else 0))


def cheapest_change(net: Network, state: _State, fixed: Change, *, may_hide: bool
                    ) -> tuple[int, Change] | None:
    """The cheapest change of the network's cells that keeps every line summing to its total,
    with `fixed` cells changed by the given amounts and every other cell within its bounds;
    published cells take part only when `may_hide`. Returns (cost, change) or None."""
    flow = _Flow()
    need: dict[Node, int] = {}  # > 0: the other cells must bring that much into the node
    edges: list[tuple[Cell, int, int]] = []  # cell, its increase edge, its decrease edge
    cost = 0
    for arc in net.arcs:
        if arc.cell in fixed:
            step = fixed[arc.cell]
            need[arc.tail] = need.get(arc.tail, 0) + step
            need[arc.head] = need.get(arc.head, 0) - step
            cost += _cost(arc, state) if step else 0
            continue
        room = state.room(arc.cell)
        if room is None or (not may_hide and not state.hidden(arc.cell)):
            continue
        down, up = room
        price = _cost(arc, state)
        edges.append((arc.cell, flow.edge(arc.tail, arc.head, min(up, 8), price),
                      flow.edge(arc.head, arc.tail, min(-down, 8), price)))
    source, sink = ("source",), ("sink",)
    demand = 0
    for node, amount in need.items():
        if amount > 0:
            flow.edge(node, sink, amount, 0)
        elif amount < 0:
            flow.edge(source, node, -amount, 0)
            demand -= amount
    pushed = flow.run(source, sink, demand)
    if pushed is None:
        return None
    change: Change = {c: v for c, v in fixed.items() if v}
    for cell, up, down in edges:
        step = flow.flow(up) - flow.flow(down)
        if step:
            change[cell] = step
    return cost + pushed, change


def _patterns(state: _State, shared: Sequence[Cell], must: Cell | None, may_hide: bool
              ) -> list[Change]:
    """Changes of the shared cells to try, smallest first: each cell −1, 0 or +1 within room."""
    choices = []
    for cell in shared:
        room = state.room(cell)
        if room is None or (not may_hide and not state.hidden(cell)):
            steps = [0]
        else:
            steps = [s for s in (0, -1, 1) if room[0] <= s <= room[1]]
        if cell == must:
            steps = [s for s in steps if s]
        choices.append(steps)
    combos = sorted(itertools.product(*choices), key=lambda steps: sum(map(abs, steps)))
    return [dict(zip(shared, steps, strict=True)) for steps in combos]


class _Group:
    """Tables that share cells, protected together."""

    def __init__(self, networks: Sequence[Network], state: _State) -> None:
        self.networks = list(networks)
        self.state = state
        seen: dict[Cell, int] = {}
        for net in self.networks:
            for cell in net.cells:
                seen[cell] = seen.get(cell, 0) + 1
        self.shared = sorted((c for c, n in seen.items() if n > 1), key=repr)
        state.shared |= set(self.shared)

    def _solve(self, cell: Cell, step: int, may_hide: bool,
               memo: dict[tuple[str, frozenset[tuple[Cell, int]]], tuple[int, Change] | None]
               ) -> tuple[int, Change] | None:
        """The cheapest change of the whole group that moves `cell` by `step`; `memo` keeps the
        networks' answers for one state of the suppression."""
        homes = [net for net in self.networks if cell in net.cells]
        if cell not in self.state.shared:  # first without touching the linked cells
            fixed = {c: 0 for c in self.shared if c in homes[0].cells} | {cell: step}
            found = cheapest_change(homes[0], self.state, fixed, may_hide=may_hide)
            if found is not None or not self.shared:
                return found
        order = homes + [net for net in self.networks if net not in homes]
        best: tuple[int, Change] | None = None
        must = cell if cell in self.state.shared else None
        for pattern in _patterns(self.state, self.shared, must, may_hide):
            if cell in pattern and pattern[cell] != step:
                continue
            if not any(pattern.values()) and cell not in pattern:
                continue  # tried above
            total, change = 0, Change()
            for net in order:
                fixed = {c: v for c, v in pattern.items() if c in net.cells}
                if cell in net.cells:
                    fixed[cell] = step
                key = (net.name, frozenset(fixed.items()))
                if key not in memo:
                    memo[key] = cheapest_change(net, self.state, fixed, may_hide=may_hide)
                found = memo[key]
                if found is None or (best is not None and total + found[0] >= best[0]):
                    break
                total += found[0]
                change |= found[1]
            else:
                best = (total, change)
                if not may_hide:
                    return best
        return best

    def protected(self, cell: Cell) -> Change | None:
        """A change of published-consistent values that moves `cell` (every cell it moves is
        protected too), or None."""
        room = self.state.room(cell)
        assert room is not None
        memo: dict[tuple[str, frozenset[tuple[Cell, int]]], tuple[int, Change] | None] = {}
        for step in (1, -1):
            if room[0] <= step <= room[1] and (found := self._solve(cell, step, False, memo)):
                return found[1]
        return None

    def protect(self, cell: Cell) -> Change | None:
        """Hide the published cells of the cheapest change of `cell`; None when none exists."""
        room = self.state.room(cell)
        assert room is not None
        memo: dict[tuple[str, frozenset[tuple[Cell, int]]], tuple[int, Change] | None] = {}
        options = [found for step in (1, -1) if room[0] <= step <= room[1]
                   if (found := self._solve(cell, step, True, memo)) is not None]
        if not options:
            return None
        _, change = min(options, key=lambda option: option[0])
        for other in change:
            if not self.state.hidden(other):
                self.state.complementary.add(other)
        return change


@dataclass(frozen=True)
class Suppression:
    primary: frozenset[Cell]
    complementary: frozenset[Cell]
    # Hidden cells that no pattern protects from a reader who uses the labels' bounds: the labels
    # alone fix them (four "<5" cells under a "<5" total are each 1). They are protected from a
    # reader of the equations and the published counts (counts ≥ 0).
    unprotected: frozenset[Cell]


def suppress(networks: Sequence[Network], values: dict[Cell, int], threshold: int) -> Suppression:
    """Primary cells, then complementary cells until every hidden cell is protected. Networks
    that share a cell are protected together; values hold every cell of every network."""
    if threshold <= 1:
        return Suppression(frozenset(), frozenset(), frozenset())
    state = _State(values, threshold, {c for net in networks for c in net.cells
                                       if 0 < values[c] < threshold})
    groups = [_Group(part, state) for part in _linked(networks)]
    failed: set[Cell] = set()
    for group in groups:
        failed |= _protect_all(group, set())
    if failed:  # protect them at least from a reader who does not use the labels' bounds
        state.labels_known = False
        for group in groups:
            _protect_all(group, set())
        state.labels_known = True
        for group in groups:  # and the cells that hides from the reader who does
            failed |= _protect_all(group, set(failed))
    return Suppression(frozenset(state.primary), frozenset(state.complementary),
                       frozenset(failed))


def _protect_all(group: _Group, failed: set[Cell]) -> set[Cell]:
    """Protect every hidden cell of the group; returns those that cannot be. A change found for
    one cell protects every cell it moves, and hiding more never unprotects one, so each cell is
    looked at until it is covered by some change."""
    cells = sorted({c for net in group.networks for c in net.cells}, key=repr)
    safe: set[Cell] = set()
    while True:
        todo = [c for c in cells if group.state.hidden(c) and c not in safe and c not in failed]
        if not todo:
            return failed
        for cell in todo:
            if cell in safe:
                continue
            change = group.protected(cell) or group.protect(cell)
            if change is None:
                failed.add(cell)
            else:
                safe |= change.keys()


def _linked(networks: Sequence[Network]) -> list[list[Network]]:
    """Networks grouped by shared cells (connected components)."""
    groups: list[tuple[set[Cell], list[Network]]] = []
    for net in networks:
        cells = net.cells
        joined = [g for g in groups if g[0] & cells]
        merged_cells, merged = set(cells), [net]
        for g in joined:
            merged_cells |= g[0]
            merged = g[1] + merged
            groups.remove(g)
        groups.append((merged_cells, merged))
    return [g[1] for g in groups]
