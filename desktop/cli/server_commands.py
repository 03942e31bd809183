"""Office server commands: `casedesk server init | upgrade | check | reset-user | connect |
disconnect`.

`init`, `upgrade`, `check` and `reset-user` take the server administrator's libpq connection string (`--dsn`,
for instance `postgresql://postgres@/casedesk?host=/var/run/postgresql`): a superuser, or a role
with CREATEROLE owning the database. `connect` writes this workstation's connection profile (no
secret in it); from then on the GUI and the account commands use the office server.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.server import install
from desktop.server.check import run_checks
from desktop.server.engine import dsn_engine
from desktop.server.errors import ServerError
from desktop.server.names import ServerNames
from desktop.server.profile import PROFILE_FILE
from desktop.server.store import ServerStore
from desktop.services import connection
from desktop.services.accounts.server_setup import (
    first_administrator,
    reset_by_server_administrator,
)
from desktop.services.accounts.users import UserInfo
from desktop.services.statistics import server_sql
from desktop.vault.paths import default_data_dir

from .io import CliContext, SecretReader


def add_parser(commands: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    server = commands.add_parser("server", help="the office server on PostgreSQL (docs/SERVER.md)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    def admin(name: str, help_: str, description: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=help_, description=description)
        parser.add_argument("--dsn", required=True, help="the server administrator's libpq "
                            "connection string (never a CaseDesk user's)")
        parser.add_argument("--prefix", default="cd", help="role name prefix (default cd)")
        common(parser)
        return parser

    init = admin("init", "prepare an empty database: schema, roles, policies, first administrator",
                 "Secrets: the first administrator's password.")
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--agency", default="HS", help="agency code (default HS)")
    init.set_defaults(handler=init_server)
    upgrade = admin("upgrade", "apply this version's migrations and policies",
                    "Runs the migrations as the schema owner and re-creates functions and policies.")
    upgrade.set_defaults(handler=upgrade_server)
    check = admin("check", "report TLS, row-level security, the audit function, versions",
                  "One line per check; exits 1 when any check fails.")
    check.set_defaults(handler=check_server)
    reset = admin("reset-user", "a temporary password for an account, enabled again (U4 lock)",
                  "For when no CaseDesk administrator can log in; otherwise use "
                  "'casedesk user reset'. Audited in the server administrator's name.")
    reset.add_argument("username")
    reset.set_defaults(handler=reset_server_user)

    connect = actions.add_parser("connect", help="use the office server on this workstation",
                                 description="Writes the connection profile into the data folder.")
    common(connect)
    connect.add_argument("--host", required=True, help="the server's name, as its certificate says")
    connect.add_argument("--port", type=int, default=5432)
    connect.add_argument("--database", required=True)
    connect.add_argument("--ca-file", type=Path, required=True, help="the council's CA certificate")
    connect.add_argument("--prefix", default="cd")
    connect.set_defaults(handler=connect_workstation)
    local = actions.add_parser("disconnect", help="use this workstation's own vault again")
    common(local)
    local.set_defaults(handler=disconnect_workstation)


def initialise(dsn: str, names: ServerNames, admin: str, display_name: str, password: str,
               agency: str = "HS") -> UserInfo:
    """`casedesk server init` without the terminal: refuses a database that has tables."""
    engine = dsn_engine(dsn)
    try:
        with engine.begin() as conn:
            if not install.is_empty(conn):
                raise ServerError("This database already has tables; 'casedesk server init' "
                                  "only prepares an empty one (use 'casedesk server upgrade').")
            install.prepare(conn, names, install.database_of(conn),
                            aggregates=server_sql.function_statements)
    finally:
        engine.dispose()
    store = ServerStore.maintenance(dsn, names)
    try:
        return first_administrator(store, admin, display_name, password, agency)
    finally:
        store.close()


def upgrade(dsn: str, names: ServerNames) -> bool:
    engine = dsn_engine(dsn)
    try:
        with engine.begin() as conn:
            if install.is_empty(conn):
                raise ServerError("This database is empty; prepare it with 'casedesk server init'.")
            return install.prepare(conn, names, install.database_of(conn),
                                   aggregates=server_sql.function_statements)
    finally:
        engine.dispose()


def init_server(args: argparse.Namespace, ctx: CliContext) -> int:
    password = SecretReader(ctx, args.password_stdin).read(
        "New administrator password", confirm=True)
    info = initialise(args.dsn, ServerNames(args.prefix), args.admin, args.name, password,
                      args.agency)
    ctx.say("Office server prepared: schema, roles, row-level security, audit trail.")
    role = ServerNames(args.prefix).login_role(info.username)
    ctx.say(f"First administrator: {info.username} (PostgreSQL role {role}).")
    ctx.say("Check it with 'casedesk server check --dsn …'; connect workstations with "
            "'casedesk server connect'.")
    return 0


def upgrade_server(args: argparse.Namespace, ctx: CliContext) -> int:
    migrated = upgrade(args.dsn, ServerNames(args.prefix))
    ctx.say("Schema upgraded; policies re-created." if migrated
            else "Schema already current; policies re-created.")
    return 0


def check_server(args: argparse.Namespace, ctx: CliContext) -> int:
    engine = dsn_engine(args.dsn)
    try:
        with engine.connect() as conn:
            checks = run_checks(conn, ServerNames(args.prefix))
    finally:
        engine.dispose()
    for check in checks:
        ctx.say(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    failed = [c.name for c in checks if not c.ok]
    if failed:
        print(f"casedesk: server check failed: {', '.join(failed)}", file=ctx.stderr)
        return 1
    ctx.say("Office server checked.")
    return 0


def reset_server_user(args: argparse.Namespace, ctx: CliContext) -> int:
    store = ServerStore.maintenance(args.dsn, ServerNames(args.prefix))
    try:
        temporary = reset_by_server_administrator(store, args.username)
    finally:
        store.close()
    ctx.say(f"Temporary password for {args.username} (shown once; must be changed): {temporary}")
    return 0


def connect_workstation(args: argparse.Namespace, ctx: CliContext) -> int:
    folder = args.data_dir or default_data_dir()
    profile = connection.use_server(folder, args.host, args.database, args.ca_file, args.port,
                                    args.prefix)
    ctx.say(f"This workstation now uses the office server {profile.label()} "
            f"({folder / PROFILE_FILE}).")
    return 0


def disconnect_workstation(args: argparse.Namespace, ctx: CliContext) -> int:
    path = connection.use_vault(args.data_dir or default_data_dir())
    ctx.say(f"This workstation uses its own vault again ({path}).")
    return 0
