"""Seed data written into every new vault: actions, scopes, roles, the council's organisations.

The access policy is data: each role's actions and record scope are rows in `roles` and
`role_actions`, seeded from here and editable later without a release.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    """Which case records a role reaches."""

    OWN = "OWN"  # cases the user owns or is assigned to
    GROUP = "GROUP"  # ... plus cases of fellow members of the user's groups
    AGENCY = "AGENCY"  # every case owned by the user's agency
    REFERRED = "REFERRED"  # cases referred to the user's agency
    ALL = "ALL"
    NONE = "NONE"  # no case records at all (administration, aggregate statistics)


class Action(StrEnum):
    CASE_CREATE = "case.create"
    CASE_VIEW = "case.view"
    CASE_EDIT = "case.edit"
    CASE_ASSIGN = "case.assign"
    CASE_APPROVE_CLOSURE = "case.approve_closure"
    INTERVIEW_CONDUCT = "interview.conduct"
    INTERVIEW_APPROVE = "interview.approve"
    REFERRAL_CREATE = "referral.create"
    REFERRAL_PRINT = "referral.print"
    REFERRAL_RESPOND = "referral.respond"
    CONSENT_OVERRIDE = "consent.override"
    EXPORT_IDENTIFIABLE = "export.identifiable"
    STATISTICS_VIEW = "statistics.view"
    STATISTICS_EXPORT = "statistics.export"
    PREVENTION_MANAGE = "prevention.manage"
    USERS_MANAGE = "users.manage"
    ROLES_MANAGE = "roles.manage"
    AGENCIES_MANAGE = "agencies.manage"
    FORMS_MANAGE = "forms.manage"
    AUDIT_VIEW = "audit.view"
    BACKUP_MANAGE = "backup.manage"
    VAULT_REKEY = "vault.rekey"
    SETTINGS_MANAGE = "settings.manage"
    PEERS_MANAGE = "peers.manage"  # this vault's identity and its trusted peers
    BUNDLE_SYNC = "bundle.sync"  # exchange cases with this organisation's office or field tablets
    BUNDLE_SEND = "bundle.send"  # send cases to, and import them from, a partner organisation


LEVELS = {1: "Standard", 2: "Sensitive", 3: "Restricted"}


@dataclass(frozen=True)
class RoleSeed:
    code: str
    name: str
    scope: Scope
    actions: frozenset[Action]


_CASE_WORK = {Action.CASE_CREATE, Action.CASE_VIEW, Action.CASE_EDIT, Action.REFERRAL_CREATE,
              Action.BUNDLE_SYNC}

ROLES: tuple[RoleSeed, ...] = (
    RoleSeed(
        "ADMINISTRATOR",
        "Administrator",
        Scope.NONE,
        frozenset(
            {
                Action.USERS_MANAGE,
                Action.ROLES_MANAGE,
                Action.AGENCIES_MANAGE,
                Action.FORMS_MANAGE,
                Action.AUDIT_VIEW,
                Action.BACKUP_MANAGE,
                Action.VAULT_REKEY,
                Action.SETTINGS_MANAGE,
                Action.PEERS_MANAGE,
            }
        ),
    ),
    RoleSeed(
        "SUPERVISOR",
        "Supervisor",
        Scope.AGENCY,
        frozenset(
            _CASE_WORK
            | {
                Action.CASE_ASSIGN,
                Action.CASE_APPROVE_CLOSURE,
                Action.INTERVIEW_APPROVE,
                Action.REFERRAL_PRINT,
                Action.CONSENT_OVERRIDE,
                Action.EXPORT_IDENTIFIABLE,
                Action.STATISTICS_VIEW,
                Action.BUNDLE_SEND,
            }
        ),
    ),
    RoleSeed("CASE_WORKER", "Case worker", Scope.OWN, frozenset(_CASE_WORK)),
    RoleSeed(
        "FORENSIC_INTERVIEWER",
        "Forensic interviewer",
        Scope.OWN,
        frozenset({Action.CASE_VIEW, Action.INTERVIEW_CONDUCT, Action.BUNDLE_SYNC}),
    ),
    RoleSeed(
        "PARTNER_LIAISON",
        "Partner liaison",
        Scope.REFERRED,
        frozenset({Action.CASE_VIEW, Action.REFERRAL_RESPOND}),
    ),
    RoleSeed(
        "ME_OFFICER",
        "M&E officer",
        Scope.NONE,
        frozenset({Action.STATISTICS_VIEW, Action.STATISTICS_EXPORT, Action.PREVENTION_MANAGE}),
    ),
)


@dataclass(frozen=True)
class AgencySeed:
    code: str
    name: str
    kind: str  # HTCDS organisation type
    council_member: bool = True


AGENCIES: tuple[AgencySeed, ...] = (
    AgencySeed("MHD", "Ministry of Human Development, Families and Indigenous Peoples' Affairs",
               "NON_POLICE_GOVERNMENT"),
    AgencySeed("HS", "Department of Human Services", "NON_POLICE_GOVERNMENT"),
    AgencySeed("MFA", "Ministry of Foreign Affairs", "NON_POLICE_GOVERNMENT"),
    AgencySeed("AG", "Attorney General's Ministry", "COURT_OR_PROSECUTION"),
    AgencySeed("IMM", "Immigration Department", "NON_POLICE_GOVERNMENT"),
    AgencySeed("DPP", "Office of the Director of Public Prosecutions", "COURT_OR_PROSECUTION"),
    AgencySeed("POL", "Police Department (ATIPs unit)", "POLICE"),
    AgencySeed("LAB", "Labour Department", "NON_POLICE_GOVERNMENT"),
    AgencySeed("CUS", "Customs Department", "NON_POLICE_GOVERNMENT"),
    AgencySeed("MOH", "Ministry of Health", "NON_POLICE_GOVERNMENT"),
    AgencySeed("BTB", "Belize Tourism Board", "NON_POLICE_GOVERNMENT"),
    AgencySeed("NCFC", "National Committee for Families and Children", "NON_POLICE_GOVERNMENT"),
    AgencySeed("NGO", "Non-governmental organisations (council members)", "NGO"),
    AgencySeed("IOM", "International Organization for Migration", "OTHER", council_member=False),
    AgencySeed("CON-SV", "Consulate of El Salvador", "OTHER", council_member=False),
    AgencySeed("CON-GT", "Consulate of Guatemala", "OTHER", council_member=False),
    AgencySeed("CON-HN", "Consulate of Honduras", "OTHER", council_member=False),
    AgencySeed("CON-MX", "Consulate of Mexico", "OTHER", council_member=False),
)

GROUPS: tuple[tuple[str, str], ...] = (
    ("OPERATIONS", "Operations Committee"),
    ("IEC", "Information, Education and Communications Committee"),
    ("ME", "Monitoring and Evaluation Committee"),
)
