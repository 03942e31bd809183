"""The access policy as a matrix: every seeded role's actions × every record scope × every user
level, against cases of three agencies. For each combination: what the user lists, counts, finds
by name and by note text, opens, which sections come back restricted, and whether an edit is let
through. The expected sets come from the fixture's facts, written out per scope."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from itertools import product

import pytest
from sqlalchemy import select

from desktop.models import Agency, Referral, vocab
from desktop.models.seed import ROLES, Action, Scope
from desktop.services import policy
from desktop.services.accounts.service import NewUser, find_user
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.user import UserSession
from desktop.vault import escrow
from desktop.vault.crypto import TEST_KDF
from desktop.vault.device import DeviceSecrets
from desktop.vault.vault import VaultConfig

from ..conftest import ESCROW_PASSPHRASE, Desk, EscrowPair, FakeClock, make_desk
from ..keyring_memory import MemoryKeyring

PASSWORD = "Mango season in Cayo 2026"
STAFF = {  # username: (role, agency, groups)
    "me.hs": ("CASE_WORKER", "HS", ("OPERATIONS",)),  # the probe: scope, level, actions vary
    "other.hs": ("CASE_WORKER", "HS", ()),
    "sup.imm": ("SUPERVISOR", "IMM", ()),
    "mate.ngo": ("CASE_WORKER", "NGO", ("OPERATIONS",)),
}
#: Which of the fixture's cases each scope reaches, for the probe (an HS user in OPERATIONS).
REACH = {
    Scope.OWN: {"mine", "assigned"},
    Scope.GROUP: {"mine", "assigned", "groupmate"},
    Scope.AGENCY: {"mine", "assigned", "colleague"},
    Scope.REFERRED: {"referred"},
    Scope.ALL: {"mine", "assigned", "colleague", "groupmate", "referred", "draft"},
    Scope.NONE: set(),
}


class Matrix:
    def __init__(self, desk: Desk) -> None:
        self.desk, self.cases, self.reads = desk, CaseService(desk.vault), CaseReads(desk.vault)
        for name, (role, agency, groups) in STAFF.items():
            level = 3 if role == "SUPERVISOR" else 2
            desk.accounts.create_user(desk.admin, NewUser(name, name.title(), role, agency, level,
                                                          groups), known_password=PASSWORD)
        me, other, imm, mate = (self.session(n) for n in STAFF)
        self.ids = {
            "mine": self.cases.create(me, NewCase("Xiomara", "Tzib", "FEMALE")).id,
            "colleague": self.cases.create(other, NewCase("Xiomara", "Coc", "FEMALE")).id,
            "assigned": self.cases.create(imm, NewCase("Xiomara", "Pop", "FEMALE")).id,
            "referred": self.cases.create(imm, NewCase("Xiomara", "Chen", "FEMALE")).id,
            "groupmate": self.cases.create(mate, NewCase("Xiomara", "Wiebe", "FEMALE")).id,
            "draft": self.cases.create(imm, NewCase("Xiomara", "Ical", "FEMALE")).id,
        }
        self.cases.assign(imm, self.ids["assigned"], ("me.hs",))
        self.refer(self.ids["referred"], "HS", "SENT")
        self.refer(self.ids["draft"], "HS", "DRAFT")  # a draft has not left Immigration
        sup_imm = self.session("sup.imm")
        for key, case_id in self.ids.items():  # one note per level, each with its own word
            owner = {"mine": me, "colleague": other, "groupmate": mate}.get(key, sup_imm)
            for level, word in ((1, "mangrove"), (2, "hurricane")):
                self.cases.add_note(owner, case_id, f"{word} {key}", level)
        self.cases.add_note(imm, self.ids["referred"], "jaguar referred", 3)
        self.probe = self.session("me.hs").principal

    def session(self, username: str, principal: policy.Principal | None = None) -> UserSession:
        if principal is None:
            with self.desk.vault.session() as s:
                principal = policy.principal_of(find_user(s, username))
        return UserSession(principal, must_change_password=False)

    def refer(self, case_id: int, agency_code: str, status: str) -> None:
        with self.desk.vault.session() as s, s.begin():
            agency = s.scalars(select(Agency).where(Agency.code == agency_code)).one()
            s.add(Referral(case_id=case_id, recipient_agency_id=agency.id, status=status))


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    """One vault for the whole matrix (the combinations only read, or rewrite one field)."""
    root = tmp_path_factory.mktemp("matrix")
    public, private_json = escrow.generate(ESCROW_PASSPHRASE, TEST_KDF)
    (root / "escrow.json").write_text(private_json)
    pair = EscrowPair(public.public, root / "escrow.json", b"")
    desk = make_desk(root, VaultConfig.for_tests(DeviceSecrets(MemoryKeyring()), clock=FakeClock()),
                     pair)
    yield Matrix(desk)
    desk.vault.release()


COMBINATIONS = list(product([r.code for r in ROLES], list(Scope), (1, 2, 3)))


@pytest.mark.parametrize(("role", "scope", "level"), COMBINATIONS,
                         ids=[f"{r}-{s.value}-L{lv}" for r, s, lv in COMBINATIONS])
def test_role_scope_level(matrix: Matrix, role: str, scope: Scope, level: int) -> None:
    actions = frozenset(str(a) for a in next(r for r in ROLES if r.code == role).actions)
    principal = dataclasses.replace(matrix.probe, role_code=role, scope=scope, level=level,
                                    actions=actions)
    user, cases, reads = matrix.session("me.hs", principal), matrix.cases, matrix.reads
    viewer = Action.CASE_VIEW in actions
    reach = REACH[scope] if viewer else set()
    expected = {matrix.ids[k] for k in reach}

    assert {row.id for row in reads.list_page(user, limit=100)} == expected
    assert reads.count(user) == len(expected)
    assert {row.id for row in reads.search(user, "xiomara")} == expected
    assert {row.id for row in reads.search(user, "mangrove")} == expected
    assert {row.id for row in reads.search(user, "hurricane")} == (expected if level >= 2 else set())
    assert {row.id for row in reads.search(user, "jaguar")} == (
        {matrix.ids["referred"]} & expected if level >= 3 else set())

    for key, case_id in matrix.ids.items():
        if key not in reach:
            with pytest.raises(PermissionDenied if not viewer else NotFound):
                reads.open(user, case_id)
            with pytest.raises((PermissionDenied, NotFound)):
                cases.add_note(user, case_id, "x")
            continue
        detail = reads.open(user, case_id)
        assert detail.restricted == {k for k, v in vocab.SECTION_LEVELS.items() if v > level}
        assert all(note_level <= level for _, note_level, _ in detail.notes)
        if Action.CASE_EDIT in actions:  # let through, and the value really changes
            district = "CAYO" if detail.row.district == "TOLEDO" else "TOLEDO"
            version = cases.update(user, case_id, {"district": district}, detail.version)
            after = reads.open(user, case_id)
            assert after.row.district == district != detail.row.district
            assert after.version == version > detail.version
        else:
            with pytest.raises(PermissionDenied):
                cases.update(user, case_id, {"district": "TOLEDO"}, detail.version)


def test_the_matrix_covers_every_scope_and_role(matrix: Matrix) -> None:
    """The fixture must tell the scopes apart, or the matrix above proves little."""
    reaches = [frozenset(v) for v in REACH.values()]
    assert len(set(reaches)) == len(Scope)
    assert {r.code for r in ROLES} >= {"SUPERVISOR", "CASE_WORKER", "PARTNER_LIAISON", "ME_OFFICER"}
    assert len(matrix.ids) == 6
