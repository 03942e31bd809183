"""Preparing a database for CaseDesk: roles, privileges, schema (Alembic), security.

`prepare` runs with a server administrator's connection (a superuser, or a role with CREATEROLE
that owns the database): it creates the group roles, the gate role, the extensions and the
schemas, runs the migrations as `<prefix>$owner` (so that the owner owns every table) and installs
the functions, the audit trail, the login gate and the policies. Every step is idempotent:
`casedesk server upgrade` runs the same after a new release brings migrations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from desktop.vault import migrate

from . import audit_sql, functions, gate_sql, history, reach, search_sql, statistics_cache
from .names import ServerNames, quote_ident, quote_literal
from .policies import policy_statements

EXTENSIONS = ("unaccent", "pgcrypto")

#: The statements of the statistics function (`casedesk.statistics_counts`), built above this
#: package from the statistics SQL itself (services/statistics/server_sql.py).
Aggregates = Callable[[ServerNames], list[str]]


def cluster_statements(names: ServerNames, database: str) -> list[str]:
    owner, member, db = quote_ident(names.owner), quote_ident(names.member), quote_ident(database)
    groups = (names.member, names.statistics_readers, names.level2_readers)
    created = "".join(f"""
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {quote_literal(group)}) THEN
            CREATE ROLE {quote_ident(group)} NOLOGIN; END IF;""" for group in groups)
    return [
        f"""DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {quote_literal(names.owner)}) THEN
            CREATE ROLE {owner} NOLOGIN CREATEROLE; END IF;{created} END $$""",
        *(f"GRANT {quote_ident(group)} TO {owner} WITH ADMIN OPTION" for group in groups),
        f"GRANT pg_signal_backend TO {owner}",
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, CREATE, TEMPORARY ON DATABASE {db} TO {owner}",
        f"GRANT CONNECT ON DATABASE {db} TO {member}",
        # Short queries under row-level security: PostgreSQL's JIT compiler, which starts at a
        # cost the policies' subplans easily reach, spent 227 ms compiling a 20 ms count of
        # 70,000 cases (bench/RESULTS.md, office server). For new sessions of this database.
        f"ALTER DATABASE {db} SET jit = off",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}",
        f"GRANT USAGE ON SCHEMA public TO {member}",
        *(f"CREATE EXTENSION IF NOT EXISTS {e} SCHEMA public" for e in EXTENSIONS),
        f"CREATE SCHEMA IF NOT EXISTS casedesk AUTHORIZATION {owner}",
        f"CREATE SCHEMA IF NOT EXISTS casedesk_private AUTHORIZATION {owner}",
        "REVOKE ALL ON SCHEMA casedesk_private FROM PUBLIC",
    ]


def security_statements(names: ServerNames, tables: set[str], aggregates: Aggregates
                        ) -> list[str]:
    """Run as the owner, after the migrations."""
    member = quote_ident(names.member)
    drop_policies = """DO $$ DECLARE p record; BEGIN
        FOR p IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
          EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
        END LOOP; END $$"""
    return [
        "REVOKE ALL ON SCHEMA casedesk FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA casedesk TO {member}",
        *functions.identity_functions(names),
        *reach.reach_statements(),
        *search_sql.search_functions(),
        *history.history_statements(),
        *gate_sql.gate_statements(names),
        *functions.account_functions(names),
        *functions.users_guard(names),
        *functions.statistics_readers(names),
        *functions.level2_readers(names),
        *statistics_cache.cache_statements(),
        *aggregates(names),
        *audit_sql.audit_statements(names.member),
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA casedesk FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA casedesk TO {member}",
        *functions.statistics_grants(names),
        *gate_sql.grant_statements(names),
        "REVOKE ALL ON ALL TABLES IN SCHEMA casedesk_private FROM PUBLIC",
        drop_policies,
        *policy_statements(names, tables),
        "DROP FUNCTION IF EXISTS casedesk.scope_cases()",  # before case_reach (server/reach.py)
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {member}",
        "ANALYZE",
    ]


def public_tables(conn: Connection) -> set[str]:
    return set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())


def run(conn: Connection, statements: list[str]) -> None:
    for statement in statements:  # (the driver reads % as a placeholder mark)
        conn.exec_driver_sql(statement.replace("%", "%%"))


def prepare(conn: Connection, names: ServerNames, database: str, *, aggregates: Aggregates
            ) -> bool:
    """Everything but the first administrator, on an administrator's connection in a transaction.
    Returns True when migrations ran."""
    run(conn, cluster_statements(names, database))
    run(conn, gate_sql.role_statements(names, database, gate_verifier(conn, names)))
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(names.owner)}")
    conn.exec_driver_sql("SET LOCAL search_path = public")
    pending = migrate.is_pending(conn)
    if pending:
        migrate.upgrade(conn)
    run(conn, reach.TABLE)  # a table of the server alone, before the tables are listed
    run(conn, security_statements(names, public_tables(conn), aggregates))
    return pending


def gate_verifier(conn: Connection, names: ServerNames) -> str:
    """The gate role's SCRAM verifier, computed here by libpq like every CaseDesk password."""
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(gate_sql.GATE_PASSWORD.encode("utf-8"),
                                         names.gate.encode("utf-8"), b"scram-sha-256")
                 ).decode("ascii")


def database_of(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_database()")).scalar_one())


def is_empty(conn: Connection) -> bool:
    return not public_tables(conn)


def describe(conn: Connection) -> dict[str, Any]:
    return {"database": database_of(conn), "tables": len(public_tables(conn))}
