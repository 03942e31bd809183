"""Every published figure recomputed by a second, deliberately naive path: plain Python loops over
the cases read through the ORM (and the prevention register through its service), with each
definition written out again from the report's notes — never the statistics SQL. On a synthetic
vault, for two years and two roles, the service's tables, their suppressed form and the CSV files
equal it."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import (
    Case,
    CaseCode,
    IdentificationDecision,
    LegalProceeding,
    Person,
    Repatriation,
    ServiceDelivery,
    vocab,
)
from desktop.reports.figures import TOTAL, Period, StatisticsReport
from desktop.services.statistics.prevention import PreventionService
from desktop.services.statistics.report import AnnualReportService
from desktop.services.statistics.service import StatisticsService
from desktop.services.user import UserSession
from desktop.storage.store import Store
from desktop.synthetic import synth

from ..conftest import Desk
from .disclosure import assert_protected
from .stats_world import StatsWorld

YEARS = (2024, 2025)
GOVERNMENT = set(vocab.GOVERNMENT_DECIDERS)
SEXUAL = {"SEXUAL_EXPLOITATION"}
LABOUR = {"FORCED_LABOUR", "CHILD_LABOUR", "SERVITUDE"}
Cells = dict[str, Counter[tuple[str, str]]]


@dataclass
class Record:
    """One case as the naive path sees it."""

    case: Case
    decisions: list[IdentificationDecision] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    services: list[ServiceDelivery] = field(default_factory=list)
    proceedings: list[LegalProceeding] = field(default_factory=list)
    returns: list[Repatriation] = field(default_factory=list)


def read_everything(store: Store) -> list[Record]:
    """Every case and the rows the figures count, read as the store's own session allows (the
    vault's key holder; on the office server its owner)."""
    with store.session() as s:
        records = {c.id: Record(c) for c in s.scalars(select(Case))}
        for c in records.values():
            _ = c.case.person.sex  # loaded while the session is open
        for model, put in ((IdentificationDecision, "decisions"), (ServiceDelivery, "services"),
                           (LegalProceeding, "proceedings"), (Repatriation, "returns")):
            for row in s.scalars(select(model)):
                getattr(records[row.case_id], put).append(row)
        for code in s.scalars(select(CaseCode).where(CaseCode.kind == "exploitation")):
            records[code.case_id].forms.add(code.code)
        s.expunge_all()
    return list(records.values())


def age(person: Person, day: date) -> int | None:
    birth, estimate = person.date_of_birth, person.estimated_age
    if birth is not None:
        years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day):
            years -= 1
    elif estimate is not None:
        since = person.age_estimated_on
        years = estimate + ((day - since).days // 365 if since else 0)
    else:
        return None
    if years < 0:
        return None
    if person.age_disputed and years >= 18:
        return 17
    return years


def age_group(years: int | None, starts: tuple[int, ...] = (0, 12, 18, 25)) -> str:
    """The group starting at the last of `starts` not above `years`: "0–11", …, "25+"."""
    if years is None:
        return "UNKNOWN"
    for low, high in zip(starts, (*starts[1:], None), strict=True):
        if high is None:
            return f"{low}+"
        if low <= years < high:
            return f"{low}–{high - 1}"
    raise AssertionError(years)


def naive(records: list[Record], year: int, starts: tuple[int, ...] = (0, 12, 18, 25)) -> Cells:
    start, end = date(year, 1, 1), date(year, 12, 31)
    cells: Cells = defaultdict(Counter)
    for r in records:
        person = r.case.person
        sex = person.sex
        ordered = sorted(r.decisions, key=lambda d: (d.decided_on, d.id))
        gov = [d for d in ordered if d.status == "CONFIRMED" and d.decided_by_type in GOVERNMENT]
        other = [d for d in ordered if d.status == "CONFIRMED" and d.decided_by_type not in GOVERNMENT]
        first_gov = gov[0].decided_on if gov else None
        if first_gov and start <= first_gov <= end:
            cells["victims"][("IDENTIFIED", sex)] += 1
            cells["sex_age"][(age_group(age(person, first_gov), starts), sex)] += 1
            first_nationality = person.citizenships.split(",")[0] if person.citizenships else ""
            cells["nationality"][(first_nationality or "UNKNOWN", sex)] += 1
            s, la = bool(r.forms & SEXUAL), bool(r.forms & LABOUR)
            group = ("SEXUAL_AND_LABOUR" if s and la else "SEXUAL" if s else "LABOUR" if la else
                     "OTHER_ONLY" if r.forms - SEXUAL - LABOUR else "NOT_RECORDED")
            cells["exploitation"][(group, sex)] += 1
        if other and start <= other[0].decided_on <= end and not any(d.decided_on <= end for d in gov):
            cells["victims"][("NGO_IDENTIFIED", sex)] += 1
        settled = [d for d in ordered if d.status in ("CONFIRMED", "NOT_A_VICTIM")]
        if ordered and start <= ordered[0].decided_on <= end and \
                not any(d.decided_on <= end for d in settled):
            cells["victims"][("POTENTIAL", sex)] += 1
        active = {v.service_type for v in r.services
                  if v.started_on <= end and (v.ended_on is None or v.ended_on >= start)}
        by_end = [d for d in ordered if d.decided_on <= end]
        if active and not (by_end and by_end[-1].status == "NOT_A_VICTIM"):
            category = ("IDENTIFIED_EARLIER" if first_gov and first_gov < start else
                        "IDENTIFIED_IN_PERIOD" if first_gov and first_gov <= end else "NOT_CONFIRMED")
            cells["assisted"][(category, sex)] += 1
            for kind in active:
                cells["assistance"][(kind, category)] += 1
        for lp in r.proceedings:
            opened = lp.opened_on and start <= lp.opened_on <= end
            decided = lp.decided_on and start <= lp.decided_on <= end
            for column, counted in (
                    ("INVESTIGATIONS", opened and lp.stage == "INVESTIGATION"),
                    ("PROSECUTIONS", opened and lp.stage in ("PROSECUTION_INITIATED", "PENDING",
                                                             "CONVICTED", "ACQUITTED",
                                                             "DISMISSED_WITHDRAWN")),
                    ("CONVICTIONS", decided and lp.stage == "CONVICTED"),
                    ("ACQUITTALS", decided and lp.stage == "ACQUITTED"),
                    ("DISMISSED", decided and lp.stage == "DISMISSED_WITHDRAWN")):
                if counted:
                    cells["justice"][(lp.offence, column)] += 1
        for back in r.returns:
            if back.repatriated_on and start <= back.repatriated_on <= end:
                cells["repatriation"][(back.destination_country, back.carried_out_by)] += 1
    return cells


def naive_prevention(store: Store, me: UserSession, year: int) -> Cells:
    cells: Cells = defaultdict(Counter)
    service = PreventionService(store)
    for t in service.trainings(me, Period.year(year)):
        for col, n in (("TRAININGS", 1), ("FEMALE", t.participants_female), ("MALE", t.participants_male),
                       ("UNKNOWN", t.participants_unknown), ("PARTICIPANTS", t.participants)):
            cells["trainings"][(t.audience, col)] += n
    for c in service.campaigns(me, Period.year(year)):
        cells["campaigns"][(c.channel, "CAMPAIGNS")] += 1
        cells["campaigns"][(c.channel, "REACH")] += c.reach
    return cells


def expected(cells: Cells, key: str, row: str, col: str) -> int:
    found = cells.get(key, Counter())
    return sum(n for (r, c), n in found.items() if row in (r, TOTAL) and col in (c, TOTAL))


def assert_equal(report: StatisticsReport, cells: Cells) -> None:
    for table in report.tables:
        for r in (*table.rows, TOTAL):
            for c in (*table.columns, TOTAL):
                if table.count(r, c) is None:
                    continue  # a total the table does not publish
                assert table.count(r, c) == expected(cells, table.key, r, c), (table.key, r, c)
                shown = table.shown(r, c)
                if report.suppressed and table.key not in ("trainings", "campaigns"):
                    assert (table.text(r, c) == "<5") == (0 < (table.count(r, c) or 0) < 5)
                assert shown is None or shown == expected(cells, table.key, r, c)
        found = {rc for rc, n in cells.get(table.key, Counter()).items() if n}
        assert found <= {(r, c) for r in table.rows for c in table.columns}, table.key


@pytest.fixture
def world(desk: Desk) -> StatsWorld:
    w = StatsWorld(desk)
    synth.fill(desk.vault, 700, seed=12, user=desk.admin)
    return w


@pytest.mark.slow
def test_every_published_figure_equals_a_naive_recount(world: StatsWorld) -> None:
    desk = world.desk
    records = read_everything(desk.vault)
    service = StatisticsService(desk.vault)
    for year in YEARS:
        cells = naive(records, year) | naive_prevention(desk.vault, world.sessions["me.officer"], year)
        assert sum(cells["victims"].values()) > 20  # enough cases for the figures to mean something
        for role in ("me.officer", "sup.hs"):
            for suppressed in (False, True):
                report = service.report(world.sessions[role], Period.year(year),
                                        suppressed=suppressed)
                assert_equal(report, cells)
                if suppressed:
                    assert_protected([t for t in report.tables
                                      if t.key not in ("trainings", "campaigns")], 5)
        files = AnnualReportService(desk.vault).tables(world.sessions["me.officer"],
                                                       Period.year(year), fmt="csv")
        victims = list(csv.reader(io.StringIO(files[0].data.decode("utf-8-sig"))))
        assert victims[1][1:] == [
            str(expected(cells, "victims", "IDENTIFIED", c)) if v not in ("<5", "—") else v
            for c, v in zip(("FEMALE", "MALE", "UNKNOWN", TOTAL), victims[1][1:], strict=True)]
