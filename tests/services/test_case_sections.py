"""Repeatable case sections and attachments: limits (P3), levels, history, audit."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services import audit
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.sections import MAX_ATTACHMENT, CaseSectionService
from desktop.services.cases.service import CaseService
from desktop.services.errors import NotFound, PermissionDenied, ValidationError

from ..conftest import Desk
from .test_cases import World

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def world(desk: Desk) -> World:
    return World(desk)


def test_section_records_round_trip_with_history(world: World) -> None:
    sections, cw = CaseSectionService(world.desk.vault), world.sessions["cw.hs"]
    record = sections.add(cw, world.c1.id, "services", {
        "service_type": "MEDICAL", "provider": "Karl Heusner Memorial Hospital",
        "started_on": date(2026, 2, 1)})
    sections.update(cw, world.c1.id, "services", record, {"ended_on": date(2026, 2, 9)})
    rows = sections.records(cw, world.c1.id, "services")
    assert rows == [{"id": record, "service_type": "MEDICAL",
                     "provider": "Karl Heusner Memorial Hospital", "started_on": date(2026, 2, 1),
                     "ended_on": date(2026, 2, 9), "notes": ""}]
    with pytest.raises(ValidationError, match="before the start"):
        sections.update(cw, world.c1.id, "services", record, {"ended_on": date(2026, 1, 1)})
    with pytest.raises(ValidationError) as bad:
        sections.add(cw, world.c1.id, "services", {"service_type": "MASSAGE",
                                                   "started_on": date(2026, 2, 1)})
    assert bad.value.field == "service_type"
    with pytest.raises(ValidationError) as unknown:
        sections.add(cw, world.c1.id, "repatriation", {"destination_country": "Guatemala",
                                                       "carried_out_by": "IOM"})
    assert unknown.value.field == "destination_country"
    sections.remove(cw, world.c1.id, "services", record)
    assert sections.records(cw, world.c1.id, "services") == []
    history = CaseReads(world.desk.vault).history(cw, world.c1.id)
    assert {h.field for h in history} >= {"added", f"#{record}.ended_on", "removed"}


def test_levels_and_scope_guard_sections(world: World) -> None:
    sections = CaseSectionService(world.desk.vault)
    sup, cw = world.sessions["sup.hs"], world.sessions["cw.hs"]
    sections.add(sup, world.c1.id, "perpetrators", {"name": "El Primo", "sex": "MALE",
                                                    "relationship": "FRIEND",
                                                    "roles": ("RECRUITER",)})
    with pytest.raises(PermissionDenied, match="level"):
        sections.records(cw, world.c1.id, "perpetrators")  # level 2 < 3
    with pytest.raises(NotFound):
        sections.records(world.sessions["cw2.hs"], world.c1.id, "services")  # out of scope
    history = CaseReads(world.desk.vault).history(cw, world.c1.id)
    assert all("El Primo" not in (h.old + h.new) for h in history)


def test_attachments_are_limited_typed_and_audited(world: World) -> None:
    sections, cw = CaseSectionService(world.desk.vault), world.sessions["cw.hs"]
    with pytest.raises(ValidationError, match="Allowed files"):
        sections.attach(cw, world.c1.id, "payload.exe", b"MZ....")
    with pytest.raises(ValidationError, match="does not match"):
        sections.attach(cw, world.c1.id, "statement.pdf", b"<html>not a pdf</html>")
    with pytest.raises(ValidationError, match="at most"):
        sections.attach(cw, world.c1.id, "huge.pdf", b"%PDF-" + b"0" * MAX_ATTACHMENT)
    with pytest.raises(ValidationError, match="above your own level"):
        sections.attach(cw, world.c1.id, "ok.pdf", PDF, level=3)
    attachment = sections.attach(cw, world.c1.id, "../../etc/Declaración.pdf", PDF)
    [info] = sections.attachments(cw, world.c1.id)
    assert info.filename == "Declaración.pdf" and info.size == len(PDF)
    assert sections.attachment_content(cw, world.c1.id, attachment) == PDF
    with world.desk.vault.session() as s:
        assert "export" in [e.action for e in audit.entries(s, limit=5)]
    sections.remove_attachment(cw, world.c1.id, attachment)
    assert sections.attachments(cw, world.c1.id) == []


def test_closed_case_takes_no_section_changes(world: World) -> None:
    cases, sections = CaseService(world.desk.vault), CaseSectionService(world.desk.vault)
    cw, sup = world.sessions["cw.hs"], world.sessions["sup.hs"]
    cases.request_closure(cw, world.c1.id)
    cases.approve_closure(sup, world.c1.id)
    with pytest.raises(ValidationError, match="closed"):
        sections.add(cw, world.c1.id, "events", {"kind": "TRANSIT", "country": "MX"})
