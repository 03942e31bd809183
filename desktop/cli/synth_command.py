"""`casedesk synth`: fill a vault, or the office server, with invented cases for demonstrations
and benchmarks."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop.logs import configure_logging
from desktop.models.seed import Action
from desktop.server.names import ServerNames
from desktop.server.profile import ServerProfile, read_profile
from desktop.services.errors import PermissionDenied
from desktop.synthetic import synth
from desktop.vault.paths import VaultPaths, default_data_dir

from .io import CliContext, UsageError
from .vault_commands import login, opened


def add_parser(
    commands: Any,
    common: Callable[[argparse.ArgumentParser], None],
    acting_user: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = commands.add_parser(
        "synth", help="add synthetic cases (demonstrations and benchmarks only)",
        description="Adds invented but realistic cases straight into the vault, in bulk; audited "
                    "at the start, with every committed batch of cases (an interrupted run leaves "
                    "a record of what it wrote) and at the end; 1,000,000 cases took 41 minutes "
                    "on a shared two-core machine. A vault with few accounts first "
                    "gets a set of invented staff accounts (password: the demo password). Up to "
                    f"{synth.MAX_CASES:,} "
                    "cases; the same seed gives the same cases in a fresh vault. Never run it "
                    "on a vault holding real cases: the invented ones count in every statistic. "
                    "On the office server (this workstation connected to it, or --dsn) the "
                    "server administrator loads them: give --dsn, not --user; the audit trail "
                    "names the server administrator. "
                    "Secrets: your password. Secrets are read from a prompt, or one per line "
                    "with --password-stdin.")
    common(parser)
    parser.add_argument("-u", "--user", metavar="USERNAME",
                        help="your account (an administrator; on a vault); its password is "
                             "asked first")
    parser.add_argument("--dsn", help="the office server: the server administrator's libpq "
                        "connection string, as 'casedesk server init' takes")
    parser.add_argument("--prefix", help="the server's role name prefix (default: the "
                        "connection profile's, or cd)")
    parser.add_argument("--cases", type=int, required=True, metavar="N",
                        help="how many cases to add")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if not 1 <= args.cases <= synth.MAX_CASES:
        raise UsageError(f"--cases must be between 1 and {synth.MAX_CASES:,}.")
    step = max(1, args.cases // 10)
    shown = [0]

    def progress(done: int) -> None:
        if done - shown[0] >= step or done == args.cases:
            shown[0] = done
            ctx.say(f"  {done:,} / {args.cases:,} cases")

    paths = VaultPaths(args.data_dir or default_data_dir())
    paths.ensure_root()
    profile = read_profile(paths.root)
    if args.dsn or profile is not None:
        configure_logging(paths.logs)
        report = _fill_server(args, profile, progress)
        where = "the office server"
    else:
        report = _fill_vault(args, ctx, progress)
        where = "the vault"
    rows = sum(report.rows.values())
    ctx.say(f"Added {report.cases:,} synthetic cases to {where} ({rows:,} rows, "
            f"{report.users_created} staff accounts created) in {report.seconds:.0f} s.")
    return 0


def _fill_vault(args: argparse.Namespace, ctx: CliContext,
                progress: Callable[[int], None]) -> synth.SynthReport:
    if not args.user:
        raise UsageError("Give your administrator account with --user.")
    if args.prefix:
        raise UsageError("--prefix is for the office server (with --dsn).")
    with opened(args, ctx) as o:
        session = login(o, args.user)
        try:
            if not (session.principal.can(Action.USERS_MANAGE)
                    or session.principal.can(Action.BACKUP_MANAGE)):
                raise PermissionDenied("Only an administrator can add synthetic cases.")
            return synth.fill(o.vault, args.cases, args.seed, progress, user=session)
        finally:
            o.accounts.logout(session)


def _fill_server(args: argparse.Namespace, profile: ServerProfile | None,
                 progress: Callable[[int], None]) -> synth.SynthReport:
    """The server administrator's bulk load (row-level security admits no other)."""
    if not args.dsn:
        raise UsageError("This workstation uses the office server: synthetic cases are loaded "
                         "by the server administrator; give their connection string with --dsn.")
    if args.user:
        raise UsageError("On the office server the server administrator (--dsn) loads the "
                         "cases; leave out --user.")
    if profile is not None and args.prefix and args.prefix != profile.prefix:
        raise UsageError(f"This workstation's server uses the prefix {profile.prefix}.")
    from desktop.synthetic.server_fill import fill_server  # psycopg, when used

    names = ServerNames(args.prefix or (profile.prefix if profile is not None else "cd"))
    return fill_server(args.dsn, names, args.cases, args.seed, progress,
                       database=profile.database if profile is not None else None)
