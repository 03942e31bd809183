"""The access policy as a matrix: every seeded role's actions × every record scope × every user
level, against cases of three agencies, on both backends. For each combination: what the user
lists, counts, finds by name and by note text, opens, which sections come back restricted, and
whether an edit is let through. The expected sets come from the fixture's facts, written out per
scope.

On the office server the combination is made real in the database (the probe's role and level
changed by the server administrator), since the server enforces it whatever the client believes;
and a raw psycopg connection as the probe's role shows row-level security directly (P1…):
nothing beyond the scope can be read, counted or searched, and the audit table cannot be
touched."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from itertools import product

import psycopg
import pytest
from sqlalchemy import select, text

from desktop.models import Agency, Referral, Role, RoleAction, vocab
from desktop.models.seed import ROLES, Action, Scope
from desktop.services import policy
from desktop.services.accounts.users import NewUser, find_user
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.user import UserSession
from desktop.vault import escrow
from desktop.vault.crypto import TEST_KDF
from desktop.vault.device import DeviceSecrets
from desktop.vault.vault import VaultConfig

from ..conftest import ESCROW_PASSPHRASE, Desk, EscrowPair, FakeClock, make_desk
from ..keyring_memory import MemoryKeyring
from ..server.world import ServerDesk, make_server_desk

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
    """The fixture's cases, written by their owners through the services of either backend."""

    def __init__(self, backend: str, desk: Desk | ServerDesk) -> None:
        self.backend, self.desk = backend, desk
        self.stores = {}
        for name, (role, agency, groups) in STAFF.items():
            level = 3 if role == "SUPERVISOR" else 2
            desk.accounts.create_user(desk.admin, NewUser(name, name.title(), role, agency, level,
                                                          groups), known_password=PASSWORD)
            self.stores[name] = self._store(name)
        me, other, imm, mate = (self.session(n) for n in STAFF)
        create = {n: CaseService(self.stores[n]).create for n in STAFF}
        self.ids = {
            "mine": create["me.hs"](me, NewCase("Xiomara", "Tzib", "FEMALE")).id,
            "colleague": create["other.hs"](other, NewCase("Xiomara", "Coc", "FEMALE")).id,
            "assigned": create["sup.imm"](imm, NewCase("Xiomara", "Pop", "FEMALE")).id,
            "referred": create["sup.imm"](imm, NewCase("Xiomara", "Chen", "FEMALE")).id,
            "groupmate": create["mate.ngo"](mate, NewCase("Xiomara", "Wiebe", "FEMALE")).id,
            "draft": create["sup.imm"](imm, NewCase("Xiomara", "Ical", "FEMALE")).id,
        }
        imm_cases = CaseService(self.stores["sup.imm"])
        imm_cases.assign(imm, self.ids["assigned"], ("me.hs",))
        self.refer(self.ids["referred"], "HS", "SENT")
        self.refer(self.ids["draft"], "HS", "DRAFT")  # a draft has not left Immigration
        owners = {"mine": "me.hs", "colleague": "other.hs", "groupmate": "mate.ngo"}
        for key, case_id in self.ids.items():  # one note per level, each with its own word
            owner = owners.get(key, "sup.imm")
            for level, word in ((1, "mangrove"), (2, "hurricane")):
                CaseService(self.stores[owner]).add_note(self.session(owner), case_id,
                                                         f"{word} {key}", level)
        imm_cases.add_note(imm, self.ids["referred"], "jaguar referred", 3)
        CaseSectionService(self.stores["sup.imm"]).add(imm, self.ids["referred"], "perpetrators",
                                                       {"name": "Jaguar Paw", "sex": "MALE", "relationship": "UNKNOWN"})
        self.probe = self.session("me.hs").principal
        self.cases, self.reads = CaseService(self.stores["me.hs"]), CaseReads(self.stores["me.hs"])

    def _store(self, username: str):  # type: ignore[no-untyped-def]
        if isinstance(self.desk, Desk):
            return self.desk.vault
        store, accounts = self.desk.client()
        accounts.login(username, PASSWORD)
        return store

    def session(self, username: str, principal: policy.Principal | None = None) -> UserSession:
        if principal is None:
            with self.stores.get(username, self.desk.accounts.store).session() as s:
                principal = policy.principal_of(find_user(s, username))
        return UserSession(principal, must_change_password=False)

    def refer(self, case_id: int, agency_code: str, status: str) -> None:
        store = self.desk.vault if isinstance(self.desk, Desk) else self.desk.maintenance
        with store.session() as s, s.begin():
            agency = s.scalars(select(Agency).where(Agency.code == agency_code)).one()
            s.add(Referral(case_id=case_id, recipient_agency_id=agency.id, status=status))

    def become(self, role: str, scope: Scope, level: int) -> UserSession:
        """The probe as this combination: on the vault the principal says it; on the server the
        administrator gives the account such a role and level, and the probe reads them back."""
        actions = frozenset(str(a) for a in next(r for r in ROLES if r.code == role).actions)
        if isinstance(self.desk, Desk):
            return self.session("me.hs", dataclasses.replace(
                self.probe, role_code=role, scope=scope, level=level, actions=actions))
        code = f"M_{role}_{scope.value}"[:40]
        with self.desk.maintenance.session() as s, s.begin():
            found = s.scalars(select(Role).where(Role.code == code)).one_or_none()
            if found is None:
                found = Role(code=code, name=code, scope=str(scope), builtin=False)
                found.actions = [RoleAction(action=a) for a in sorted(actions)]
                s.add(found)
                s.flush()
            s.execute(text("UPDATE users SET role_id = :r, level = :l WHERE username = 'me.hs'"),
                      {"r": found.id, "l": level})
        return self.session("me.hs")


BACKENDS = ["sqlcipher", "postgresql"]


@pytest.fixture(scope="module", params=BACKENDS)
def matrix(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Matrix]:
    """One vault (or one server database) for the whole matrix (the combinations only read, or
    rewrite one field)."""
    if request.param == "postgresql":
        desk = make_server_desk(request.getfixturevalue("pg_cluster"))
        yield Matrix("postgresql", desk)
        desk.close()
        return
    root = tmp_path_factory.mktemp("matrix")
    public, private_json = escrow.generate(ESCROW_PASSPHRASE, TEST_KDF)
    (root / "escrow.json").write_text(private_json)
    pair = EscrowPair(public.public, root / "escrow.json", b"")
    vault_desk = make_desk(root, VaultConfig.for_tests(DeviceSecrets(MemoryKeyring()),
                                                       clock=FakeClock()), pair)
    yield Matrix("sqlcipher", vault_desk)
    vault_desk.vault.release()


COMBINATIONS = list(product([r.code for r in ROLES], list(Scope), (1, 2, 3)))


@pytest.mark.parametrize(("role", "scope", "level"), COMBINATIONS,
                         ids=[f"{r}-{s.value}-L{lv}" for r, s, lv in COMBINATIONS])
def test_role_scope_level(matrix: Matrix, role: str, scope: Scope, level: int) -> None:
    actions = frozenset(str(a) for a in next(r for r in ROLES if r.code == role).actions)
    user, cases, reads = matrix.become(role, scope, level), matrix.cases, matrix.reads
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
    if matrix.backend == "postgresql":
        raw_reach(matrix, expected, level, Action.AUDIT_VIEW in actions,
                  bool({Action.CASE_CREATE, Action.CASE_EDIT} & actions))


def rows(connection: psycopg.Connection, sql: str) -> set[object]:  # type: ignore[type-arg]
    return {r[0] for r in connection.execute(sql).fetchall()}


def raw_reach(matrix: Matrix, expected: set[int], level: int, auditor: bool, writer: bool
              ) -> None:
    """What `psql` as the probe's role gets: exactly the scope and level, nothing around them."""
    assert isinstance(matrix.desk, ServerDesk)
    referred = {matrix.ids["referred"]} & expected
    with matrix.desk.raw("me.hs", PASSWORD) as c:
        assert rows(c, "SELECT id FROM cases") == expected
        assert c.execute("SELECT count(*) FROM cases").fetchone()[0] == len(expected)
        assert c.execute("SELECT count(*) FROM persons").fetchone()[0] == len(expected)
        assert rows(c, "SELECT DISTINCT case_id FROM case_notes") == expected
        assert rows(c, "SELECT level FROM case_notes") <= set(range(1, level + 1))
        assert rows(c, "SELECT case_id FROM perpetrators") == (referred if level >= 3 else set())
        found = "SELECT DISTINCT case_id FROM case_search WHERE words @@ to_tsquery('simple', '{}:*')"
        assert rows(c, found.format("hurricane")) == (expected if level >= 2 else set())
        assert rows(c, found.format("jaguar")) == (referred if level >= 3 else set())
        # the search function reads the index as its owner: it applies the scope and the
        # caller's level itself, whatever level a client asks for
        search = "SELECT casedesk.search_cases('{}:*', 3, NULL)"
        assert rows(c, search.format("xiomara")) == expected
        assert rows(c, search.format("hurricane")) == (expected if level >= 2 else set())
        assert rows(c, search.format("jaguar")) == (referred if level >= 3 else set())
        assert rows(c, "SELECT DISTINCT case_id FROM case_changes") <= expected
        level2_columns(c, len(expected), level)
        level2_insert(c, level, writer)
        assert bool(rows(c, "SELECT id FROM audit_entries")) == auditor
        for statement in FORBIDDEN:
            with pytest.raises(psycopg.errors.InsufficientPrivilege), c.transaction():
                c.execute(statement)
        others = sorted(set(matrix.ids.values()) - expected)
        with c.transaction(force_rollback=True):  # a write beyond the scope finds no row
            assert c.execute("UPDATE cases SET district = 'CAYO' WHERE id = ANY(%s)",
                             (others,)).rowcount == 0


def level2_columns(c: psycopg.Connection, visible: int, level: int) -> None:  # type: ignore[type-arg]
    """The person's contact and documents (level 2): below it, not a column of them is read or
    written, however the statement names them; from it, every visible person's are read."""
    if level >= 2:
        assert c.execute("SELECT count(contact) + count(documents) FROM persons"
                         ).fetchone()[0] == 2 * visible
        return
    assert c.execute("SELECT count(given_names) FROM persons").fetchone()[0] == visible
    for statement in ("SELECT contact FROM persons", "SELECT * FROM persons",
                      "SELECT id FROM persons WHERE documents LIKE 'P%'",
                      "SELECT count(*) FROM persons GROUP BY contact",
                      "UPDATE persons SET contact = 'x'", "UPDATE persons SET documents = ''"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), c.transaction():
            c.execute(statement)


NEW_PERSON = ("INSERT INTO persons (given_names, family_names, sex, gender_identity, age_disputed, "
              "citizenships, languages, interpreter_needed, unaccompanied, contact, documents) "
              "VALUES ('Probe', '', 'UNKNOWN', 'NOT_SPECIFIED', false, '', '', false, 'NO', %s, %s)")


def level2_insert(c: psycopg.Connection, level: int, writer: bool) -> None:  # type: ignore[type-arg]
    """A new person's row: who may create one inserts it with its level-2 columns empty below
    level 2 (as CaseDesk writes it), with them filled from level 2; whoever may not, not at all."""
    for contact, documents in (("", ""), ("+501 600 0000", ""), ("", "P1234567")):
        allowed = writer and (level >= 2 or not (contact or documents))
        with c.transaction(force_rollback=True):
            if allowed:
                assert c.execute(NEW_PERSON, (contact, documents)).rowcount == 1
            else:
                with pytest.raises(psycopg.errors.InsufficientPrivilege), c.transaction():
                    c.execute(NEW_PERSON, (contact, documents))


FORBIDDEN = (
    "UPDATE audit_entries SET detail = 'x'", "DELETE FROM audit_entries", "TRUNCATE audit_entries",
    "INSERT INTO audit_entries (id, at, username, action, record_type, record_id, detail, epoch, "
    "mac) VALUES (999999, now(), 'x', 'x', 'x', 'x', 'x', 1, 'x')",
    "SELECT * FROM casedesk_private.audit_keys", "INSERT INTO case_search VALUES (1, 1, 'x')",
    "UPDATE casedesk_private.audit_pending SET detail = 'x'",
)


def test_the_matrix_covers_every_scope_and_role(matrix: Matrix) -> None:
    """The fixture must tell the scopes apart, or the matrix above proves little."""
    reaches = [frozenset(v) for v in REACH.values()]
    assert len(set(reaches)) == len(Scope)
    assert {r.code for r in ROLES} >= {"SUPERVISOR", "CASE_WORKER", "PARTNER_LIAISON", "ME_OFFICER"}
    assert len(matrix.ids) == 6
