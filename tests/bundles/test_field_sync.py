"""Field mode: "Synchronise" over a USB stick between an office and its tablet, and the canary
over both data folders, the stick and the temporary folder (D1)."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.models import Attachment, Case, Interview
from desktop.services.bundles.sync import SyncService
from desktop.services.cases.service import NewCase
from desktop.services.interviews.service import InterviewService

from ..services.interview_world import complete_answers
from .conftest import Exchange


def test_one_synchronise_each_way_over_a_usb_stick(exchange: Exchange) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    stick = exchange.folder
    office_sync, tablet_sync = SyncService(office.desk.vault), SyncService(tablet.desk.vault)
    # the office gives the tablet ana's cases (garcia is assigned to her; lopez she owns)
    office.cases.assign(office.session("carmen"), seeded.lopez.id, ("ana", "marisol"))
    first = office_sync.run(office.session("carmen"), stick, office.peer_id(tablet))
    assert first.sent is not None and first.sent.cases == 5 and first.imported == ()
    # on the tablet, one Synchronise: import, then send back what changed (nothing yet)
    steps: list[tuple[int, int, str]] = []
    got = tablet_sync.run(tablet.session("ana"), stick, progress=lambda *s: steps.append(s))
    assert [r.created for r in got.imported] == [5] and got.sent is not None and got.sent.path is None
    assert [s[2] for s in steps][-1] == "done" and "importing" in [s[2] for s in steps]
    # field work: a new case, an interview and an attachment on the tablet
    ana, marisol = tablet.session("ana"), tablet.session("marisol")
    new = tablet.cases.create(ana, NewCase("Yesenia", "Bol Coc", "FEMALE", date(2007, 3, 9),
                                           district="TOLEDO"))
    tablet.cases.assign(tablet.session("carmen"), new.id, ("marisol",))
    tablet.sections.attach(ana, new.id, "photo-of-id.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, 2)
    interviews = InterviewService(tablet.desk.vault)
    draft = interviews.start(marisol, new.id)
    interviews.save_draft(marisol, draft, complete_answers())
    interviews.submit(marisol, draft)
    back = tablet_sync.run(marisol, stick)  # the interviewer (level 3) synchronises
    assert back.sent is not None and back.sent.path is not None
    assert (back.sent.cases, back.sent.interviews, back.sent.attachments) == (1, 1, 1)
    # at the office: the stick holds the tablet's bundle (and the office's own old one)
    arrived = office_sync.run(office.session("carmen"), stick, office.peer_id(tablet))
    assert [r.created for r in arrived.imported] == [1] and arrived.skipped == ()
    with office.desk.vault.session() as db:
        case = db.scalars(select(Case).where(Case.reference == new.reference)).one()
        assert db.scalars(select(Interview.state).where(Interview.case_id == case.id)).one() == "SUBMITTED"
        assert db.scalars(select(Attachment.filename).where(Attachment.case_id == case.id)).one() == \
            "photo-of-id.png"
        owner = case.owner_id
    assert office.reads.open(office.session("carmen"), case.id).row.district == "TOLEDO"
    assert owner == office.session("ana").principal.user_id  # the same person in both vaults
    # a second run on both sides finds nothing new: nothing is sent twice
    again = tablet_sync.run(marisol, stick)
    assert again.imported == () and again.sent is not None and again.sent.path is None


def test_a_conflict_stops_the_run_until_the_user_chooses(exchange: Exchange) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    office_sync, tablet_sync = SyncService(office.desk.vault), SyncService(tablet.desk.vault)
    office_sync.run(office.session("carmen"), exchange.folder, office.peer_id(tablet))
    tablet_sync.run(tablet.session("ana"), exchange.folder)
    ana = tablet.session("ana")
    here = tablet.reads.search(ana, "garcia")[0].id
    tablet.cases.update(ana, here, {"district": "TOLEDO"}, tablet.reads.open(ana, here).version)
    tablet_sync.run(ana, exchange.folder)
    carmen = office.session("carmen")
    office.cases.update(carmen, seeded.garcia.id, {"district": "COROZAL"},
                        office.reads.open(carmen, seeded.garcia.id).version)
    stopped = office_sync.run(carmen, exchange.folder, office.peer_id(tablet))
    assert stopped.needs_choices is not None and stopped.sent is None
    preview = stopped.needs_choices
    plan = next(p for p in preview.cases if p.conflicts)
    choices = {preview.bundle_id: {plan.uuid: {"fields.district": "mine"}}}
    done = office_sync.run(carmen, exchange.folder, office.peer_id(tablet), choices)
    assert done.needs_choices is None and [r.kept for r in done.imported] == [1]
    assert office.reads.open(carmen, seeded.garcia.id).row.district == "COROZAL"
    assert done.sent is not None and done.sent.cases == 1  # the kept value goes back
    tablet_sync.run(ana, exchange.folder)
    assert tablet.reads.open(ana, here).row.district == "COROZAL"


def _files(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root, onerror=lambda _error: None):
            found.extend(Path(folder) / name for name in names)
    return found


def _recent_temp(since: float) -> list[Path]:
    """What appeared in the temp folder during the test: entries of its top level changed since
    then (a temporary file, or a directory made by mkdtemp), walked fully. Pytest's own folders,
    shared with every other test run on the machine, are left out: this test's is scanned."""
    root = Path(tempfile.gettempdir())
    found = []
    for entry in root.iterdir():
        try:
            if entry.name.startswith("pytest-of-") or entry.lstat().st_mtime < since:
                continue
        except OSError:
            continue
        found.extend(_files(entry) if entry.is_dir() else [entry])
    small = []
    for path in found:  # another run's database of hundreds of megabytes is not ours
        try:
            if path.stat().st_size < 50_000_000:
                small.append(path)
        except OSError:
            continue
    return small


def test_d1_canary_reaches_no_file_of_either_vault_the_stick_or_the_temp_folder(
        exchange: Exchange, tmp_path: Path) -> None:
    office, tablet = exchange.office, exchange.tablet
    started = time.time() - 5
    canary = f"Canary{uuid.uuid4().hex[:12]}"
    carmen = office.session("carmen")
    case = office.cases.create(carmen, NewCase(f"María {canary}", "Tzib", aliases=(f"La {canary}",)))
    office.cases.assign(carmen, case.id, ("ana",))
    office.cases.add_note(carmen, case.id, f"Disclosure mentions {canary}: {canary}", 3)
    office.sections.attach(carmen, case.id, "note.txt", f"text {canary}".encode(), 2)
    office_sync, tablet_sync = SyncService(office.desk.vault), SyncService(tablet.desk.vault)
    office_sync.run(carmen, exchange.folder, office.peer_id(tablet))
    tablet_sync.run(tablet.session("ana"), exchange.folder)
    ana = tablet.session("ana")
    arrived = tablet.reads.search(ana, canary.lower())[0]
    tablet.cases.add_note(ana, arrived.id, f"Field visit: {canary} is safe.", 1)
    tablet_sync.run(ana, exchange.folder)
    office_sync.run(carmen, exchange.folder, office.peer_id(tablet))
    assert len(list(exchange.folder.glob("*.cdbundle"))) == 2  # one each way; nothing to return
    notes = office.reads.open(carmen, case.id).notes
    assert any("is safe" in body for _at, _level, body in notes)
    needles = (canary.encode(), canary.encode("utf-16-le"), canary.lower().encode())
    roots = [office.desk.paths.root, tablet.desk.paths.root, exchange.folder]
    assert len([p for p in _files(*roots[:2]) if p.name.endswith("-wal")]) == 2
    for path in _files(*roots):  # while both write-ahead logs exist
        assert not any(n in path.read_bytes() for n in needles), path
    for site in (office, tablet):  # and once checkpointed into the databases
        site.desk.vault.engine.dispose()
    for path in _files(*roots, tmp_path) + _recent_temp(started):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        assert not any(n in data for n in needles), path
