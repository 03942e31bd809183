"""Vault transactions take the write lock when they begin (BEGIN IMMEDIATE)."""

from __future__ import annotations

import threading

from sqlalchemy import text

from ..conftest import Desk


def test_read_then_write_survives_a_concurrent_writer(desk: Desk) -> None:
    """A transaction that reads, then writes, while another connection writes: with a deferred
    BEGIN the first fails at once with "database is locked"; here the second waits its turn."""
    vault = desk.vault
    with vault.session() as s, s.begin():
        s.execute(text("CREATE TABLE IF NOT EXISTS probe (n INTEGER)"))
    read_done, errors = threading.Event(), []

    def other_writer() -> None:
        read_done.wait(5)
        try:
            with vault.session() as s, s.begin():
                s.execute(text("INSERT INTO probe VALUES (2)"))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    thread = threading.Thread(target=other_writer)
    thread.start()
    with vault.session() as s, s.begin():
        s.execute(text("SELECT count(*) FROM probe")).scalar()
        read_done.set()
        thread.join(0.3)  # the other writer is now waiting for our lock
        s.execute(text("INSERT INTO probe VALUES (1)"))
    thread.join(10)
    assert errors == []
    with vault.session() as s:
        assert list(s.execute(text("SELECT n FROM probe ORDER BY rowid")).scalars()) == [1, 2]
