"""P1: names in Chinese, Japanese, Korean, Arabic, Hebrew and emoji print in every PDF — referral
packet, case summary, interview record, annual report — with a real glyph for every character,
Arabic joined, right-to-left text in display order, and a visible mark (U+FFFD) instead of an empty
box for what no font has. Read back with pypdf; glyphs checked in the embedded font subsets."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from desktop.reports.annual_report import annual_report_pdf
from desktop.reports.document import DocumentInfo, build_pdf, key_value_table, rich, text
from desktop.reports.scripts import font_runs, visual
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.interviews.service import InterviewService
from desktop.services.referrals.documents import ReferralDocuments
from desktop.services.referrals.service import ReferralDraft, ReferralService
from desktop.services.statistics.service import Period, StatisticsService

from ..conftest import Desk
from ..services.interview_world import complete_answers
from ..services.stats_world import StatsWorld
from ..services.test_referrals import _agency
from ..views.case_world import add_staff, seed_cases, session_of
from .glyphs import Glyphs, glyphs_of

CHINESE, JAPANESE, KOREAN, ARABIC, HEBREW, EMOJI = "王秀英", "山田花子", "김민준", "محمد عبدالله", "דוד כהן", "👩‍👧"
NAMES = (CHINESE, JAPANESE, KOREAN, ARABIC, HEBREW, EMOJI)
ALL = " · ".join(NAMES)
INFO = DocumentInfo(title="Scripts", document_id="CD-P1", marking="CONFIDENTIAL", generated_by=f"{CHINESE} {ARABIC}",
                    generated_at="2026-11-20 09:00")


def visible(value: str) -> set[str]:
    """The characters a reader sees (no spaces, no zero-width joiner)."""
    return {c for c in value if not c.isspace() and unicodedata.category(c) != "Cf"}


def assert_every_script_prints(found: Glyphs) -> None:
    assert found.missing == set(), f"drawn without a glyph: {sorted(found.missing)}"
    for name in (CHINESE, JAPANESE, KOREAN, HEBREW, EMOJI):
        assert visible(name) <= found.drawn, name
    assert visible(ARABIC) <= found.letters()
    arabic_drawn = {c for c in found.drawn if unicodedata.bidirectional(c) == "AL"}
    # joined: initial/medial/final forms (presentation forms), never the bare letters
    assert arabic_drawn and all(0xFB50 <= ord(c) <= 0xFEFC for c in arabic_drawn), arabic_drawn
    assert {"ﻣ", "ﺤ", "ﻤ", "ﺪ"} <= arabic_drawn  # meem initial, hah medial, meem medial, dal final
    assert {"DroidSansFallback", "NotoSansArabic", "NotoSansHebrew", "Symbola"} <= {
        name.split("-")[0] for name in found.fonts}
    flat = " ".join(found.text.split())
    assert CHINESE in flat and JAPANESE in flat and KOREAN in flat
    # pypdf reads right-to-left runs back into logical order: only a run drawn right to left (its
    # last letter leftmost) reads back as typed
    assert HEBREW in flat
    assert ARABIC in unicodedata.normalize("NFKC", flat)


def test_the_shared_blocks_print_every_script_with_real_glyphs_p1() -> None:
    pdf = build_pdf(INFO, [text(ALL), key_value_table([(name, name) for name in NAMES]),
                           rich([("Name: ", "b"), (ALL, "")])])
    assert_every_script_prints(glyphs_of(pdf))


def test_a_character_no_font_has_prints_as_a_visible_replacement_p1() -> None:
    """U+FFFD instead of an empty box; the escaping of P1 holds for every run."""
    found = glyphs_of(build_pdf(INFO, [text("Ω \U0001D4D0 \u0D9A <b>&amp;</b> 王")]))
    assert found.missing == set() and "\ufffd" in found.drawn
    assert "<b>&amp;</b>" in found.text and "\ufffd" in found.text
    assert [font for font, _ in font_runs("a王b", "CaseDeskSans")] == ["CaseDeskSans", "CaseDeskCJK", "CaseDeskSans"]


@pytest.mark.parametrize(
    ("logical", "display"),
    [
        ("דוד כהן", "ןהכ דוד"),
        ("abc דוד def", "abc דוד def"[:4] + "דוד"[::-1] + " def"),
        ("דוד (David) 2024", "2024 (David) " + "דוד"[::-1]),
        ("Ana: דוד [כהן]", "Ana: " + "[ןהכ] דוד"),
        ("דוד 👩\u200d👧", "👩\u200d👧 דוד"),  # an emoji sequence keeps its order inside a right-to-left run
        ("שָׁלוֹם", "ם" + "וֹ" + "ל" + "שָׁ"),  # points stay after their letter
    ],
)
def test_right_to_left_runs_are_in_display_order_with_mirrored_brackets_p1(logical: str, display: str) -> None:
    assert visual(logical) == display


def test_a_right_to_left_paragraph_starts_on_its_first_line_p1() -> None:
    letters = "אבגדהוזחטי"
    words = [f"מילה{a}{b}" for a in letters for b in letters][:60]
    pdf = build_pdf(INFO, [text(" ".join(words))])
    lines = [line for line in glyphs_of(pdf).text.split("\n") if "מילה" in line]
    assert len(lines) >= 3
    assert words[0] in lines[0] and words[1] in lines[0] and words[-1] in lines[-1]


@pytest.fixture
def documents(desk: Desk, tmp_path: Path) -> dict[str, bytes]:
    """One case named in six scripts, through the real services: packet, summary, interview record
    (also written to tmp_path, to be rendered with pdftoppm and looked at)."""
    add_staff(desk.accounts, desk.admin)
    seeded = seed_cases(desk.vault)
    ana, carmen = session_of(desk.vault, "ana"), session_of(desk.vault, "carmen")
    case = CaseService(desk.vault).create(ana, NewCase(f"{CHINESE} {JAPANESE}", f"{KOREAN} {ARABIC}", "FEMALE",
                                             aliases=(HEBREW, EMOJI), citizenships=("CN",)))
    referral = ReferralService(desk.vault).create(ana, case.id, ReferralDraft(
        _agency(desk, "NGO"), services=("MEDICAL",), cover_note=f"Speaks with {ALL}."))
    packet = ReferralDocuments(desk.vault).packet(ana, referral.id, "preview").pdf
    summary = ReferralDocuments(desk.vault).case_summary(carmen, case.id).pdf
    from desktop.services.accounts.users import NewUser

    from ..views.case_world import PASSWORD

    desk.accounts.create_user(desk.admin, NewUser("marisol", "Marisol Chan", "FORENSIC_INTERVIEWER", "HS", 3),
                              known_password=PASSWORD)
    CaseService(desk.vault).assign(carmen, case.id, ("marisol",))
    marisol = session_of(desk.vault, "marisol")
    interviews = InterviewService(desk.vault)
    interview_id = interviews.start(marisol, case.id)
    answers = {**complete_answers(), "disclosure_summary": f"{ALL} — {ARABIC} {HEBREW}",
               "interpreter_name": ARABIC, "location": f"{CHINESE} 北京"}
    interviews.save_draft(marisol, interview_id, answers)
    record = interviews.record_pdf(marisol, interview_id)
    assert seeded is not None
    made = {"packet": packet, "summary": summary, "interview record": record}
    for name, pdf in made.items():
        (tmp_path / f"{name.replace(' ', '-')}.pdf").write_bytes(pdf)
    return made


@pytest.mark.parametrize("which", ["packet", "summary", "interview record"])
def test_a_case_named_in_six_scripts_prints_in_every_case_document_p1(documents: dict[str, bytes], which: str) -> None:
    assert_every_script_prints(glyphs_of(documents[which]))


def test_the_annual_report_prints_every_script_p1(desk: Desk, tmp_path: Path) -> None:
    world = StatsWorld(desk)
    report = StatisticsService(desk.vault).report(world.sessions["me.officer"], Period.year(2025), None, suppressed=True)
    pdf = annual_report_pdf(report, language="es", generated_on=date(2026, 1, 15), filters_text=ALL)
    (tmp_path / "annual-report.pdf").write_bytes(pdf)
    assert_every_script_prints(glyphs_of(pdf))
