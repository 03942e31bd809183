"""Account commands: user add, list, disable, reset, passwd."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop.models.seed import ROLES
from desktop.services.accounts.service import NewUser

from .io import CliContext
from .vault_commands import login, opened

ROLE_CODES = [r.code for r in ROLES]


def add_parsers(
    commands: Any,
    common: Callable[[argparse.ArgumentParser], None],
    acting_user: Callable[[argparse.ArgumentParser], None],
) -> None:
    user = commands.add_parser("user", help="manage accounts")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    note = " Secrets are read from a prompt, or one per line with --password-stdin."

    add = actions.add_parser("add", help="create an account with a temporary password",
                             description="Secrets: your password." + note)
    common(add)
    acting_user(add)
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=ROLE_CODES)
    add.add_argument("--agency", required=True, help="agency code, e.g. HS, POL, IMM")
    add.add_argument("--level", type=int, default=1, choices=(1, 2, 3))
    add.add_argument("--group", action="append", default=[], metavar="CODE")
    add.set_defaults(handler=add_user)

    listing = actions.add_parser("list", help="list accounts",
                                 description="Secrets: your password." + note)
    common(listing)
    acting_user(listing)
    listing.set_defaults(handler=list_users)

    disable = actions.add_parser("disable", help="disable an account and remove its key slot",
                                 description="Secrets: your password." + note)
    common(disable)
    acting_user(disable)
    disable.add_argument("username")
    disable.set_defaults(handler=disable_user)

    reset = actions.add_parser("reset", help="issue a new temporary password",
                               description="Secrets: your password." + note)
    common(reset)
    acting_user(reset)
    reset.add_argument("username")
    reset.set_defaults(handler=reset_user)

    passwd = actions.add_parser("passwd", help="change your own password",
                                description="Secrets: the current password, then the new one."
                                + note)
    common(passwd)
    passwd.add_argument("-u", "--user", required=True, metavar="USERNAME", help="your account")
    passwd.set_defaults(handler=change_password)


def add_user(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx, server_ok=True) as o:
        session = login(o, args.user)
        info, temporary = o.accounts.create_user(session, NewUser(
            args.username, args.name, args.role, args.agency, args.level, tuple(args.group)))
        o.accounts.logout(session)
    ctx.say(f"Created {info.username} ({info.role_name}, {info.agency_code}, level {info.level}).")
    ctx.say(f"Temporary password (shown once; it must be changed at first login): {temporary}")
    return 0


def list_users(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx, server_ok=True) as o:
        session = login(o, args.user)
        users = o.accounts.list_users(session)
        o.accounts.logout(session)
    ctx.say(f"{'USERNAME':<20} {'ROLE':<22} {'AGENCY':<8} LVL  STATE")
    for u in users:
        state = "disabled" if u.disabled else ("must change password" if u.must_change_password
                                               else "active")
        ctx.say(f"{u.username:<20} {u.role_name:<22} {u.agency_code:<8} {u.level:<4} {state}")
    return 0


def disable_user(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx, server_ok=True) as o:
        session = login(o, args.user)
        o.accounts.disable_user(session, args.username)
        o.accounts.logout(session)
    ctx.say(f"Disabled {args.username} and removed its key slot. "
            "Rotate the database key with 'casedesk rekey' if the person has left.")
    return 0


def reset_user(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx, server_ok=True) as o:
        session = login(o, args.user)
        temporary = o.accounts.reset_user(session, args.username)
        o.accounts.logout(session)
    ctx.say(f"Temporary password for {args.username} (shown once; must be changed): {temporary}")
    return 0


def change_password(args: argparse.Namespace, ctx: CliContext) -> int:
    with opened(args, ctx, server_ok=True) as o:
        current = o.secrets.read(f"Current password for {args.user}")
        session = o.accounts.login(args.user, current)
        new = o.secrets.read("New password", confirm=True)
        o.accounts.change_password(session, current, new)
        o.accounts.logout(session)
    ctx.say(f"The password of {args.user} was changed.")
    return 0
