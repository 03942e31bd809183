"""The operations `bench_scale.py` times, each on the encrypted vault and on its unencrypted copy.

Each operation is a call of the real services with the same arguments on both stores, so both
run the same SQL. Samples alternate between the two stores (vault, copy, copy, vault, …) so
that whatever else runs on the machine weighs on both alike. Every result's row count is checked:
the same on both stores, and above zero (or zero, for the queries meant to find nothing), so a
page that comes back empty can never pass for a fast one.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

SUPERVISOR, WORKER, LIAISON, ME = "hs.sup1", "hs.cw1", "pol.liaison1", "me.bench"
INTERVIEWER = "hs.int1"  # OWN scope, owns nothing: every case of theirs is an assignment
NAMES = ("ga", "garc", "garcia", "garcía", "maría", "maria", "josé", "hern", "hernández",
         "pop", "coc", "cal", "friesen", "wiebe", "klassen", "chen", "singh", "flowers", "arzú",
         "sabal", "núñez", "xol", "maquín", "teichröb", "ixchel", "xiomara", "passport", "shrimp",
         "maria gar", "jose hern", "ana pop")
NONE = ("zzqx", "xylophone", "qwertyuiop", "garcia zzqx", "HS-1999")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Timing:
    name: str
    target_ms: float | None
    enc: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    rows: tuple[int, int] = (0, 0)  # rows of the first result on each store
    expect: str = "some"  # "some", "none" or "any"

    def summary(self) -> dict[str, Any]:
        e, f = self.enc, self.floor
        out: dict[str, Any] = {"name": self.name, "target": self.target_ms, "rows": self.rows,
                               "samples": len(e), "expect": self.expect,
                               "enc_median": statistics.median(e), "enc_p95": p95(e)}
        if f:
            out |= {"floor_median": statistics.median(f), "floor_p95": p95(f),
                    "ratio": statistics.median(e) / statistics.median(f)}
        return out


def rows_of(result: Any) -> int:
    if isinstance(result, list | tuple):
        return len(result)
    if isinstance(result, int) and not isinstance(result, bool):
        return result
    return 1 if result is not None else 0


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def compare(t: Timing, enc: Callable[[int], Any], floor: Callable[[int], Any] | None,
            samples: int, *, warm: bool = True,
            count: Callable[[Any], int] = rows_of) -> Timing:
    """`samples` calls on each store, alternating; call i gets argument i (distinct cases). A
    read is called once on each store first, untimed (its pages in the cache, as in use)."""
    first: list[int | None] = [None, None]
    if warm:
        for call in (enc, floor):
            if call is not None:
                call(0)
    for i in range(samples):
        order = [(0, enc), (1, floor)] if i % 2 == 0 else [(1, floor), (0, enc)]
        for side, call in order:
            if call is None:
                continue
            ms, result = timed(lambda c=call, i=i: c(i))
            (t.enc if side == 0 else t.floor).append(ms)
            if first[side] is None:
                first[side] = count(result)
    t.rows = (first[0] or 0, first[1] or 0)
    if floor is not None and t.rows[0] != t.rows[1]:
        raise AssertionError(f"{t.name}: {t.rows[0]} rows on the vault, {t.rows[1]} on the copy")
    if t.expect == "some" and t.rows[0] == 0:
        raise AssertionError(f"{t.name}: no rows (an empty result cannot pass for a fast one)")
    if t.expect == "none" and t.rows[0] != 0:
        raise AssertionError(f"{t.name}: {t.rows[0]} rows where none were expected")
    return t


class Side:
    """The services of one store with the benchmark's users."""

    def __init__(self, store: Any, session_of: Callable[[Any, str], Any]) -> None:
        from desktop.services.cases.queue import WorkQueue
        from desktop.services.cases.reads import CaseReads
        from desktop.services.cases.service import CaseService
        from desktop.services.referrals.service import ReferralService

        self.store, self.reads, self.cases = store, CaseReads(store), CaseService(store)
        self.referrals, self.queue = ReferralService(store), WorkQueue(store)
        self.sup, self.worker = session_of(store, SUPERVISOR), session_of(store, WORKER)
        self.liaison = session_of(store, LIAISON)
        self.interviewer = session_of(store, INTERVIEWER)
        self.me = session_of(store, ME)


def key_at(side: Side, user: Any, position: int, f: Any = None) -> Any:
    """The key of the row at `position` of a user's list (found once, not timed)."""
    row = side.reads.list_page(user, f, offset=position, limit=1)
    return (row[0].updated_at, row[0].id) if row else None


def case_ids(side: Side, count: int, open_only: bool) -> list[int]:
    from sqlalchemy import text

    status = "AND status IN ('ACTIVE', 'FOLLOW_UP', 'SCREENING') " if open_only else ""
    with side.store.session() as s:
        hs = "(SELECT id FROM agencies WHERE code = 'HS')"
        return list(s.scalars(text(
            f"SELECT id FROM cases WHERE owning_agency_id = {hs} {status}"
            f"ORDER BY (id * 7919) % 1000003 LIMIT {count}")))


def list_ops(enc: Side, flo: Side, cases: int, n: int) -> list[Timing]:
    from desktop.services.cases.reads import CaseFilter

    deep = min(50_000, max(1, cases // 3))
    keys = {id(s): key_at(s, s.sup, deep) for s in (enc, flo)}
    district = CaseFilter(district="CAYO", status="ACTIVE")
    keyset = hasattr(enc.reads, "pages")
    out = [
        compare(Timing("list: first page, supervisor (50 rows)", 30), lambda i: enc.reads.list_page(
            enc.sup, limit=50), lambda i: flo.reads.list_page(flo.sup, limit=50), n),
        compare(Timing(f"list: page at OFFSET {deep:,} (old paging)", None),
                lambda i: enc.reads.list_page(enc.sup, offset=deep, limit=50),
                lambda i: flo.reads.list_page(flo.sup, offset=deep, limit=50), n),
    ]
    if keyset:
        out.append(compare(Timing(f"list: next page by key at row {deep:,} (keyset)", 30),
                           lambda i: enc.reads.list_page(enc.sup, limit=50, after=keys[id(enc)]),
                           lambda i: flo.reads.list_page(flo.sup, limit=50, after=keys[id(flo)]),
                           n))
    out += [
        compare(Timing("list: first page, case worker (OWN scope)", 30), lambda i: enc.reads.list_page(
            enc.worker, limit=50), lambda i: flo.reads.list_page(flo.worker, limit=50), n),
        compare(Timing("list: first page, interviewer (assigned cases only)", 30),
                lambda i: enc.reads.list_page(enc.interviewer, limit=50),
                lambda i: flo.reads.list_page(flo.interviewer, limit=50), n),
        compare(Timing("list: first page filtered (Cayo, active)", 30), lambda i: enc.reads.list_page(
            enc.sup, district, limit=50), lambda i: flo.reads.list_page(flo.sup, district, limit=50), n),
        compare(Timing("count: supervisor (AGENCY scope)", 30), lambda i: enc.reads.count(enc.sup),
                lambda i: flo.reads.count(flo.sup), n),
        compare(Timing("count: case worker (OWN scope)", 30), lambda i: enc.reads.count(enc.worker),
                lambda i: flo.reads.count(flo.worker), n),
        compare(Timing("count: partner liaison (REFERRED scope)", 30), lambda i: enc.reads.count(
            enc.liaison), lambda i: flo.reads.count(flo.liaison), n),
        compare(Timing("count: supervisor filtered (Cayo, active)", 30), lambda i: enc.reads.count(
            enc.sup, district), lambda i: flo.reads.count(flo.sup, district), n),
        compare(Timing("count: interviewer (assigned cases only)", 30), lambda i: enc.reads.count(
            enc.interviewer), lambda i: flo.reads.count(flo.interviewer), n),
        compare(Timing("count: case worker, assigned to me", 30), lambda i: enc.reads.count(
            enc.worker, CaseFilter(assigned_to_me=True)), lambda i: flo.reads.count(
            flo.worker, CaseFilter(assigned_to_me=True)), n),
    ]
    return out


def few_queries(side: Side) -> tuple[str, ...]:
    """Full names with two family names, of HS cases: each finds its case and few others."""
    from sqlalchemy import text

    with side.store.session() as s:
        rows = s.execute(text(
            "SELECT p.given_names, p.family_names FROM cases c JOIN persons p ON p.id = c.person_id "
            "WHERE c.owning_agency_id = (SELECT id FROM agencies WHERE code = 'HS') "
            "AND p.family_names LIKE '% %' ORDER BY (c.id * 7919) % 1000003 LIMIT 5"))
        return tuple(f"{given} {family}" for given, family in rows)


def search_ops(enc: Side, flo: Side, n: int, references: list[str]) -> list[Timing]:
    few = few_queries(enc)
    groups = [("search: supervisor, names (p95 over every typed query)", "sup", NAMES, "some"),
              ("search: supervisor, references", "sup", tuple(references), "some"),
              ("search: supervisor, few rows (a full name)", "sup", few, "some"),
              ("search: supervisor, no match", "sup", NONE, "none"),
              ("search: case worker, names", "worker", NAMES[:12], "some"),
              ("search: case worker, no match", "worker", NONE, "none"),
              ("search: interviewer, names", "interviewer", NAMES[:12], "some")]
    out = []
    for name, who, queries, expect in groups:
        merged = Timing(name, 20, expect="any")
        found = 0
        for q in queries:
            one = compare(Timing(q, None, expect="any"),
                          lambda i, q=q, w=who: enc.reads.search(getattr(enc, w), q),
                          lambda i, q=q, w=who: flo.reads.search(getattr(flo, w), q), n)
            merged.enc += one.enc
            merged.floor += one.floor
            found += one.rows[0]
            if expect == "none" and one.rows[0]:
                raise AssertionError(f"search {q!r} found {one.rows[0]} rows")
            if q in few and not 1 <= one.rows[0] <= 20:
                raise AssertionError(f"search {q!r} found {one.rows[0]} rows, not a few")
        merged.rows, merged.expect = (found, found), expect
        if expect == "some" and not found:
            raise AssertionError(f"{name}: no rows")
        out.append(merged)
    return out


def case_ops(enc: Side, flo: Side, n: int) -> list[Timing]:
    from desktop.services.cases.service import NewCase

    opened = case_ids(enc, n, open_only=False)
    editable = case_ids(enc, n, open_only=True)
    versions: dict[tuple[int, int], int] = {}

    def save(side: Side, i: int) -> int:
        key = (id(side), editable[i])
        if key not in versions:
            versions[key] = side.reads.open(side.sup, editable[i]).version
        district = ("CAYO", "TOLEDO")[i % 2]
        versions[key] = side.cases.update(side.sup, editable[i], {"district": district},
                                          versions[key])
        return versions[key]

    for side in (enc, flo):  # each case's current version, read before the clock runs
        for case_id in editable:
            versions[(id(side), case_id)] = side.reads.open(side.sup, case_id).version
    dup = ("Maria", "Garcia", 1995, ("GT",))
    return [
        compare(Timing("open a case (audited view)", 50), lambda i: enc.reads.open(enc.sup, opened[i]),
                lambda i: flo.reads.open(flo.sup, opened[i]), n),
        compare(Timing("save a case (one field, history, index, audit)", 30),
                lambda i: save(enc, i), lambda i: save(flo, i), n, warm=False, count=one),
        compare(Timing("create a case", 30), lambda i: enc.cases.create(enc.worker, NewCase(
            f"Bench{i}", "Wiebe", district="CAYO")), lambda i: flo.cases.create(flo.worker, NewCase(
                f"Bench{i}", "Wiebe", district="CAYO")), max(5, n // 3), warm=False, count=one),
        compare(Timing("search-before-create (duplicates)", 50, expect="any"),
                lambda i: enc.reads.duplicates(enc.worker, *dup),
                lambda i: flo.reads.duplicates(flo.worker, *dup), n),
        compare(Timing("Home: my tasks, case worker", 30), lambda i: enc.reads.my_tasks(
            enc.worker, limit=5), lambda i: flo.reads.my_tasks(flo.worker, limit=5), n),
        compare(Timing("Home: my tasks, supervisor", 30, expect="any"), lambda i: enc.reads.my_tasks(
            enc.sup, limit=5), lambda i: flo.reads.my_tasks(flo.sup, limit=5), n),
        compare(Timing("Home: recent cases + referrals awaiting", 60, expect="any"),
                lambda i: home(enc), lambda i: home(flo), n),
        compare(Timing("Home: closures and interview records awaiting approval, supervisor", 60,
                       expect="any"), lambda i: enc.queue.awaiting_me(enc.sup, limit=5),
                lambda i: flo.queue.awaiting_me(flo.sup, limit=5), n),
        compare(Timing("Home: my interviews in draft or returned, interviewer", 60, expect="any"),
                lambda i: enc.queue.my_interviews(enc.interviewer, limit=5),
                lambda i: flo.queue.my_interviews(flo.interviewer, limit=5), n),
    ]


def one(result: Any) -> int:
    """A write's result (a version, a row) is one row written."""
    return 1 if result else 0


def home(side: Side) -> list[Any]:
    return [*side.reads.list_page(side.worker, limit=5), *side.referrals.pending(side.worker, limit=5)]


def stats_ops(enc: Side, flo: Side | None, year: int, n: int) -> list[Timing]:
    from desktop.services.statistics.report import AnnualReportService
    from desktop.services.statistics.service import Period, StatisticsService

    stats = [StatisticsService(s.store) for s in (enc, flo) if s is not None]
    period = Period.year(year)

    def victims(report: Any) -> int:
        return int(report.table("victims").total or 0)

    out = [compare(Timing(f"annual statistics {year} (M&E officer)", 2000),
                   lambda i: victims(stats[0].report(enc.me, period)),
                   None if flo is None else lambda i: victims(stats[1].report(flo.me, period)),
                   n)]
    fresh = [StatisticsService(s.store) for s in (enc, flo) if s is not None]
    for service in fresh:  # the same figures counted from the cases, as after a write
        service.cached = False
    out.append(compare(Timing(f"annual statistics {year}, counted afresh (cache off)", None),
                       lambda i: victims(fresh[0].report(enc.me, period)),
                       None if flo is None else lambda i: victims(fresh[1].report(flo.me, period)),
                       max(3, n // 2)))
    pdf = AnnualReportService(enc.store)
    out.append(compare(Timing(f"annual report PDF {year} with charts", 3000),
                       lambda i: len(pdf.pdf(enc.me, period).data), None, max(3, n // 2),
                       count=lambda size: 1 if size > 10_000 else 0))
    return out


def referral_op(enc: Side, flo: Side, n: int) -> Timing:
    """An issued referral packet of ten pages or more, through the service, on the big vault
    (the case is written on the copy too, so that the two stay alike for the next run)."""
    import dataclasses
    import io

    from pypdf import PdfReader

    from desktop.services.referrals.documents import ReferralDocuments

    referral = _long_referral(enc)
    _long_referral(flo)
    documents = ReferralDocuments(enc.store, enc.referrals)
    # an issued copy asks for a recent password (U2): the supervisor has just entered it
    sup = dataclasses.replace(enc.sup, authenticated_at=time.time())
    t = compare(Timing("referral packet, 10+ pages, issued copy (service)", 500),
                lambda i: len(PdfReader(io.BytesIO(documents.packet(
                    sup, referral, "print").pdf)).pages), None, n)
    if t.rows[0] < 10:
        raise AssertionError(f"the packet has {t.rows[0]} pages, not 10 or more")
    return t


def _long_referral(side: Side) -> int:
    from desktop.services.cases.sections import CaseSectionService
    from desktop.services.cases.service import NewCase
    from desktop.services.referrals.service import ReferralDraft

    worker, sections = side.worker, CaseSectionService(side.store)
    case = side.cases.create(worker, NewCase("José Ángel", "García Pérez", "MALE", district="CAYO"))
    for k in range(280):
        sections.add(worker, case.id, "events", {
            "kind": "EXPLOITATION", "country": "GT", "place": f"Finca {k} cerca de Cobán",
            "started_on": date(2023, 3, 1) + timedelta(days=k)})
    sections.add(worker, case.id, "consent", {
        "given_by": "PERSON", "given_on": date(2024, 1, 11), "items": ("CONSENTS",),
        "recipient_types": ("LAW_ENFORCEMENT",), "data_items": ("INTERVIEW", "DISCLOSURES",
                                                                "NEEDS", "RISK")})
    consent = side.referrals.consents(worker, case.id)[0].id
    referral = side.referrals.create(worker, case.id, ReferralDraft(
        _agency_id(side, "POL"), services=("LEGAL",), interview_reference="INT-2024-017",
        consent_id=consent, sections=("INTERVIEW", "DISCLOSURES", "NEEDS", "RISK")))
    side.referrals.send(worker, referral.id)
    return referral.id


def _agency_id(side: Side, code: str) -> int:
    from sqlalchemy import select

    from desktop.models import Agency

    with side.store.session() as s:
        return int(s.scalar(select(Agency.id).where(Agency.code == code)))


# -- before and after: each change measured against what it replaced, on the same vault ---------
def old_my_tasks(side: Side, user: Any, limit: int) -> list[Any]:
    """Home's tasks as they were: one join over every case in scope, ordered afterwards."""
    from sqlalchemy import select

    from desktop.models import Case, CaseTask
    from desktop.services import policy

    p = user.principal
    with side.store.session() as db:
        return list(db.execute(
            select(CaseTask, Case.reference).join(Case, Case.id == CaseTask.case_id)
            .where(CaseTask.done_at.is_(None), policy.case_scope(p),
                   (CaseTask.assigned_to == p.user_id)
                   | (CaseTask.assigned_to.is_(None) & (CaseTask.created_by == p.user_id)))
            .order_by(CaseTask.due_on.is_(None), CaseTask.due_on).limit(limit)))


def old_duplicates(side: Side, user: Any, given: str, family: str, year: int,
                   countries: tuple[str, ...]) -> list[Any]:
    """Search-before-create as it was: the search, then one query per candidate."""
    from sqlalchemy import select

    from desktop.models import Case, Person

    candidates = side.reads.search(user, f"{given} {family}", limit=50)
    wanted = set(countries)
    with side.store.session() as db:
        people = {c.id: db.scalars(select(Person).join(Case, Case.person_id == Person.id)
                                   .where(Case.id == c.id)).one() for c in candidates}
    return [c for c in candidates if (people[c.id].date_of_birth and abs(
        people[c.id].date_of_birth.year - year) <= 1) or wanted & set(
        people[c.id].citizenships.split(","))][:10]


def old_rows(side: Side, user: Any, limit: int) -> list[Any]:
    """A list page's rows as they were: ORM objects (with the person eagerly joined)."""
    from sqlalchemy import select

    from desktop.models import Agency, Case
    from desktop.services import policy
    from desktop.services.cases.reads import row_of

    with side.store.session() as db:
        ids = list(db.scalars(select(Case.id).where(policy.case_scope(user.principal))
                              .order_by(Case.updated_at.desc(), Case.id.desc()).limit(limit)))
        found = {c.id: row_of(c, code) for c, code in db.execute(
            select(Case, Agency.code).join(Agency, Agency.id == Case.owning_agency_id)
            .where(Case.id.in_(ids)))}
        return [found[i] for i in ids if i in found]


def before_after(side: Side, cases: int, n: int) -> list[Timing]:
    """Pairs (after, before): `enc` is the code of today, `floor` what it replaced."""
    from desktop.services.cases import counts
    from desktop.services.cases.reads import CaseFilter

    def exact(user: Any) -> int:
        with side.store.session() as db:
            return counts.exact_count(db, user.principal, CaseFilter())

    deep = min(50_000, max(1, cases // 3))
    key = key_at(side, side.sup, deep)
    dup = ("Maria", "Garcia", 1995, ("GT",))
    pairs = [
        ("count, supervisor: counters / COUNT over the cases", lambda i: side.reads.count(side.sup),
         lambda i: exact(side.sup)),
        ("count, case worker: counters / COUNT", lambda i: side.reads.count(side.worker),
         lambda i: exact(side.worker)),
        ("count, partner liaison: counters / COUNT", lambda i: side.reads.count(side.liaison),
         lambda i: exact(side.liaison)),
        ("count, interviewer: counters / COUNT", lambda i: side.reads.count(side.interviewer),
         lambda i: exact(side.interviewer)),
        (f"list page at row {deep:,}: by key / OFFSET", lambda i: side.reads.list_page(
            side.sup, limit=50, after=key), lambda i: side.reads.list_page(side.sup, offset=deep,
                                                                          limit=50)),
        ("list page rows: Core columns / ORM objects", lambda i: side.reads.list_page(
            side.sup, limit=200), lambda i: old_rows(side, side.sup, 200)),
        ("Home, my tasks (case worker): from the tasks / join over the scope",
         lambda i: side.reads.my_tasks(side.worker, limit=5),
         lambda i: old_my_tasks(side, side.worker, 5)),
        ("Home, my tasks (supervisor): from the tasks / join over the scope",
         lambda i: side.reads.my_tasks(side.sup, limit=5), lambda i: old_my_tasks(side, side.sup, 5)),
        ("search-before-create: one statement / one per candidate",
         lambda i: side.reads.duplicates(side.worker, *dup),
         lambda i: old_duplicates(side, side.worker, *dup)),
    ]
    return [compare(Timing(name, None, expect="any"), new, old, n) for name, new, old in pairs]
