"""Per-case exchange state: for one peer and one case, the hash of every merge unit as last sent to
or received from that peer. It is the common ancestor of a three-way merge: a unit that differs
from it only here was changed here, only there was changed there, on both sides is a conflict."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Case, CaseExchangeState, Peer
from desktop.models.base import utcnow

#: progress(done, total, what): called from the worker thread as a long exchange advances.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, what: str) -> None:
    """The default when nobody watches."""


def states(db: Session, peer_id: int, case_ids: list[int]) -> dict[int, dict[str, str]]:
    """The last exchanged unit hashes with this peer, by case id."""
    found: dict[int, dict[str, str]] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        for state in db.scalars(select(CaseExchangeState).where(
                CaseExchangeState.peer_id == peer_id, CaseExchangeState.case_id.in_(chunk))):
            found[state.case_id] = json.loads(state.units_json)
    return found


def remember(db: Session, peer: Peer, exchanged: list[tuple[Case, dict[str, str], str | None]],
             sequence: int, direction: str) -> None:
    """Record what was just exchanged, per case: the units' hashes (units not in this bundle keep
    their earlier hash) and, on arrival, the sender's reference."""
    ids = [case.id for case, _, _ in exchanged]
    found: dict[int, CaseExchangeState] = {}
    for start in range(0, len(ids), 500):
        found.update((s.case_id, s) for s in db.scalars(select(CaseExchangeState).where(
            CaseExchangeState.peer_id == peer.id,
            CaseExchangeState.case_id.in_(ids[start:start + 500]))))
    for case, hashes, remote_reference in exchanged:
        state = found.get(case.id)
        if state is None:
            state = CaseExchangeState(peer_id=peer.id, case_id=case.id, units_json="{}",
                                      remote_reference="", sequence=0, direction=direction)
            db.add(state)
        merged = {**json.loads(state.units_json), **hashes}
        state.units_json = json.dumps(merged, sort_keys=True, separators=(",", ":"))
        state.sequence, state.direction, state.exchanged_at = sequence, direction, utcnow()
        if remote_reference is not None:
            state.remote_reference = remote_reference


def changed_since(hashes: dict[str, str], base: dict[str, str] | None) -> bool:
    """Whether a record holds anything the peer has not had from or given to this vault."""
    return base is None or any(base.get(key) != value for key, value in hashes.items())


def stamp() -> str:
    return datetime.now().astimezone().replace(microsecond=0).isoformat()
