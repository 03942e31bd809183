"""The annual report PDF read back as a reader would, its sentences for every kind of figure, its
charts' marked gaps, and its tables as CSV and XLSX."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Rect, String

from desktop.exchange.tabular import read_xlsx
from desktop.reports import annual_sentences as say
from desktop.reports.annual_charts import bars
from desktop.reports.figures import TOTAL, Table
from desktop.services.errors import PermissionDenied
from desktop.services.statistics.prevention import CampaignRecord, PreventionService, TrainingRecord
from desktop.services.statistics.report import AnnualReportService
from desktop.services.statistics.service import Period

from ..conftest import Desk
from ..services.stats_world import StatsWorld

Y2025 = Period.year(2025)


@pytest.fixture
def world(desk: Desk) -> StatsWorld:
    w = StatsWorld(desk)
    me = w.sessions["me.officer"]
    PreventionService(desk.vault).save(me, TrainingRecord(date(2025, 3, 4), "POLICE", "CAYO",
                                                          participants_female=12,
                                                          participants_male=18))
    PreventionService(desk.vault).save(me, CampaignRecord(date(2025, 7, 30), "RADIO", "spa", 40_000))
    return w


def _pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_report_reads_like_the_council_report(world: StatsWorld) -> None:
    result = AnnualReportService(world.desk.vault).pdf(world.sessions["me.officer"], Y2025,
                                                       suppressed=False)
    pages = _pages(result.data)
    text = " ".join(pages)
    assert "Actions against Human Trafficking" in text and "January–December 2025" in text
    assert "Contents" in text and "Notes on definitions" in text
    assert "In 2025, 3 victims of trafficking were identified by government institutions " \
           "(up from 1 in 2024)" in text
    assert "Non-governmental organisations alone identified one person, and one person was " \
           "recorded as a potential victim" in text
    assert "Of them, one was under 18 when they were identified." in text
    assert "In 2025, 2 victims received assistance: one identified during the year, one " \
           "identified in earlier years and none whose status was not confirmed" in text
    assert "courts handed down one conviction and no acquittals" in text
    assert "held one training session for 30 participants in 2025" in text
    assert "In 2025, one awareness campaign was run, with an estimated reach of 40,000 people." in text
    assert "Table 1. Victims by identification status and sex" in text and "Figure 1." in text
    assert "Alma" not in text and "Testperson" not in text
    assert len(pages) >= 5
    assert all("INTERNAL USE ONLY" in page for page in pages)  # unsuppressed: every page says so


def test_suppressed_spanish_report_hides_small_counts_the_same_everywhere(world: StatsWorld) -> None:
    result = AnnualReportService(world.desk.vault).pdf(world.sessions["me.officer"], Y2025,
                                                       language="es")
    text = " ".join(_pages(result.data))
    assert "Acciones contra la trata de personas" in text and "enero–diciembre de 2025" in text
    assert "identificaron a menos de 5 víctimas de trata" in text
    assert "<5" in text and "Las cifras de 1 a 4 se muestran como «<5»" in text
    assert "USO INTERNO" not in text and "Mujeres" in text and "Víctimas potenciales" in text
    assert result.filename == "annual-report-2025-es.pdf"
    assert not re.search(r"al menos 0|menos de 0", text)


def test_an_empty_year_says_nothing_was_recorded(world: StatsWorld) -> None:
    text = " ".join(_pages(AnnualReportService(world.desk.vault).pdf(
        world.sessions["me.officer"], Period.year(2019)).data))
    for sentence in ("No victims or potential victims of trafficking were recorded in 2019.",
                     "No victims were identified by government institutions in 2019.",
                     "No assistance to victims was recorded in 2019.",
                     "No investigations, prosecutions or court decisions were recorded in 2019.",
                     "No repatriations were recorded in 2019.",
                     "No training sessions were recorded in 2019.",
                     "No awareness campaigns were recorded in 2019."):
        assert sentence in text
    assert " 0 " not in text.split("Table 1")[0].split("Victims identified")[-1]


def _table(key: str, rows: tuple[str, ...], cols: tuple[str, ...], values: list[list[int]],
           primary: set[tuple[int, int]] = frozenset(), hidden: set[tuple[int, int]] = frozenset(),
           ) -> Table:  # type: ignore[assignment]
    grid = [[*line, sum(line)] for line in values]
    grid.append([sum(col) for col in zip(*grid, strict=True)])
    return Table(key, "persons", rows, cols, tuple(tuple(r) for r in grid), frozenset(primary),
                 frozenset(hidden))


CATS = ("IDENTIFIED", "NGO_IDENTIFIED", "POTENTIAL")
SEX = ("FEMALE", "MALE", "UNKNOWN")
CASES = {  # (identified, ngo, potential), the hidden ones
    "zero and one": ([[0, 0, 0], [1, 0, 0], [0, 0, 0]], set(), set()),
    "small": ([[2, 1, 0], [20, 0, 0], [30, 0, 0]], {(0, 0), (0, 1), (0, 3)}, set()),
    "hidden": ([[40, 0, 0], [3, 0, 0], [25, 0, 0]], {(1, 0), (1, 3)}, {(2, 0), (2, 3)}),
    "large": ([[1200, 800, 0], [60, 40, 0], [300, 200, 0]], set(), set()),
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", list(CASES))
def test_sentences_are_grammatical_for_every_kind_of_figure(lang: str, case: str) -> None:
    values, primary, hidden = CASES[case]
    table = _table("victims", CATS, SEX, values, primary, hidden)
    text = say.victims(lang, "2025", table, "")
    for sentence in re.split(r"(?<=\.) ", text):
        assert sentence[:1].isupper(), sentence  # no sentence starts with a number or lower case
    assert not re.search(r"at least|al menos|\b0 |fewer than 0|menos de 0", text)
    expected = {
        ("en", "zero and one"): "In 2025, no victims of trafficking were identified by government "
                                "institutions. Non-governmental organisations alone identified one "
                                "person, and no one was recorded as a potential victim",
        ("es", "zero and one"): "En 2025, las instituciones del gobierno no identificaron a ninguna "
                                "víctima de trata. Se identificó una persona solo por organizaciones "
                                "no gubernamentales, y no se registró ninguna persona como víctima "
                                "potencial",
        ("en", "small"): "In 2025, fewer than 5 victims of trafficking were identified",
        ("es", "small"): "identificaron a menos de 5 víctimas de trata",
        ("en", "hidden"): "and an unpublished number of people were recorded as potential victims",
        ("es", "hidden"): "se registró un número no publicado de personas como víctimas potenciales",
        ("en", "large"): "In 2025, 2,000 victims of trafficking were identified",
        ("es", "large"): "identificaron a 2,000 víctimas de trata",
    }[(lang, case)]
    assert expected in text
    hint = "hidden to protect a small figure" if lang == "en" else "para proteger una cifra pequeña"
    assert (hint in text) == bool(hidden)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_section_reads_for_zero_one_small_and_hidden(lang: str) -> None:
    assisted = _table("assisted", ("IDENTIFIED_IN_PERIOD", "IDENTIFIED_EARLIER", "NOT_CONFIRMED"),
                      SEX, [[1, 0, 0], [0, 0, 0], [30, 20, 0]], {(0, 0), (0, 3)}, {(2, 0), (2, 3)})
    justice_values = [[0, 1, 1, 0, 0]]
    justice = Table("justice", "proceedings", ("TIP_ACT_2013",),
                    ("INVESTIGATIONS", "PROSECUTIONS", "CONVICTIONS", "ACQUITTALS", "DISMISSED"),
                    ((*justice_values[0], None), (*justice_values[0], None)))
    repatriation = _table("repatriation", ("GT",), ("GOVERNMENT_OF_BELIZE", "IOM"), [[0, 1]])
    texts = [say.assistance(lang, "2025", assisted), say.justice(lang, "2025", justice),
             say.repatriation(lang, "2025", repatriation)]
    for text in texts:
        assert text[:1].isupper() and text.endswith(".")
        assert not re.search(r"\b(1|0) (victims|were|víctimas)", text)
    if lang == "en":
        assert "one prosecution was initiated and no investigations were opened" in texts[1]
        assert texts[2] == "In 2025, one victim was repatriated, with the assistance of IOM."
    else:
        assert "se inició una acción penal y no se abrió ninguna investigación" in texts[1]
        assert texts[2] == "En 2025 se repatrió a una víctima, con la asistencia de la OIM."


def test_a_chart_marks_hidden_counts_as_labelled_gaps_not_zeros() -> None:
    drawing = bars(["Sexual exploitation", "Labour exploitation"], [[19, "—"], ["<5", 0]],
                   ["Female", "Male"], note="Dashed bars are hidden counts")
    shapes = drawing.contents
    dashed = [s for s in shapes if isinstance(s, Rect) and getattr(s, "strokeDashArray", None)]
    labels = [s.text for s in shapes if isinstance(s, String)]
    assert len(dashed) == 2 and "—" in labels and "<5" in labels and "19" in labels
    assert "Dashed bars are hidden counts" in labels


def test_every_table_as_csv_and_xlsx(world: StatsWorld) -> None:
    service, me = AnnualReportService(world.desk.vault), world.sessions["me.officer"]
    files = service.tables(me, Y2025, fmt="csv", suppressed=True)
    assert len(files) == 10 and files[0].filename.endswith("01-victims.csv")
    victims = list(csv.reader(io.StringIO(files[0].data.decode("utf-8-sig"))))
    assert victims[0] == ["", "Female", "Male", "Not recorded", "Total"]
    assert victims[1][:2] == ["Identified (government)", "<5"]
    cells = {v for line in victims[1:5] for v in line[1:]}
    assert cells <= {"<5", "—", "0", "5"}
    assert ["<5  fewer than 5 (from 1 to 4)"] in victims
    assert (["—  hidden to protect a small figure"] in victims) == ("—" in cells)
    book = service.tables(me, Y2025, fmt="xlsx", suppressed=False, language="es")[0]
    rows = read_xlsx(book.data)
    assert rows[0][1:3] == ("Mujeres", "Hombres") and rows[1][0] == "Identificadas (gobierno)"
    assert rows[1][1] == 2
    assert any(r[0] and str(r[0]).startswith("SOLO PARA USO INTERNO") for r in rows)
    with pytest.raises(PermissionDenied):
        service.pdf(world.sessions["sup.hs"], Y2025)  # statistics.view but no export


def test_assistance_has_no_total_row_and_says_why(world: StatsWorld) -> None:
    report = AnnualReportService(world.desk.vault).pdf(world.sessions["me.officer"], Y2025,
                                                       suppressed=False)
    text = " ".join(_pages(report.data))
    assert "the rows are not added up; Table 5 counts each person once" in text
    table = AnnualReportService(world.desk.vault).statistics.report(
        world.sessions["me.officer"], Y2025).table("assistance")
    assert not table.has_total_row and table.count(TOTAL, "NOT_CONFIRMED") is None
