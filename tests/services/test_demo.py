"""The throw-away demo vault behind `casedesk demo`."""

from __future__ import annotations

from pathlib import Path

from desktop.services.accounts.service import AccountService
from desktop.services.cases.reads import CaseReads
from desktop.synthetic.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, build_demo_vault
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault


def test_demo_vault_has_one_working_account_per_role(tmp_path: Path, config, escrow_pair) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(VaultPaths(tmp_path / "demo"), config)
    accounts = build_demo_vault(vault, escrow_pair.public)
    assert {a.role_code for a in accounts} == {
        "ADMINISTRATOR", "SUPERVISOR", "CASE_WORKER", "FORENSIC_INTERVIEWER", "PARTNER_LIAISON",
        "ME_OFFICER"}
    keyfile = vault.read_keyfile()
    assert not keyfile.device_binding and not any(s.bound for s in keyfile.slots)
    service = AccountService(vault)

    supervisor = service.login("supervisor", DEMO_PASSWORD)
    assert CaseReads(vault).count(supervisor) > 0  # synthetic cases owned by the demo accounts
    service.logout(supervisor)
    for demo in DEMO_ACCOUNTS:
        session = service.login(demo.username, DEMO_PASSWORD)
        assert not session.must_change_password
        assert session.principal.role_code == demo.role_code
        assert session.principal.level == demo.level
        service.logout(session)
    vault.release()


def test_demo_config_has_no_keyring_and_cheap_argon2() -> None:
    """The demo's password is printed and its cases invented: production Argon2 (about 0.8 s,
    seven times at start) would protect nothing there, and only there."""
    from desktop.synthetic.demo import DEMO_KDF, demo_config
    from desktop.vault.crypto import PRODUCTION_KDF

    config = demo_config()
    assert config.kdf == DEMO_KDF and DEMO_KDF.weaker_than(PRODUCTION_KDF)
    assert not config.device.available
