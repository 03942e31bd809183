"""The storage seam: the protocols a backend implements and the plain records that cross it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import Select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class AuditFields:
    """One audit entry as a use case states it; the backend adds id, time, key epoch and MAC."""

    user_id: int | None
    username: str
    action: str
    record_type: str
    record_id: str
    detail: str


@dataclass(frozen=True)
class ChainReport:
    """The result of verifying the audit chain: how far it holds, and the first problem."""

    checked: int
    head_id: int
    head_mac: str
    problem: str | None = None
    broken_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class IndexDocument:
    """A case's searchable text: reference, names and aliases, and note text by note level (1–3),
    so that a reader's query only reaches the notes of their level."""

    case_id: int
    reference: str
    names: str
    notes: tuple[str, str, str]


class AuditLog(Protocol):
    def append(self, db: Session, entry: AuditFields) -> None:
        """Seal `entry` at the end of the chain, inside the caller's transaction (A1)."""

    def append_many(self, db: Session, entries: list[AuditFields]) -> None:
        """`append` for several entries in order, in one step (bulk imports and exports)."""

    def verify(self, db: Session) -> ChainReport:
        """Recompute the chain; the report names the first changed, missing or reordered entry."""


class CaseIndex(Protocol):
    #: True where `restrict`'s `limit` bounds the matches considered (the office server's
    #: function returns that many newest ones); False where the index stops at the caller's
    #: limit by itself (FTS5).
    windowed: bool

    def write(self, db: Session, documents: list[IndexDocument]) -> None:
        """Replace the index rows of these cases (bulk loads pass many)."""

    def clear(self, db: Session) -> None:
        """Remove every row (before a rebuild)."""

    def restrict(self, query: Select[Any], text: str, level: int,
                 limit: int | None = None,
                 within: Mapping[str, str | int | bool] | None = None) -> Select[Any] | None:
        """`query` (a select of case ids) narrowed to the cases whose text matches every token of
        `text` as a prefix, accent-insensitive, in the columns of `level`, newest case first;
        None when `text` has no word to search for. `limit`: only that many of the newest matches
        in scope are considered (None: all), where the index is `windowed`; such an index counts
        them after keeping only the cases of `within`, the list's filters as values
        (`counts.case_values`); the caller's query applies its filters all the same."""

    def optimize(self, db: Session) -> None:
        """Tidy the index after a bulk load."""


@runtime_checkable
class CaseCounter(Protocol):
    """A store whose database counts a user's cases itself (the office server's
    `casedesk.count_cases`); the vault's counters serve `counts.count` instead."""

    def count_cases(self, db: Session, within: Mapping[str, str | int | bool]) -> int:
        """How many cases in the session user's scope keep the filters `within`
        (`counts.case_values`): what the list pages through."""


class SecretStore(Protocol):
    """Small secrets the backend keeps from other readers: the private keys of the vault's
    exchange identity. The SQLCipher vault keeps them inside its encrypted database; the office
    server in a table only the roles that exchange bundles may read."""

    def read(self, db: Session, name: str) -> bytes | None:
        """The secret called `name`, or None when there is none."""

    def write(self, db: Session, name: str, secret: bytes) -> None:
        """Store `secret` under `name` inside the caller's transaction; an existing one is kept
        (secrets are written once), so a second write raises."""


class Store(Protocol):
    """A backend as the use cases see it. `session()` gives a short ORM session; a use case runs
    `with store.session() as db, db.begin():` as its unit of work."""

    backend: str

    @property
    def is_unlocked(self) -> bool: ...

    @property
    def audit(self) -> AuditLog: ...

    @property
    def search(self) -> CaseIndex: ...

    @property
    def secrets(self) -> SecretStore: ...

    def session(self) -> Session: ...
