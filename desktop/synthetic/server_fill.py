"""`casedesk synth` on the office server: the same invented cases as on a vault, written by the
server administrator (the schema owner, as `casedesk server init` connects).

The bulk load bypasses row-level security (a CaseDesk role may insert only cases it owns), so it
runs on the owner's maintenance connection; the server seals every audit entry in that
session's name ("server administrator"): the start, every committed batch and the end, as on a
vault. The roster's staff, who own the cases, become login roles first. Afterwards the
sequences and the reference counters are moved past the loaded rows (the bulk insert gave the
ids itself), so that the services write after it as on any server, and VACUUM ANALYZE gives
the planner its statistics and index-only scans their visibility map.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import text

from desktop.server.errors import ServerError
from desktop.server.names import ServerNames
from desktop.server.store import ServerStore
from desktop.services.accounts.server_setup import account_by_server_administrator
from desktop.synthetic import synth
from desktop.synthetic.demo import DEMO_PASSWORD
from desktop.synthetic.synth import SynthReport

SEQUENCES_PAST_ROWS = text(
    "DO $$ DECLARE t record; BEGIN FOR t IN SELECT c.table_name FROM "
    "information_schema.columns c WHERE c.table_schema = 'public' "
    "AND c.column_name = 'id' AND c.column_default LIKE 'nextval%' LOOP "
    "EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), "
    "coalesce((SELECT max(id) FROM %I), 0) + 1, false)', t.table_name, t.table_name); "
    "END LOOP; END $$")
REFERENCES_PAST_ROWS = text(
    "INSERT INTO case_references (prefix, last) SELECT left(reference, "
    "length(reference) - 6), max(right(reference, 6)::integer) FROM cases GROUP BY 1 "
    "ON CONFLICT (prefix) DO UPDATE SET last = greatest(case_references.last, "
    "excluded.last)")


class BulkStore(ServerStore):
    """The owner's store as synth.fill expects a vault to be (bulk inserts, then the index)."""

    def recycle_connections(self) -> None:
        """Nothing to recycle: PostgreSQL connections do not slow down with use."""


def fill_server(dsn: str, names: ServerNames, cases: int, seed: int = 2026,
                progress: Callable[[int], None] | None = None, *,
                batch: int | None = None, database: str | None = None) -> SynthReport:
    """Add `cases` invented cases to the prepared server database of `dsn` (the server
    administrator's connection string); a database with few accounts first gets the roster.
    `database`: the one this workstation uses, which `dsn` must name too."""
    started = time.perf_counter()
    bulk = BulkStore.maintenance(dsn, names)
    try:
        if database is not None:
            with bulk.session() as db:
                found = db.scalar(text("SELECT current_database()"))
            if found != database:
                raise ServerError(f"The connection string names the database {found}; this "
                                  f"workstation uses {database}.")
        created = add_staff(bulk)
        report = synth.fill(bulk, cases, seed, progress, batch=batch)  # type: ignore[arg-type]
        settle(bulk)
    finally:
        bulk.close()
    return replace(report, users_created=created, seconds=time.perf_counter() - started)


def add_staff(store: ServerStore) -> int:
    """The roster's missing accounts as login roles (password DEMO_PASSWORD), audited."""
    with store.session() as db:
        wanted = synth.missing_staff(db)
    for new in wanted:
        account_by_server_administrator(store, new, DEMO_PASSWORD)
    return len(wanted)


def settle(store: ServerStore) -> None:
    """What the bulk load bypassed: sequences and reference counters; then VACUUM ANALYZE."""
    with store.session() as db, db.begin():
        db.execute(SEQUENCES_PAST_ROWS)
        db.execute(REFERENCES_PAST_ROWS)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
