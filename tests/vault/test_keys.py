"""Key design: K1–K7 of docs/SECURITY.md, each proven against a real SQLCipher vault."""

from __future__ import annotations

import json
import stat

import pytest
import sqlcipher3

from desktop.services.accounts.users import NewUser
from desktop.vault import crypto
from desktop.vault import engine as sqlc
from desktop.vault import keyfile as kf
from desktop.vault.crypto import PRODUCTION_KDF, TEST_KDF
from desktop.vault.device import SERVICE, DeviceSecrets
from desktop.vault.errors import (
    DeviceSecretUnavailable,
    EscrowError,
    KeyFileCorrupt,
    VaultExists,
    WrongCredentials,
)
from desktop.vault.vault import Vault, VaultConfig

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk


def db_bytes(desk: Desk) -> bytes:
    return desk.paths.database.read_bytes()


# -- K1 ---------------------------------------------------------------------------------------
def test_k1_raw_key_is_hex_checked_and_never_a_passphrase() -> None:
    assert sqlc.key_pragma(b"\x01" * 32) == "PRAGMA key = \"x'" + "01" * 32 + "'\""
    for bad in (b"", b"\x00" * 31, b"\x00" * 33):
        with pytest.raises(ValueError):
            sqlc.key_pragma(bad)
    with pytest.raises(ValueError) as caught:
        sqlc.key_pragma(b"secret-key-bytes")
    assert "secret" not in str(caught.value)


def test_k1_database_key_is_32_random_bytes_and_file_has_no_plaintext(desk: Desk) -> None:
    dek = desk.vault._dek_copy()
    assert len(dek) == 32 and dek != b"\x00" * 32
    raw = db_bytes(desk)
    assert not raw.startswith(b"SQLite format 3")
    assert b"Ana Admin" not in raw and b"admin" not in raw
    # the key opens the file as a raw key with SQLCipher's own KDF bypassed
    connection = sqlcipher3.dbapi2.connect(str(desk.paths.database))
    connection.execute(sqlc.key_pragma(dek))
    assert connection.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    connection.close()


def test_k1_engine_url_and_errors_carry_no_key(desk: Desk) -> None:
    dek_hex = desk.vault._dek_copy().hex()
    assert dek_hex not in str(desk.vault.engine.url)
    assert dek_hex not in repr(desk.vault.engine)


# -- K2 ---------------------------------------------------------------------------------------
def test_k2_settings_asserted_and_no_connection_survives_lock(desk: Desk) -> None:
    with desk.vault.raw_connection() as connection:
        assert connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        # memory security is off by default (SQLCipher's own default since 4.5.0, for its cost)
        assert connection.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert connection.execute("PRAGMA cache_size").fetchone()[0] == -sqlc.CACHE_KIB
    engine = desk.vault.engine
    with desk.vault.session() as s:
        s.execute(sqlc_text("SELECT 1"))
    assert engine.pool.checkedin() >= 1
    desk.accounts.lock(desk.admin)
    assert engine.pool.checkedin() == 0
    assert not desk.vault.is_unlocked
    with pytest.raises(Exception, match="locked"):
        desk.vault.session()


def sqlc_text(statement: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(statement)


def test_k2_wrong_key_fails_fast_on_the_probe(desk: Desk) -> None:
    with pytest.raises(WrongCredentials):
        sqlc.connect(desk.paths.database, b"\x07" * 32)


# -- K3 ---------------------------------------------------------------------------------------
def test_k3_wrong_password_fails_closed_and_changes_nothing(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    before = db_bytes(desk)
    with pytest.raises(WrongCredentials, match="Wrong username or password"):
        desk.accounts.login(ADMIN, "not the password at all")
    with pytest.raises(WrongCredentials):
        desk.accounts.login("nobody", ADMIN_PASSWORD)
    assert db_bytes(desk) == before
    assert not desk.vault.is_unlocked


def test_k3_wrong_device_secret_fails_closed(desk: Desk, keyring) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.logout(desk.admin)
    vault_id = desk.vault.read_keyfile().vault_id
    keyring.entries[(SERVICE, vault_id)] = crypto.b64(b"\x09" * 32)
    with pytest.raises(WrongCredentials):
        desk.accounts.login(ADMIN, ADMIN_PASSWORD)


@pytest.mark.parametrize("field", ["kdf", "bound", "user", "public", "salt"])
def test_k3_edited_slot_header_fails_closed(desk: Desk, field: str) -> None:
    """An edit that also rewrites the header's checksum (anyone can) still fails on the AEAD;
    an edit without it is named as damage (tests/vault/test_key_file_messages.py)."""
    desk.accounts.logout(desk.admin)
    data = json.loads(desk.paths.keyfile.read_text())
    header = data["slots"][0]["header"]
    if field == "kdf":
        header["kdf"]["t"] += 1
    elif field == "bound":
        header["bound"] = False
    elif field == "user":
        header["user"] = "0" * 64
    elif field == "public":
        header["public"] = crypto.b64(crypto.new_keypair()[1])
    else:
        header["salt"] = crypto.b64(b"\x00" * 16)
    data["slots"][0]["check"] = kf.header_check(header)
    desk.paths.keyfile.write_text(json.dumps(data))
    with pytest.raises(WrongCredentials):
        desk.accounts.login(ADMIN, ADMIN_PASSWORD)


def test_k3_garbage_key_file_is_reported_not_repaired(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    desk.paths.keyfile.write_text("{not json")
    before = db_bytes(desk)
    with pytest.raises(KeyFileCorrupt, match="damaged"):
        desk.accounts.login(ADMIN, ADMIN_PASSWORD)
    assert desk.paths.keyfile.read_text() == "{not json"
    assert db_bytes(desk) == before


def test_k3_existing_vault_is_never_recreated(desk: Desk, escrow_pair) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.logout(desk.admin)
    before, keys = db_bytes(desk), desk.paths.keyfile.read_bytes()
    again = desk.reopen()
    with pytest.raises(VaultExists):
        again.accounts.create_vault("second", "Second", "Another-Long-Password-9", escrow_pair.public)
    assert db_bytes(desk) == before and desk.paths.keyfile.read_bytes() == keys
    again.vault.release()


# -- K4 ---------------------------------------------------------------------------------------
def test_k4_key_file_owner_only_atomic_and_without_names(desk: Desk) -> None:
    desk.accounts.create_user(desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"))
    mode = stat.S_IMODE(desk.paths.keyfile.stat().st_mode)
    assert mode == 0o600
    text = desk.paths.keyfile.read_text()
    assert "maria" not in text and "admin" not in text.replace("administrator", "")
    assert "García" not in text and "Garc" not in text
    assert not list(desk.paths.root.glob(".casedesk.keys.*.tmp"))
    data = json.loads(text)
    for slot in data["slots"]:
        assert set(slot["header"]["kdf"]) == {"alg", "m", "t", "p"}
        assert len(slot["header"]["user"]) == 64  # an HMAC, not a name


def test_k4_weak_slot_parameters_are_upgraded_on_unlock(desk: Desk, keyring, clock) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    stronger = crypto.KdfParams(TEST_KDF.memory_kib * 2, TEST_KDF.time_cost + 1, 1)
    vault = Vault(desk.paths, VaultConfig(DeviceSecrets(keyring), stronger, clock))
    from desktop.services.accounts.service import AccountService

    session = AccountService(vault).login(ADMIN, ADMIN_PASSWORD)
    slot = vault.read_keyfile().slots[0]
    assert slot.kdf == stronger
    from desktop.services import audit

    with vault.session() as s:
        assert any(e.action == "kdf.upgrade" for e in audit.entries(s))
    AccountService(vault).logout(session)
    vault.release()
    assert PRODUCTION_KDF.memory_kib >= 256 * 1024 and PRODUCTION_KDF.time_cost >= 3
    assert PRODUCTION_KDF.parallelism == 4


# -- K5 ---------------------------------------------------------------------------------------
def test_k5_password_change_rewraps_one_slot_and_leaves_database_bytes(desk: Desk) -> None:
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"))
    desk.accounts.logout(desk.admin)
    session = desk.login("maria", temporary)
    assert session.must_change_password
    desk.vault.engine.dispose()
    with desk.vault.raw_connection() as c:
        sqlc.checkpoint(c)
    keys_before = json.loads(desk.paths.keyfile.read_text())
    before = db_bytes(desk)
    desk.vault.slots.change_password("maria", temporary, "Mango season in Cayo 2026")
    assert db_bytes(desk) == before
    keys_after = json.loads(desk.paths.keyfile.read_text())
    admin_slot = lambda d: [s for s in d["slots"] if s["header"]["bound"]]  # noqa: E731
    assert admin_slot(keys_before)[0] == admin_slot(keys_after)[0]
    desk.accounts.logout(session)
    desk.accounts.logout(desk.login("maria", "Mango season in Cayo 2026"))
    with pytest.raises(WrongCredentials):
        desk.login("maria", temporary)


def test_k5_rotation_makes_the_old_key_fail_and_keeps_every_slot(desk: Desk) -> None:
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"))
    old_dek = desk.vault._dek_copy()
    desk.maintenance.rekey(desk.admin)
    new_dek = desk.vault._dek_copy()
    assert new_dek != old_dek
    with pytest.raises(WrongCredentials):
        sqlc.connect(desk.paths.database, old_dek)
    assert desk.maintenance.verify(desk.admin).ok
    desk.accounts.logout(desk.admin)
    desk.login("maria", temporary)
    desk.accounts.logout(desk.admin)
    assert kf.open_escrow(desk.vault.read_keyfile(), desk.escrow.private) == new_dek
    assert not list(desk.paths.root.glob(".rekey-*"))
    assert not (desk.paths.root / "casedesk.keys.next").exists()


def test_k5_rotation_interrupted_before_the_key_file_is_promoted(desk: Desk) -> None:
    """A crash between the database swap and the key file swap must not lose the vault."""
    from desktop.vault import rotation

    old = desk.vault._dek_copy()
    desk.vault.lock()
    keyfile = desk.vault.read_keyfile()
    new_dek = crypto.random_key()
    target = rotation.temp_database_path(desk.paths, "rekey")
    source = sqlc.connect(desk.paths.database, old)
    rotation.reencrypt_copy(source, old, target, bytes(new_dek))
    source.close()
    rotation.reseal_all(keyfile, bytes(new_dek))
    kf.write_keyfile(rotation.next_keyfile_path(desk.paths), keyfile)
    import os

    os.replace(target, desk.paths.database)  # ... and the process dies here
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    assert desk.vault._dek_copy() == bytes(new_dek)
    assert not rotation.next_keyfile_path(desk.paths).exists()
    assert desk.maintenance.verify(session).ok


# -- K6 ---------------------------------------------------------------------------------------
def test_k6_missing_device_secret_fails_closed_and_is_not_regenerated(desk: Desk, keyring) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.logout(desk.admin)
    keyring.entries.clear()
    with pytest.raises(DeviceSecretUnavailable, match="recover"):
        desk.accounts.login(ADMIN, ADMIN_PASSWORD)
    assert keyring.entries == {}


def test_k6_locked_or_absent_keyring_fails_closed(desk: Desk, keyring) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.logout(desk.admin)
    keyring.locked = True
    with pytest.raises(DeviceSecretUnavailable):
        desk.accounts.login(ADMIN, ADMIN_PASSWORD)
    desk.vault.release()
    no_keyring = Vault(desk.paths, VaultConfig.for_tests(DeviceSecrets(None)))
    with pytest.raises(DeviceSecretUnavailable):
        no_keyring.unlock(ADMIN, ADMIN_PASSWORD)
    no_keyring.release()


def test_k6_temporary_slot_is_unbound_until_the_user_sets_a_password(desk: Desk) -> None:
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"))
    keyfile = desk.vault.read_keyfile()
    assert keyfile.slot_for("maria").bound is False
    assert keyfile.slot_for(ADMIN).bound is True
    desk.accounts.logout(desk.admin)
    session = desk.login("maria", temporary)
    desk.accounts.change_password(session, temporary, "Mango season in Cayo 2026")
    assert desk.vault.read_keyfile().slot_for("maria").bound is True


def test_k6_no_device_binding_is_explicit_and_audited(tmp_path, config, escrow_pair) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import audit
    from desktop.services.accounts.service import AccountService
    from desktop.vault.paths import VaultPaths

    vault = Vault(VaultPaths(tmp_path / "unbound"), config)
    accounts = AccountService(vault)
    session = accounts.create_vault(ADMIN, "Ana Admin", ADMIN_PASSWORD, escrow_pair.public,
                                    device_binding=False)
    assert vault.read_keyfile().device_binding is False
    assert not any(s.bound for s in vault.read_keyfile().slots)
    with vault.session() as s:
        created = [e for e in audit.entries(s) if e.action == "vault.create"]
    assert "device binding OFF" in created[0].detail
    accounts.logout(session)
    vault.release()


# -- K7 ---------------------------------------------------------------------------------------
def test_k7_recovery_round_trip(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    session = desk.maintenance.recover(desk.escrow.private, ADMIN, "Fresh start at the Cayes 9")
    from desktop.services import audit

    with desk.vault.session() as s:
        assert audit.entries(s)[0].action == "recovery"
    desk.accounts.logout(session)
    with pytest.raises(WrongCredentials):
        desk.login(ADMIN, ADMIN_PASSWORD)
    session = desk.login(ADMIN, "Fresh start at the Cayes 9")
    assert desk.maintenance.verify(session).ok


def test_k7_wrong_escrow_key_or_passphrase_is_refused(desk: Desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.vault import escrow

    desk.accounts.logout(desk.admin)
    with pytest.raises(EscrowError, match="passphrase"):
        escrow.open_private(desk.escrow.private_file, "not the passphrase!")
    other, _ = crypto.new_keypair()
    with pytest.raises(EscrowError):
        desk.maintenance.recover(other, ADMIN, "Fresh start at the Cayes 9")
    assert not desk.vault.is_unlocked


def test_k7_recovery_secret_never_stays_in_the_vault_folder(desk: Desk) -> None:
    names = [p.name for p in desk.paths.root.rglob("*")]
    assert not any("escrow" in n for n in names)
    text = desk.paths.keyfile.read_text()
    assert crypto.b64(desk.escrow.private) not in text
