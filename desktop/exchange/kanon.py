"""k-anonymity for microdata exports: every combination of quasi-identifier values must be shared
by at least k records. Records in smaller groups are generalised step by step (quasi-identifiers
blanked), and whatever is still too rare at the end is suppressed (left out).

The records are grouped once by their quasi-identifiers; each step touches only the groups
smaller than k, so the cost follows the rare records, not the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Record = dict[str, str]
Row = tuple[str, ...]
Step = tuple[str, tuple[str, ...]]  # (what is done, the quasi-identifiers it blanks)


@dataclass(frozen=True)
class AnonymityReport:
    k: int
    quasi_identifiers: tuple[str, ...]
    records_in: int
    generalised: tuple[tuple[str, int], ...]  # (step description, records changed)
    suppressed: int
    smallest_group: int  # in the released records (0 when none are released)

    @property
    def records_out(self) -> int:
        return self.records_in - self.suppressed

    def lines(self) -> list[str]:
        done = [f"k = {self.k} on {', '.join(self.quasi_identifiers)}; {self.records_in:,} records."]
        done += [f"{what}: {n:,} records generalised." for what, n in self.generalised if n]
        done.append(f"Suppressed (left out): {self.suppressed:,} records.")
        done.append(f"Smallest group released: {self.smallest_group:,} records.")
        return done


def small_groups(records: Sequence[Record], qis: Sequence[str], k: int) -> set[tuple[str, ...]]:
    counts: dict[tuple[str, ...], int] = {}
    for r in records:
        key = tuple(r.get(q, "") for q in qis)
        counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n < k}


def anonymise_rows(rows: Sequence[Row], columns: Sequence[str], qis: Sequence[str], k: int,
                   steps: Sequence[Step]) -> tuple[list[Row], AnonymityReport]:
    """Rows (values in `columns` order) generalised and suppressed to k-anonymity on `qis`."""
    if k < 2:
        raise ValueError("k must be at least 2")
    where = [columns.index(q) for q in qis]
    groups: dict[Row, list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(tuple(row[i] for i in where), []).append(index)
    done: list[tuple[str, int]] = []
    for description, fields in steps:
        blanked = {qis.index(f) for f in fields}
        changed = 0
        for key in [key for key, members in groups.items() if len(members) < k]:
            new = tuple("" if i in blanked else v for i, v in enumerate(key))
            if new != key:
                members = groups.pop(key)
                changed += len(members)
                groups.setdefault(new, []).extend(members)
        done.append((description, changed))
    key_of: dict[int, Row] = {}
    for key, members in groups.items():
        if len(members) >= k:
            key_of.update(dict.fromkeys(members, key))
    released = []
    for index in sorted(key_of):
        row, key = rows[index], key_of[index]
        if any(row[i] != v for i, v in zip(where, key, strict=True)):
            values = list(row)
            for i, v in zip(where, key, strict=True):
                values[i] = v
            row = tuple(values)
        released.append(row)
    sizes = [len(m) for m in groups.values() if len(m) >= k]
    report = AnonymityReport(k, tuple(qis), len(rows), tuple(done), len(rows) - len(released),
                             min(sizes, default=0))
    return released, report


def anonymise(records: list[Record], qis: Sequence[str], k: int,
              steps: Sequence[Step]) -> tuple[list[Record], AnonymityReport]:
    """The same for records as mappings (a missing value is blank)."""
    columns = list(dict.fromkeys([*qis, *(c for r in records for c in r)]))
    rows = [tuple(r.get(c, "") for c in columns) for r in records]
    released, report = anonymise_rows(rows, columns, qis, k, steps)
    return [dict(zip(columns, row, strict=True)) for row in released], report
