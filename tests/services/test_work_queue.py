"""What waits on Home: closures and interview records for a supervisor to approve (never their own
requests), an interviewer's own open interviews, within scope; the Home cards list them."""

from __future__ import annotations

import pytest

from desktop.services.cases.queue import WorkQueue
from desktop.services.interviews.service import InterviewService
from desktop.services.maintenance.service import MaintenanceService
from desktop.views.context import AppContext
from desktop.views.home import HomePage
from desktop.views.worker import Worker

from ..conftest import Desk
from .interview_world import complete_answers
from .test_cases import World


@pytest.fixture
def world(desk: Desk) -> World:
    world = World(desk)
    world.cases.assign(world.sessions["sup.hs"], world.c1.id, ("cw.hs", "int.hs"))
    return world


def test_the_queue_holds_what_others_submitted_and_my_open_interviews(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    queue, interviews = WorkQueue(world.desk.vault), InterviewService(world.desk.vault)
    s = world.sessions
    assert queue.awaiting_me(s["sup.hs"]) == [] and queue.my_interviews(s["int.hs"]) == []
    world.cases.request_closure(s["cw.hs"], world.c1.id)
    draft = interviews.start(s["int.hs"], world.c1.id)
    submitted = interviews.start(s["int.hs"], world.c1.id)
    interviews.save_draft(s["int.hs"], submitted, complete_answers())
    interviews.submit(s["int.hs"], submitted)

    waiting = queue.awaiting_me(s["sup.hs"])
    assert [(i.kind, i.reference) for i in waiting] == [
        ("closure", world.c1.reference), ("interview", world.c1.reference)]
    closure, record = waiting
    assert closure.detail == "CLOSED" and closure.who == "cw.hs".title()
    assert record.interview_id == submitted and record.state == "SUBMITTED"
    # the requester and the interviewer see nothing to approve; another agency's supervisor
    # nothing outside their scope; a case worker cannot approve at all
    assert queue.awaiting_me(s["cw.hs"]) == [] and queue.awaiting_me(s["sup.imm"]) == []
    assert [i.interview_id for i in queue.my_interviews(s["int.hs"])] == [draft]
    assert queue.my_interviews(s["sup.hs"]) == []  # supervisors conduct none of their own here

    ctx = AppContext.build(world.desk.accounts, MaintenanceService(world.desk.vault), Worker(),
                           session=s["sup.hs"])
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    lines, empty = page.case_lists["approvals"]
    assert not empty.isVisibleTo(page) and world.c1.reference in lines.text()
    assert "Closure as “Closed”" in lines.text() and "Submitted" in lines.text()
    assert f'href="{world.c1.id}/interviews"' in lines.text()  # opens the Interviews tab

    interviews.approve(s["sup.hs"], submitted)  # (a closed case takes no more interview steps)
    world.cases.approve_closure(s["sup.hs"], world.c1.id)
    page.refresh()
    assert queue.awaiting_me(s["sup.hs"]) == [] and not lines.isVisibleTo(page)
    page.clear()
    assert lines.text() == ""
