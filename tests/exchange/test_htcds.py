"""HTCDS: export under the template's field names, and the all-or-nothing import of IOM's
Excel template with problems reported by row."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.exchange import htcds
from desktop.exchange.tabular import read_xlsx
from desktop.services.cases.reads import CaseReads
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.exchange import ExchangeService

from ..conftest import Desk
from ..services.stats_world import StatsWorld

TEMPLATE = Path(__file__).resolve().parent / "data" / "htcds-excel-template-validated-v2.0.xlsx"


def _template() -> bytes:
    return TEMPLATE.read_bytes()


def _filled(rows: list[dict[str, object]]) -> bytes:
    """IOM's validated template with `rows` typed in from row 3, as a user would."""
    book = openpyxl.load_workbook(io.BytesIO(_template()))
    sheet = book["Case Sheet"]
    columns = {cell.value: cell.column for cell in sheet[1] if cell.value}
    for offset, values in enumerate(rows):
        for name, value in values.items():
            sheet.cell(3 + offset, columns[name], value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD = [
    {"prs_FirstName": "Marisol", "prs_SecondName": "Tzul", "prs_Gender": "Feminine",
     "prs_Birthdate": date(1998, 2, 3), "prs_Citizenship": "Guatemala",
     "vic_TraffickingStatus": "Actual victim of trafficking",
     "vic_TraffickinStatusDecisionMakingOrg": "Police",
     "vic_TypeOfExploitation": "Sexual exploitation; Forced labour",
     "vic_ForcedLabourIndustry": "Agriculture, forestry and fishing",
     "vic_MethodsOfControl": "Debt bondage ", "cas_Status": "Active", "con_Consent": "Yes"},
    {"prs_FirstName": "Juan", "prs_Gender": "Masculine", "prs_Citizenship": "HN",
     "vic_TraffickingStatus": "PossibleVictimOfTrafficking", "prs_MailingCity": "Orange Walk"},
]


def _count(world: StatsWorld) -> int:
    return CaseReads(world.desk.vault).count(world.sessions["sup.hs"])


def test_import_of_the_iom_template_creates_every_case(desk: Desk) -> None:
    world = StatsWorld(desk)
    before = _count(world)
    result = ExchangeService(desk.vault).htcds_import(world.sessions["cw.hs"], _filled(GOOD))
    assert result.problems == () and result.imported == 2
    assert result.ignored_columns == ("prs_MailingCity",)
    assert _count(world) == before + 2
    reads, cw = CaseReads(desk.vault), world.sessions["cw.hs"]
    detail = reads.open(cw, reads.search(cw, "Marisol")[0].id)
    assert set(detail.codes["exploitation"]) == {"SEXUAL_EXPLOITATION", "FORCED_LABOUR"}
    assert detail.codes["sector"] == ("AGRICULTURE",) and detail.codes["means_of_control"] == (
        "DEBT_BONDAGE",)
    assert detail.row.identification_status == "CONFIRMED" and detail.person is not None
    assert detail.person["citizenships"] == "GT"


def test_malformed_sheet_imports_nothing_and_reports_by_row(desk: Desk) -> None:
    world = StatsWorld(desk)
    before = _count(world)
    bad = [GOOD[0],
           {"prs_FirstName": "Ana", "prs_Gender": "Feminina", "prs_Birthdate": "3 March 1990"},
           {"prs_SecondName": "Sin Nombre", "prs_Citizenship": "Atlantis",
            "vic_TypeOfExploitation": "Forced labour; Piracy"},
           GOOD[1]]
    result = ExchangeService(desk.vault).htcds_import(world.sessions["cw.hs"], _filled(bad))
    assert result.imported == 0 and result.references == ()
    assert {(p.row, p.column) for p in result.problems} == {
        (4, "prs_Gender"), (4, "prs_Birthdate"), (5, "prs_FirstName"), (5, "prs_Citizenship"),
        (5, "vic_TypeOfExploitation")}
    assert _count(world) == before
    with pytest.raises(ValidationError):
        ExchangeService(desk.vault).htcds_import(world.sessions["cw.hs"], b"not a workbook")
    empty = ExchangeService(desk.vault).htcds_import(world.sessions["cw.hs"], _template())
    assert empty.imported == 0 and "no cases" in empty.problems[0].message


def test_export_uses_template_names_and_round_trips(desk: Desk) -> None:
    world = StatsWorld(desk)
    export = ExchangeService(desk.vault).htcds_export(world.sessions["sup.hs"], "xlsx")
    rows = read_xlsx(export.data)
    assert rows[0][1:] == htcds.TEMPLATE_COLUMNS
    alma = next(r for r in rows if r[3] == "Alma")
    by_name = dict(zip(rows[0], alma, strict=True))
    assert by_name["vic_TraffickingStatus"] == "Actual victim of trafficking"
    assert by_name["vic_TypeOfExploitation"] in ("Sexual exploitation; Forced labour",
                                                 "Forced labour; Sexual exploitation")
    assert by_name["prs_Citizenship"] == "GT"
    assert "Gloria" not in {r[3] for r in rows}  # Immigration's case is outside HS's scope
    again = ExchangeService(desk.vault).htcds_import(world.sessions["cw.hs"], export.data)
    assert again.problems == () and again.imported == export.records
    with pytest.raises(PermissionDenied):
        ExchangeService(desk.vault).htcds_export(world.sessions["me.officer"])
