"""The throw-away demo vault: one account per role with a known password (`casedesk demo`)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.accounts.service import AccountService, NewUser
from desktop.vault.vault import Vault

DEMO_PASSWORD = "Demo-Toucan-2026!"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role_code: str
    agency_code: str
    level: int


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "Marisol Chan", "ADMINISTRATOR", "HS", 3),
    DemoAccount("supervisor", "Carmen Novelo", "SUPERVISOR", "HS", 3),
    DemoAccount("caseworker", "Ana Xiu", "CASE_WORKER", "HS", 2),
    DemoAccount("interviewer", "Luis Coc", "FORENSIC_INTERVIEWER", "HS", 3),
    DemoAccount("liaison", "Dwayne Flowers", "PARTNER_LIAISON", "POL", 1),
    DemoAccount("meofficer", "Priya Ramírez", "ME_OFFICER", "MHD", 1),
)


DEMO_CASES = 600


def build_demo_vault(vault: Vault, escrow_public: bytes,
                     cases: int = DEMO_CASES) -> tuple[DemoAccount, ...]:
    """Create the vault without device binding (a demo runs anywhere) and every demo account
    with DEMO_PASSWORD already set, so nobody is asked to change it."""
    accounts = AccountService(vault)
    admin = DEMO_ACCOUNTS[0]
    admin_session = accounts.create_vault(admin.username, admin.display_name, DEMO_PASSWORD,
                                    escrow_public, agency_code=admin.agency_code,
                                    device_binding=False)
    for demo in DEMO_ACCOUNTS[1:]:
        accounts.create_user(admin_session, NewUser(demo.username, demo.display_name, demo.role_code,
                                              demo.agency_code, demo.level),
                             known_password=DEMO_PASSWORD)
    if cases:
        from desktop.synthetic.synth import fill  # the demo shows synthetic cases owned by the demo accounts

        fill(vault, cases, user=None)
    accounts.logout(admin_session)
    return DEMO_ACCOUNTS
