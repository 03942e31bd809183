"""Synthetic cases (`casedesk synth`): counts, references, search, scopes, audit, determinism."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from desktop.models import Agency, AuditEntry, Case, Person, Referral
from desktop.models.base import Base
from desktop.services import policy
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import find_user
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import ValidationError
from desktop.services.user import UserSession
from desktop.synthetic import bulk, roster, synth
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk, EscrowPair

REFERENCE = re.compile(r"^(HS|POL|IMM|NGO)-20(1[6-9]|2[0-6])-\d{6}$")


def as_user(vault: Vault, username: str) -> UserSession:
    """A second session on the same unlocked vault (services are per call)."""
    with vault.session() as s:
        principal = policy.principal_of(find_user(s, username))
    return UserSession(principal, must_change_password=False)


def digest(vault: Vault) -> list[tuple[object, ...]]:
    with vault.session() as s:
        return [tuple(row) for row in s.execute(text(
            "SELECT c.reference, p.given_names, p.family_names, p.date_of_birth, c.status, "
            "c.identification_status, c.district, c.created_at, c.owner_id, "
            "(SELECT group_concat(text, '|') FROM case_notes n WHERE n.case_id = c.id), "
            "(SELECT group_concat(kind || ':' || code) FROM case_codes k WHERE k.case_id = c.id) "
            "FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY c.id"))]


def test_fill_writes_consistent_searchable_scoped_cases(desk: Desk) -> None:
    done: list[int] = []
    report = synth.fill(desk.vault, 300, progress=done.append, user=desk.admin)
    assert report.cases == 300 and done[-1] == 300
    assert report.users_created == len(roster.ROSTER)
    with desk.vault.session() as s:
        for table, written in report.rows.items():
            assert s.scalar(select(func.count()).select_from(Base.metadata.tables[table])) == written
        references = list(s.scalars(select(Case.reference)))
        assert len(references) == len(set(references)) == 300
        assert all(REFERENCE.match(r) for r in references)
        assert s.scalar(text("SELECT count(*) FROM case_search")) == 300
        assert s.scalar(select(func.count(Person.id))) == 300
        owners = {code for (code,) in s.execute(select(Agency.code).join(
            Case, Case.owning_agency_id == Agency.id).distinct())}
        assert owners == {"HS", "POL", "IMM", "NGO"}
        pol = s.scalar(select(Agency.id).where(Agency.code == "POL"))
        referred = set(s.scalars(select(Referral.case_id).where(
            Referral.recipient_agency_id == pol, Referral.status != "DRAFT")))
        drafts_only = set(s.scalars(select(Referral.case_id).where(
            Referral.recipient_agency_id == pol, Referral.status == "DRAFT"))) - referred
        audit_rows = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "synth")).all()
    assert [a.detail for a in audit_rows] == [
        "synthetic fill started: 300 cases (seed 2026)",
        "synthetic cases committed: 300 of 300 (seed 2026)", "synthetic cases: 300 (seed 2026)"]
    assert referred and drafts_only

    cases = CaseService(desk.vault)

    reads = CaseReads(desk.vault)
    supervisor = as_user(desk.vault, "hs.sup1")
    found = reads.search(supervisor, "garcia", limit=500)
    assert found and all(row.agency_code == "HS" for row in found)
    assert any("García" in row.name for row in found)
    assert reads.search(supervisor, "GARCÍA", limit=500) == found

    liaison = as_user(desk.vault, "pol.liaison1")
    listed = {row.id for row in reads.list_page(liaison, limit=500)}
    assert listed == referred and not listed & drafts_only
    assert reads.count(liaison) == len(referred)

    # the case service continues the numbering after synthetic references of this year
    worker = as_user(desk.vault, "hs.cw1")
    new = cases.create(worker, NewCase("Rosa", "Pop", "FEMALE"))
    assert new.reference not in references and REFERENCE.match(new.reference)
    assert desk.maintenance.verify(desk.admin).ok


def test_second_fill_continues_references_without_new_accounts(desk: Desk) -> None:
    synth.fill(desk.vault, 120, user=desk.admin)
    again = synth.fill(desk.vault, 80, seed=7, user=desk.admin)
    assert again.users_created == 0
    with desk.vault.session() as s:
        references = list(s.scalars(select(Case.reference)))
    assert len(references) == len(set(references)) == 200


def test_same_seed_same_vault_content(desk: Desk, tmp_path: Path, config: VaultConfig,
                                      escrow_pair: EscrowPair) -> None:
    synth.fill(desk.vault, 150, seed=11, user=desk.admin)
    other = Vault(VaultPaths(tmp_path / "second"), config)
    accounts = AccountService(other)
    session = accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public)
    try:
        synth.fill(other, 150, seed=11, user=session)
        assert digest(other) == digest(desk.vault)
        third = Vault(VaultPaths(tmp_path / "third"), config)
        session3 = AccountService(third).create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD,
                                                      escrow_pair.public)
        synth.fill(third, 150, seed=12, user=session3)
        assert digest(third) != digest(desk.vault)
        third.release()
    finally:
        other.release()


def test_without_staff_or_with_a_bad_count_it_refuses(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        synth.fill(desk.vault, 0, user=desk.admin)
    with pytest.raises(ValidationError):  # no session: nobody may be created to own the cases
        synth.fill(desk.vault, 10)


def test_bulk_rows_are_stored_exactly_as_sqlalchemy_stores_them(desk: Desk) -> None:
    """The tuples `synth` hands to the driver give the very values an ORM/Core insert gives
    (dates, times with microseconds, booleans, defaults), so both kinds of rows sort and compare
    alike."""
    table = Base.metadata.tables["persons"]
    row = {"given_names": "Zoë", "family_names": "Núñez", "sex": "FEMALE",
           "date_of_birth": date(1999, 2, 3), "age_estimated_on": None,
           "interpreter_needed": True, "citizenships": "BZ", "languages": "spa"}
    with desk.vault.session() as s, s.begin():
        s.execute(insert(table), [{"id": 901, **row}])
        writer = bulk.TableWriter(table, s.connection().dialect, {"id": 902, **row})
        writer.write(s.connection().connection.driver_connection, [{"id": 902, **row}])
        columns = ", ".join(f"quote({c.name})" for c in table.columns if c.name != "id")
        first, second = (tuple(s.execute(text(f"SELECT {columns} FROM persons WHERE id = {i}")).one())
                         for i in (901, 902))
    assert first == second
    stamp = datetime(2024, 5, 6, 7, 8, 9, 10)
    with desk.vault.session() as s:
        dialect = s.connection().dialect
        cases = bulk.TableWriter(Base.metadata.tables["cases"], dialect,
                                 {"id": 1, "created_at": stamp, "closed_at": None})
    assert cases.tuples([{"id": 1, "created_at": stamp, "closed_at": None}])[0][:3] == (
        1, "2024-05-06 07:08:09.000010", None)
    assert cases.tuples([{"id": 2, "created_at": stamp.replace(microsecond=0),  # not sqlite3's
                          "closed_at": stamp}])[0][:3] == (  # "2024-05-06 07:08:09"
        2, "2024-05-06 07:08:09.000000", "2024-05-06 07:08:09.000010")
    notes = bulk.TableWriter(Base.metadata.tables["case_notes"], dialect,  # a uuid per row
                             {"case_id": 1, "text": "x"})
    at = notes.sql.split("(")[1].split(")")[0].split(", ").index("uuid")
    uuids = [row[at] for row in notes.tuples([{"case_id": 1, "text": "x"}] * 3)]
    assert len({bytes(u) for u in uuids}) == 3 and all(len(bytes(u)) == 16 for u in uuids)
    dice = bulk.Dice(5)
    draws = [dice.randint(3, 5) for _ in range(2000)] + [dice.randrange(4) for _ in range(2000)]
    assert set(draws[:2000]) == {3, 4, 5} and set(draws[2000:]) == {0, 1, 2, 3}
    assert [bulk.Dice(5).choice("abc") for _ in range(3)] == [bulk.Dice(5).choice("abc")] * 3
