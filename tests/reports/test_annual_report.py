"""The annual report PDF read back as a reader would, and its tables as CSV and XLSX."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.exchange.tabular import read_xlsx
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
                                                participants_female=12, participants_male=18))
    PreventionService(desk.vault).save(me, CampaignRecord(date(2025, 7, 30), "RADIO", "spa", 40_000))
    return w


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_report_reads_like_the_council_report(world: StatsWorld) -> None:
    result = AnnualReportService(world.desk.vault).pdf(world.sessions["me.officer"], Y2025, suppressed=False)
    text = " ".join(_text(result.data).split())
    assert "Actions against Human Trafficking" in text and "January–December 2025" in text
    assert "Contents" in text and "Notes on definitions" in text
    assert "In 2025, 3 victims of trafficking were identified by government institutions " \
           "(up from 1 in 2024)" in text
    assert "1 were recorded as potential victims" in text
    assert "1 identified during the year and 1 identified in earlier years" in text
    assert "courts handed down 1 convictions" in text
    assert "Table 1. Victims by identification status and sex" in text and "Figure 1." in text
    assert "held 1 training sessions for 30 participants" in text
    assert "Alma" not in text and "Testperson" not in text
    assert len(PdfReader(io.BytesIO(result.data)).pages) >= 5


def test_suppressed_spanish_report_hides_small_counts(world: StatsWorld) -> None:
    result = AnnualReportService(world.desk.vault).pdf(world.sessions["me.officer"], Y2025, language="es")
    text = " ".join(_text(result.data).split())
    assert "Acciones contra la trata de personas" in text and "enero–diciembre de 2025" in text
    assert "identificaron menos de 5 víctimas de trata" in text
    assert "<5" in text and "Los recuentos de 1 a 4 se muestran como «<5»" in text
    assert result.filename == "annual-report-2025-es.pdf"


def test_every_table_as_csv_and_xlsx(world: StatsWorld) -> None:
    service, me = AnnualReportService(world.desk.vault), world.sessions["me.officer"]
    files = service.tables(me, Y2025, fmt="csv", suppressed=True)
    assert len(files) == 10 and files[0].filename.endswith("01-victims.csv")
    victims = list(csv.reader(io.StringIO(files[0].data.decode("utf-8-sig"))))
    assert victims[0] == ["", "Female", "Male", "Not recorded", "Total"]
    assert victims[1] == ["Identified (government)", "<5", "<5", "0", "<5"]
    assert victims[-1] == ["Total", "<5", "<5", "0", "5"]
    book = service.tables(me, Y2025, fmt="xlsx", suppressed=False, language="es")[0]
    rows = read_xlsx(book.data)
    assert rows[0][1:3] == ("Mujeres", "Hombres") and rows[1][0] == "Identificadas (gobierno)"
    assert rows[1][1] == 2
    with pytest.raises(PermissionDenied):
        service.pdf(world.sessions["sup.hs"], Y2025)  # statistics.view but no export
