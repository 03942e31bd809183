"""Synthetic case records for demonstrations and benchmarks (`casedesk synth`).

`fill` writes realistic, invented cases straight into an unlocked vault with bulk inserts (batches
of 5,000 cases, one transaction each, rows as tuples: `bulk.py`) and fills the search index in
bulk. The same seed gives the same cases in a fresh vault. The fill is audited at its start,
with every committed batch (in the batch's transaction) and at its end.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.models import Agency, Case, Role, User, vocab
from desktop.models.seed import Action
from desktop.services import audit
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser
from desktop.services.audit import AuditAction
from desktop.services.errors import ValidationError
from desktop.services.referrals import rules
from desktop.services.user import UserSession
from desktop.storage.store import IndexDocument
from desktop.synthetic import bulk, sections
from desktop.synthetic import data as d
from desktop.synthetic.bulk import Dice
from desktop.synthetic.demo import DEMO_PASSWORD
from desktop.synthetic.roster import ROSTER
from desktop.vault.vault import Vault

BATCH = 5_000
MAX_CASES = 1_000_000
FIRST_DAY = date(2016, 1, 1)
AS_OF = date(2026, 11, 20)  # fixed, so that a seed always gives the same vault
MIN_USERS = 8
AGENCY_SHARE = {"HS": 70.0, "POL": 12.0, "IMM": 8.0, "NGO": 10.0}  # owning agencies
OWNER_ROLES = ("CASE_WORKER", "SUPERVISOR")
CONTEXTS: dict[str, d.Weighted[str]] = {
    "HS": d.Weighted({"ATIP_OPERATION": 22, "IMMIGRATION_SCREENING": 12, "LABOUR_INSPECTION": 12,
                      "NGO_REFERRAL": 12, "SELF_REFERRAL": 10, "HOTLINE": 12,
                      "PRISON_SCREENING": 5, "FOREIGN_GOVERNMENT": 5, "OTHER": 10}),
    "POL": d.Weighted({"ATIP_OPERATION": 70, "HOTLINE": 15, "FOREIGN_GOVERNMENT": 5, "OTHER": 10}),
    "IMM": d.Weighted({"IMMIGRATION_SCREENING": 70, "PRISON_SCREENING": 15, "ATIP_OPERATION": 10,
                       "OTHER": 5}),
    "NGO": d.Weighted({"NGO_REFERRAL": 40, "SELF_REFERRAL": 30, "HOTLINE": 25, "OTHER": 5}),
}
FIRST_DECIDER = {"ATIP_OPERATION": "POLICE", "IMMIGRATION_SCREENING": "NON_POLICE_GOVERNMENT",
                 "LABOUR_INSPECTION": "NON_POLICE_GOVERNMENT", "PRISON_SCREENING":
                 "NON_POLICE_GOVERNMENT", "NGO_REFERRAL": "NGO", "HOTLINE": "NGO"}
DECIDER_AGENCY = {"POLICE": "POL", "NGO": "NGO", "COURT_OR_PROSECUTION": "DPP"}
GOVERNMENT_DECIDERS: d.Weighted[str] = d.Weighted(
    {"POLICE": 45, "NON_POLICE_GOVERNMENT": 50, "COURT_OR_PROSECUTION": 5})
DISTRICTS: d.Weighted[str] = d.Weighted({"BELIZE": 30, "CAYO": 22, "ORANGE_WALK": 13,
                                         "STANN_CREEK": 14, "TOLEDO": 11, "COROZAL": 10})
REFERRAL_STATUS: d.Weighted[str] = d.Weighted({"SENT": 60, "ACKNOWLEDGED": 15, "ACCEPTED": 15,
                                               "COMPLETED": 8, "DECLINED": 2})
REFERRAL_PRIORITY: d.Weighted[str] = d.Weighted({"NORMAL": 70, "URGENT": 22, "EMERGENCY": 8})
ANSWERED: d.Weighted[str] = d.Weighted({"COMPLETED": 55, "ACCEPTED": 30, "DECLINED": 10,
                                        "WITHDRAWN": 5})
RECIPIENT_KINDS = {"POL": "POLICE", "NGO": "NGO", "IOM": "OTHER", "IMM": "NON_POLICE_GOVERNMENT"}
NOTE_COUNT: d.Weighted[int] = d.Weighted({0: 5, 1: 30, 2: 30, 3: 20, 4: 10, 6: 5})
NOTE_LEVEL: d.Weighted[int] = d.Weighted({1: 70, 2: 20, 3: 10})
Row = dict[str, Any]


@dataclass(frozen=True)
class SynthReport:
    cases: int
    rows: Mapping[str, int]  # rows written per table
    users_created: int
    seconds: float


@dataclass
class Staff:
    agency_ids: dict[str, int]
    owners: dict[str, list[int]]  # agency code -> active case workers and supervisors
    supervisors: dict[str, list[int]]
    interviewers: list[int]


def fill(vault: Vault, cases: int, seed: int = 2026,
         progress: Callable[[int], None] | None = None, *,
         user: UserSession | None = None, batch: int | None = None) -> SynthReport:
    """Add `cases` invented cases. With an administrator's `user`, a vault with fewer than
    MIN_USERS accounts first gets the ROSTER of staff (password DEMO_PASSWORD) to own them.

    Batches of `batch` cases (BATCH by default). Audited at the start and in the transaction
    of every batch, so that a run stopped half-way leaves an audit entry for exactly what it
    committed; `progress` hears of each batch once committed, before the next is written."""
    if not 1 <= cases <= MAX_CASES:
        raise ValidationError("cases", f"Ask for 1 to {MAX_CASES:,} cases.")
    started = time.perf_counter()
    created = _ensure_staff(vault, user)
    rng = Dice(seed)
    as_of = min(AS_OF, date.today())
    span = (as_of - FIRST_DAY).days
    days = sorted(FIRST_DAY + timedelta(days=int(span * rng.random() ** 0.7))
                  for _ in range(cases))  # more cases in recent years; ids follow time
    with vault.session() as db:
        staff = load_staff(db)
        if not staff.owners:
            raise ValidationError("cases", "No active case worker or supervisor of HS, POL, IMM "
                                           "or NGO can own the cases; create one first.")
        factory = CaseFactory(rng, staff, _first_ids(db), _last_references(db), as_of)
    _audit(vault, user, f"synthetic fill started: {cases} cases (seed {seed})")
    loader = bulk.Loader(vault, user, lambda done: f"synthetic cases committed: {done} of "
                                                  f"{cases} (seed {seed})")
    size = batch or BATCH
    try:
        for first in range(0, cases, size):
            rows: dict[str, list[Row]] = {t: [] for t in factory.tables}
            fts: list[IndexDocument] = []
            for day in days[first:first + size]:
                factory.case(day, rows, fts)
            prepared = loader.prepare(rows, fts, min(cases, first + size))
            _report(loader.wait(), progress)  # said before the next batch is written
            loader.start(prepared)
        _report(loader.wait(), progress)
    finally:
        loader.close()
    with vault.session() as db, db.begin():
        vault.search.optimize(db)
        db.execute(text("ANALYZE"))  # fresh planner statistics: the scope's ORs pick their indexes
        _audit(vault, user, f"synthetic cases: {cases} (seed {seed})", db)
    return SynthReport(cases, loader.totals, created, time.perf_counter() - started)


def _report(committed: int | None, progress: Callable[[int], None] | None) -> None:
    if progress is not None and committed is not None:
        progress(committed)


def _audit(vault: Vault, user: UserSession | None, detail: str, db: Session | None = None) -> None:
    """An audit entry of the fill: at its start, with every committed batch (so a killed run
    leaves a record of what it wrote) and at its end."""
    if db is None:
        with vault.session() as own, own.begin():
            _audit(vault, user, detail, own)
        return
    audit.append(db, vault, user.principal if user else None, AuditAction.CREATE, "synth", "",
                 detail, username="synth")


def _ensure_staff(vault: Vault, user: UserSession | None) -> int:
    if user is None or not user.principal.can(Action.USERS_MANAGE):
        return 0
    with vault.session() as db:
        wanted = missing_staff(db)
    accounts = AccountService(vault)
    for new in wanted:
        accounts.create_user(user, new, known_password=DEMO_PASSWORD)
    return len(wanted)


def missing_staff(db: Session) -> list[NewUser]:
    """The ROSTER accounts a store with few accounts (or no owner in an agency) gets first."""
    existing = set(db.scalars(select(User.username)))
    active = db.scalar(select(func.count(User.id)).where(User.disabled.is_(False))) or 0
    staff = load_staff(db)
    return [u for u in ROSTER if u.username not in existing
            and (active < MIN_USERS or not staff.owners.get(u.agency_code))]


def load_staff(db: Session) -> Staff:
    agency_ids = {code: id_ for id_, code in db.execute(select(Agency.id, Agency.code))}
    staff = Staff(agency_ids, {}, {}, [])
    rows = db.execute(select(User.id, Agency.code, Role.code).join(Agency, Agency.id == User.agency_id)
                     .join(Role, Role.id == User.role_id).where(User.disabled.is_(False))
                     .order_by(User.id))
    for user_id, agency, role in rows:
        if role in OWNER_ROLES and agency in AGENCY_SHARE:
            staff.owners.setdefault(agency, []).append(user_id)
        if role == "SUPERVISOR":
            staff.supervisors.setdefault(agency, []).append(user_id)
        if role == "FORENSIC_INTERVIEWER":
            staff.interviewers.append(user_id)
    return staff


def _first_ids(db: Session) -> dict[str, int]:
    return {table: int(db.scalar(select(func.max(model.id))) or 0) + 1
            for table, model in sections.MODELS_WITH_IDS.items()}


def _last_references(db: Session) -> dict[str, int]:
    """The highest number used so far under each `AGENCY-YEAR-` prefix."""
    prefix = func.substr(Case.reference, 1, func.length(Case.reference) - 6)
    last: dict[str, int] = {}
    for (reference,) in db.execute(select(func.max(Case.reference)).group_by(prefix)):
        head, _, number = reference.rpartition("-")
        if number.isdigit():
            last[head + "-"] = int(number)
    return last


class CaseFactory:
    """Rows of every table for one case at a time; ids are assigned here (no RETURNING)."""

    tables: tuple[str, ...] = (  # in insertion order (foreign keys are on)
        "persons", "person_aliases", "cases", "case_assignments", "identification_history",
        "case_codes", "referrals", "case_notes", "case_tasks", *sections.SECTION_MODELS)

    def __init__(self, rng: Random, staff: Staff, next_ids: dict[str, int],
                 references: dict[str, int], as_of: date) -> None:
        self.rng, self.staff, self.ids, self.refs, self.as_of = rng, staff, next_ids, references, as_of
        self.agencies: d.Weighted[str] = d.Weighted(
            {k: w for k, w in AGENCY_SHARE.items() if staff.owners.get(k)})

    def next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _reference(self, agency: str, year: int) -> str:
        prefix = f"{agency}-{year}-"
        number = self.refs.get(prefix, 0) + 1
        self.refs[prefix] = number
        return f"{prefix}{number:06d}"

    def day_between(self, first: date, last: date) -> date:
        span = (min(last, self.as_of) - first).days
        return first + timedelta(days=self.rng.randint(0, span)) if span > 0 else min(first,
                                                                                        self.as_of)

    def at(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, self.rng.randint(7, 17),
                        self.rng.randint(0, 59), self.rng.randint(0, 59))

    def case(self, day: date, out: dict[str, list[Row]], fts: list[IndexDocument]) -> None:
        rng = self.rng
        agency = self.agencies.pick(rng)
        owners = self.staff.owners[agency]
        owner = owners[rng.randrange(len(owners))]
        country = d.COUNTRIES.pick(rng)
        kind = sections.KINDS.pick(rng)
        minor = rng.random() < (0.3 if kind == "sexual" else 0.15)
        person = sections.person(rng, country, kind, minor, day)
        person["id"] = self.next_id("persons")
        out["persons"].append(person)
        aliases = sections.aliases(rng, person)
        for alias in aliases:
            out["person_aliases"].append({"id": self.next_id("person_aliases"),
                                          "person_id": person["id"], "name": alias})
        case_id = self.next_id("cases")
        context = CONTEXTS[agency].pick(rng)
        status, ident, identified_on, closed_on = self._identification(case_id, day, context,
                                                                       owner, out)
        created = self.at(day)
        age_days = (self.as_of - day).days
        if closed_on is not None:
            updated = self.at(closed_on)
        else:
            updated = created + timedelta(days=age_days * rng.random() ** 0.3,
                                          minutes=rng.randint(0, 600))
        supervisors = self.staff.supervisors.get(agency) or [owner]
        out["cases"].append({
            "id": case_id, "reference": self._reference(agency, day.year),
            "person_id": person["id"], "status": status, "identification_status": ident,
            "identification_context": context, "identified_on": identified_on,
            "district": DISTRICTS.pick(rng), "owning_agency_id": self.staff.agency_ids[agency],
            "owner_id": owner, "created_at": created, "updated_at": updated,
            "closure_requested_by": None, "closure_requested_status": "",
            "closed_at": updated if closed_on else None,
            "closure_approved_by": supervisors[rng.randrange(len(supervisors))] if closed_on
            else None, "version": rng.randint(1, 8)})
        assignee = self._assign(case_id, agency, owner, out)
        for kind_, code in sections.codes(rng, kind, minor, person):
            out["case_codes"].append({"case_id": case_id, "kind": kind_, "code": code})
        self._referrals(case_id, agency, context, country, created, out)
        notes = self._notes(case_id, owner, created, updated, country, kind,
                            person["languages"], out)
        self._tasks(case_id, owner, assignee, created, closed_on is not None, out)
        sections.Sections(self, case_id, owner, day, country, kind, minor, status, ident,
                          person, out).write()
        names = " ".join([f"{person['given_names']} {person['family_names']}".strip(), *aliases])
        fts.append(IndexDocument(case_id, out["cases"][-1]["reference"], names,
                                 ("\n".join(notes[1]), "\n".join(notes[2]), "\n".join(notes[3]))))

    def _identification(self, case_id: int, day: date, context: str, owner: int,
                        out: dict[str, list[Row]]) -> tuple[str, str, date, date | None]:
        """History rows, then (case status, trafficking status, identified_on, closed day)."""
        rng, age_days = self.rng, (self.as_of - day).days
        first = FIRST_DECIDER.get(context, "OTHER")
        decisions = [("POSSIBLE", day, first)]
        r = rng.random() if age_days > 45 or rng.random() < 0.3 else 1.0
        identified_on = day
        if r < 0.47:
            decider = GOVERNMENT_DECIDERS.pick(rng)
            identified_on = self.day_between(day + timedelta(days=3), day + timedelta(days=120))
            decisions.append(("CONFIRMED", identified_on, decider))
        elif r < 0.55:
            decisions.append(("CONFIRMED", self.day_between(day, day + timedelta(days=60)), "NGO"))
        elif r < 0.65:
            decider = "POLICE" if first == "POLICE" else "NON_POLICE_GOVERNMENT"
            decisions.append(("NOT_A_VICTIM", self.day_between(day, day + timedelta(days=30)),
                              decider))
        for status, decided_on, decider in decisions:
            code = DECIDER_AGENCY.get(decider, "IMM" if context == "IMMIGRATION_SCREENING" else "HS")
            out["identification_history"].append({
                "id": self.next_id("identification_history"), "case_id": case_id, "status": status,
                "decided_on": decided_on, "decided_by_type": decider,
                "decided_by_agency_id": None if decider == "OTHER" else self.staff.agency_ids[code],
                "recorded_by": owner, "recorded_at": self.at(decided_on)})
        ident = decisions[-1][0]
        closed = (ident == "NOT_A_VICTIM" and rng.random() < 0.9) or (
            ident != "NOT_A_VICTIM" and rng.random() < min(0.85, age_days / 1500))
        if closed:
            closed_on = self.day_between(decisions[-1][1] + timedelta(days=7),
                                         day + timedelta(days=rng.randint(30, 900)))
            return ("CLOSED" if rng.random() < 0.75 else "CLOSED_REFERRED", ident, identified_on,
                    closed_on)
        if ident == "POSSIBLE" and age_days < 60:
            status = "SCREENING" if rng.random() < 0.8 else "ACTIVE"
        else:
            status = "FOLLOW_UP" if age_days > 365 and rng.random() < 0.5 else "ACTIVE"
        return status, ident, identified_on, None

    def _assign(self, case_id: int, agency: str, owner: int, out: dict[str, list[Row]]) -> int:
        rng, colleagues = self.rng, [u for u in self.staff.owners[agency] if u != owner]
        chosen: list[int] = []
        if colleagues and rng.random() < 0.25:
            chosen.append(colleagues[rng.randrange(len(colleagues))])
        if self.staff.interviewers and rng.random() < 0.08:
            chosen.append(self.staff.interviewers[rng.randrange(len(self.staff.interviewers))])
        for user_id in dict.fromkeys(chosen):
            out["case_assignments"].append({"case_id": case_id, "user_id": user_id})
        return chosen[0] if chosen else owner

    def _referrals(self, case_id: int, agency: str, context: str, country: str,
                   created: datetime, out: dict[str, list[Row]]) -> None:
        rng, targets = self.rng, []
        if agency != "POL" and context != "ATIP_OPERATION" and rng.random() < 0.15:
            targets.append(("POL", REFERRAL_STATUS.pick(rng)))
        elif agency != "POL" and (self.as_of - created.date()).days < 120 and rng.random() < 0.3:
            targets.append(("POL", "DRAFT"))  # being prepared: invisible to the police liaison
        if agency != "IMM" and country != "BZ" and rng.random() < 0.12:
            targets.append(("IMM", REFERRAL_STATUS.pick(rng)))
        if rng.random() < 0.05:
            targets.append(("IOM" if country != "BZ" else "NGO", REFERRAL_STATUS.pick(rng)))
        for code, status in targets:
            out["referrals"].append(self._referral(case_id, code, status, created))

    def _referral(self, case_id: int, code: str, status: str, created: datetime) -> Row:
        """A referral as the composer would have left it: type, minimised sections, priority with
        its due time once sent, services asked for, an outcome when completed."""
        rng = self.rng
        kind = rules.recipient_type(code, RECIPIENT_KINDS.get(code, "NON_POLICE_GOVERNMENT"))
        priority = REFERRAL_PRIORITY.pick(rng)
        made = created + timedelta(days=rng.randint(1, 40), hours=rng.randint(8, 16))
        wanted = {"LAW_ENFORCEMENT": ("LEGAL",), "IMMIGRATION_SERVICE": ("IMMIGRATION_STATUS",),
                  "INTERNATIONAL_ORGANISATION": ("REPATRIATION", "FAMILY_TRACING")}.get(
            kind, ("PSYCHOSOCIAL", "ACCOMMODATION_SHELTER"))
        sent = status != "DRAFT"
        if status in ("SENT", "ACKNOWLEDGED") and (self.as_of - made.date()).days > 90:
            status = ANSWERED.pick(rng)  # old referrals were answered long ago
        return {
            "id": self.next_id("referrals"), "case_id": case_id,
            "recipient_agency_id": self.staff.agency_ids[code], "status": status,
            "created_at": made, "updated_at": made + timedelta(days=rng.randint(0, 20)),
            "recipient_type": kind, "priority": priority,
            "reason": "ADDITIONAL_SERVICES" if rng.random() < 0.85 else "CHANGE_OF_LOCATION",
            "due_at": made + timedelta(hours=vocab.REFERRAL_PRIORITY_HOURS[priority]) if sent else None,
            "services": ",".join(wanted), "sections": ",".join(rules.default_sections(kind, 1)),
            "safety_risk": rng.choice(vocab.SAFETY_RISK),
            "outcome": "SERVICE_PROVIDED" if status == "COMPLETED" else "",
        }

    def _notes(self, case_id: int, owner: int, created: datetime, updated: datetime, country: str,
               kind: str, language: str, out: dict[str, list[Row]]) -> dict[int, list[str]]:
        rng = self.rng
        notes: dict[int, list[str]] = {1: [], 2: [], 3: []}
        span = max(0.0, (updated - created).total_seconds())
        for _ in range(NOTE_COUNT.pick(rng)):
            level = NOTE_LEVEL.pick(rng)
            body = sections.note_text(rng, level, country, kind, language)
            notes[level].append(body)
            out["case_notes"].append({
                "id": self.next_id("case_notes"), "case_id": case_id, "author_id": owner,
                "created_at": created + timedelta(seconds=span * rng.random()), "level": level,
                "text": body})
        return notes

    def _tasks(self, case_id: int, owner: int, assignee: int, created: datetime, closed: bool,
               out: dict[str, list[Row]]) -> None:
        rng = self.rng
        for _ in range(rng.choice((0, 1, 1, 2, 3)) if not closed else rng.choice((0, 0, 1, 2))):
            due = self.as_of + timedelta(days=rng.randint(-45, 75)) if not closed else \
                self.day_between(created.date(), created.date() + timedelta(days=400))
            done = closed or (due < self.as_of and rng.random() < 0.5)
            who = rng.random()
            out["case_tasks"].append({
                "id": self.next_id("case_tasks"), "case_id": case_id,
                "title": d.TASK_TITLES[rng.randrange(len(d.TASK_TITLES))], "due_on": due,
                "assigned_to": owner if who < 0.7 else (assignee if who < 0.9 else None),
                "created_by": owner, "created_at": created,
                "done_at": self.at(min(due, self.as_of)) if done else None})
