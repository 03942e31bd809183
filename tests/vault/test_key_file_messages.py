"""Messages that say what happened to the key file (K3, K4): damage is not a wrong password, a
missing key file is not a missing vault."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.services.accounts.service import NewUser
from desktop.vault import crypto
from desktop.vault import keyfile as kf
from desktop.vault.errors import (
    DatabaseMissing,
    KeyFileCorrupt,
    KeyFileMissing,
    SlotDamaged,
    WrongCredentials,
)

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk

P = ADMIN_PASSWORD + "\n"


def edit_keyfile(desk: Desk, change: Any) -> bytes:
    """Apply `change(data)` to the key file as JSON, as an editor would; returns the new bytes."""
    data = json.loads(desk.paths.keyfile.read_text())
    change(data)
    desk.paths.keyfile.write_text(json.dumps(data))
    return desk.paths.keyfile.read_bytes()


def admin_slot(data: dict[str, Any]) -> dict[str, Any]:
    return data["slots"][0]  # type: ignore[no-any-return]


EDITS = {
    "kdf passes": lambda h: h["kdf"].update(t=h["kdf"]["t"] + 1),
    "kdf memory": lambda h: h["kdf"].update(m=h["kdf"]["m"] * 2),
    "salt": lambda h: h.update(salt=crypto.b64(b"\x01" * 16)),
    "binding": lambda h: h.update(bound=not h["bound"]),
    "public key": lambda h: h.update(public=crypto.b64(crypto.new_keypair()[1])),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_k3_edited_slot_header_is_the_key_file_damaged_not_a_wrong_password(
        desk: Desk, edit: str) -> None:
    desk.accounts.logout(desk.admin)
    database = desk.paths.database.read_bytes()
    edited = edit_keyfile(desk, lambda d: EDITS[edit](admin_slot(d)["header"]))
    for password in (ADMIN_PASSWORD, "a wrong password, typed"):  # the check involves no secret:
        with pytest.raises(SlotDamaged, match="The key file is damaged"):  # no oracle on it
            desk.accounts.login(ADMIN, password)
    assert issubclass(SlotDamaged, KeyFileCorrupt)
    assert desk.paths.keyfile.read_bytes() == edited  # nothing rewritten, no failure counted
    assert desk.paths.database.read_bytes() == database
    assert not desk.vault.is_unlocked


BAD_FIELDS = {
    "memory below 8 KiB per lane": lambda s: s["header"]["kdf"].update(m=8, p=4),
    "memory beyond 2 GiB": lambda s: s["header"]["kdf"].update(m=64 * 1024 * 1024),
    "no passes": lambda s: s["header"]["kdf"].update(t=0),
    "passes as text": lambda s: s["header"]["kdf"].update(t="5"),
    "another algorithm": lambda s: s["header"]["kdf"].update(alg="scrypt"),
    "salt not base64": lambda s: s["header"].update(salt="%%%"),
    "salt too short": lambda s: s["header"].update(salt=crypto.b64(b"\x00" * 4)),
    "public key too short": lambda s: s["header"].update(public=crypto.b64(b"\x00" * 31)),
    "binding not a boolean": lambda s: s["header"].update(bound="yes"),
    "slot of another vault": lambda s: s["header"].update(vault="0" * 32),
    "nonce too long": lambda s: s["private"].update(nonce=crypto.b64(b"\x00" * 16)),
}


@pytest.mark.parametrize("field", sorted(BAD_FIELDS))
def test_k3_malformed_or_out_of_bounds_fields_are_damage(desk: Desk, field: str) -> None:
    """Refused when the file is read, before any Argon2 run: an edited 4 GiB cost must not
    stall the workstation, and a malformed field is no 'unexpected error'."""
    desk.accounts.logout(desk.admin)
    edit_keyfile(desk, lambda d: BAD_FIELDS[field](admin_slot(d)))
    with pytest.raises(KeyFileCorrupt, match="damaged"):
        desk.accounts.login(ADMIN, ADMIN_PASSWORD)


def test_k4_key_file_without_checksums_still_opens_and_gains_them(desk: Desk) -> None:
    """Key files written before the checksum existed keep working; the checksum is added once
    the header has authenticated."""
    desk.accounts.logout(desk.admin)
    edit_keyfile(desk, lambda d: admin_slot(d).pop("check"))
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    slot = json.loads(desk.paths.keyfile.read_text())["slots"][0]
    assert slot["check"] == kf.header_check(slot["header"])
    desk.accounts.logout(session)


def test_k3_damaged_slot_of_one_account_is_named_in_verify(desk: Desk) -> None:
    desk.accounts.create_user(desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))
    maria = kf.read_keyfile(desk.paths.keyfile).slot_for("maria")
    assert maria is not None
    edit_keyfile(desk, lambda d: next(s for s in d["slots"] if s["header"]["slot"] ==
                                      maria.slot_id)["header"]["kdf"].update(t=9))
    check = next(c for c in desk.maintenance.verify(desk.admin).checks if c.name == "key file")
    assert not check.ok
    assert f"slot {maria.slot_id} was edited or damaged" in check.detail


def test_missing_key_file_beside_the_database_says_so_and_how_to_restore(
        desk: Desk, run_cli) -> None:  # type: ignore[no-untyped-def]
    backup = desk.maintenance.backup(desk.admin)
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    desk.paths.keyfile.unlink()
    database = desk.paths.database.read_bytes()
    result = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P, data_dir=desk.paths.root)
    assert result.code == 1
    assert result.err.startswith("casedesk: The vault database is in the data directory, but "
                                 "its key file (casedesk.keys) is missing")
    assert "casedesk restore" in result.err and result.err.count("\n") == 1
    assert "create one with" not in result.err.lower()
    assert desk.paths.database.read_bytes() == database  # nothing created over it
    again = desk.reopen()
    with pytest.raises(KeyFileMissing):
        again.login(ADMIN, ADMIN_PASSWORD)
    again.vault.release()
    restored = run_cli("restore", str(backup.path), "-u", ADMIN, "--password-stdin", stdin=P,
                       data_dir=desk.paths.root)
    assert restored.code == 0, restored.err
    assert run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P,
                   data_dir=desk.paths.root).code == 0


def test_missing_database_beside_the_key_file_says_so_and_restores(
        desk: Desk, run_cli) -> None:  # type: ignore[no-untyped-def]
    backup = desk.maintenance.backup(desk.admin)
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    desk.paths.database.unlink()
    keys = desk.paths.keyfile.read_bytes()
    again = desk.reopen()
    with pytest.raises(DatabaseMissing, match=r"vault database \(casedesk.db\) is missing"):
        again.login(ADMIN, ADMIN_PASSWORD)
    again.vault.release()
    assert desk.paths.keyfile.read_bytes() == keys
    restored = run_cli("restore", str(backup.path), "-u", ADMIN, "--password-stdin", stdin=P,
                       data_dir=desk.paths.root)
    assert restored.code == 0, restored.err
    again = desk.reopen()
    with pytest.raises(WrongCredentials):  # the live key file (current passwords) was kept
        again.login(ADMIN, "not the password")
    session = again.login(ADMIN, ADMIN_PASSWORD)
    again.accounts.logout(session)
    again.vault.release()
