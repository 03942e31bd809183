"""`casedesk synth`: fill a vault with invented cases for demonstrations and benchmarks."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop.models.seed import Action
from desktop.services.errors import PermissionDenied
from desktop.synthetic import synth

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
                    "Secrets: your password. Secrets are read from a prompt, or one per line "
                    "with --password-stdin.")
    common(parser)
    acting_user(parser)
    parser.add_argument("--cases", type=int, required=True, metavar="N",
                        help="how many cases to add")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if not 1 <= args.cases <= synth.MAX_CASES:
        raise UsageError(f"--cases must be between 1 and {synth.MAX_CASES:,}.")
    with opened(args, ctx) as o:
        session = login(o, args.user)
        try:
            if not (session.principal.can(Action.USERS_MANAGE)
                    or session.principal.can(Action.BACKUP_MANAGE)):
                raise PermissionDenied("Only an administrator can add synthetic cases.")
            step = max(1, args.cases // 10)
            shown = [0]

            def progress(done: int) -> None:
                if done - shown[0] >= step or done == args.cases:
                    shown[0] = done
                    ctx.say(f"  {done:,} / {args.cases:,} cases")

            report = synth.fill(o.vault, args.cases, args.seed, progress, user=session)
        finally:
            o.accounts.logout(session)
    rows = sum(report.rows.values())
    ctx.say(f"Added {report.cases:,} synthetic cases ({rows:,} rows, "
            f"{report.users_created} staff accounts created) in {report.seconds:.0f} s.")
    return 0
