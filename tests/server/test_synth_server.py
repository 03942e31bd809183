"""`casedesk synth` on the office server (issue 17): from a connected workstation with the server
administrator's --dsn, the roster becomes login roles, the cases are loaded and audited as on a
vault (A2: start, every batch, end), and the application sees them under row-level security."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import Case, Person
from desktop.services.audit import AuditService
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.synthetic import synth
from desktop.synthetic.demo import DEMO_PASSWORD
from desktop.synthetic.roster import ROSTER

from .world import ServerDesk, make_server_desk

CASES = 60


@pytest.fixture
def server(pg_cluster) -> Iterator[ServerDesk]:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    yield desk
    desk.close()


def connect(server: ServerDesk, run_cli, folder: Path) -> None:  # type: ignore[no-untyped-def]
    done = run_cli("server", "connect", "--host", server.profile.host, "--port",
                   str(server.profile.port), "--database", server.database, "--ca-file",
                   server.profile.ca_file, "--prefix", server.names.prefix, data_dir=folder)
    assert done.code == 0, done.err


def test_a2_synth_fills_the_connected_server_and_the_app_sees_the_cases(  # type: ignore[no-untyped-def]
        server: ServerDesk, run_cli, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "workstation"
    connect(server, run_cli, folder)
    monkeypatch.setattr(synth, "BATCH", 25)  # three batches: 25, 25, 10
    done = run_cli("synth", "--cases", str(CASES), "--dsn", server.dsn, data_dir=folder)
    assert done.code == 0, done.err
    assert f"Added {CASES} synthetic cases to the office server" in done.out
    assert f"{len(ROSTER)} staff accounts created" in done.out

    store, accounts = server.client()
    sup = accounts.login("hs.sup1", DEMO_PASSWORD)  # a roster account is a real login role
    reads = CaseReads(store)
    with server.maintenance.session() as db:
        family = db.scalars(select(Person.family_names).order_by(Person.id.desc())).first()
        loaded = set(db.scalars(select(Case.reference)))
        last_id = db.scalar(select(func.max(Case.id)))
    assert 0 < reads.count(sup) <= CASES
    assert family and reads.search(sup, family), "the server's search index holds the cases"
    created = CaseService(store).create(sup, NewCase("Ana", "Tzul"))  # after the bulk load
    assert created.id > last_id and created.reference not in loaded

    audit = AuditService(server.store)
    entries = audit.entries(server.admin, limit=200)
    fill = [e for e in entries if e.record_type == "synth"]
    assert [e.detail for e in reversed(fill)] == [
        f"synthetic fill started: {CASES} cases (seed 2026)",
        f"synthetic cases committed: 25 of {CASES} (seed 2026)",
        f"synthetic cases committed: 50 of {CASES} (seed 2026)",
        f"synthetic cases committed: {CASES} of {CASES} (seed 2026)",
        f"synthetic cases: {CASES} (seed 2026)"]
    assert {e.username for e in fill} == {"server administrator"}
    staff = [e for e in entries if e.action == "user.create" and "synthetic staff" in e.detail]
    assert len(staff) == len(ROSTER)
    report = audit.verify(server.admin)
    assert report.ok and report.checked >= len(fill) + len(staff)


def test_synth_on_the_server_needs_the_server_administrators_dsn(  # type: ignore[no-untyped-def]
        server: ServerDesk, run_cli, tmp_path, pg_cluster) -> None:
    folder = tmp_path / "workstation"
    connect(server, run_cli, folder)
    refused = run_cli("synth", "--cases", "5", "-u", "admin", data_dir=folder)
    assert refused.code != 0 and "--dsn" in refused.err
    other = make_server_desk(pg_cluster)
    try:
        wrong = run_cli("synth", "--cases", "5", "--dsn", other.dsn, data_dir=folder)
        assert wrong.code != 0 and server.database in wrong.err
    finally:
        other.close()
    with server.maintenance.session() as db:
        assert db.scalars(select(Person.id)).first() is None  # nothing was written
