"""Vault commands: init, escrow create, verify, backup, restore, rekey, recover."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop.logs import configure_logging
from desktop.server.profile import read_profile
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.setup import EscrowChoice, first_run, write_escrow_files
from desktop.services.maintenance.service import MaintenanceService
from desktop.services.user import UserSession
from desktop.vault import escrow as escrow_keys
from desktop.vault.errors import VaultCorrupt, VaultError
from desktop.vault.paths import VaultPaths, default_data_dir
from desktop.vault.vault import Vault

from .io import CliContext, SecretReader, UsageError


@dataclass
class Opened:
    vault: Vault
    accounts: AccountService
    maintenance: MaintenanceService
    secrets: SecretReader


@contextmanager
def opened(args: argparse.Namespace, ctx: CliContext, *, server_ok: bool = False
           ) -> Iterator[Opened]:
    """The vault of --data-dir with its lock held for the command; always released. Where the
    data folder's connection profile names the office server, account commands (`server_ok`)
    get the server's accounts instead, and vault commands are refused with the way out."""
    paths = VaultPaths(args.data_dir or default_data_dir())
    paths.ensure_root()
    configure_logging(paths.logs)
    profile = read_profile(paths.root)
    if profile is not None:
        if not server_ok:
            raise UsageError("This workstation uses the office server: verification, backups and "
                             "key rotation are the server administrator's (docs/SERVER.md).")
        from desktop.server.credentials import ServerCredentials  # psycopg, when used
        from desktop.server.store import ServerStore

        store = ServerStore(profile)
        try:
            yield Opened(None, AccountService(ServerCredentials(store), data_dir=paths.root),  # type: ignore[arg-type]
                         None, SecretReader(ctx, args.password_stdin))  # type: ignore[arg-type]
        finally:
            store.close()
        return
    vault = Vault(paths, ctx.config_factory())
    vault.acquire()
    try:
        yield Opened(vault, AccountService(vault), MaintenanceService(vault),
                     SecretReader(ctx, args.password_stdin))
    finally:
        vault.release()


def login(o: Opened, username: str) -> UserSession:
    password = o.secrets.read(f"Password for {username}")
    return o.accounts.login(username, password)


def init(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        password = o.secrets.read("New administrator password", confirm=True)
        if args.escrow_public:
            choice = EscrowChoice(public_file=args.escrow_public)
        else:
            passphrase = o.secrets.read("Passphrase for the new escrow key", confirm=True)
            choice = EscrowChoice(folder=args.escrow_out, passphrase=passphrase)
        result = first_run(o.accounts, args.admin, args.name, password, args.agency,
                           not args.no_device_binding, choice)
        o.accounts.logout(result.session)
    ctx.say(f"Vault created in {o.vault.paths.root}")
    ctx.say(f"Escrow key fingerprint: {result.fingerprint}")
    if args.no_device_binding:
        ctx.say("Device binding is OFF: the key file alone (with a password) opens this vault.")
    for path in result.written:
        ctx.say(f"Wrote {path}")
    if result.written:
        ctx.say("Move the private key file and the recovery sheet offline now; "
                "no recovery secret should stay on this workstation.")
    return 0


def escrow_create(args: argparse.Namespace, ctx: CliContext) -> int:
    passphrase = SecretReader(ctx, args.password_stdin).read("Escrow passphrase", confirm=True)
    public, private_json = escrow_keys.generate(passphrase)
    written = write_escrow_files(args.out, args.name, public, private_json)
    ctx.say(f"Escrow key fingerprint: {public.fingerprint}")
    for path in written:
        ctx.say(f"Wrote {path}")
    return 0


def verify(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        password = o.secrets.read(f"Password for {args.user}")
        try:
            session = o.accounts.login(args.user, password)
        except VaultCorrupt:  # the login itself met a damaged page: check what can be checked
            report = o.maintenance.verify_unopened(args.user, password)
        else:
            try:
                report = o.maintenance.verify(session)
            finally:
                logout_quietly(o, session)
    for check in report.checks:
        mark = "ok  " if check.ok else "FAIL" if check.checked else "skip"
        ctx.say(f"{mark}  {check.name}: {check.detail}")
    if not report.ok:
        names = ", ".join(c.name for c in report.problems)
        print(f"casedesk: verification failed: {names}", file=ctx.stderr)
        return 1
    ctx.say("Vault verified.")
    return 0


def logout_quietly(o: Opened, session: UserSession) -> None:
    """Log out; on a damaged vault the logout entry may not be written, the lock still is."""
    try:
        o.accounts.logout(session)
    except VaultError:
        o.vault.lock()


def backup(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        result = o.maintenance.backup(session, args.out)
        o.accounts.logout(session)
    head = result.manifest["audit_head"]
    ctx.say(f"Backup written and verified: {result.path}")
    ctx.say(f"Audit chain head: #{head['id']} {head['mac']}")
    return 0


def restore(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        if args.escrow_key:
            passphrase = o.secrets.read("Escrow passphrase")
            private = escrow_keys.open_private(args.escrow_key, passphrase)
            manifest = o.maintenance.restore_with_escrow(args.backup_file, private)
        else:
            manifest = _restore_as_user(o, args)
    ctx.say(f"Restored the backup of {manifest['created']} "
            f"(audit head #{manifest['audit_head']['id']}). Log in again.")
    return 0


def _restore_as_user(o: Opened, args: argparse.Namespace) -> dict[str, Any]:
    """With a live vault that opens: log in, confirm, restore. With a vault that is gone, half
    there (a missing key file or database) or too damaged to log in, the backup itself decides:
    its key is sealed only to the slots of the administrators who may restore it."""
    password = o.secrets.read(f"Password for {args.user}")
    paths = o.vault.paths
    if paths.keyfile.exists() and paths.database.exists():
        try:
            session = o.accounts.login(args.user, password)
        except VaultCorrupt:
            pass
        else:
            confirm = o.secrets.read(f"Password for {args.user} (confirm the restore)")
            return o.maintenance.restore(session, args.backup_file, confirm)
    return o.maintenance.restore_with_password(args.backup_file, args.user, password)


def rekey(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        session = login(o, args.user)
        o.maintenance.rekey(session)
        o.accounts.logout(session)
    ctx.say("The database key was rotated; every key slot and the escrow slot were re-sealed.")
    return 0


def recover(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx) as o:
        passphrase = o.secrets.read("Escrow passphrase")
        private = escrow_keys.open_private(args.escrow_key, passphrase)
        new_password = o.secrets.read(f"New password for {args.admin}", confirm=True)
        if not o.vault.paths.keyfile.exists():
            raise UsageError("No vault in this data directory; use 'casedesk restore' instead.")
        session = o.maintenance.recover(private, args.admin, new_password)
        o.accounts.logout(session)
    ctx.say(f"{args.admin} can log in with the new password. Rotate the database key now "
            "with 'casedesk rekey'.")
    return 0
