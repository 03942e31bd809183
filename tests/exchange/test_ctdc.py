"""CTDC export: value sets and ageBroad bins, flags, and k-anonymity on a synthetic vault."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date

import pytest

from desktop.exchange import ctdc
from desktop.exchange.kanon import anonymise
from desktop.services import audit
from desktop.services.errors import PermissionDenied
from desktop.services.exchange import ExchangeService
from desktop.synthetic import synth

from ..conftest import Desk
from ..services.stats_world import StatsWorld


@pytest.mark.parametrize(("age", "label"), [(0, "0--8"), (8, "0--8"), (9, "9--17"), (17, "9--17"),
                                            (18, "18--20"), (29, "27--29"), (30, "30--38"),
                                            (47, "39--47"), (48, "48+"), (None, "")])
def test_age_broad_bins(age: int | None, label: str) -> None:
    assert ctdc.age_broad(age) == label


def test_record_flags_for_sexual_and_labour_minor() -> None:
    fact = (1, date(2025, 3, 10), "FEMALE", date(2008, 6, 1), None, None, False, "GT,BZ",
            date(2024, 1, 5), "BZ", date(2023, 12, 1))
    row = ctdc.record_of(fact, {"exploitation": {"SEXUAL_EXPLOITATION", "FORCED_LABOUR"},
                                "means_of_control": {"DEBT_BONDAGE"}, "sector": {"AGRICULTURE"}},
                         None)
    assert (row["yearOfRegistration"], row["gender"], row["ageBroad"], row["majorityStatus"]) == (
        "2025", "Female", "9--17", "Minor")
    assert row["citizenship"] == "GT" and row["CountryOfExploitation"] == "BZ"
    assert (row["isSexualExploit"], row["isForcedLabour"], row["isSexAndLabour"]) == ("1", "1", "1")
    assert row["isForcedMarriage"] == "0" and row["meansOfControlDebtBondage"] == "1"
    assert row["typeOfLabourAgriculture"] == "1" and row["typeOfSexProstitution"] == ""  # unknown
    assert row["recruiterRelationFamily"] == "" and set(row) == set(ctdc.COLUMNS)


def test_anonymise_generalises_then_suppresses() -> None:
    records = [{"a": "x", "b": str(i % 2)} for i in range(30)] + [{"a": "y", "b": "9"}]
    released, report = anonymise(records, ("a", "b"), 11, [("b left blank", lambda r: r | {"b": ""})])
    assert report.suppressed == 1 and len(released) == 30
    assert report.generalised == (("b left blank", 1),)
    assert min(Counter((r["a"], r["b"]) for r in released).values()) >= 11


def test_small_world_is_all_suppressed_at_k11(desk: Desk) -> None:
    world = StatsWorld(desk)
    export = ExchangeService(desk.vault).ctdc_export(world.sessions["me.officer"])
    assert export.records == 0 and any("Suppressed (left out): 6 records" in n for n in export.notes)
    with pytest.raises(PermissionDenied):
        ExchangeService(desk.vault).ctdc_export(world.sessions["cw.hs"])


@pytest.mark.slow
def test_ctdc_export_of_synthetic_vault_is_k_anonymous(desk: Desk) -> None:
    """3,000 synthetic cases: every quasi-identifier combination is shared by ≥ 11 records, the
    export names nobody, and the audit trail records it (the 100,000-case run is in bench/)."""
    synth.fill(desk.vault, 3_000, user=desk.admin)
    world = StatsWorld(desk)
    export = ExchangeService(desk.vault).ctdc_export(world.sessions["me.officer"], fmt="csv")
    rows = list(csv.DictReader(io.StringIO(export.data.decode("utf-8-sig"))))
    assert len(rows) == export.records > 1_000
    assert list(rows[0]) == list(ctdc.COLUMNS)
    groups = Counter(tuple(r[q] for q in ctdc.QUASI_IDENTIFIERS) for r in rows)
    assert min(groups.values()) >= 11
    assert {r["ageBroad"] for r in rows} <= {label for _, label in ctdc.AGE_BROAD} | {"48+", ""}
    assert {r["gender"] for r in rows} <= {"Female", "Male", ""}
    text = export.data.decode("utf-8-sig")
    assert "Alma" not in text and "Testperson" not in text
    with desk.vault.session() as s:
        assert audit.entries(s, action="export")[0].record_type == "ctdc"
    xlsx = ExchangeService(desk.vault).ctdc_export(world.sessions["me.officer"], fmt="xlsx", k=20)
    assert xlsx.data[:2] == b"PK" and xlsx.records <= export.records


@pytest.mark.slow
def test_ctdc_export_of_the_100000_case_synthetic_vault_is_k_anonymous(desk: Desk) -> None:
    """The issue's figure: `casedesk synth --cases 100000`, then the CTDC export of every victim
    holds no quasi-identifier combination shared by fewer than 11 records (about 4 minutes)."""
    synth.fill(desk.vault, 100_000, user=desk.admin)
    world = StatsWorld(desk)
    export = ExchangeService(desk.vault).ctdc_export(world.sessions["me.officer"], fmt="csv")
    rows = list(csv.DictReader(io.StringIO(export.data.decode("utf-8-sig"))))
    assert len(rows) == export.records > 40_000
    groups = Counter(tuple(r[q] for q in ctdc.QUASI_IDENTIFIERS) for r in rows)
    assert min(groups.values()) >= 11
    assert any(note.startswith("Smallest group released") for note in export.notes)
