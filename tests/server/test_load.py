"""A bounded load test on loopback: 20 concurrent clients (each its own workstation: its own
store and login role) create and edit cases on one server for CASEDESK_LOAD_SECONDS (20 s in the
suite; `bench/bench_server.py --load 60` runs a minute). Supervisors of one agency edit the same
cases, so saves collide. Afterwards: every committed change is in the history with the version it
produced and the case shows the last one, every created case exists, the audit chain verifies
with one entry per committed action, and no lock, deadlock or open transaction is left."""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.models import Case, ChangeRecord, Person
from desktop.services.accounts.service import NewUser
from desktop.services.audit import AuditService
from desktop.services.cases.conflicts import EditConflict
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase

from .world import ServerDesk, make_server_desk

CLIENTS = 20
PASSWORD = "Mango season in Cayo 2026"


@dataclass
class Client:
    name: str
    created: list[int] = field(default_factory=list)
    saved: list[tuple[int, int, str]] = field(default_factory=list)  # case, version, value
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)


def run_client(desk: ServerDesk, client: Client, shared: list[int], lock: threading.Lock,
               until: float, seed: int) -> None:
    rng = random.Random(seed)
    store, accounts = desk.client()
    user = accounts.login(client.name, PASSWORD)
    cases, reads = CaseService(store), CaseReads(store)
    n = 0
    try:
        while time.monotonic() < until:
            n += 1
            started = time.perf_counter()
            try:
                mine = client.created
                if not mine or rng.random() < 0.25:
                    row = cases.create(user, NewCase(f"Load{n}", client.name))
                    mine.append(row.id)
                    with lock:
                        shared.append(row.id)
                else:
                    pool = shared if client.name.startswith("sup") else mine
                    with lock:
                        case_id = rng.choice(pool)
                    version = reads.open(user, case_id).version
                    value = f"{client.name}-{n}"
                    new_version = cases.update(user, case_id, {"family_names": value}, version)
                    client.saved.append((case_id, new_version, value))
            except EditConflict:
                client.conflicts += 1
            client.latencies.append(time.perf_counter() - started)
    except Exception as error:  # noqa: BLE001 - reported and failed below
        client.errors.append(f"{type(error).__name__}: {error}"[:300])
    finally:
        accounts.logout(user)


def test_twenty_clients_concurrently(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    try:
        clients = []
        for i in range(CLIENTS):
            role = "SUPERVISOR" if i % 2 == 0 else "CASE_WORKER"
            name = f"{'sup' if i % 2 == 0 else 'cw'}{i:02d}"
            desk.accounts.create_user(desk.admin, NewUser(name, name, role, "HS", 2),
                                      known_password=PASSWORD)
            clients.append(Client(name))
        seconds = float(os.environ.get("CASEDESK_LOAD_SECONDS", "20"))
        shared: list[int] = []
        lock = threading.Lock()
        until = time.monotonic() + seconds
        threads = [threading.Thread(target=run_client, args=(desk, c, shared, lock, until, i))
                   for i, c in enumerate(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=seconds + 120)
        assert not any(t.is_alive() for t in threads)
        assert [e for c in clients for e in c.errors] == []
        verify_outcome(desk, clients, seconds)
    finally:
        desk.close()


def verify_outcome(desk: ServerDesk, clients: list[Client], seconds: float) -> None:
    created = {case_id for c in clients for case_id in c.created}
    saved = [s for c in clients for s in c.saved]
    with desk.maintenance.session() as db:
        assert created <= set(db.scalars(select(Case.id)))
        history = {(r.case_id, r.version, r.new_value) for r in db.scalars(
            select(ChangeRecord).where(ChangeRecord.field == "family_names"))}
        assert set(saved) <= history  # every committed save, with the version it produced
        last: dict[int, tuple[int, str]] = {}
        for case_id, version, value in saved:
            if version > last.get(case_id, (0, ""))[0]:
                last[case_id] = (version, value)
        current = dict(db.execute(select(Case.id, Person.family_names).join(
            Person, Person.id == Case.person_id).where(Case.id.in_(list(last)))).all())
        assert {k: v[1] for k, v in last.items()} == current
        actions = dict(db.execute(select(Case.id, Case.version)).all())
        assert all(actions[c] >= v for c, v, _ in saved)
    report = AuditService(desk.store).verify(desk.admin)
    assert report.ok, report.problem
    with desk.superuser() as c:
        counts = dict(c.execute("SELECT action, count(*) FROM audit_entries GROUP BY action"
                                ).fetchall())
        waiting = c.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0]
        open_tx = c.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND "
                            "state LIKE 'idle in transaction%%'", (desk.database,)).fetchone()[0]
        deadlocks = c.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = %s",
                              (desk.database,)).fetchone()[0]
    assert counts.get("create", 0) == len(created)
    assert counts.get("update", 0) == len(saved)
    assert (waiting, open_tx, deadlocks) == (0, 0, 0)
    latencies = sorted(x for c in clients for x in c.latencies)
    conflicts = sum(c.conflicts for c in clients)
    print(f"\nload: {CLIENTS} clients, {seconds:.0f} s: {len(created)} cases created, "
          f"{len(saved)} saves, {conflicts} conflicts told, "
          f"{len(latencies) / seconds:.0f} operations/s, median "
          f"{latencies[len(latencies) // 2] * 1000:.0f} ms, p95 "
          f"{latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms")
    assert conflicts > 0  # the supervisors' saves did collide: the test exercised the check
