"""k-anonymity for microdata exports: every combination of quasi-identifier values must be shared
by at least k records. Records in smaller groups are generalised step by step (a value replaced by
a coarser one or blanked), and whatever is still too rare at the end is suppressed (left out).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Record = dict[str, str]
Step = tuple[str, Callable[[Record], Record]]


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


def _key(record: Record, qis: Sequence[str]) -> tuple[str, ...]:
    return tuple(record.get(q, "") for q in qis)


def small_groups(records: Sequence[Record], qis: Sequence[str], k: int) -> set[tuple[str, ...]]:
    counts = Counter(_key(r, qis) for r in records)
    return {key for key, n in counts.items() if n < k}


def anonymise(records: list[Record], qis: Sequence[str], k: int,
              steps: Sequence[Step]) -> tuple[list[Record], AnonymityReport]:
    """Generalise only the records in groups smaller than k, one step after another, then
    suppress the rest. The released list satisfies k-anonymity on `qis`."""
    if k < 2:
        raise ValueError("k must be at least 2")
    current = list(records)
    done: list[tuple[str, int]] = []
    for description, generalise in steps:
        rare = small_groups(current, qis, k)
        changed = 0
        for index, record in enumerate(current):
            if _key(record, qis) in rare:
                new = generalise(record)
                if _key(new, qis) != _key(record, qis):
                    changed += 1
                current[index] = new
        done.append((description, changed))
    rare = small_groups(current, qis, k)
    released = [r for r in current if _key(r, qis) not in rare]
    sizes = Counter(_key(r, qis) for r in released)
    report = AnonymityReport(k, tuple(qis), len(records), tuple(done),
                             len(current) - len(released), min(sizes.values(), default=0))
    return released, report
