"""`casedesk report annual`, `export ctdc|htcds` and `import htcds`: for the roles that may,
audited, secrets from standard input, one-line errors and a non-zero exit code."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services import audit
from desktop.services.accounts.service import AccountService
from desktop.vault.vault import Vault

from ..conftest import ADMIN, ADMIN_PASSWORD, Desk
from ..exchange.test_htcds import GOOD, _filled
from ..services.stats_world import StatsWorld
from ..services.test_cases import PASSWORD

P = PASSWORD + "\n"


@pytest.fixture
def root(desk: Desk) -> Path:
    """The statistics world's vault, closed so that the command line can open it."""
    StatsWorld(desk)
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    return desk.paths.root


def _text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _audit(desk: Desk, root: Path) -> list[tuple[str, str, str]]:
    vault = Vault(desk.paths, desk.config)
    session = AccountService(vault).login(ADMIN, ADMIN_PASSWORD)
    with vault.session() as s:
        found = [(e.username, e.action, e.record_type) for e in audit.entries(s)]
    AccountService(vault).logout(session)
    vault.release()
    return found


def test_the_annual_report_for_the_me_officer(run_cli, root: Path, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    done = run_cli("report", "annual", "--year", "2025", "--out", str(out), "-u", "me.officer",
                   "--password-stdin", stdin=P, data_dir=root)
    assert done.code == 0, done.err
    pages = _text(out)
    assert "<5" in " ".join(pages) and not any("INTERNAL" in p for p in pages)
    internal = tmp_path / "internal.pdf"
    done = run_cli("report", "annual", "--year", "2025", "--lang", "es", "--no-suppress",
                   "--out", str(internal), "-u", "me.officer", "--password-stdin", stdin=P,
                   data_dir=root)
    assert done.code == 0 and "INTERNAL USE ONLY" in done.out
    assert all("SOLO PARA USO INTERNO" in p for p in _text(internal))
    refused = run_cli("report", "annual", "--year", "2025", "--out", str(tmp_path / "x.pdf"),
                      "-u", "sup.hs", "--password-stdin", stdin=P, data_dir=root)
    assert refused.code == 1 and refused.err == "casedesk: Your role does not allow this action.\n"
    assert not (tmp_path / "x.pdf").exists()
    bad = run_cli("report", "annual", "--year", "2025", "--out", str(tmp_path / "x.txt"),
                  "-u", "me.officer", "--password-stdin", stdin=P, data_dir=root)
    assert bad.code == 1 and bad.err.count("\n") == 1 and ".pdf" in bad.err
    usage = run_cli("report", "annual", "--year", "twenty", "--out", str(out), "-u", "me.officer",
                    data_dir=root)
    assert usage.code == 2
    printed = [e for e in _audit(desk, root) if e[1] == "print" and e[2] == "annual_report"]
    assert [e[0] for e in printed] == ["me.officer", "me.officer"]


def test_exports_for_the_roles_that_may(run_cli, root: Path, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctdc = tmp_path / "ctdc.csv"
    done = run_cli("export", "ctdc", "--year", "2025", "--k", "2", "--out", str(ctdc),
                   "-u", "me.officer", "--password-stdin", stdin=P, data_dir=root)
    assert done.code == 0, done.err
    rows = list(csv.DictReader(io.StringIO(ctdc.read_bytes().decode("utf-8-sig"))))
    assert {r["yearOfRegistration"] for r in rows} <= {"2025"}
    assert "k = 2 on yearOfRegistration" in done.out and "Alma" not in ctdc.read_text("utf-8-sig")
    htcds = tmp_path / "htcds.xlsx"
    done = run_cli("export", "htcds", "--out", str(htcds), "-u", "sup.hs", "--password-stdin",
                   stdin=P, data_dir=root)
    assert done.code == 0 and htcds.read_bytes()[:2] == b"PK" and "identifiable" in done.out
    refused = run_cli("export", "htcds", "--out", str(htcds), "-u", "me.officer",
                      "--password-stdin", stdin=P, data_dir=root)
    assert refused.code == 1 and refused.err.startswith("casedesk: ") and refused.err.count("\n") == 1
    wrong = run_cli("export", "ctdc", "--out", str(tmp_path / "ctdc.pdf"), "-u", "me.officer",
                    "--password-stdin", stdin=P, data_dir=root)
    assert wrong.code == 1 and ".csv or .xlsx" in wrong.err
    exported = {(e[0], e[2]) for e in _audit(desk, root) if e[1] == "export"}
    assert {("me.officer", "ctdc"), ("sup.hs", "htcds")} <= exported


def test_import_checks_every_row_first_then_imports(run_cli, root: Path, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(_filled([GOOD[0], {"prs_FirstName": "Ana", "prs_Gender": "Feminina"}]))
    done = run_cli("import", "htcds", str(bad), "-u", "cw.hs", "--password-stdin", stdin=P,
                   data_dir=root)
    assert done.code == 1
    assert done.out.startswith("row 4, prs_Gender: ")
    assert done.err == "casedesk: The spreadsheet has 1 problem(s); nothing was imported.\n"
    good = tmp_path / "good.xlsx"
    good.write_bytes(_filled(GOOD))
    dry = run_cli("import", "htcds", str(good), "--dry-run", "-u", "cw.hs", "--password-stdin",
                  stdin=P, data_dir=root)
    assert dry.code == 0 and "2 cases would be imported" in dry.out
    done = run_cli("import", "htcds", str(good), "-u", "cw.hs", "--password-stdin", stdin=P,
                   data_dir=root)
    assert done.code == 0 and done.out.splitlines()[-1].startswith("Imported 2 cases: HS-")
    refused = run_cli("import", "htcds", str(good), "-u", "me.officer", "--password-stdin",
                      stdin=P, data_dir=root)
    assert refused.code == 1
    missing = run_cli("import", "htcds", str(tmp_path / "none.xlsx"), "-u", "cw.hs",
                      "--password-stdin", stdin=P, data_dir=root)
    assert missing.code == 1 and missing.err.count("\n") == 1
    entries = [e for e in _audit(desk, root) if e[2] == "import"]
    # newest first: the import, its check, the dry run, the refused sheet
    assert [e[1] for e in entries if e[0] == "cw.hs"] == ["create", "preview", "preview", "preview"]
