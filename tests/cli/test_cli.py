"""The command line: every command, secrets only from a prompt or stdin, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.parser import build_parser
from desktop.vault import engine as sqlc

from ..conftest import ADMIN, ADMIN_PASSWORD, ESCROW_PASSPHRASE, Desk

P = ADMIN_PASSWORD + "\n"


def init_vault(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    result = run_cli("init", "--admin", ADMIN, "--name", "Ana Admin", "--escrow-out",
                     str(tmp_path / "escrow"), "--password-stdin",
                     stdin=f"{ADMIN_PASSWORD}\n{ESCROW_PASSPHRASE}\n")
    assert result.code == 0, result.err
    assert "Escrow key fingerprint" in result.out
    return tmp_path / "escrow"


def subcommands() -> list[list[str]]:
    parser = build_parser()
    found = []
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():
            nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
            if nested:
                found += [[name, child] for child in nested[0].choices]
            else:
                found.append([name])
    return found


@pytest.mark.parametrize("command", subcommands(), ids=" ".join)
def test_every_command_has_help_and_no_password_argument(command: list[str], run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(*command, "--help")
    assert result.code == 0
    assert "--password " not in result.out and "--password=" not in result.out
    if "--user" in result.out or "init" in command or "recover" in command:
        assert "--password-stdin" in result.out


def installed_script() -> Path:
    """The `casedesk` console script pip installed beside this interpreter (the entry point of
    pyproject.toml), never `python -m`: what a user types is what is tested."""
    script = Path(sys.executable).with_name("casedesk.exe" if os.name == "nt" else "casedesk")
    assert script.is_file(), f"{script} is missing: install the project (pip install -e .)"
    return script


def run_installed(*args: str, stdin: str = "", env: dict[str, str] | None = None,
                  ) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([str(installed_script()), *args], input=stdin, capture_output=True,
                          text=True, timeout=240, env=environment)


def test_installed_console_script_runs() -> None:
    from desktop import __version__

    done = run_installed("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"CaseDesk {__version__}\n"
    usage = run_installed("verify", "--password", "secret")
    assert usage.returncode == 2 and "--password" in usage.stderr and "Traceback" not in usage.stderr


@pytest.mark.slow
def test_installed_script_initialises_and_verifies_a_vault(tmp_path: Path) -> None:
    """The whole path a user takes: the installed script, production Argon2, its own config."""
    data = str(tmp_path / "vault")
    done = run_installed("init", "--admin", ADMIN, "--name", "Ana Admin", "--escrow-out",
                         str(tmp_path / "escrow"), "--no-device-binding", "--password-stdin",
                         "--data-dir", data, stdin=f"{ADMIN_PASSWORD}\n{ESCROW_PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    assert "Device binding is OFF" in done.stdout and done.stderr == ""
    verified = run_installed("verify", "-u", ADMIN, "--password-stdin", "--data-dir", data,
                             stdin=P)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.endswith("Vault verified.\n") and verified.stderr == ""
    assert "FAIL" not in verified.stdout and "skip" not in verified.stdout
    wrong = run_installed("verify", "-u", ADMIN, "--password-stdin", "--data-dir", data,
                          stdin="not the password\n")
    assert (wrong.returncode, wrong.stderr) == (1, "casedesk: Wrong username or password.\n")


def test_init_verify_and_user_administration(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    escrow = init_vault(run_cli, tmp_path)
    assert sorted(p.name for p in escrow.iterdir()) == [
        "casedesk.escrow-private.json", "casedesk.escrow-public.json",
        "casedesk.recovery-sheet.pdf"]
    verified = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P)
    assert verified.code == 0, verified.err
    for check in ("key file", "cipher settings", "page integrity (HMAC)", "schema",
                  "audit chain"):
        assert f"ok    {check}" in verified.out
    added = run_cli("user", "add", "maria", "--name", "María García", "--role", "CASE_WORKER",
                    "--agency", "HS", "--level", "2", "-u", ADMIN, "--password-stdin", stdin=P)
    assert added.code == 0, added.err
    temporary = added.out.strip().rsplit(" ", 1)[-1]
    changed = run_cli("user", "passwd", "-u", "maria", "--password-stdin",
                      stdin=f"{temporary}\nMango season in Cayo 2026\n")
    assert changed.code == 0, changed.err
    listing = run_cli("user", "list", "-u", ADMIN, "--password-stdin", stdin=P)
    assert "maria" in listing.out and "Case worker" in listing.out
    assert run_cli("user", "reset", "maria", "-u", ADMIN, "--password-stdin", stdin=P).code == 0
    assert run_cli("user", "disable", "maria", "-u", ADMIN, "--password-stdin", stdin=P).code == 0
    refused = run_cli("user", "list", "-u", "maria", "--password-stdin",
                      stdin="Mango season in Cayo 2026\n")
    assert refused.code == 1 and refused.err.count("\n") == 1


def test_backup_rekey_restore_recover_from_the_command_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    escrow = init_vault(run_cli, tmp_path)
    backup = run_cli("backup", "-u", ADMIN, "--password-stdin", "--out", str(tmp_path / "bk"),
                     stdin=P)
    assert backup.code == 0, backup.err
    backup_file = next((tmp_path / "bk").glob("*.cdbackup"))
    assert run_cli("rekey", "-u", ADMIN, "--password-stdin", stdin=P).code == 0
    restored = run_cli("restore", str(backup_file), "-u", ADMIN, "--password-stdin",
                       stdin=P + P)
    assert restored.code == 0, restored.err
    recovered = run_cli("recover", "--escrow-key", str(escrow / "casedesk.escrow-private.json"),
                        "--admin", ADMIN, "--password-stdin",
                        stdin=f"{ESCROW_PASSPHRASE}\nSunrise over Ambergris 44\n")
    assert recovered.code == 0, recovered.err
    assert "rekey" in recovered.out
    ok = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin="Sunrise over Ambergris 44\n")
    assert ok.code == 0, ok.out + ok.err


def test_verify_names_a_changed_database_byte_and_a_changed_audit_row(desk: Desk, run_cli) -> None:  # type: ignore[no-untyped-def]
    dek = desk.vault._dek_copy()
    with desk.vault.raw_connection() as c:
        page = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'settings'").fetchone()[0]
        sqlc.checkpoint(c)
    desk.accounts.logout(desk.admin)
    desk.vault.release()
    root = desk.paths.root
    clean = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P, data_dir=root)
    assert clean.code == 0

    connection = sqlc.connect(desk.paths.database, dek)
    connection.execute("DROP TRIGGER audit_entries_no_update")
    connection.execute("UPDATE audit_entries SET detail = 'edited' WHERE id = 2")
    sqlc.checkpoint(connection)
    connection.close()
    edited = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P, data_dir=root)
    assert edited.code == 1
    assert "FAIL  audit chain: entry 2 was changed" in edited.out
    assert ("FAIL  append-only triggers: trigger audit_entries_no_update is missing"
            in edited.out)
    assert edited.err == "casedesk: verification failed: append-only triggers, audit chain\n"

    with open(desk.paths.database, "r+b") as handle:
        handle.seek((page - 1) * 4096 + 500)
        handle.write(b"\x00\x01\x02")
    damaged = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P, data_dir=root)
    assert damaged.code == 1
    assert "FAIL  page integrity (HMAC)" in damaged.out


def test_errors_are_one_line_without_traceback(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin=P)
    assert missing.code == 1 and missing.err == (
        "casedesk: No vault was found in the data directory. Create one with 'casedesk init'.\n")
    init_vault(run_cli, tmp_path)
    wrong = run_cli("verify", "-u", ADMIN, "--password-stdin", stdin="nope nope nope\n")
    assert wrong.code == 1 and wrong.err == "casedesk: Wrong username or password.\n"
    no_tty = run_cli("verify", "-u", ADMIN)
    assert no_tty.code == 1 and "--password-stdin" in no_tty.err
    again = run_cli("init", "--admin", ADMIN, "--name", "X", "--escrow-out", str(tmp_path / "e2"),
                    "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n{ESCROW_PASSPHRASE}\n")
    assert again.code == 1 and "already exists" in again.err
    assert "Traceback" not in wrong.err + missing.err + again.err
    usage = run_cli("verify", "--password", "secret")
    assert usage.code == 2


def test_recovery_sheet_pdf_reads_back(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    result = run_cli("escrow", "create", "--out", str(tmp_path / "esc"), "--password-stdin",
                     stdin=f"{ESCROW_PASSPHRASE}\n")
    assert result.code == 0, result.err
    fingerprint = result.out.splitlines()[0].split(": ", 1)[1]
    text = PdfReader(tmp_path / "esc" / "casedesk.recovery-sheet.pdf").pages[0].extract_text()
    assert "CaseDesk recovery sheet" in text and fingerprint in text
    assert "casedesk recover" in text and ESCROW_PASSPHRASE not in text
