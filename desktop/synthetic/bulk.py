"""Bulk writing for `synth`: cheaper random integers, rows inserted as plain tuples, and the
writing of one batch overlapped with the making of the next.

A million cases are some twenty million rows. SQLAlchemy's executemany spends more time
processing each row's parameters than SQLite spends inserting it, so each table's INSERT is
prepared once here, with the column types' own bind processors (so the stored values are exactly
those SQLAlchemy stores) and the columns' Python defaults, and the rows go to the driver's
`executemany` as tuples. SQLite releases the GIL while it inserts, so a writer thread commits
batch n while the caller's thread invents batch n + 1 (the order of the random draws, hence the
cases of a seed, is unchanged).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from random import Random
from typing import Any, TypeVar

from sqlalchemy import Dialect, Table

from desktop.models.base import Base
from desktop.services import audit
from desktop.services.audit import AuditAction
from desktop.services.user import UserSession
from desktop.storage.store import IndexDocument
from desktop.vault.vault import Vault

T = TypeVar("T")
Row = dict[str, Any]
#: The writer's page cache while it loads (KiB): a million cases' indexes take random inserts,
#: and each page that leaves the cache is encrypted on the way out and decrypted on the way back.
BULK_CACHE_KIB = 256 * 1024


class Dice(Random):
    """`Random` whose integers cost one `random()` each instead of a loop over `getrandbits`
    (a bias below 2**-40, irrelevant for invented data); the same seed gives the same draws."""

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            return int(self.random() * start)
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]


class TableWriter:
    """One table's INSERT for rows shaped like `sample` (the keys a factory writes)."""

    def __init__(self, table: Table, dialect: Dialect, sample: Row) -> None:
        present = [c for c in table.columns if c.name in sample]
        defaulted = sorted(  # the scalar defaults first, then those called for each row
            (c for c in table.columns if c.name not in sample and c.default is not None
             and not c.primary_key), key=lambda c: bool(getattr(c.default, "is_callable", False)))
        columns = present + defaulted
        self.names = [c.name for c in present]
        mark = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite's, or psycopg's
        self.sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
                    f"VALUES ({', '.join(mark for _ in columns)})")
        self.get = itemgetter(*self.names) if len(self.names) > 1 else (
            lambda row: (row[self.names[0]],))
        #: defaults: a scalar is the same for every row, a callable (a time, a record's uuid)
        #: is called for each row, as SQLAlchemy's executemany does
        self.fills = [(_default(c.default), getattr(c.default, "is_callable", False),
                       _processor(c, dialect)) for c in defaulted]
        processors = [_processor(c, dialect) for c in present]
        self.processed = [(i, f) for i, f in enumerate(processors) if f is not None]

    def tuples(self, rows: list[Row]) -> list[tuple[Any, ...]]:
        fixed = tuple(_bound(make(), process) for make, per_row, process in self.fills
                      if not per_row)
        per_row = [(make, process) for make, each, process in self.fills if each]
        out = []
        for row in rows:
            try:
                values = list(self.get(row))
            except KeyError:  # a row without an optional key
                values = [row.get(name) for name in self.names]
            for i, process in self.processed:
                if values[i] is not None:
                    values[i] = process(values[i])
            out.append((*values, *fixed, *(_bound(make(), process) for make, process in per_row)))
        return out

    def write(self, connection: Any, rows: list[Row]) -> None:
        """Insert the rows on a DB-API connection inside the caller's transaction."""
        connection.executemany(self.sql, self.tuples(rows))


@dataclass
class Batch:
    """One batch ready to insert: each table's INSERT with its tuples, and the index documents."""

    tables: list[tuple[str, str, list[tuple[Any, ...]]]]
    documents: list[IndexDocument]
    done: int


@dataclass
class Loader:
    """Writes batches in order on one writer thread, each in one transaction with its audit
    entry; the caller prepares batch n + 1 while batch n is written, `wait`s for it, then
    `start`s the next one: at most one batch is in flight."""

    vault: Vault
    user: UserSession | None
    label: Callable[[int], str]
    totals: dict[str, int] = field(default_factory=dict)
    writers: dict[str, TableWriter] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="synth-writer")
        self._pending: Future[int] | None = None

    def prepare(self, rows: dict[str, list[Row]], documents: list[IndexDocument],
                done: int) -> Batch:
        """Rows as tuples (on the caller's thread, while the previous batch is written)."""
        tables = []
        for name, table_rows in rows.items():
            if table_rows:
                writer = self.writers.get(name) or self.writers.setdefault(name, TableWriter(
                    Base.metadata.tables[name], self.vault.engine.dialect, table_rows[0]))
                tables.append((name, writer.sql, writer.tuples(table_rows)))
        return Batch(tables, documents, done)

    def start(self, batch: Batch) -> None:
        """Write a batch on the writer thread (after `wait` for the one before)."""
        if self._pending is not None:
            raise RuntimeError("wait for the batch in flight first")
        self._pending = self._pool.submit(self._write, batch)

    def wait(self) -> int | None:
        """How many cases the batch in flight brought to, once it is committed (None if none)."""
        pending, self._pending = self._pending, None
        return pending.result() if pending is not None else None

    def close(self) -> None:
        """Stop the writer; the pool's connections are closed (the next ones get the usual
        page cache)."""
        self._pool.shutdown(wait=True)
        self.vault.recycle_connections()

    def _write(self, batch: Batch) -> int:
        vault = self.vault
        with vault.session() as db, db.begin():
            raw: Any = db.connection().connection.driver_connection
            if vault.backend == "sqlcipher":  # (the office server's owner loads it too)
                raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # until `close` recycles it
            cursor = raw.cursor()
            for name, sql, values in batch.tables:
                cursor.executemany(sql, values)
                self.totals[name] = self.totals.get(name, 0) + len(values)
            vault.search.write(db, batch.documents)
            audit.append(db, vault, self.user.principal if self.user else None,
                         AuditAction.CREATE, "synth", "", self.label(batch.done),
                         username="synth")
        if getattr(vault, "memory_security", False):
            # Under memory security every SQLite allocation is locked and wiped; a pooled
            # connection that has served many statements inserts several times slower than a
            # fresh one, so each batch then runs on a fresh connection.
            vault.recycle_connections()
        return batch.done


def _processor(column: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's bind processor (how SQLAlchemy turns the value into what is stored)."""
    found: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    return found


def _bound(value: Any, process: Callable[[Any], Any] | None) -> Any:
    return process(value) if process is not None and value is not None else value


def _default(default: Any) -> Callable[[], Any]:
    """A column's Python default as a call (scalars and SQLAlchemy's wrapped callables)."""
    if getattr(default, "is_callable", False):
        return lambda: default.arg(None)
    if getattr(default, "is_scalar", False):
        return lambda: default.arg
    return lambda: None
