"""Case records: the access policy as a matrix, search, validation and history."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models import Referral
from desktop.services import audit
from desktop.services.accounts.users import NewUser
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.user import UserSession

from ..conftest import Desk

PASSWORD = "Mango season in Cayo 2026"
USERS = {  # username: (role, agency, level)
    "sup.hs": ("SUPERVISOR", "HS", 3),
    "cw.hs": ("CASE_WORKER", "HS", 2),
    "cw2.hs": ("CASE_WORKER", "HS", 2),
    "sup.imm": ("SUPERVISOR", "IMM", 3),
    "liaison.pol": ("PARTNER_LIAISON", "POL", 1),
    "me.officer": ("ME_OFFICER", "MHD", 1),
    "int.hs": ("FORENSIC_INTERVIEWER", "HS", 3),
}


class World:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.cases = CaseService(desk.vault)
        self.reads = CaseReads(desk.vault)
        for name, (role, agency, level) in USERS.items():
            desk.accounts.create_user(desk.admin, NewUser(name, name.title(), role, agency, level),
                                      known_password=PASSWORD)
        self.sessions: dict[str, UserSession] = {"admin": desk.admin}
        for name in USERS:
            self.sessions[name] = self._session(name)
        self.c1 = self.cases.create(self.sessions["cw.hs"], NewCase(
            "José", "García", "MALE", date(1990, 4, 2), citizenships=("GT",),
            aliases=("Chepe",), district="CAYO", codes={"exploitation": ("FORCED_LABOUR",)}))
        self.c2 = self.cases.create(self.sessions["cw2.hs"], NewCase("Ana", "Pop", "FEMALE"))
        self.c3 = self.cases.create(self.sessions["sup.imm"], NewCase("Rosa", "Méndez", "FEMALE"))

    def _session(self, name: str) -> UserSession:
        """A second login on the same unlocked vault (the services are per-call)."""
        from desktop.services import policy
        from desktop.services.accounts.users import find_user

        with self.desk.vault.session() as s:
            principal = policy.principal_of(find_user(s, name))
        return UserSession(principal, must_change_password=False)

    def refer(self, case_id: int, agency_code: str, status: str = "SENT") -> None:
        from sqlalchemy import select

        from desktop.models import Agency

        with self.desk.vault.session() as s, s.begin():
            agency = s.scalars(select(Agency).where(Agency.code == agency_code)).one()
            s.add(Referral(case_id=case_id, recipient_agency_id=agency.id, status=status))

    def listed(self, name: str) -> set[str]:
        return {row.reference for row in self.reads.list_page(self.sessions[name])}


@pytest.fixture
def world(desk: Desk) -> World:
    return World(desk)


def test_policy_matrix_list_open_count(world: World) -> None:
    c1, c2, c3 = world.c1.reference, world.c2.reference, world.c3.reference
    world.refer(world.c1.id, "POL")
    world.refer(world.c2.id, "POL", status="DRAFT")  # a draft has not left the agency
    expected = {
        "sup.hs": {c1, c2}, "cw.hs": {c1}, "cw2.hs": {c2}, "sup.imm": {c3},
        "liaison.pol": {c1}, "me.officer": set(), "admin": set(), "int.hs": set(),
    }
    ids = {world.c1.reference: world.c1.id, c2: world.c2.id, c3: world.c3.id}
    for name, visible in expected.items():
        session = world.sessions[name]
        assert world.listed(name) == visible, name
        assert world.reads.count(session) == len(visible), name
        for reference, case_id in ids.items():
            if reference in visible:
                assert world.reads.open(session, case_id).row.reference == reference
            elif session.principal.can("case.view"):
                with pytest.raises(NotFound):
                    world.reads.open(session, case_id)
            else:
                with pytest.raises(PermissionDenied):
                    world.reads.open(session, case_id)


def test_assignment_extends_own_scope_and_edit_rights(world: World) -> None:
    cw2 = world.sessions["cw2.hs"]
    assert world.c1.reference not in world.listed("cw2.hs")
    with pytest.raises((PermissionDenied, NotFound)):  # not yet assigned: no edit
        world.cases.update(cw2, world.c1.id, {"district": "TOLEDO"}, 1)
    world.cases.assign(world.sessions["sup.hs"], world.c1.id, ("cw2.hs", "int.hs"))
    assert world.c1.reference in world.listed("cw2.hs")
    assert world.c1.reference in world.listed("int.hs")
    before = world.reads.open(cw2, world.c1.id)  # the assigned case worker edits
    district = "CAYO" if before.row.district == "TOLEDO" else "TOLEDO"
    version = world.cases.update(cw2, world.c1.id, {"district": district}, before.version)
    after = world.reads.open(world.sessions["cw.hs"], world.c1.id)  # as its owner sees it
    assert after.row.district == district != before.row.district
    assert after.version == version > before.version
    world.cases.add_note(cw2, world.c1.id, "visited the family", 1)
    notes = world.reads.open(world.sessions["cw.hs"], world.c1.id).notes
    assert "visited the family" in [text for _, _, text in notes]
    with pytest.raises(PermissionDenied):  # interviewers read, they do not edit case fields
        world.cases.update(world.sessions["int.hs"], world.c1.id, {"district": "TOLEDO"}, 1)
    with pytest.raises(PermissionDenied):
        world.cases.assign(world.sessions["cw.hs"], world.c1.id, ("cw2.hs",))
    world.refer(world.c1.id, "POL")
    with pytest.raises(PermissionDenied):
        world.cases.add_note(world.sessions["liaison.pol"], world.c1.id, "hello")


def test_search_is_accent_and_case_insensitive_prefix_and_scoped(world: World) -> None:
    cw = world.sessions["cw.hs"]
    for query in ("garcia", "GARC", "josé garcía", "chepe", world.c1.reference.lower()):
        assert [r.reference for r in world.reads.search(cw, query)] == [world.c1.reference], query
    assert world.reads.search(world.sessions["cw2.hs"], "garcia") == []  # out of scope
    assert world.reads.search(cw, "méndez") == []
    assert world.reads.search(cw, '") OR * NEAR(') == []  # hostile input is just text
    assert world.reads.search(cw, "   ") == []


def test_reference_prefixes_search_the_reference_index_newest_first(world: World) -> None:
    sup = world.sessions["sup.hs"]
    year = world.c1.reference.split("-")[1]
    third = world.cases.create(sup, NewCase("Marta", "García", "FEMALE"))
    prefix = f"hs-{year}"
    assert [r.reference for r in world.reads.search(sup, prefix)] == [
        third.reference, world.c2.reference, world.c1.reference]
    assert [r.id for r in world.reads.search(sup, world.c1.reference.lower())] == [world.c1.id]
    assert world.reads.search(world.sessions["cw2.hs"], world.c1.reference) == []  # out of scope
    assert [r.id for r in world.reads.search(sup, "garcía")] == [third.id, world.c1.id]


def test_codes_aliases_and_person_fields_change_with_history(world: World) -> None:
    cw = world.sessions["cw.hs"]
    world.cases.set_codes(cw, world.c1.id, "exploitation", ("FORCED_LABOUR", "SEXUAL_EXPLOITATION"))
    world.cases.set_codes(cw, world.c1.id, "flag", ("SAFETY_RISK",))
    with pytest.raises(ValidationError, match="from the list"):
        world.cases.set_codes(cw, world.c1.id, "means_of_control", ("<script>",))
    with pytest.raises(ValidationError, match="Unknown list"):
        world.cases.set_codes(cw, world.c1.id, "nonsense", ())
    world.cases.set_aliases(cw, world.c1.id, ("La Güera", "Chepe"))
    with pytest.raises(ValidationError):
        world.cases.set_aliases(cw, world.c1.id, ("ok", "   "))
    detail = world.reads.open(cw, world.c1.id)
    world.cases.update(cw, world.c1.id, {"gender_identity": "MASCULINE", "languages": ("spa", "kek"),
                                         "interpreter_needed": True}, detail.version)
    with pytest.raises(ValidationError, match="yes or no"):
        world.cases.update(cw, world.c1.id, {"interpreter_needed": "yes"},
                           world.reads.open(cw, world.c1.id).version)
    detail = world.reads.open(cw, world.c1.id)
    assert detail.codes["exploitation"] == ("FORCED_LABOUR", "SEXUAL_EXPLOITATION")
    assert detail.codes["flag"] == ("SAFETY_RISK",)
    assert detail.person["aliases"] == ("La Güera", "Chepe")
    assert detail.person["languages"] == "spa,kek" and detail.person["interpreter_needed"] is True
    assert [r.id for r in world.reads.search(cw, "guera")] == [world.c1.id]
    fields = {row.field for row in world.reads.history(cw, world.c1.id)}
    assert {"exploitation", "flag", "aliases", "languages", "gender_identity"} <= fields
    with world.desk.vault.session() as s:
        details = {e.detail for e in audit.entries(s, action="update", limit=50)}
    assert {"codes: exploitation", "codes: flag", "aliases"} <= details
    with pytest.raises(NotFound):  # another worker's case is out of scope, not merely read-only
        world.cases.set_codes(world.sessions["cw2.hs"], world.c1.id, "flag", ())
    with pytest.raises(PermissionDenied):
        world.cases.set_codes(world.sessions["me.officer"], world.c1.id, "flag", ())


def test_section_levels_limit_notes_and_fields(world: World) -> None:
    sup, cw = world.sessions["sup.hs"], world.sessions["cw.hs"]
    world.cases.add_note(sup, world.c1.id, "Disclosed the recruiter Zacarias at the border", 3)
    world.cases.add_note(cw, world.c1.id, "Needs a Spanish interpreter", 1)
    with pytest.raises(ValidationError, match="above your own level"):
        world.cases.add_note(cw, world.c1.id, "secret", 3)
    detail = world.reads.open(cw, world.c1.id)
    assert [n[2] for n in detail.notes] == ["Needs a Spanish interpreter"]
    assert "perpetrators" in detail.restricted and detail.person is not None
    assert world.reads.search(cw, "zacarias") == []
    assert [r.id for r in world.reads.search(sup, "zacarias")] == [world.c1.id]
    world.refer(world.c1.id, "POL")
    liaison = world.reads.open(world.sessions["liaison.pol"], world.c1.id)
    assert liaison.person["contact"] is None and "contact" in liaison.restricted


def test_update_keeps_field_history_and_refuses_stale_versions(world: World) -> None:
    cw = world.sessions["cw.hs"]
    detail = world.reads.open(cw, world.c1.id)
    version = world.cases.update(cw, world.c1.id, {"district": "TOLEDO", "given_names": "Josué"},
                                 detail.version)
    assert version == detail.version + 1
    with pytest.raises(ValidationError, match="changed this case meanwhile"):
        world.cases.update(cw, world.c1.id, {"district": "BELIZE"}, detail.version)
    with pytest.raises(ValidationError):
        world.cases.update(cw, world.c1.id, {"reference": "X"}, version)
    assert world.reads.search(cw, "josue")[0].id == world.c1.id
    version = world.cases.update(cw, world.c1.id, {"family_names": "Quetzal"}, version)
    assert [r.id for r in world.reads.search(cw, "quetzal")] == [world.c1.id]  # re-indexed
    world.cases.update(cw, world.c1.id, {"district": "COROZAL"}, version)  # not a name: kept
    assert [r.id for r in world.reads.search(cw, "josue quetzal")] == [world.c1.id]
    from sqlalchemy import select

    from desktop.models import ChangeRecord

    with world.desk.vault.session() as s:
        changes = {(c.field, c.old_value, c.new_value) for c in s.scalars(select(ChangeRecord))}
        actions = [e.action for e in audit.entries(s, limit=50)]
    assert ("district", "CAYO", "TOLEDO") in changes and ("given_names", "José", "Josué") in changes
    assert "case.view" in actions and "update" in actions


def test_closure_needs_a_second_person_and_identification_history(world: World) -> None:
    cw, sup = world.sessions["cw.hs"], world.sessions["sup.hs"]
    world.cases.record_identification(cw, world.c1.id, "CONFIRMED", date(2026, 3, 1), "POLICE")
    with pytest.raises(ValidationError, match="Request closure"):
        world.cases.change_status(cw, world.c1.id, "CLOSED")
    world.cases.request_closure(cw, world.c1.id)
    with pytest.raises(PermissionDenied):
        world.cases.approve_closure(cw, world.c1.id)
    world.cases.approve_closure(sup, world.c1.id)
    detail = world.reads.open(sup, world.c1.id)
    assert detail.row.status == "CLOSED" and detail.row.identification_status == "CONFIRMED"
    assert [d[0] for d in detail.identification] == ["POSSIBLE", "CONFIRMED"]
    with pytest.raises(ValidationError, match="closed"):
        world.cases.add_note(cw, world.c1.id, "after closure")
    world.cases.change_status(sup, world.c1.id, "FOLLOW_UP")  # a supervisor reopens


def test_duplicates_before_create(world: World) -> None:
    cw = world.sessions["cw.hs"]
    found = world.reads.duplicates(cw, "Jose", "Garcia", birth_year=1991)
    assert [r.id for r in found] == [world.c1.id]
    assert world.reads.duplicates(cw, "Jose", "Garcia", birth_year=1970) == []
    assert [r.id for r in world.reads.duplicates(cw, "Jose", "Garcia", citizenships=("gt",))] == [
        world.c1.id]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(given_names=st.text(max_size=150), district=st.sampled_from(["", "CAYO", "MARS"]),
       age=st.one_of(st.none(), st.integers(-5, 200)),
       countries=st.lists(st.text(max_size=3), max_size=7))
def test_hostile_case_input_is_refused_cleanly(desk: Desk, given_names: str, district: str,
                                               age: int | None, countries: list[str]) -> None:
    cases = CaseService(desk.vault)
    reads = CaseReads(desk.vault)
    session = desk.admin
    from desktop.services import policy

    supervisor = policy.Principal(**{**session.principal.__dict__, "actions": frozenset(
        {"case.create", "case.view"}), "scope": policy.Scope.AGENCY})
    worker = UserSession(supervisor, False)
    before = reads.count(worker)
    try:
        row = cases.create(worker, NewCase(given_names, district=district, estimated_age=age,
                                           citizenships=tuple(countries)))
    except ValidationError as error:
        assert error.field in {"given_names", "district", "estimated_age", "citizenships"}
        assert str(error).endswith(".")
        assert reads.count(worker) == before
    else:
        assert row.name == given_names.strip() or row.name
        assert not any(ord(c) < 32 for c in row.name)


def test_one_alias_rule_when_creating_and_when_changing(world: World) -> None:
    """21 other names are refused on create as on update (never cut to 20 silently), and
    duplicates collapse the same way in both."""
    cw = world.sessions["cw.hs"]
    many = tuple(f"Alias {n}" for n in range(21))
    with pytest.raises(ValidationError, match="at most 20"):
        world.cases.create(cw, NewCase("Lupe", "Tzib", "FEMALE", aliases=many))
    with pytest.raises(ValidationError, match="at most 20"):
        world.cases.set_aliases(cw, world.c1.id, many)
    row = world.cases.create(cw, NewCase("Lupe", "Tzib", "FEMALE", aliases=("Lu", "Lu", "Lupita")))
    assert world.reads.open(cw, row.id).person["aliases"] == ("Lu", "Lupita")
    world.cases.set_aliases(cw, world.c1.id, ("Chepe", "Chepe", "La Güera"))
    assert world.reads.open(cw, world.c1.id).person["aliases"] == ("Chepe", "La Güera")
