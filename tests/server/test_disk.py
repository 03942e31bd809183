"""D1 in server mode: the workstation keeps no case data on disk. The canary of
tests/vault/test_disk.py, stored through the services of a workstation connected to the office
server, is found in no file of the workstation's data folder (which holds the connection profile
and the log) nor in any recent temporary file outside the server's own cluster folder."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path

from desktop.logs import configure_logging
from desktop.server.credentials import ServerCredentials
from desktop.server.profile import read_profile, write_profile
from desktop.server.store import ServerStore
from desktop.services.accounts.service import AccountService, NewUser
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.referrals.documents import ReferralDocuments
from desktop.services.referrals.service import ReferralService

from .world import make_server_desk

PASSWORD = "Mango season in Cayo 2026"


def files_under(*roots: Path) -> list[Path]:
    """Every file below the roots; folders this process may not read (other users' sandboxes in
    the shared temp folder) and files removed meanwhile are skipped."""
    found = []
    for root in roots:
        for folder, _, names in os.walk(root, onerror=lambda error: None):
            found += [Path(folder) / n for n in names if (Path(folder) / n).is_file()]
    return found


def _recent(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_mtime > time.time() - 600 and info.st_size < 50_000_000


def test_d1_canary_reaches_no_workstation_file(pg_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    try:
        workstation = tmp_path / "workstation"
        write_profile(workstation, desk.profile)
        configure_logging(workstation / "logs")
        profile = read_profile(workstation)
        assert profile == desk.profile
        canary = f"Canary{uuid.uuid4().hex[:12]}"
        desk.accounts.create_user(desk.admin, NewUser("canary.user", f"Rosa {canary} Pop",
                                                      "SUPERVISOR", "HS", 3),
                                  known_password=PASSWORD)
        store = ServerStore(profile)
        accounts = AccountService(ServerCredentials(store), data_dir=workstation)
        sup = accounts.login("canary.user", PASSWORD)
        case = CaseService(store).create(sup, NewCase(f"María {canary}", "Tzib",
                                                      aliases=(f"La {canary}",)))
        CaseService(store).add_note(sup, case.id, f"Disclosure mentions {canary} twice: {canary}", 3)
        CaseSectionService(store).attach(sup, case.id, "note.txt", f"text {canary}".encode())
        assert CaseReads(store).search(sup, canary.lower())[0].id == case.id
        summary = ReferralDocuments(store, ReferralService(store)).case_summary(sup, case.id)
        assert summary.pdf.startswith(b"%PDF")
        accounts.logout(sup)
        needles = (canary.encode(), canary.encode("utf-16-le"))
        temp_root = Path(tempfile.gettempdir())
        recent = [p for p in files_under(temp_root) if _recent(p)
                  and pg_cluster.root not in p.parents and tmp_path not in p.parents]
        scanned = files_under(workstation) + recent
        assert any(p.name == "casedesk.profile.json" for p in scanned)
        for path in scanned:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            assert not any(n in data for n in needles), path
        with desk.superuser() as c:  # where it is: on the server, behind its policies
            assert c.execute("SELECT count(*) FROM case_notes WHERE text LIKE %s",
                             (f"%{canary}%",)).fetchone()[0] == 1
    finally:
        desk.close()
