"""Migration 0012 on a vault with records (including a locked interview), and back."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.orm import Session

from desktop.models import Base, Case
from desktop.services.accounts import seeding
from desktop.vault import migrate

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TRAVELLING = ("cases", "case_notes", "interviews")


def _older_vault(connection: sa.Connection) -> None:
    """Schema 0011 with a few rows written as that version wrote them."""
    command.upgrade(migrate._config(connection), "0011")
    seeding.seed(Session(bind=connection))
    run = lambda sql, **values: connection.execute(sa.text(sql), values)  # noqa: E731
    run("INSERT INTO users (id, username, display_name, agency_id, role_id, level, disabled, "
        "must_change_password, created_at) VALUES (1, 'ana', 'Ana', 1, 1, 3, 0, 0, '2026-01-01')")
    for n in (1, 2, 3):
        run("INSERT INTO persons (id, given_names, family_names, sex, gender_identity, age_disputed, "
            "citizenships, languages, interpreter_needed, unaccompanied, contact, documents) "
            "VALUES (:n, 'P', '', 'UNKNOWN', 'NOT_SPECIFIED', 0, '', '', 0, 'NO', '', '')", n=n)
        run("INSERT INTO cases (id, reference, person_id, status, identification_status, "
            "identification_context, district, owning_agency_id, owner_id, created_at, updated_at, "
            "closure_requested_status, version) VALUES (:n, :r, :n, 'ACTIVE', 'POSSIBLE', 'OTHER', "
            "'', 1, 1, '2026-01-01', '2026-01-01', '', 1)", n=n, r=f"HS-2026-00000{n}")
        run("INSERT INTO case_notes (case_id, author_id, created_at, level, text) "
            "VALUES (:n, 1, '2026-01-01', 1, 'note')", n=n)
    run("INSERT INTO form_definitions (id, form_id, version, title, source, source_sha256, active, "
        "shipped, imported_at) VALUES (1, 'f', '1', 'F', x'00', 'aa', 1, 0, '2026-01-01')")
    for n, state in ((1, "LOCKED"), (2, "DRAFT")):
        run("INSERT INTO interviews (id, case_id, form_definition_id, state, language, answers_json, "
            "disclosure, content_sha256, version, created_by, created_at, updated_at) VALUES "
            "(:n, :n, 1, :s, '', '{}', '', '', 1, 1, '2026-01-01', '2026-01-01')", n=n, s=state)


def test_migration_0012_backfills_uuids_keeps_the_interview_lock_and_grants_the_actions() -> None:
    engine = sa.create_engine("sqlite://")
    with engine.begin() as connection:
        _older_vault(connection)
        migrate.upgrade(connection)
        for table in TRAVELLING:  # 16 random bytes each, read back through the model's type
            raw = [row[0] for row in connection.execute(sa.text(f"SELECT uuid FROM {table}"))]
            assert raw and all(len(r) == 16 for r in raw) and len(set(raw)) == len(raw), table
        with Session(bind=connection) as db:
            ids = list(db.scalars(sa.select(Case.uuid)))
            assert len(ids) == 3 and all(UUID.match(i) for i in ids)
        with pytest.raises(sa.exc.IntegrityError):  # unique
            connection.execute(sa.text("UPDATE cases SET uuid = (SELECT uuid FROM cases WHERE id = 1) "
                                       "WHERE id = 2"))
        with pytest.raises(sa.exc.IntegrityError, match="interview is locked"):
            connection.execute(sa.text("UPDATE interviews SET answers_json = '{\"x\": 1}' WHERE id = 1"))
        connection.execute(sa.text("UPDATE interviews SET answers_json = '{}' WHERE id = 2"))
        granted = set(connection.execute(sa.text(
            "SELECT r.code || ':' || a.action FROM role_actions a JOIN roles r ON r.id = a.role_id "
            "WHERE a.action IN ('peers.manage', 'bundle.sync', 'bundle.send')")).scalars())
        assert granted == {"ADMINISTRATOR:peers.manage", "SUPERVISOR:bundle.sync",
                           "SUPERVISOR:bundle.send", "CASE_WORKER:bundle.sync",
                           "FORENSIC_INTERVIEWER:bundle.sync"}
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        ours = [d for d in diffs if "uuid" in repr(d) or "exchange_" in repr(d)]
        assert ours == []
        command.downgrade(migrate._config(connection), "0011")
        assert "uuid" not in {c["name"] for c in sa.inspect(connection).get_columns("cases")}
        assert not sa.inspect(connection).has_table("exchange_peers")
        with pytest.raises(sa.exc.IntegrityError, match="interview is locked"):
            connection.execute(sa.text("DELETE FROM interviews WHERE id = 1"))
