"""Accounts and sessions: U2–U5, user administration and the policy's data."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.seed import ROLES, Action, Scope
from desktop.services import audit
from desktop.services.accounts import passwords
from desktop.services.accounts.users import NewUser
from desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ReauthenticationRequired,
    ValidationError,
)
from desktop.vault.errors import AccountDisabled, Throttled, WrongCredentials

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk

GOOD = "Mango season in Cayo 2026"


# -- U3 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("candidate", "message"),
    [
        ("short-pw-1", "at least 12"),
        ("x" * 129, "at most 128"),
        ("password1234", "common passwords"),
        ("qwertyuiop123", "common passwords"),
        ("1234abcd1234abcd", "too easy"),
        ("aaaaaaaaaaaaaaaa", "too few different"),
        ("maria.garcia.rocks!", "username"),
    ],
)
def test_u3_password_policy_refuses_with_a_reason(candidate: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        passwords.check(candidate, "maria.garcia")


def test_u3_long_passphrases_any_characters_and_nfkc() -> None:
    assert passwords.check("ü" * 2 + "Caye Caulker at dawn " * 5 + "ñ", "x")
    long = "Toledo district cacao farm, Punta Gorda, San Antonio village " * 3
    assert len(passwords.check(long[:128], "x")) == 128
    # full-width digits typed on another keyboard normalise to the same password
    assert passwords.check("Ｔａｐｉｒ-Jaguar-Ceiba-77") == "Tapir-Jaguar-Ceiba-77"
    hint = passwords.strength("correct horse battery staple")
    assert hint.acceptable and hint.label in passwords.STRENGTH_LABELS


def test_u3_nfkc_password_unlocks_when_typed_differently(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    session = desk.login(ADMIN, "Ｔａｐｉｒ-Jaguar-Ceiba-77")
    desk.accounts.logout(session)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_u3_policy_never_crashes_and_explains(candidate: str) -> None:
    try:
        normalised = passwords.check(candidate, "someone")
    except ValidationError as error:
        assert str(error).endswith(".") and error.field == "password"
    else:
        assert 12 <= len(normalised) <= 128


# -- U4 ---------------------------------------------------------------------------------------
def test_u4_growing_delay_then_disabled_after_ten_failures(desk: Desk, clock) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.logout(desk.admin)
    waits = []
    for attempt in range(1, 11):
        try:
            desk.login(ADMIN, f"wrong password number {attempt}")
        except Throttled:
            pytest.fail("a wait must be served before the next attempt")
        except (WrongCredentials, AccountDisabled):
            pass
        slot = desk.vault.read_keyfile().slot_for(ADMIN)
        waits.append(slot.state.not_before - clock.now)
        if attempt < 10:
            if waits[-1] > 0:
                with pytest.raises(Throttled) as throttled:
                    desk.login(ADMIN, ADMIN_PASSWORD)
                assert throttled.value.seconds >= 1
            clock.advance(waits[-1])
    assert waits[:2] == [0, 0] and waits[2:9] == sorted(waits[2:9]) and waits[8] > waits[2]
    with pytest.raises(AccountDisabled, match="administrator"):
        desk.login(ADMIN, ADMIN_PASSWORD)


def test_u4_failures_are_audited_on_the_next_successful_unlock(desk: Desk) -> None:
    desk.accounts.logout(desk.admin)
    for _ in range(2):
        with pytest.raises(WrongCredentials):
            desk.login(ADMIN, "not it, not it, not it")
    with pytest.raises(WrongCredentials):
        desk.login("ghost", "not it, not it, not it")
    session = desk.login(ADMIN, ADMIN_PASSWORD)
    with desk.vault.session() as s:
        failed = [e for e in audit.entries(s) if e.action == "login.failed"]
    assert len(failed) == 3
    assert sum(1 for e in failed if e.record_id) == 2
    assert desk.vault.read_keyfile().pending_failures == []
    assert desk.vault.read_keyfile().slot_for(ADMIN).state.failures == 0
    desk.accounts.logout(session)


def test_u4_admin_reset_reenables_a_disabled_account(desk: Desk, clock) -> None:  # type: ignore[no-untyped-def]
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS"))
    desk.accounts.logout(desk.admin)
    for attempt in range(10):
        clock.advance(600)
        with pytest.raises((WrongCredentials, AccountDisabled)):
            desk.login("maria", f"wrong {attempt} wrong wrong")
    with pytest.raises(AccountDisabled):
        desk.login("maria", temporary)
    admin = desk.login(ADMIN, ADMIN_PASSWORD)
    new_temporary = desk.accounts.reset_user(admin, "maria")
    desk.accounts.logout(admin)
    session = desk.login("maria", new_temporary)
    assert session.must_change_password


# -- U2 ---------------------------------------------------------------------------------------
def test_u2_sensitive_actions_need_a_recent_password(desk: Desk) -> None:
    desk.admin.authenticated_at -= 6 * 60
    with pytest.raises(ReauthenticationRequired):
        desk.accounts.create_user(desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))
    with pytest.raises(ReauthenticationRequired):
        desk.maintenance.backup(desk.admin)
    with pytest.raises(ReauthenticationRequired):
        desk.maintenance.rekey(desk.admin)
    with pytest.raises(WrongCredentials):
        desk.accounts.reauthenticate(desk.admin, "wrong password again")
    desk.accounts.reauthenticate(desk.admin, ADMIN_PASSWORD)
    desk.accounts.create_user(desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))


# -- U5 ---------------------------------------------------------------------------------------
def test_u5_core_dumps_are_disabled_at_start(run_cli) -> None:  # type: ignore[no-untyped-def]
    resource = pytest.importorskip("resource")
    run_cli("--version")
    assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


# -- administration ---------------------------------------------------------------------------
def test_temporary_password_must_be_changed_and_then_works(desk: Desk) -> None:
    info, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "María García", "CASE_WORKER", "HS", 2, ("OPERATIONS",)))
    assert info.must_change_password and info.groups == ("OPERATIONS",) and info.level == 2
    desk.accounts.logout(desk.admin)
    session = desk.login("MARIA", temporary)  # usernames are case-insensitive
    assert session.must_change_password and session.principal.role_code == "CASE_WORKER"
    with pytest.raises(ValidationError, match="different"):
        desk.accounts.change_password(session, temporary, temporary)
    with pytest.raises(WrongCredentials, match="current password"):
        desk.accounts.change_password(session, "not the temporary one", GOOD)
    desk.accounts.change_password(session, temporary, GOOD)
    desk.accounts.logout(session)
    assert not desk.login("maria", GOOD).must_change_password


def test_non_administrators_cannot_manage_users(desk: Desk) -> None:
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("sup", "Sup Ervisor", "SUPERVISOR", "HS"))
    desk.accounts.logout(desk.admin)
    session = desk.login("sup", temporary)
    with pytest.raises(PermissionDenied):
        desk.accounts.create_user(session, NewUser("x.y", "X Y", "CASE_WORKER", "HS"))
    with pytest.raises(PermissionDenied):
        desk.accounts.list_users(session)
    with pytest.raises(PermissionDenied):
        desk.maintenance.backup(session)
    with pytest.raises(PermissionDenied):
        desk.maintenance.rekey(session)


def test_disable_removes_the_slot_and_guards_the_last_administrator(desk: Desk) -> None:
    _, temporary = desk.accounts.create_user(
        desk.admin, NewUser("maria", "Maria", "CASE_WORKER", "HS"))
    desk.accounts.disable_user(desk.admin, "maria")
    assert desk.vault.read_keyfile().slot_for("maria") is None
    with pytest.raises(ValidationError, match="your own"):
        desk.accounts.disable_user(desk.admin, ADMIN)
    with pytest.raises(NotFound):
        desk.accounts.disable_user(desk.admin, "nobody")
    desk.accounts.logout(desk.admin)
    with pytest.raises(WrongCredentials):
        desk.login("maria", temporary)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(username=st.text(max_size=80), name=st.text(max_size=200),
       level=st.integers(-5, 10), role=st.sampled_from(["CASE_WORKER", "NOPE", "supervisor"]))
def test_hostile_account_input_is_refused_cleanly(desk: Desk, username: str, name: str,
                                                 level: int, role: str) -> None:
    before = len(desk.accounts.list_users(desk.admin))
    try:
        info, _ = desk.accounts.create_user(desk.admin, NewUser(username, name, role, "HS", level))
    except ValidationError as error:
        assert error.field in {"username", "display_name", "level", "role"}
        assert len(desk.accounts.list_users(desk.admin)) == before
    else:
        assert info.display_name == name.strip() or info.display_name
        assert 1 <= info.level <= 3


def test_roles_are_data_with_actions_and_scope(desk: Desk) -> None:
    from sqlalchemy import select

    from desktop.models import Role

    with desk.vault.session() as s:
        roles = {r.code: r for r in s.scalars(select(Role))}
        assert set(roles) == {r.code for r in ROLES}
        assert roles["PARTNER_LIAISON"].scope == Scope.REFERRED
        assert roles["ADMINISTRATOR"].scope == Scope.NONE
        me = {a.action for a in roles["ME_OFFICER"].actions}
        assert Action.CASE_VIEW not in me and Action.STATISTICS_VIEW in me
    assert desk.admin.principal.can(Action.USERS_MANAGE)
    assert not desk.admin.principal.can(Action.CASE_VIEW)
