"""The server-side identity of a session: who is logged in, their role's actions and scope.

SECURITY DEFINER functions owned by `<prefix>$owner` read the directory for the row-level security
policies (which would otherwise recurse through the tables they protect). Each one identifies the
caller by `session_user`, the login role the connection authenticated as: `SET ROLE` cannot change
it, and a role that is no CaseDesk user (or a disabled one) is nobody, reaching nothing.
Semantics mirror `services/policy.py::case_scope` (OWN, GROUP, AGENCY, REFERRED, ALL, NONE).
"""

from __future__ import annotations

from desktop.models.seed import Action
from desktop.models.vocab import SECTION_LEVELS

from .gate_sql import clear_statement
from .names import ServerNames, quote_ident, quote_literal
from .policies import scope_terms
from .tables import LEVEL2_PERSON_COLUMNS, SECTION_KEYS

HEADER = ("LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE "
          "SET search_path = pg_catalog, public")

#: The statistics function (services/statistics/server_sql.py builds it): starts, ends,
#: agency code, district, age groups.
STATISTICS_FUNCTION = "casedesk.statistics_counts(date[], date[], text, text, integer[])"
#: The number of cases behind one figure, whoever's they are (the same builder): start, end,
#: agency code, district, age groups, table, row, column.
CELL_CASES_FUNCTION = ("casedesk.statistics_cell_cases(date, date, text, text, integer[], text, "
                       "text, text)")
#: Both, with EXECUTE for `<prefix>$statistics` alone; and the signatures of earlier releases,
#: dropped by `upgrade`.
STATISTICS_FUNCTIONS = (STATISTICS_FUNCTION, CELL_CASES_FUNCTION)
FORMER_STATISTICS_FUNCTIONS = ("casedesk.statistics_counts(date[], date[], text, text)",)


def identity_functions(names: ServerNames) -> list[str]:
    """`casedesk.principal()` reads the caller's row, role, actions and group mates in one query
    (SECURITY DEFINER); the small helpers the policies use are plain SQL over it, which the
    planner inlines, so a statement pays for one principal per helper it names, once."""
    prefix = quote_literal(names.prefix + "_")
    n = len(names.prefix) + 1
    plain = "LANGUAGE sql STABLE PARALLEL SAFE"
    return [
        f"""CREATE OR REPLACE FUNCTION casedesk.principal() RETURNS TABLE (user_id integer,
            agency_id integer, level integer, scope text, actions text[], mates integer[])
            {HEADER} AS $$
            WITH u AS (SELECT u.id, u.agency_id, u.level, u.role_id FROM public.users u
                       WHERE NOT u.disabled AND left(session_user::text, {n}) = {prefix}
                       AND u.username = substr(session_user::text, {n + 1}))
            SELECT u.id, u.agency_id, u.level,
              CASE WHEN 'case.view' = ANY (a.actions) THEN r.scope::text ELSE 'NONE' END,
              a.actions,
              ARRAY(SELECT DISTINCT m.user_id FROM public.user_group_members m
                    WHERE m.group_id IN (SELECT g.group_id FROM public.user_group_members g
                                         WHERE g.user_id = u.id))
            FROM u JOIN public.roles r ON r.id = u.role_id
            CROSS JOIN LATERAL (SELECT coalesce(array_agg(ra.action::text), ARRAY[]::text[])
                                AS actions FROM public.role_actions ra
                                WHERE ra.role_id = u.role_id) a $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.me() RETURNS integer {plain} AS $$
            SELECT (SELECT user_id FROM casedesk.principal()) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.my_agency() RETURNS integer {plain} AS $$
            SELECT (SELECT agency_id FROM casedesk.principal()) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.my_level() RETURNS integer {plain} AS $$
            SELECT coalesce((SELECT level FROM casedesk.principal()), 0) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.actions() RETURNS text[] {plain} AS $$
            SELECT coalesce((SELECT actions FROM casedesk.principal()), ARRAY[]::text[]) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.can(action text) RETURNS boolean {plain} AS $$
            SELECT action = ANY (casedesk.actions()) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.can_any(wanted text[]) RETURNS boolean {plain}
            AS $$ SELECT wanted && casedesk.actions() $$""",
        # The record scope, NONE for a role without case.view (as policy.case_scope says).
        f"""CREATE OR REPLACE FUNCTION casedesk.scope() RETURNS text {plain} AS $$
            SELECT coalesce((SELECT scope FROM casedesk.principal()), 'NONE') $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_all() RETURNS boolean {plain} AS $$
            SELECT casedesk.scope() = 'ALL' $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_agency() RETURNS integer {plain} AS $$
            SELECT (SELECT agency_id FROM casedesk.principal() WHERE scope = 'AGENCY') $$""",
        # Owners whose cases the scope reaches: me (OWN, GROUP, AGENCY) and my group mates.
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_owners() RETURNS integer[] {plain} AS $$
            SELECT coalesce((SELECT CASE WHEN scope IN ('OWN', 'AGENCY') THEN ARRAY[user_id]
              WHEN scope = 'GROUP' THEN ARRAY[user_id] || mates END
              FROM casedesk.principal()), ARRAY[]::integer[]) $$""",
        # The holders of the case_reach rows a scope covers (server/reach.py): the owners, whose
        # assignments reach them too, and in a REFERRED scope my agency, negated.
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_holders() RETURNS integer[] {plain} AS $$
            SELECT casedesk.scope_owners() || coalesce((SELECT ARRAY[-agency_id]
              FROM casedesk.principal() WHERE scope = 'REFERRED'), ARRAY[]::integer[]) $$""",
        # Whether a case row is in the caller's scope (for the definer functions below).
        f"""CREATE OR REPLACE FUNCTION casedesk.case_visible(target integer) RETURNS boolean
            {HEADER} AS $$
            SELECT EXISTS (SELECT 1 FROM public.cases c WHERE c.id = target
              AND {scope_terms("c")}) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.person_attached(target integer) RETURNS boolean
            {HEADER} AS $$ SELECT EXISTS (SELECT 1 FROM public.cases WHERE person_id = target) $$""",
        section_level_function(),
    ]


def section_level_function() -> str:
    """`casedesk.section_level(section)`: SECTION_LEVELS through the repeatable sections' keys."""
    known = dict(SECTION_LEVELS)
    known.update({name: SECTION_LEVELS[key] for name, key in SECTION_KEYS.items()})
    arms = " ".join(f"WHEN {quote_literal(k)} THEN {v}" for k, v in sorted(known.items()))
    return ("CREATE OR REPLACE FUNCTION casedesk.section_level(section text) RETURNS integer "
            f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE section {arms} ELSE 3 END $$")


def account_functions(names: ServerNames) -> list[str]:
    """Account administration: creating, disabling and resetting the login roles of CaseDesk
    users. Only a caller holding users.manage (or the owner's maintenance session) may, and only
    on roles of this installation (`<prefix>_…`, members of `<prefix>$user`). Passwords arrive as
    SCRAM-SHA-256 verifiers computed by the client; the plain password never reaches the server.
    Creating or resetting a login clears its login gate (U4: count, lock, open windows)."""
    member, prefix = quote_literal(names.member), quote_literal(names.prefix + "_")
    check = f"""
        IF casedesk.me() IS NULL AND pg_has_role(session_user, {member}, 'MEMBER')
           AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
          RAISE EXCEPTION 'not a CaseDesk administrator' USING ERRCODE = '42501';
        END IF;
        IF casedesk.me() IS NOT NULL AND NOT casedesk.can('users.manage') THEN
          RAISE EXCEPTION 'not a CaseDesk administrator' USING ERRCODE = '42501';
        END IF;
        IF username !~ '^[a-z0-9][a-z0-9._-]{{2,{names.max_username - 1}}}$' THEN
          RAISE EXCEPTION 'invalid username' USING ERRCODE = '22023';
        END IF;
        role := {prefix} || username;"""
    verifier_check = """
        IF verifier !~ '^SCRAM-SHA-256\\$' THEN
          RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = '22023';
        END IF;"""
    ours = f"""
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                       JOIN pg_roles g ON g.oid = m.roleid
                       WHERE r.rolname = role AND g.rolname = {member}) THEN
          RAISE EXCEPTION 'not a CaseDesk login role' USING ERRCODE = '42501';
        END IF;"""
    plpgsql = "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public"
    return [
        f"""CREATE OR REPLACE FUNCTION casedesk.create_login(username text, verifier text)
        RETURNS void {plpgsql} AS $$ DECLARE role text; BEGIN {check} {verifier_check}
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) THEN {ours.strip()}
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role, verifier);
          ELSE
            EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', role, verifier);
            EXECUTE format('GRANT %I TO %I', {member}, role);
            EXECUTE format('ALTER ROLE %I SET search_path = public', role);
          END IF; {clear_statement("create_login.username")}
          PERFORM casedesk.sync_statistics_readers();
          PERFORM casedesk.sync_level2_readers();
        END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.reset_login(username text, verifier text)
        RETURNS void {plpgsql} AS $$ DECLARE role text; BEGIN {check} {verifier_check} {ours}
          EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role, verifier);
          {clear_statement("reset_login.username")}
        END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.disable_login(username text)
        RETURNS void {plpgsql} AS $$ DECLARE role text; BEGIN {check} {ours}
          EXECUTE format('ALTER ROLE %I NOLOGIN', role);
          PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = role;
        END $$""",
    ]


def users_guard(names: ServerNames) -> list[str]:
    """Users change only their own login times and password flags; the rest needs users.manage."""
    return [
        """CREATE OR REPLACE FUNCTION casedesk.users_guard() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$ BEGIN
          IF casedesk.me() IS NULL OR casedesk.can('users.manage') THEN RETURN NEW; END IF;
          IF NEW.id = casedesk.me() AND NEW.username = OLD.username
             AND NEW.agency_id = OLD.agency_id AND NEW.role_id = OLD.role_id
             AND NEW.level = OLD.level AND NEW.disabled = OLD.disabled THEN RETURN NEW; END IF;
          RAISE EXCEPTION 'only an administrator changes accounts' USING ERRCODE = '42501';
        END $$""",
        "DROP TRIGGER IF EXISTS users_guard ON public.users",
        "CREATE TRIGGER users_guard BEFORE UPDATE ON public.users FOR EACH ROW "
        "EXECUTE FUNCTION casedesk.users_guard()",
    ]


def membership_sync(names: ServerNames, group: str, name: str, holds: str,
                    triggers: tuple[tuple[str, str], ...]) -> list[str]:
    """`casedesk.sync_<name>()` keeps the membership of `group` to exactly the CaseDesk login
    roles whose user `holds` (an SQL condition on `u`, the enabled user of the login role), and
    the statement triggers `<name>` on `triggers` ((table, events)) run it after every change
    that may move it (`create_login` runs it too)."""
    member, group_name = quote_literal(names.member), quote_literal(group)
    prefix, n = quote_literal(names.prefix + "_"), len(names.prefix) + 1
    plpgsql = "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public"
    sync = f"""CREATE OR REPLACE FUNCTION casedesk.sync_{name}() RETURNS void
        {plpgsql} AS $$ DECLARE r record; BEGIN
          FOR r IN SELECT l.rolname AS role,
              EXISTS (SELECT 1 FROM public.users u
                      WHERE NOT u.disabled AND u.username = substr(l.rolname, {n + 1})
                      AND {holds}) AS wanted,
              EXISTS (SELECT 1 FROM pg_auth_members s JOIN pg_roles g ON g.oid = s.roleid
                      WHERE s.member = l.oid AND g.rolname = {group_name}) AS holds
            FROM pg_roles l JOIN pg_auth_members m ON m.member = l.oid
            JOIN pg_roles g ON g.oid = m.roleid
            WHERE g.rolname = {member} AND left(l.rolname, {n}) = {prefix} LOOP
            IF r.wanted AND NOT r.holds THEN
              EXECUTE format('GRANT %I TO %I', {group_name}, r.role);
            ELSIF r.holds AND NOT r.wanted THEN
              EXECUTE format('REVOKE %I FROM %I', {group_name}, r.role);
            END IF;
          END LOOP;
        END $$"""
    changed = f"""CREATE OR REPLACE FUNCTION casedesk.{name}_changed() RETURNS trigger
        {plpgsql} AS $$ BEGIN PERFORM casedesk.sync_{name}(); RETURN NULL; END $$"""
    statements = [sync, changed]
    for table, events in triggers:
        statements += [
            f"DROP TRIGGER IF EXISTS {name} ON public.{table}",
            f"CREATE TRIGGER {name} AFTER {events} ON public.{table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION casedesk.{name}_changed()",
        ]
    return statements


def statistics_readers(names: ServerNames) -> list[str]:
    """Membership of `<prefix>$statistics` follows the policy: exactly the enabled users whose
    role holds statistics.view, re-derived after every change of an account's role or state and
    of a role's actions (and when a login role is created). The statistics function checks the
    action again itself: the membership only keeps everyone else from calling it at all."""
    action = quote_literal(Action.STATISTICS_VIEW.value)
    holds = ("EXISTS (SELECT 1 FROM public.role_actions ra WHERE ra.role_id = u.role_id "
             f"AND ra.action::text = {action})")
    return membership_sync(names, names.statistics_readers, "statistics_readers", holds, (
        ("users", "INSERT OR DELETE OR UPDATE OF role_id, disabled, username"),
        ("role_actions", "INSERT OR DELETE OR UPDATE OR TRUNCATE")))


def level2_readers(names: ServerNames) -> list[str]:
    """Membership of `<prefix>$level2`, which alone holds the privileges on the person's level-2
    columns (policies.py): exactly the enabled users of level 2 or more, re-derived after every
    change of an account's level or state (and when a login role is created)."""
    return [*membership_sync(names, names.level2_readers, "level2_readers", "u.level >= 2", (
        ("users", "INSERT OR DELETE OR UPDATE OF level, disabled, username"),)),
        *level2_insert_guard(names)]


def level2_insert_guard(names: ServerNames) -> list[str]:
    """A person's row is inserted whole (INSERT is table-wide: the application inserts every
    column), so a CaseDesk role outside `<prefix>$level2` may insert it only with its level-2
    columns empty, as the application writes them below level 2: no level-1 user, through
    CaseDesk or not, writes a contact or a document it may neither read nor change."""
    member, level2 = quote_literal(names.member), quote_literal(names.level2_readers)
    filled = " OR ".join(f"NEW.{c} <> ''" for c in LEVEL2_PERSON_COLUMNS)
    return [
        f"""CREATE OR REPLACE FUNCTION casedesk.persons_level2_insert() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$ BEGIN
          IF ({filled}) AND pg_has_role(current_user, {member}, 'MEMBER')
              AND NOT pg_has_role(current_user, {level2}, 'MEMBER') THEN
            RAISE EXCEPTION 'only a level-2 user writes these columns of a person'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NEW;
        END $$""",
        "DROP TRIGGER IF EXISTS persons_level2_insert ON public.persons",
        "CREATE TRIGGER persons_level2_insert BEFORE INSERT ON public.persons "
        "FOR EACH ROW EXECUTE FUNCTION casedesk.persons_level2_insert()",
    ]


def statistics_grants(names: ServerNames) -> list[str]:
    """After the schema-wide grant: the statistics functions only to `<prefix>$statistics`, the
    membership functions to nobody but the owner, both memberships re-derived (an upgrade brings
    the roles to existing users)."""
    member, readers = quote_ident(names.member), quote_ident(names.statistics_readers)
    return [
        *(f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC, {member}" for f in STATISTICS_FUNCTIONS),
        *(f"GRANT EXECUTE ON FUNCTION {f} TO {readers}" for f in STATISTICS_FUNCTIONS),
        f"REVOKE EXECUTE ON FUNCTION casedesk.sync_statistics_readers() FROM PUBLIC, {member}",
        f"REVOKE EXECUTE ON FUNCTION casedesk.sync_level2_readers() FROM PUBLIC, {member}",
        "SELECT casedesk.sync_statistics_readers()",
        "SELECT casedesk.sync_level2_readers()",
    ]


def owned_by(names: ServerNames) -> str:
    return quote_ident(names.owner)
