"""Form library and interviews: versions, workflow by role, locking with a hash, addenda, mapping, audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desktop.forms import FormImportFailed
from desktop.models import vocab
from desktop.services import audit
from desktop.services.cases.reads import CaseReads
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.interviews.library import FormLibrary
from desktop.services.interviews.service import InterviewService
from tests.forms.workbook import xlsx

from ..conftest import Desk
from .interview_world import complete_answers
from .test_cases import World


@pytest.fixture
def world(desk: Desk) -> World:
    world = World(desk)
    world.cases.assign(world.sessions["sup.hs"], world.c1.id, ("cw.hs", "int.hs"))
    return world


def _form(version: str, extra_label: str = "Name") -> bytes:
    return xlsx(
        [["type", "name", "label", "required"], ["text", "name", extra_label, "yes"]],
        settings=[["form_id", "version", "form_title"], ["intake_note", version, "Intake note"]],
    )


def test_shipped_forms_seeded_and_versions_kept(world: World) -> None:
    library, admin = FormLibrary(world.desk.vault), world.sessions["admin"]
    assert {(v.form_id, v.active, v.shipped) for v in library.list_versions(admin)} == {
        ("consent", True, True), ("forensic_interview", True, True), ("screening", True, True)}
    first = library.import_form(admin, _form("1"), activate=True)
    interviews, interviewer = InterviewService(world.desk.vault, library), world.sessions["int.hs"]
    old = interviews.start(interviewer, world.c1.id, "intake_note")
    interviews.save_draft(interviewer, old, {"name": "first version answer"})
    second = library.import_form(admin, _form("2", "Full name"))
    assert not second.active
    library.activate(admin, second.id)
    assert [v.active for v in library.list_versions(admin, "intake_note")] == [False, True]
    new = interviews.start(interviewer, world.c1.id, "intake_note")
    old_detail, new_detail = interviews.open(interviewer, old), interviews.open(interviewer, new)
    assert (old_detail.row.form_version, new_detail.row.form_version) == ("1", "2")
    assert old_detail.answers == {"name": "first version answer"}
    schema = library.schema(interviewer, old_detail.definition_id)
    assert schema.find("name").label.get("default") == "Name"  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="already in the library"):
        library.import_form(admin, _form("2"))
    assert first.id != second.id


def test_broken_workbook_imports_nothing(world: World) -> None:
    library, admin = FormLibrary(world.desk.vault), world.sessions["admin"]
    before = library.list_versions(admin)
    broken = xlsx([["type", "name", "label"], ["wibble", "a", "A"], ["text", "b", "=1+1"]])
    with pytest.raises(FormImportFailed) as caught:
        library.preview(admin, broken)
    assert len(caught.value.problems) >= 1
    with pytest.raises(FormImportFailed):
        library.import_form(admin, broken)
    assert library.list_versions(admin) == before
    preview = library.preview(admin, _form("9"))
    assert (preview.form_id, preview.question_count, preview.already_imported) == ("intake_note", 1, False)
    with pytest.raises(PermissionDenied):
        library.import_form(world.sessions["int.hs"], _form("3"))


def test_interview_workflow_draft_to_locked_with_addendum(world: World) -> None:
    """Draft → submitted → returned → submitted → approved → locked; only addenda afterwards."""
    interviews, interviewer, supervisor = InterviewService(world.desk.vault), world.sessions["int.hs"], world.sessions["sup.hs"]
    interview_id = interviews.start(interviewer, world.c1.id, language="Spanish (es)")
    with pytest.raises(ValidationError, match="no such question"):
        interviews.save_draft(interviewer, interview_id, {"__class__": "x"})
    partial = {"interview_date": "2026-11-20", "protocol": "NICHD"}
    interviews.save_draft(interviewer, interview_id, partial)
    with pytest.raises(ValidationError, match="need attention"):
        interviews.submit(interviewer, interview_id)
    interviews.save_draft(interviewer, interview_id, complete_answers())
    interviews.submit(interviewer, interview_id)
    with pytest.raises(ValidationError, match="Only a draft"):
        interviews.save_draft(interviewer, interview_id, partial)
    with pytest.raises(PermissionDenied):
        interviews.approve(interviewer, interview_id)
    interviews.return_for_changes(supervisor, interview_id, "Add the end time of the break.")
    interviews.save_draft(interviewer, interview_id, {**complete_answers(), "breaks_taken": "2"})
    interviews.submit(interviewer, interview_id)
    added = interviews.approve(supervisor, interview_id)
    assert "exploitation=SEXUAL_EXPLOITATION" in added and "means_of_control=THREATS" in added
    assert "flag=MINOR" in added and "exploitation=FORCED_LABOUR" not in added  # the case had it
    codes = CaseReads(world.desk.vault).open(world.sessions["sup.hs"], world.c1.id).codes
    assert set(codes["means_of_control"]) == {"THREATS", "WITHHOLDS_DOCUMENTS"}
    digest = interviews.lock(supervisor, interview_id)
    detail = interviews.open(interviewer, interview_id)
    assert detail.row.state == "LOCKED" and detail.row.content_sha256 == digest and detail.hash_ok
    assert detail.row.disclosure == "FULL" and detail.language == "Spanish (es)"
    assert [(e.from_state, e.to_state) for e in detail.events] == [
        ("DRAFT", "SUBMITTED"), ("SUBMITTED", "RETURNED"), ("RETURNED", "SUBMITTED"),
        ("SUBMITTED", "APPROVED"), ("APPROVED", "LOCKED")]
    assert detail.events[1].comment == "Add the end time of the break."
    with pytest.raises(ValidationError):
        interviews.save_draft(interviewer, interview_id, partial)
    interviews.add_addendum(interviewer, interview_id, "The interpreter's surname is Choc Caal.")
    assert [a.text for a in interviews.open(supervisor, interview_id).addenda] == [
        "The interpreter's surname is Choc Caal."]
    with world.desk.vault.session() as s:
        actions = [(e.action, e.detail) for e in audit.entries(s) if e.record_type == "interview"]
    assert ("status.change", "APPROVED -> LOCKED") in actions and ("create", "addendum") in actions


def test_locked_interview_is_immutable_in_the_database(world: World) -> None:
    interviews, interviewer, supervisor = InterviewService(world.desk.vault), world.sessions["int.hs"], world.sessions["sup.hs"]
    interview_id = interviews.start(interviewer, world.c1.id)
    interviews.save_draft(interviewer, interview_id, complete_answers())
    interviews.submit(interviewer, interview_id)
    interviews.approve(supervisor, interview_id)
    interviews.lock(supervisor, interview_id)
    with world.desk.vault.session() as s, pytest.raises(Exception, match="interview is locked"), s.begin():
        s.execute(text("UPDATE interviews SET answers_json = '{}' WHERE id = :id"), {"id": interview_id})
    with world.desk.vault.session() as s, s.begin():  # tampering below the triggers is detected
        s.execute(text("DROP TRIGGER interviews_locked_update"))
        tampered = json.dumps({**complete_answers(), "disclosure": "NONE"})
        s.execute(text("UPDATE interviews SET answers_json = :a WHERE id = :id"),
                  {"a": tampered, "id": interview_id})
    assert interviews.open(supervisor, interview_id).hash_ok is False


def test_interview_access_by_role_and_level(world: World) -> None:
    interviews = InterviewService(world.desk.vault)
    with pytest.raises(PermissionDenied):
        interviews.start(world.sessions["cw.hs"], world.c1.id)  # no interview.conduct
    interview_id = interviews.start(world.sessions["int.hs"], world.c1.id)
    with pytest.raises(PermissionDenied, match="restricted level"):
        interviews.list_for_case(world.sessions["cw.hs"], world.c1.id)  # level 2
    with pytest.raises(NotFound):
        interviews.open(world.sessions["sup.imm"], interview_id)  # another agency's case
    with pytest.raises(NotFound):
        interviews.start(world.sessions["int.hs"], world.c2.id)  # not assigned
    assert [r.id for r in interviews.list_for_case(world.sessions["sup.hs"], world.c1.id)] == [interview_id]
    with pytest.raises(PermissionDenied):  # supervisors review, they do not fill
        interviews.save_draft(world.sessions["sup.hs"], interview_id, {})


def test_p3_answer_limits_and_shapes_are_enforced(world: World) -> None:
    """P3: answers are checked in the service: known questions only, sizes, repeat shapes and counts."""
    interviews, interviewer = InterviewService(world.desk.vault), world.sessions["int.hs"]
    interview_id = interviews.start(interviewer, world.c1.id)
    for bad, field in (
        ({"location": "x" * 20_001}, "location"),
        ({"location": {"nested": "dict"}}, "location"),
        ({"persons_present": [{"person_name": "A", "unknown": "B"}]}, "persons_present"),
        ({"persons_present": [{"person_name": "A"}] * 201}, "persons_present"),
        ({"persons_present": "not a list"}, "persons_present"),
    ):
        with pytest.raises(ValidationError) as caught:
            interviews.save_draft(interviewer, interview_id, bad)
        assert caught.value.field == field
    with pytest.raises(ValidationError):
        interviews.add_addendum(interviewer, interview_id, "too early")  # still a draft


def test_u2_printing_the_record_needs_a_recent_password_and_is_audited(world: World) -> None:
    """U2 and A2: the record PDF is refused on a stale login and its printing is audited."""
    from desktop.services.errors import ReauthenticationRequired

    interviews, supervisor = InterviewService(world.desk.vault), world.sessions["sup.hs"]
    interview_id = interviews.start(world.sessions["int.hs"], world.c1.id)
    stale = type(supervisor)(supervisor.principal, False, authenticated_at=0.0)
    with pytest.raises(ReauthenticationRequired):
        interviews.record_pdf(stale, interview_id)
    assert interviews.record_pdf(supervisor, interview_id).startswith(b"%PDF")
    with world.desk.vault.session() as s:
        assert any(e.action == "print" and e.record_type == "interview" for e in audit.entries(s))


def test_migration_0004_matches_the_models(desk: Desk) -> None:
    """The tables made by migration 0004 are exactly what the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop.models import Base

    mine = {"form_definitions", "interviews", "interview_events", "interview_addenda"}
    with desk.vault.session() as s:
        context = MigrationContext.configure(s.connection())
        diff = compare_metadata(context, Base.metadata)
    ours = [d for d in diff if any(name in repr(d) for name in mine)]
    assert ours == []


def test_hidden_answers_do_not_reach_the_case_and_screening_danger_flags_it(world: World) -> None:
    """An exploitation type typed before the disclosure was changed to NONE is hidden, so not mapped."""
    interviews, interviewer, supervisor = InterviewService(world.desk.vault), world.sessions["int.hs"], world.sessions["sup.hs"]
    interview_id = interviews.start(interviewer, world.c1.id)
    answers = {**complete_answers(), "disclosure": "NONE", "interviewee_is_child": "no",
               "guardian_consent": "", "exploitation_types": "FORCED_MARRIAGE"}
    interviews.save_draft(interviewer, interview_id, answers)
    interviews.submit(interviewer, interview_id)
    assert interviews.approve(supervisor, interview_id) == []
    screening = interviews.start(interviewer, world.c1.id, "screening")
    interviews.save_draft(interviewer, screening, {
        "screening_date": "2026-11-20", "screening_context": "LABOUR_INSPECTION", "screener": "M. Chan",
        **{f"ind_{code.lower()}": "no" for code in vocab.ILO_FORCED_LABOUR_INDICATORS},
        "immediate_danger": "yes", "danger_details": "Employer outside the shelter."})
    interviews.submit(interviewer, screening)
    assert interviews.approve(supervisor, screening) == ["flag=SAFETY_RISK"]
