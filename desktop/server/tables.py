"""Every table of the schema, as the server's row-level security sees it.

This mirrors the application's policy without importing it (the services sit above this
package): which section of `models.vocab.SECTION_LEVELS` each case table holds, how its rows
reach a case, and which role actions may write it. `tests/server/test_tables.py` checks the
mirror against `services/cases/sections.py` and `services/policy.py`, and that every table of
the schema is classified: a table nobody classified gets row-level security with no policy, so
nobody reads it until someone decides (fail closed).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.cases import Person
from desktop.models.vocab import SECTION_LEVELS

#: The repeatable sections' names (services/cases/sections.py SECTIONS) and the SECTION_LEVELS key
#: each is read under; history rows name these sections too.
SECTION_KEYS: dict[str, str] = {
    "events": "exploitation", "perpetrators": "perpetrators", "services": "services",
    "shelter": "shelter", "consent": "consent", "justice": "justice",
    "repatriation": "repatriation",
}

CASE_EDIT = ("case.edit",)
INTERVIEWS = ("interview.conduct", "interview.approve")


def section_level(section: str) -> int:
    """The level that reads a section, as `CaseReads.history` decides it (unknown: 3)."""
    return SECTION_LEVELS.get(SECTION_KEYS.get(section, section), 3)


@dataclass(frozen=True)
class CaseTable:
    """A table whose rows belong to a case, directly (`via` None: a `case_id` column) or through
    a parent table row (`via` = (parent table, this table's column naming the parent's id))."""

    name: str
    section: str
    writers: tuple[str, ...]
    via: tuple[str, str] | None = None
    level_column: str | None = None  # rows carrying their own level (notes, attachments)

    @property
    def level(self) -> int:
        return SECTION_LEVELS[self.section]


CASE_TABLES: tuple[CaseTable, ...] = (
    CaseTable("case_assignments", "summary", ("case.assign",)),
    CaseTable("identification_history", "identification", ("case.edit", "case.create")),
    CaseTable("case_codes", "exploitation", ("case.edit", "case.create")),
    CaseTable("referrals", "summary", ("referral.create", "referral.respond", "referral.print",
                                       "consent.override", "case.edit")),
    CaseTable("referral_status_changes", "summary", ("referral.create", "referral.respond"),
              via=("referrals", "referral_id")),
    CaseTable("case_notes", "notes", CASE_EDIT, level_column="level"),
    CaseTable("case_tasks", "tasks", ("case.edit", "case.create")),
    CaseTable("trafficking_events", "exploitation", CASE_EDIT),
    CaseTable("perpetrators", "perpetrators", CASE_EDIT),
    CaseTable("services_delivered", "services", CASE_EDIT),
    CaseTable("shelter_placements", "shelter", CASE_EDIT),
    CaseTable("consent_records", "consent", CASE_EDIT),
    CaseTable("legal_proceedings", "justice", CASE_EDIT),
    CaseTable("repatriations", "repatriation", CASE_EDIT),
    CaseTable("attachments", "attachments", CASE_EDIT, level_column="level"),
    CaseTable("attachment_blobs", "attachments", CASE_EDIT, via=("attachments", "attachment_id")),
    CaseTable("interviews", "interviews", INTERVIEWS),
    CaseTable("interview_events", "interviews", INTERVIEWS, via=("interviews", "interview_id")),
    CaseTable("interview_addenda", "interviews", INTERVIEWS, via=("interviews", "interview_id")),
)

#: Tables every CaseDesk user reads (the directory, settings, forms); writing needs the action.
DIRECTORY: dict[str, str] = {
    "agencies": "agencies.manage", "roles": "roles.manage", "role_actions": "roles.manage",
    "user_groups": "users.manage", "user_group_members": "users.manage",
    "users": "users.manage", "settings": "settings.manage", "form_definitions": "forms.manage",
}

#: The prevention register: read with the statistics, written by who manages it.
PREVENTION = ("prevention_trainings", "prevention_campaigns")
PREVENTION_READERS = ("statistics.view", "prevention.manage")

#: Sealed case bundles (services/bundles): the vault's identity and trusted peers are read by
#: whoever exchanges cases and written by who manages the peers; the per-case exchange state
#: follows its case; the secret store (the identity's private keys) is read by those who exchange,
#: written once by who manages the identity, and never updated or deleted.
EXCHANGERS = ("peers.manage", "bundle.sync", "bundle.send")
EXCHANGE = ("exchange_identity", "exchange_peers", "exchange_case_state", "exchange_bundles",
            "vault_secrets")

#: Tables with policies of their own (security.py): the case, its person, the index, the audit
#: trail, the schema version, reference counters and the history with its section levels.
SPECIAL = ("cases", "persons", "person_aliases", "case_changes", "case_search", "audit_entries",
           "audit_epochs", "alembic_version", "case_references", "case_reach")


#: The person's columns that are sections of their own above level 1 (SECTION_LEVELS "contact",
#: "documents"): only `<prefix>$level2` selects or updates them (policies.py), every other person
#: column is the person section's (level 1).
PERSON_COLUMNS = tuple(c.name for c in Person.__table__.columns)
LEVEL2_PERSON_COLUMNS = tuple(c for c in PERSON_COLUMNS if SECTION_LEVELS.get(c, 1) == 2)


def classified() -> set[str]:
    return ({t.name for t in CASE_TABLES} | set(DIRECTORY) | set(PREVENTION) | set(SPECIAL)
            | set(EXCHANGE))
