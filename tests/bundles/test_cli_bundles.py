"""The exchange from a terminal: identity, peer add with the fingerprint, bundle export/import."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.services.accounts.service import AccountService, NewUser
from desktop.services.cases.service import CaseService, NewCase
from desktop.vault.paths import VaultPaths
from desktop.vault.vault import Vault, VaultConfig

from ..conftest import ADMIN, ADMIN_PASSWORD
from ..views.case_world import PASSWORD, session_of

ESCROW = "blue hole reef escrow"


def _vault(run_cli, root: Path) -> None:  # type: ignore[no-untyped-def]
    init = run_cli("init", "--admin", ADMIN, "--name", "Ana Admin", "--escrow-out", str(root / "esc"),
                   "--no-device-binding", "--password-stdin",
                   stdin=f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n{ESCROW}\n{ESCROW}\n", data_dir=root)
    assert init.code == 0, init.err


def _staff(root: Path, config: VaultConfig) -> int:
    """A supervisor and one case in the vault at `root`; returns the case id."""
    vault = Vault(VaultPaths(root), config)
    accounts = AccountService(vault)
    admin = accounts.login(ADMIN, ADMIN_PASSWORD)
    accounts.create_user(admin, NewUser("carmen", "Carmen Novelo", "SUPERVISOR", "HS", 3),
                         known_password=PASSWORD)
    case = CaseService(vault).create(session_of(vault, "carmen"), NewCase("Rosa", "Pop", "FEMALE"))
    vault.release()
    return case.id


def test_identity_peer_and_bundle_commands_end_to_end(run_cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      config: VaultConfig) -> None:
    office, tablet = tmp_path / "office", tmp_path / "tablet"
    for root in (office, tablet):
        _vault(run_cli, root)
    _staff(office, config)
    _staff(tablet, config)
    admin = f"{ADMIN_PASSWORD}\n"
    for root, name in ((office, "HS office"), (tablet, "HS tablet 1")):
        made = run_cli("identity", "create", "-u", ADMIN, "--name", name, "--password-stdin",
                       stdin=admin, data_dir=root)
        assert made.code == 0 and "Fingerprint:" in made.out, made.err
    shown = run_cli("identity", "export", "-u", ADMIN, "--out", str(tmp_path / "tablet.cdidentity"),
                    "--sheet", str(tmp_path / "tablet.pdf"), "--password-stdin", stdin=admin,
                    data_dir=tablet)
    fingerprint = re.search(r"Fingerprint: ([0-9A-F ]{39})", shown.out).group(1)  # type: ignore[union-attr]
    sheet = "".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "tablet.pdf").read_bytes())).pages)
    assert fingerprint in sheet
    wrong = run_cli("peer", "add", str(tmp_path / "tablet.cdidentity"), "-u", ADMIN, "--fingerprint",
                    "AAAA" + fingerprint[4:], "--kind", "FIELD", "--level", "3", "--field-user",
                    "carmen", "--password-stdin", stdin=admin, data_dir=office)
    assert wrong.code == 1 and "not the one of this file" in wrong.err
    added = run_cli("peer", "add", str(tmp_path / "tablet.cdidentity"), "-u", ADMIN, "--fingerprint",
                    fingerprint, "--kind", "FIELD", "--level", "3", "--field-user", "carmen",
                    "--password-stdin", stdin=admin, data_dir=office)
    assert added.code == 0 and "Trusted HS tablet 1 (FIELD, HS, level 3)" in added.out, added.err
    run_cli("identity", "export", "-u", ADMIN, "--out", str(tmp_path / "office.cdidentity"),
            "--password-stdin", stdin=admin, data_dir=office)
    office_print = run_cli("identity", "show", "-u", ADMIN, "--password-stdin", stdin=admin,
                           data_dir=office).out.split("Fingerprint: ")[1].strip()
    assert run_cli("peer", "add", str(tmp_path / "office.cdidentity"), "-u", ADMIN, "--fingerprint",
                   office_print, "--kind", "OFFICE", "--level", "3", "--password-stdin", stdin=admin,
                   data_dir=tablet).code == 0
    listed = run_cli("peer", "list", "-u", ADMIN, "--password-stdin", stdin=admin, data_dir=office)
    assert "HS tablet 1" in listed.out and fingerprint in listed.out

    carmen = f"{PASSWORD}\n"
    out = tmp_path / "to-tablet.cdbundle"
    sent = run_cli("bundle", "export", "-u", "carmen", "--to", "HS tablet 1", "--cases",
                   f"HS-{date.today():%Y}-000001", "--out", str(out),
                   "--password-stdin", stdin=carmen, data_dir=office)
    assert sent.code == 0 and "Sealed 1 case(s)" in sent.out, sent.err
    look = run_cli("bundle", "import", str(out), "-u", "carmen", "--password-stdin", stdin=carmen,
                   data_dir=tablet)
    assert look.code == 0 and "Nothing was written" in look.out and "NEW" in look.out, look.err
    assert "gets a new reference here" in look.out  # the tablet numbered its own case 000001
    done = run_cli("bundle", "import", str(out), "-u", "carmen", "--apply", "--password-stdin",
                   stdin=carmen, data_dir=tablet)
    assert done.code == 0 and "Imported: 1 new" in done.out and " is HS-" in done.out, done.err
    again = run_cli("bundle", "import", str(out), "-u", "carmen", "--apply", "--password-stdin",
                    stdin=carmen, data_dir=tablet)
    assert again.code == 1 and "already imported" in again.err
    out.write_bytes(out.read_bytes()[:-1])
    cut = run_cli("bundle", "import", str(out), "-u", "carmen", "--password-stdin", stdin=carmen,
                  data_dir=tablet)
    assert cut.code == 1 and "incomplete" in cut.err and "Traceback" not in cut.err
