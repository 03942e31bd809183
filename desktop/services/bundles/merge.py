"""The three-way comparison of an arriving case with this vault's copy, unit by unit.

For each unit (a field, a code list, the aliases, a record by uuid) there are three hashes: the
sender's, this vault's, and the one last exchanged with that sender (the state). Equal values need
nothing; changed only there is taken; changed only here is kept; changed on both sides since the
last exchange is a conflict the user decides. A record removed here after an exchange stays
removed; a locked interview never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .records import unit_hash

NEW, THEIRS, MINE, CONFLICT, LOCKED = "new", "theirs", "mine", "conflict", "locked"
CHOICES = (MINE, THEIRS)


@dataclass(frozen=True)
class UnitChange:
    key: str
    outcome: str  # NEW, THEIRS (changed there: taken), MINE (changed here: kept), CONFLICT, LOCKED
    mine: Any
    theirs: Any

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1] if "." in self.key else self.key


@dataclass(frozen=True)
class CasePlan:
    """What importing one case would do."""

    uuid: str
    remote_reference: str
    local_id: int | None
    local_reference: str
    name: str
    changes: tuple[UnitChange, ...]

    @property
    def status(self) -> str:
        if self.local_id is None:
            return "NEW"
        if any(c.outcome == CONFLICT for c in self.changes):
            return "CONFLICT"
        if any(c.outcome in (NEW, THEIRS) for c in self.changes):
            return "UPDATE"
        return "UNCHANGED"

    @property
    def conflicts(self) -> tuple[UnitChange, ...]:
        return tuple(c for c in self.changes if c.outcome == CONFLICT)

    def to_apply(self, choices: dict[str, str]) -> list[UnitChange]:
        """The units to write: new, changed there, and conflicts the user resolved as theirs."""
        return [c for c in self.changes if c.outcome in (NEW, THEIRS)
                or c.outcome == CONFLICT and choices.get(c.key) == THEIRS]


def compare(incoming: dict[str, Any], local: dict[str, Any] | None,
            base: dict[str, str] | None) -> tuple[UnitChange, ...]:
    """The units of an arriving case that differ from this vault's (`local`: None for a new case),
    each with its outcome; `base` is the state last exchanged with the sender."""
    changes = []
    for key, theirs in incoming.items():
        if local is None:
            changes.append(UnitChange(key, NEW, None, theirs))
            continue
        if key not in local:
            removed_here = base is not None and key in base
            changes.append(UnitChange(key, MINE if removed_here else NEW, None, theirs))
            continue
        mine = local[key]
        mine_hash, their_hash = unit_hash(mine), unit_hash(theirs)
        if mine_hash == their_hash:
            continue
        if key.startswith("interviews.") and isinstance(mine, dict) and mine.get("state") == "LOCKED":
            changes.append(UnitChange(key, LOCKED, mine, theirs))
            continue
        last = base.get(key) if base else None
        outcome = THEIRS if last == mine_hash else MINE if last == their_hash else CONFLICT
        changes.append(UnitChange(key, outcome, mine, theirs))
    return tuple(changes)


def unresolved(plans: list[CasePlan], choices: dict[str, dict[str, str]]) -> list[str]:
    """Conflicts without a valid choice, as "reference: unit" (for the refusal message)."""
    missing: list[str] = []
    for plan in plans:
        chosen = choices.get(plan.uuid, {})
        missing.extend(f"{plan.remote_reference}: {c.key}" for c in plan.conflicts
                       if chosen.get(c.key) not in CHOICES)
    return missing
