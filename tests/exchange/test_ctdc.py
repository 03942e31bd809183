"""CTDC export: value sets and ageBroad bins, flags, and k-anonymity on a synthetic vault."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    released, report = anonymise(records, ("a", "b"), 11, [("b left blank", ("b",))])
    assert report.suppressed == 1 and len(released) == 30
    assert report.generalised == (("b left blank", 1),)
    assert min(Counter((r["a"], r["b"]) for r in released).values()) >= 11


def _reference(records: list[dict[str, str]], qis: tuple[str, ...], k: int,
               steps: list[tuple[str, tuple[str, ...]]]) -> tuple[list[dict[str, str]], list[int], int]:
    """The plain algorithm (the one CaseDesk shipped first): count every group at every step,
    blank the fields of every record in a group smaller than k, then drop what is still rare."""
    def key(r: dict[str, str]) -> tuple[str, ...]:
        return tuple(r.get(q, "") for q in qis)

    current, changed = [dict(r) for r in records], []
    for _, fields in steps:
        counts = Counter(key(r) for r in current)
        n = 0
        for i, r in enumerate(current):
            if counts[key(r)] < k:
                new = r | dict.fromkeys(fields, "")
                n += key(new) != key(r)
                current[i] = new
        changed.append(n)
    counts = Counter(key(r) for r in current)
    released = [r for r in current if counts[key(r)] >= k]
    return released, changed, len(current) - len(released)


values = st.sampled_from(["", "a", "b", "c"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.fixed_dictionaries({"x": values, "y": values, "z": values, "other": values}),
                max_size=80), st.integers(2, 6))
def test_the_grouped_anonymisation_releases_what_the_plain_one_does(records, k) -> None:  # type: ignore[no-untyped-def]
    """The k-anonymity result is unchanged by the faster grouping: same records released, in
    the same order, the same numbers generalised and suppressed."""
    steps = [("x and y blank", ("x", "y")), ("z blank", ("z",)), ("x blank", ("x",))]
    released, report = anonymise(records, ("x", "y", "z"), k, steps)
    expected, changed, suppressed = _reference(records, ("x", "y", "z"), k, steps)
    assert released == expected
    assert [n for _, n in report.generalised] == changed and report.suppressed == suppressed


def test_row_of_and_record_of_agree(desk: Desk) -> None:
    fact = (1, date(2025, 3, 10), "MALE", None, 30, date(2020, 1, 1), False, "HN", None, "", None)
    codes = {"exploitation": {"FORCED_LABOUR"}}
    row = ctdc.row_of(fact, ctdc._codes_of("exploitation:FORCED_LABOUR"), None)
    assert dict(zip(ctdc.COLUMNS, row, strict=True)) == ctdc.record_of(fact, codes, None)
    assert ctdc.record_of(fact, codes, None)["ageBroad"] == "30--38"  # 30 in 2020, 35 in 2025


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
    one_year = ExchangeService(desk.vault).ctdc_export(world.sessions["me.officer"], k=2,
                                                       years=(2024, 2024))
    years = {r["yearOfRegistration"] for r in csv.DictReader(
        io.StringIO(one_year.data.decode("utf-8-sig")))}
    assert years == {"2024"} and 0 < one_year.records < export.records


