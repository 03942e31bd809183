"""The argument parser: every subcommand has --help, --data-dir and --password-stdin."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import __version__

from .io import CliContext

SECRETS_NOTE = (
    "Secrets are read from a hidden prompt, or with --password-stdin one per line from standard "
    "input in the order listed here; never from arguments."
)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="vault folder (default: CASEDESK_DATA_DIR or the platform data folder)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read secrets from standard input, one per line")


def _acting_user(parser: argparse.ArgumentParser, what: str = "an administrator") -> None:
    parser.add_argument("-u", "--user", required=True, metavar="USERNAME",
                        help=f"your account ({what}); its password is asked first")


def gui(args: argparse.Namespace, ctx: object) -> int:
    from desktop.app import run

    return run(args.data_dir)


def gui_demo(args: argparse.Namespace, ctx: object) -> int:
    from desktop.app import run

    return run(None, demo=True)


def run_selftest(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.services.maintenance.selftest import SelfTest

    ok = True
    for step in SelfTest().run():
        ok = ok and step.ok
        ctx.say(f"{'ok  ' if step.ok else 'FAIL'}  {step.name}: {step.detail} "
                f"({step.seconds:.2f} s)")
    ctx.say("Self-test passed." if ok else "Self-test FAILED.")
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules (the office server's, the synthetic generator's, the bundles') are
    # imported here, for a command, and not when `casedesk` alone starts the GUI.
    from . import (
        bundle_commands,
        exchange_commands,
        server_commands,
        synth_command,
        user_commands,
        vault_commands,
    )

    parser = argparse.ArgumentParser(
        prog="casedesk",
        description="CaseDesk: encrypted case management for anti-trafficking councils.",
        epilog=SECRETS_NOTE,
    )
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="vault folder for the GUI (default: CASEDESK_DATA_DIR or the "
                             "platform data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="the GUI on a throw-away demo vault with one account per role",
        description="Opens CaseDesk on a demo vault in a temporary folder, made without device "
                    "binding; the accounts and their password are printed at start.")
    demo.set_defaults(handler=gui_demo)

    selftest = commands.add_parser(
        "self-test", help="check this installation in a temporary folder",
        description="Creates a throw-away vault, unlocks it, writes and searches a case, renders "
                    "a PDF, verifies the audit chain and deletes everything; one line per step. "
                    "Exits 0 only when every step passed. The real vault is not touched.")
    selftest.set_defaults(handler=run_selftest)

    init = commands.add_parser(
        "init", help="create a vault and its first administrator",
        description="Create a vault. Secrets: the administrator's password, then (with "
                    "--escrow-out) the new escrow key's passphrase. " + SECRETS_NOTE)
    _common(init)
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--agency", default="HS", help="agency code (default HS)")
    escrow_choice = init.add_mutually_exclusive_group(required=True)
    escrow_choice.add_argument("--escrow-public", type=Path, metavar="FILE",
                               help="the ministry's existing escrow public key")
    escrow_choice.add_argument("--escrow-out", type=Path, metavar="DIR",
                               help="create a new escrow pair and its recovery sheet in DIR")
    init.add_argument("--no-device-binding", action="store_true",
                      help="do not bind key slots to this workstation's keyring (audited)")
    init.set_defaults(handler=vault_commands.init)

    escrow = commands.add_parser("escrow", help="escrow recovery keys")
    escrow_commands = escrow.add_subparsers(dest="escrow_command", metavar="ACTION", required=True)
    create = escrow_commands.add_parser(
        "create", help="create an escrow key pair and a recovery sheet",
        description="Secrets: the passphrase for the private key. " + SECRETS_NOTE)
    _common(create)
    create.add_argument("--out", type=Path, required=True, metavar="DIR")
    create.add_argument("--name", default="casedesk", help="file name stem")
    create.set_defaults(handler=vault_commands.escrow_create)

    user_commands.add_parsers(commands, _common, _acting_user)
    synth_command.add_parser(commands, _common, _acting_user)
    exchange_commands.add_parsers(commands, _common, _acting_user)
    bundle_commands.add_parsers(commands, _common, _acting_user)
    server_commands.add_parser(commands, _common)

    verify = commands.add_parser(
        "verify", help="check cipher integrity, schema and the audit chain",
        description="Secrets: your password. " + SECRETS_NOTE)
    _common(verify)
    _acting_user(verify)
    verify.set_defaults(handler=vault_commands.verify)

    backup = commands.add_parser(
        "backup", help="write a verified encrypted backup",
        description="Secrets: your password. " + SECRETS_NOTE)
    _common(backup)
    _acting_user(backup)
    backup.add_argument("--out", type=Path, metavar="DIR", help="backup folder")
    backup.set_defaults(handler=vault_commands.backup)

    restore = commands.add_parser(
        "restore", help="restore a backup after verifying it",
        description="Secrets: your password, or the escrow passphrase. " + SECRETS_NOTE)
    _common(restore)
    restore.add_argument("backup_file", type=Path, metavar="BACKUP")
    who = restore.add_mutually_exclusive_group(required=True)
    who.add_argument("-u", "--user", metavar="USERNAME", help="an administrator's account")
    who.add_argument("--escrow-key", type=Path, metavar="FILE", help="escrow private key file")
    restore.set_defaults(handler=vault_commands.restore)

    rekey = commands.add_parser(
        "rekey", help="rotate the database key",
        description="Secrets: your password. " + SECRETS_NOTE)
    _common(rekey)
    _acting_user(rekey)
    rekey.set_defaults(handler=vault_commands.rekey)

    recover = commands.add_parser(
        "recover", help="set an administrator's password with the escrow key",
        description="Secrets: the escrow passphrase, then the new password. " + SECRETS_NOTE)
    _common(recover)
    recover.add_argument("--escrow-key", type=Path, required=True, metavar="FILE")
    recover.add_argument("--admin", required=True, metavar="USERNAME")
    recover.set_defaults(handler=vault_commands.recover)
    return parser
