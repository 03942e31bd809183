"""Two (or three) real vaults that exchange bundles: an office, its field tablet, a partner NGO."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.bundles.export import BundleExport, SendRequest, SendResult
from desktop.services.bundles.identity import IdentityService, NewPeer
from desktop.services.bundles.importer import BundleImport
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService
from desktop.services.user import UserSession
from desktop.vault.vault import VaultConfig

from ..conftest import Desk, EscrowPair, make_desk
from ..views.case_world import add_staff, session_of


@dataclass
class Site:
    """One vault with its exchange services and an identity."""

    name: str
    desk: Desk
    identity: IdentityService
    export: BundleExport
    imports: BundleImport
    cases: CaseService
    reads: CaseReads
    sections: CaseSectionService

    def session(self, username: str) -> UserSession:
        return session_of(self.desk.vault, username)

    @property
    def admin(self) -> UserSession:
        return self.desk.admin

    def identity_file(self) -> bytes:
        return self.identity.identity_file(self.admin)[0]

    def trust(self, other: Site, kind: str, level: int, field_user: str = "",
              organisation: str = "") -> int:
        data = other.identity_file()
        public = self.identity.read_peer_file(self.admin, data)
        return self.identity.add_peer(self.admin, data, NewPeer(
            public.fingerprint, kind, organisation or public.organisation_code, level,
            field_user)).id

    def peer_id(self, other: Site) -> int:
        return next(p.id for p in self.identity.peers(self.admin) if p.name == other.name)

    def send(self, username: str, other: Site, case_ids: list[int], out: Path,
             **options: object) -> SendResult:
        request = SendRequest(self.peer_id(other), tuple(case_ids), out, **options)  # type: ignore[arg-type]
        return self.export.send(self.session(username), request)


def make_site(root: Path, config: VaultConfig, escrow: EscrowPair, name: str,
              organisation: str = "HS") -> Site:
    desk = make_desk(root / name.replace(" ", "-").lower(), config, escrow)
    add_staff(desk.accounts, desk.admin)
    vault = desk.vault
    site = Site(name, desk, IdentityService(vault), BundleExport(vault), BundleImport(vault),
                CaseService(vault), CaseReads(vault), CaseSectionService(vault))
    site.identity.create(desk.admin, name, organisation)
    return site


def add_interviewer(site: Site) -> None:
    from desktop.services.accounts.service import NewUser

    from ..views.case_world import PASSWORD

    site.desk.accounts.create_user(site.admin, NewUser(
        "marisol", "Marisol Chan", "FORENSIC_INTERVIEWER", "HS", 3), known_password=PASSWORD)


def locked_interview(site: Site, case_id: int) -> int:
    """A forensic interview conducted, approved and locked on `site` (level-3 content)."""
    from desktop.services.interviews.service import InterviewService

    from ..services.interview_world import complete_answers

    site.cases.assign(site.session("carmen"), case_id, ("ana", "marisol"))
    interviews = InterviewService(site.desk.vault)
    marisol = site.session("marisol")
    interview = interviews.start(marisol, case_id)
    interviews.save_draft(marisol, interview, complete_answers())
    interviews.submit(marisol, interview)
    luis = site.session("luis")
    interviews.approve(luis, interview)
    interviews.lock(luis, interview)
    interviews.add_addendum(luis, interview, "The interpreter's name is spelt Ángel Choc Caal.")
    return interview
