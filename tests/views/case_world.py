"""Staff and realistic cases for the case-screen tests (and the screenshot script)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.services import policy
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser, find_user
from desktop.services.cases.reads import CaseReads, CaseRow
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.maintenance.service import MaintenanceService
from desktop.services.user import UserSession
from desktop.vault.vault import Vault
from desktop.views.context import AppContext
from desktop.views.worker import Worker

PASSWORD = "Mango season in Cayo 2026"
STAFF = {  # username: (display name, role, agency, level)
    "carmen": ("Carmen Novelo", "SUPERVISOR", "HS", 3),
    "ana": ("Ana Xiu", "CASE_WORKER", "HS", 2),
    "dwayne": ("Dwayne Flowers", "CASE_WORKER", "HS", 1),
    "luis": ("Luis Coc", "SUPERVISOR", "HS", 3),
}
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def add_staff(accounts: AccountService, admin: UserSession) -> None:
    for username, (name, role, agency, level) in STAFF.items():
        accounts.create_user(admin, NewUser(username, name, role, agency, level),
                             known_password=PASSWORD)


def session_of(vault: Vault, username: str) -> UserSession:
    """A second login on the same unlocked vault (the services are per call)."""
    with vault.session() as s:
        principal = policy.principal_of(find_user(s, username))
    return UserSession(principal, must_change_password=False)


def context_for(vault: Vault, session: UserSession, worker: Worker | None = None) -> AppContext:
    return AppContext.build(AccountService(vault), MaintenanceService(vault), worker or Worker(),
                             session=session)


@dataclass
class Seeded:
    garcia: CaseRow
    lopez: CaseRow
    others: list[CaseRow] = field(default_factory=list)


def seed_cases(vault: Vault) -> Seeded:
    """A handful of cases as a shelter office would have them: accents, notes, tasks, sections."""
    cases, reads, sections = CaseService(vault), CaseReads(vault), CaseSectionService(vault)
    ana, carmen = session_of(vault, "ana"), session_of(vault, "carmen")
    garcia = cases.create(ana, NewCase(
        "José Ángel", "García Pérez", "MALE", date(1990, 4, 2), citizenships=("GT",),
        languages=("spa", "kek"), aliases=("Chepe",), district="CAYO",
        identification_context="LABOUR_INSPECTION",
        codes={"exploitation": ("FORCED_LABOUR",), "sector": ("AGRICULTURE",),
               "means_of_control": ("DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS", "THREATS"),
               "recruitment": ("FRIENDS",), "flag": ("TRAFFICKER_AT_LARGE",)}))
    lopez = cases.create(ana, NewCase(
        "María Fernanda", "López Cáceres", "FEMALE", date(2008, 11, 20), citizenships=("HN",),
        languages=("spa",), district="BELIZE", identification_context="ATIP_OPERATION",
        codes={"exploitation": ("SEXUAL_EXPLOITATION",), "flag": ("MINOR", "SAFETY_RISK")}))
    others = [cases.create(ana, NewCase(*args, district=district)) for args, district in (
        (("Ana", "Pop", "FEMALE"), "TOLEDO"), (("Chen", "Wei", "MALE"), "COROZAL"),
        (("Rosa", "Méndez Ical", "FEMALE"), "ORANGE_WALK"))]
    detail = reads.open(ana, garcia.id)
    cases.update(ana, garcia.id, {"contact": "Shelter phone 822-0000 (ask for Ms. Tzul)",
                                  "documents": "Guatemalan passport held by employer"},
                 detail.version)
    cases.add_note(ana, garcia.id, "First interview at the Cayo shelter; he asked for a "
                   "Q'eqchi' interpreter and was calm throughout.", 1)
    cases.add_note(ana, garcia.id, "Medical check-up arranged at the Western Regional "
                   "Hospital; results pending.", 2)
    cases.add_note(ana, garcia.id, "Follow-up visit at the safe house. He sleeps better and "
                   "has started helping in the kitchen. He worries about his mother in Cobán, "
                   "who still owes money to the recruiter, and asked whether the consulate can "
                   "check on her. Agreed to raise it with the consulate on Thursday and to keep "
                   "the counselling sessions twice a week until the court date is known.", 1)
    cases.add_note(carmen, garcia.id, "Disclosed the recruiter's name at the border crossing "
                   "(see perpetrators).", 3)
    cases.add_task(ana, garcia.id, "Book the medical check-up", date.today() - timedelta(days=3))
    cases.add_task(ana, garcia.id, "Call the Guatemalan consulate about the passport",
                   date.today() + timedelta(days=5))
    sections.add(ana, garcia.id, "events", {"kind": "RECRUITMENT", "country": "GT",
                                            "place": "Cobán, Alta Verapaz",
                                            "started_on": date(2023, 2, 1)})
    sections.add(ana, garcia.id, "events", {"kind": "EXPLOITATION", "country": "BZ",
                                            "place": "Citrus farm near Spanish Lookout",
                                            "started_on": date(2023, 3, 15),
                                            "ended_on": date(2024, 1, 10)})
    sections.add(carmen, garcia.id, "perpetrators", {
        "name": "“Don Beto”", "sex": "MALE", "nationality": "GT", "roles": ("RECRUITER",
                                                                           "EXPLOITER"),
        "relationship": "FRIEND", "at_large": True})
    sections.add(ana, garcia.id, "services", {"service_type": "MEDICAL",
                                              "provider": "Western Regional Hospital",
                                              "started_on": date(2024, 1, 12)})
    sections.add(ana, garcia.id, "services", {"service_type": "PSYCHOSOCIAL",
                                              "provider": "Human Services counsellor",
                                              "started_on": date(2024, 1, 15)})
    sections.add(ana, garcia.id, "shelter", {"shelter": "Cayo safe house", "district": "CAYO",
                                             "started_on": date(2024, 1, 11)})
    sections.add(ana, garcia.id, "consent", {"given_by": "PERSON", "given_on": date(2024, 1, 11),
                                             "items": ("CONSENTS", "INFORMED_PURPOSE",
                                                       "INFORMED_DATA_USE"),
                                             "recipient_types": ("LAW_ENFORCEMENT", "NGO"),
                                             "data_items": ("INTERVIEW", "DISCLOSURES", "NEEDS",
                                                            "RISK")})
    sections.add(ana, garcia.id, "justice", {"stage": "INVESTIGATION", "offence": "TIP_ACT_2013",
                                             "opened_on": date(2024, 2, 1),
                                             "court": "Magistrate's Court, San Ignacio"})
    sections.add(ana, garcia.id, "repatriation", {"destination_country": "GT",
                                                  "carried_out_by": "IOM",
                                                  "receiving_organisation": "IOM Guatemala"})
    sections.attach(ana, garcia.id, "consent-form-signed.pdf", PDF, 2)
    cases.record_identification(carmen, garcia.id, "CONFIRMED", date(2024, 1, 20), "POLICE")
    cases.assign(carmen, garcia.id, ("ana", "luis"))
    return Seeded(garcia, lopez, others)
