"""The schema revision without Alembic on the unlock path: the head read from the revision files
and the revision read with one SELECT agree with what Alembic itself says."""

from __future__ import annotations

from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from desktop.vault import migrate
from tests.conftest import Desk


def test_head_from_the_revision_files_is_alembics_head() -> None:
    assert migrate.head_revision() == ScriptDirectory.from_config(migrate._config()).get_current_head()
    assert migrate.head_revision() in migrate.known_revisions()


def test_current_revision_matches_alembic_on_a_vault_and_an_empty_database(
        desk: Desk, tmp_path: Path) -> None:
    with desk.vault.engine.connect() as connection:
        mine = migrate.current_revision(connection)
        assert mine == MigrationContext.configure(connection).get_current_revision()
        assert mine == migrate.head_revision() and not migrate.is_pending(connection)
    empty = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with empty.connect() as connection:
        assert migrate.current_revision(connection) is None
        assert migrate.is_pending(connection)
    empty.dispose()


def test_two_heads_are_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = "0002"\ndown_revision = "0001"\n')
    (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    migrate.head_revision.cache_clear()
    try:
        try:
            migrate.head_revision()
        except RuntimeError as error:
            assert "several heads" in str(error)
        else:
            raise AssertionError("two heads were accepted")
        (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0002"\n')
        migrate.head_revision.cache_clear()
        assert migrate.head_revision() == "0003"
    finally:
        migrate.head_revision.cache_clear()
