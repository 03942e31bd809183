"""`casedesk server check`: what the server administrator must be able to see is in force.

Each check is one line, ok or FAIL, with what was found: versions, TLS, client authentication
(`pg_hba.conf` as the server reads it), row-level security on every table, the audit function
and the append-only trail, the chain itself, the CaseDesk roles' attributes, the statistics and
search functions, the person's level-2 columns and the login gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop import __version__
from desktop.vault import migrate

from .functions import STATISTICS_FUNCTIONS
from .gate_sql import GATE_FUNCTIONS, WINDOW_SECONDS
from .names import ServerNames
from .search_sql import COUNT_FUNCTION, SEARCH_FUNCTION
from .statistics_cache import STALE
from .tables import LEVEL2_PERSON_COLUMNS

MIN_SERVER = 150000


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _scalar(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(sql), params).scalar()


def versions(conn: Connection) -> list[Check]:
    number = int(str(_scalar(conn, "SHOW server_version_num")))
    shown = str(_scalar(conn, "SHOW server_version"))
    revision = _scalar(conn, "SELECT version_num FROM alembic_version")
    head = migrate.head_revision()
    return [
        Check("PostgreSQL version", number >= MIN_SERVER, f"{shown} (15 or newer needed)"),
        Check("schema version", revision == head,
              f"revision {revision}, CaseDesk {__version__} expects {head}"),
        Check("JIT off for this database", jit_off(conn),
              "jit = off for new sessions (short queries under row-level security)"
              if jit_off(conn) else "jit is on: each policy-laden query may spend 0.2 s "
              "compiling; 'casedesk server upgrade' turns it off"),
    ]


def jit_off(conn: Connection) -> bool:
    """The database's own setting (ALTER DATABASE … SET jit = off, made by init and upgrade)."""
    return bool(_scalar(
        conn, "SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d "
        "ON d.oid = s.setdatabase WHERE d.datname = current_database() AND s.setrole = 0 "
        "AND 'jit=off' = ANY (s.setconfig))"))


def transport(conn: Connection) -> list[Check]:
    ssl = str(_scalar(conn, "SHOW ssl"))
    encryption = str(_scalar(conn, "SHOW password_encryption"))
    minimum = str(_scalar(conn, "SHOW ssl_min_protocol_version"))
    rules = conn.execute(text(
        "SELECT line_number, type, auth_method, address FROM pg_hba_file_rules "
        "WHERE error IS NULL ORDER BY line_number")).all()
    weak = [r for r in rules if r.type in ("host", "hostnossl") and r.auth_method != "reject"]
    plain = [r for r in rules if r.type == "hostssl" and r.auth_method not in (
        "scram-sha-256", "cert", "reject")]
    return [
        Check("TLS", ssl == "on", f"ssl = {ssl}, minimum protocol {minimum}"),
        Check("password hashing", encryption == "scram-sha-256",
              f"password_encryption = {encryption}"),
        Check("network connections need TLS", not weak,
              "every network rule is hostssl or reject" if not weak else
              "pg_hba.conf lines " + ", ".join(str(r.line_number) for r in weak)
              + " accept connections without TLS"),
        Check("network logins use SCRAM-SHA-256", not plain,
              "every hostssl rule uses scram-sha-256 (or cert)" if not plain else
              "pg_hba.conf lines " + ", ".join(str(r.line_number) for r in plain)
              + " use a weaker method"),
    ]


def this_connection(conn: Connection) -> list[Check]:
    """What a CaseDesk user's own connection may see of the transport: its own TLS session and
    the server's hashing. The client-authentication rules (`pg_hba.conf`) and the minimum TLS
    version are the server administrator's to read (`casedesk server check`)."""
    tls = conn.execute(text("SELECT version, cipher FROM pg_stat_ssl "
                            "WHERE pid = pg_backend_pid()")).one_or_none()
    encrypted = tls is not None and tls.version is not None
    encryption = str(_scalar(conn, "SHOW password_encryption"))
    return [
        Check("this connection uses TLS", encrypted,
              f"{tls.version}, {tls.cipher}" if encrypted and tls is not None else "not encrypted"),
        Check("password hashing", encryption == "scram-sha-256",
              f"password_encryption = {encryption}"),
    ]


def row_security(conn: Connection, names: ServerNames) -> list[Check]:
    rows = conn.execute(text(
        "SELECT c.relname, c.relrowsecurity, (SELECT count(*) FROM pg_policy p "
        "WHERE p.polrelid = c.oid) AS policies, pg_get_userbyid(c.relowner) AS owner "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname")).all()
    off = [r.relname for r in rows if not r.relrowsecurity]
    closed = [r.relname for r in rows if r.relrowsecurity and not r.policies]
    foreign = [r.relname for r in rows if r.owner != names.owner]
    bypass = conn.execute(text(
        "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = :member "
        "AND r.rolname <> :owner AND (r.rolsuper OR r.rolbypassrls "
        "OR r.rolcreaterole OR r.rolcreatedb)"),
        {"member": names.member, "owner": names.owner}).scalars().all()
    return [
        Check("row-level security on every table", not off,
              f"{len(rows)} tables" if not off else "off on " + ", ".join(off)),
        Check("tables without a policy (nobody reads them)", True,
              "none" if not closed else ", ".join(closed)),
        Check("tables owned by the schema owner", not foreign,
              names.owner if not foreign else "other owner: " + ", ".join(foreign)),
        Check("CaseDesk roles are ordinary", not bypass,
              "no superuser, BYPASSRLS, CREATEROLE or CREATEDB among them" if not bypass else
              "privileged: " + ", ".join(bypass)),
    ]


def audit_trail(conn: Connection, names: ServerNames) -> list[Check]:
    definer = _scalar(conn, (
        "SELECT p.prosecdef AND pg_get_userbyid(p.proowner) = :owner FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'casedesk' AND p.proname = 'audit_append'"), owner=names.owner)
    writable = [verb for verb in ("INSERT", "UPDATE", "DELETE", "TRUNCATE") if _scalar(
        conn, "SELECT has_table_privilege(:member, 'public.audit_entries', :verb)",
        member=names.member, verb=verb)]
    triggers = int(str(_scalar(conn, (
        "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'public.audit_entries'::regclass "
        "AND NOT tgisinternal"))))
    key_hidden = not _scalar(conn, "SELECT has_schema_privilege(:member, 'casedesk_private', "
                                   "'USAGE')", member=names.member)
    return [
        Check("audit function", bool(definer),
              f"casedesk.audit_append is SECURITY DEFINER owned by {names.owner}" if definer
              else "casedesk.audit_append is missing or not a SECURITY DEFINER of the owner"),
        Check("audit trail is append-only", not writable and triggers >= 2,
              f"CaseDesk users hold no write privilege; {triggers} refusing triggers"
              if not writable else "CaseDesk users may " + ", ".join(writable)),
        Check("audit key held by the server", key_hidden,
              "casedesk_private is closed to CaseDesk users" if key_hidden
              else "CaseDesk users can reach casedesk_private"),
    ]


def audit_chain(conn: Connection) -> list[Check]:
    """Every entry's seal, in order (casedesk.audit_verify: for who may read the audit trail)."""
    report = conn.execute(text(
        "SELECT checked, head_id, problem FROM casedesk.audit_verify()")).one()
    return [Check("audit chain", report.problem is None,
                  f"{report.checked} entries verified, head #{report.head_id}"
                  if report.problem is None else str(report.problem))]


def statistics(conn: Connection, names: ServerNames) -> list[Check]:
    """The statistics functions are the owner's, pinned, and run only for who may read
    statistics; the statistics cache is closed to every CaseDesk user (nobody poisons it)."""
    functions = [_statistics_function(conn, names, f) for f in STATISTICS_FUNCTIONS]
    missing = [f.split("(")[0] for f, row in zip(STATISTICS_FUNCTIONS, functions, strict=True)
               if row is None or not (row.definer and row.pinned)]
    opened = [f.split("(")[0] for f, row in zip(STATISTICS_FUNCTIONS, functions, strict=True)
              if row is None or row.open]
    strays = _strays(conn, names, names.statistics_readers,
                     "EXISTS (SELECT 1 FROM role_actions ra WHERE ra.role_id = u.role_id "
                     "AND ra.action = 'statistics.view')")
    cache_open = [verb for verb in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE") if _scalar(
        conn, "SELECT has_table_privilege(:member, 'public.statistics_cache', :verb)",
        member=names.member, verb=verb)]
    stale = set(conn.execute(text(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
        "AND t.tgname = 'statistics_stale' AND t.tgenabled <> 'D'")).scalars())
    unguarded = sorted(set(STALE) - stale)
    shown = " and ".join(f.split("(")[0] for f in STATISTICS_FUNCTIONS)
    if opened:
        reach = f"EXECUTE on {', '.join(opened)} reaches beyond {names.statistics_readers}"
    elif strays:
        reach = "members without statistics.view: " + ", ".join(strays)
    else:
        reach = f"EXECUTE held by {names.statistics_readers} alone, whose members hold it"
    return [
        Check("statistics function", not missing,
              f"{shown} are SECURITY DEFINER owned by {names.owner}, search_path pinned"
              if not missing else
              f"{', '.join(missing)}: missing, not the owner's definer or not pinned"),
        Check("statistics function only for statistics readers", not opened and not strays,
              reach),
        Check("statistics cache invalidated by every write", not unguarded,
              f"{len(stale)} tables drop the years a write changes" if not unguarded
              else "no invalidating trigger on " + ", ".join(unguarded)),
        Check("statistics cache closed to users", not cache_open,
              "CaseDesk users hold no privilege on statistics_cache" if not cache_open
              else "CaseDesk users may " + ", ".join(cache_open) + " statistics_cache"),
    ]


def _statistics_function(conn: Connection, names: ServerNames, signature: str) -> Any:
    return conn.execute(text(
        "SELECT p.prosecdef AND pg_get_userbyid(p.proowner) = :owner AS definer, "
        "coalesce('search_path=pg_catalog, public, pg_temp' = ANY (p.proconfig), false) AS pinned, "
        "EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
        "        WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner "
        "        AND a.grantee NOT IN (SELECT oid FROM pg_roles WHERE rolname = :readers)) AS open "
        "FROM pg_proc p WHERE p.oid = to_regprocedure(:function)"),
        {"owner": names.owner, "readers": names.statistics_readers,
         "function": signature}).one_or_none()


def search(conn: Connection, names: ServerNames) -> list[Check]:
    """The search and count functions read the cases as their owner, so each must be the
    owner's definer with its search_path pinned (search_sql.search_cases_function says why)."""
    wrong = []
    for signature in (SEARCH_FUNCTION, COUNT_FUNCTION):
        function = conn.execute(text(
            "SELECT p.prosecdef AND pg_get_userbyid(p.proowner) = :owner AS definer, "
            "coalesce('search_path=pg_catalog, public, pg_temp' = ANY (p.proconfig), false) "
            "AS pinned FROM pg_proc p WHERE p.oid = to_regprocedure(:function)"),
            {"owner": names.owner, "function": signature}).one_or_none()
        if function is None or not (function.definer and function.pinned):
            wrong.append(signature.split("(")[0])
    return [Check("search function", not wrong,
                  f"casedesk.search_cases and casedesk.count_cases are SECURITY DEFINER owned by "
                  f"{names.owner}, search_path pinned" if not wrong else
                  f"{' and '.join(wrong)} missing, not the owner's definer or not pinned; "
                  "'casedesk server upgrade' re-creates it")]


def _strays(conn: Connection, names: ServerNames, group: str, holds: str) -> list[str]:
    """Members of `group` whose user is disabled, gone or does not meet `holds` (SQL on `u`)."""
    return list(conn.execute(text(
        "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = :group AND r.rolname <> :owner "
        "AND NOT EXISTS (SELECT 1 FROM users u WHERE NOT u.disabled "
        f"AND :prefix || u.username = r.rolname AND {holds}) ORDER BY r.rolname"),
        {"group": group, "owner": names.owner, "prefix": names.prefix + "_"}).scalars())


def person_columns(conn: Connection, names: ServerNames) -> list[Check]:
    """The person's level-2 columns: neither read nor written by `<prefix>$user` (every
    CaseDesk user), both by `<prefix>$level2`, whose members are the users of level 2 or more."""
    def holding(role: str, verb: str) -> list[str]:
        return [c for c in LEVEL2_PERSON_COLUMNS if _scalar(
            conn, "SELECT has_column_privilege(:role, 'public.persons', :column, :verb)",
            role=role, column=c, verb=verb)]
    open_ = sorted({f"{verb} ({c})" for verb in ("SELECT", "UPDATE")
                    for c in holding(names.member, verb)})
    granted = len(holding(names.level2_readers, "SELECT")) == len(LEVEL2_PERSON_COLUMNS)
    strays = _strays(conn, names, names.level2_readers, "u.level >= 2")
    guarded = bool(_scalar(
        conn, "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' "
              "AND tgrelid = 'public.persons'::regclass AND tgname = 'persons_level2_insert')"))
    columns = ", ".join(LEVEL2_PERSON_COLUMNS)
    if open_:
        detail = f"every CaseDesk user may {', '.join(open_)}"
    elif not granted:
        detail = f"{names.level2_readers} may not read {columns}"
    elif strays:
        detail = "members below level 2: " + ", ".join(strays)
    elif not guarded:
        detail = "no guard (trigger persons_level2_insert) on the insert of a person"
    else:
        detail = (f"{columns} read and written by {names.level2_readers} alone (level 2 or more),"
                  " inserted empty by anyone else")
    ok = not open_ and granted and not strays and guarded
    return [Check("level-2 person columns", ok, detail)]


GATE_DEFINERS = (*GATE_FUNCTIONS, "login_succeeded")
#: What the gate role must never reach: the session's half of the gate, account administration,
#: the audit append and the gate's own helpers.
GATE_FORBIDDEN = ("login_succeeded(text)", "create_login(text, text)", "reset_login(text, text)",
                  "disable_login(text)", "audit_append(text, text, text, text)",
                  "login_settle(text, text)", "login_state(text)")


def login_gate(conn: Connection, names: ServerNames) -> list[Check]:
    """U4 on the server: the gate's functions, its role's few rights, and no CaseDesk password
    that works without it."""
    definers = conn.execute(text(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'casedesk' AND p.prosecdef AND pg_get_userbyid(p.proowner) = :owner "
        "AND p.proname = ANY (:wanted)"), {"owner": names.owner, "wanted": list(GATE_DEFINERS)}
    ).scalars().all()
    missing = sorted(set(GATE_DEFINERS) - set(definers))
    role = conn.execute(text(
        "SELECT r.rolcanlogin AND NOT (r.rolsuper OR r.rolbypassrls OR r.rolcreaterole "
        "OR r.rolcreatedb) AS plain, EXISTS (SELECT 1 FROM pg_auth_members m "
        "WHERE m.member = r.oid) AS member FROM pg_roles r WHERE r.rolname = :gate"),
        {"gate": names.gate}).one_or_none()
    granted, reached = [], []
    if role is not None:
        granted = [f for f in GATE_FUNCTIONS if _scalar(
            conn, "SELECT has_function_privilege(:gate, :f, 'EXECUTE')", gate=names.gate,
            f=f"casedesk.{f}(text)")]
        reached = [f.split("(")[0] for f in GATE_FORBIDDEN if _scalar(
            conn, "SELECT has_function_privilege(:gate, :f, 'EXECUTE')", gate=names.gate,
            f=f"casedesk.{f}")]
        if _scalar(conn, "SELECT has_schema_privilege(:gate, 'casedesk_private', 'USAGE')",
                   gate=names.gate):
            reached.append("casedesk_private")
    role_ok = (role is not None and role.plain and not role.member
               and len(granted) == len(GATE_FUNCTIONS) and not reached)
    open_roles = conn.execute(text(
        "SELECT u.rolname FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = :member "
        "AND left(u.rolname, :n) = :prefix AND u.rolcanlogin AND (u.rolvaliduntil IS NULL "
        "OR u.rolvaliduntil > now() + make_interval(secs => :window)) ORDER BY 1"),
        {"member": names.member, "n": len(names.prefix) + 1, "prefix": names.prefix + "_",
         "window": WINDOW_SECONDS + 60}).scalars().all()
    delay = _scalar(conn, "SELECT setting::integer FROM pg_settings "
                          "WHERE name = 'auth_delay.milliseconds'")
    delayed = isinstance(delay, int) and delay > 0
    return [
        Check("login gate functions", not missing,
              "login_begin, login_failed, login_succeeded are SECURITY DEFINER owned by "
              f"{names.owner}" if not missing else "missing or not the owner's SECURITY "
              "DEFINER: " + ", ".join(missing)),
        Check("login gate role", role_ok,
              f"{names.gate} may call only login_begin and login_failed" if role_ok else
              f"{names.gate} is missing" if role is None else
              f"{names.gate} is privileged, a member of a role, or lacks its grants"
              if not reached else f"{names.gate} reaches " + ", ".join(reached)),
        Check("passwords work only through the gate", not open_roles,
              "every CaseDesk login role's password is expired outside a gate window"
              if not open_roles else "valid without the gate: " + ", ".join(open_roles)),
        # Guesses within an open window are the server's own to slow down (docs/SERVER.md §6).
        Check("refused passwords delayed (auth_delay)", delayed,
              f"{delay} ms per refused password" if delayed else
              "auth_delay is not loaded or 0: add it to shared_preload_libraries, with "
              "auth_delay.milliseconds = 2000"),
    ]


def run_checks(conn: Connection, names: ServerNames) -> list[Check]:
    return [*versions(conn), *transport(conn), *_schema_checks(conn, names, chain=True)]


def workstation_checks(conn: Connection, names: ServerNames, *, chain: bool) -> list[Check]:
    """The same check from a workstation, as a CaseDesk user's role: all but what only the
    server administrator may read (`pg_hba.conf`, the minimum TLS version); the audit chain
    only for who may read the audit trail (`chain`)."""
    return [*versions(conn), *this_connection(conn), *_schema_checks(conn, names, chain=chain)]


def _schema_checks(conn: Connection, names: ServerNames, *, chain: bool) -> list[Check]:
    return [*row_security(conn, names), *audit_trail(conn, names),
            *(audit_chain(conn) if chain else []), *statistics(conn, names),
            *search(conn, names), *person_columns(conn, names), *login_gate(conn, names)]
