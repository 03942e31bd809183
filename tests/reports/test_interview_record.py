"""The interview record PDF: answers in reading order in the chosen language, tables, hash, pages."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop.reports.interview_record import InterviewRecord, RecordSection, RecordTable, interview_record_pdf
from desktop.services.interviews.service import InterviewService

from ..conftest import Desk
from ..services.interview_world import complete_answers
from ..services.test_cases import World


def text_of(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


@pytest.fixture
def locked(desk: Desk) -> tuple[World, int]:
    world = World(desk)
    world.cases.assign(world.sessions["sup.hs"], world.c1.id, ("int.hs",))
    interviews, interviewer, supervisor = InterviewService(desk.vault), world.sessions["int.hs"], world.sessions["sup.hs"]
    interview_id = interviews.start(interviewer, world.c1.id)
    interviews.save_draft(interviewer, interview_id, complete_answers())
    interviews.submit(interviewer, interview_id)
    interviews.approve(supervisor, interview_id)
    interviews.lock(supervisor, interview_id)
    interviews.add_addendum(interviewer, interview_id, "Surname <Choc Caal> & not Choc.")
    return world, interview_id


def test_record_pdf_in_english_reads_back(locked: tuple[World, int]) -> None:
    world, interview_id = locked
    service = InterviewService(world.desk.vault)
    pdf = service.record_pdf(world.sessions["sup.hs"], interview_id, "English (en)")
    text, pages = text_of(pdf)
    flat = " ".join(text.split())
    assert "Forensic interview record" in flat and world.c1.reference in flat
    assert "Interview protocol NICHD revised" in flat
    assert "Exploitation disclosed Forced labour; Sexual exploitation" in flat
    assert "Marisol Chan" in flat and "Insp. Rudy Tzul" in flat and "Observing" in flat  # persons present
    assert "NICHD: rapport" in flat and "Not needed" in flat  # phase log
    assert "Ángel Choc" in flat and "Talked about football & school <she likes maths>." in flat
    assert "Surname <Choc Caal> & not Choc." in flat  # addendum, escaped then read back
    digest = service.open(world.sessions["sup.hs"], interview_id).row.content_sha256
    assert digest in flat.replace(" ", "") or digest in text.replace("\n", "")
    assert "Signatures" in flat and "Reviewing supervisor" in flat
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert flat.index("Interview session") < flat.index("Persons present") < flat.index("Consent and rights")
    assert "Media reference" in flat and "Which protocol?" not in flat  # hidden by skip logic


def test_record_pdf_in_spanish(locked: tuple[World, int]) -> None:
    world, interview_id = locked
    text, _ = text_of(InterviewService(world.desk.vault).record_pdf(world.sessions["sup.hs"], interview_id, "Spanish (es)"))
    flat = " ".join(text.split())
    assert "Registro de entrevista forense" in flat
    assert "Protocolo de entrevista NICHD revisado" in flat
    assert "Explotación revelada Trabajo forzoso; Explotación sexual" in flat
    assert "Firmas" in flat and re.search(r"Página 1 de \d", flat)


def test_p1_markup_in_any_text_is_printed_not_interpreted() -> None:
    """P1: form labels, answers and names with markup print literally."""
    hostile = "<font size=80>big</font> <a href='file:///etc/passwd'>x</a> &amp; <b"
    record = InterviewRecord(
        case_reference="HS-2026-000001", form_title=hostile, form_version="1", state="DRAFT",
        interviewer=hostile, created="2026-11-23", language_code="en", language_name="English (en)",
        sections=(RecordSection(hostile, ((hostile, hostile),), RecordTable((hostile,), ((hostile,),))),),
        addenda=(("2026", hostile, hostile),),
    )
    text, _ = text_of(interview_record_pdf(record))
    assert text.count("<font size=80>big</font>") >= 4 and "Not locked" in text
