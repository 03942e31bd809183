"""The server-side identity of a session: who is logged in, their role's actions and scope.

SECURITY DEFINER functions owned by `<prefix>$owner` read the directory for the row-level security
policies (which would otherwise recurse through the tables they protect). Each one identifies the
caller by `session_user`, the login role the connection authenticated as: `SET ROLE` cannot change
it, and a role that is no CaseDesk user (or a disabled one) is nobody, reaching nothing.
Semantics mirror `services/policy.py::case_scope` (OWN, GROUP, AGENCY, REFERRED, ALL, NONE).
"""

from __future__ import annotations

from desktop.models.vocab import SECTION_LEVELS

from .names import ServerNames, quote_ident, quote_literal
from .tables import SECTION_KEYS

HEADER = ("LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE "
          "SET search_path = pg_catalog, public")


def identity_functions(names: ServerNames) -> list[str]:
    prefix = quote_literal(names.prefix + "_")
    n = len(names.prefix) + 2
    me = (f"SELECT u.id FROM public.users u WHERE NOT u.disabled AND "
          f"left(session_user::text, {n - 1}) = {prefix} AND u.username = substr(session_user::text, {n})")
    return [
        f"CREATE OR REPLACE FUNCTION casedesk.me() RETURNS integer {HEADER} AS $$ {me} $$",
        f"""CREATE OR REPLACE FUNCTION casedesk.my_agency() RETURNS integer {HEADER} AS $$
            SELECT agency_id FROM public.users WHERE id = casedesk.me() $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.my_level() RETURNS integer {HEADER} AS $$
            SELECT coalesce((SELECT level FROM public.users WHERE id = casedesk.me()), 0) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.actions() RETURNS text[] {HEADER} AS $$
            SELECT coalesce(array_agg(ra.action::text), ARRAY[]::text[]) FROM public.users u
            JOIN public.role_actions ra ON ra.role_id = u.role_id WHERE u.id = casedesk.me() $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.can(action text) RETURNS boolean {HEADER} AS $$
            SELECT action = ANY (casedesk.actions()) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.can_any(wanted text[]) RETURNS boolean {HEADER}
            AS $$ SELECT wanted && casedesk.actions() $$""",
        # The record scope, NONE for a role without case.view (as policy.case_scope says).
        f"""CREATE OR REPLACE FUNCTION casedesk.scope() RETURNS text {HEADER} AS $$
            SELECT CASE WHEN casedesk.can('case.view') THEN coalesce((SELECT r.scope::text
              FROM public.users u JOIN public.roles r ON r.id = u.role_id
              WHERE u.id = casedesk.me()), 'NONE') ELSE 'NONE' END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.group_mates() RETURNS integer[] {HEADER} AS $$
            SELECT coalesce(array_agg(DISTINCT m.user_id), ARRAY[]::integer[])
            FROM public.user_group_members m WHERE m.group_id IN (
              SELECT group_id FROM public.user_group_members WHERE user_id = casedesk.me()) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_all() RETURNS boolean {HEADER} AS $$
            SELECT casedesk.scope() = 'ALL' $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_agency() RETURNS integer {HEADER} AS $$
            SELECT CASE WHEN casedesk.scope() = 'AGENCY' THEN casedesk.my_agency() END $$""",
        # Owners whose cases the scope reaches: me (OWN, GROUP, AGENCY) and my group mates.
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_owners() RETURNS integer[] {HEADER} AS $$
            SELECT CASE casedesk.scope()
              WHEN 'OWN' THEN ARRAY[casedesk.me()] WHEN 'AGENCY' THEN ARRAY[casedesk.me()]
              WHEN 'GROUP' THEN ARRAY[casedesk.me()] || casedesk.group_mates()
              ELSE ARRAY[]::integer[] END $$""",
        # Cases reached otherwise: assigned to me (or to my mates), or referred to my agency.
        f"""CREATE OR REPLACE FUNCTION casedesk.scope_cases() RETURNS SETOF integer {HEADER}
            ROWS 100 AS $$
            SELECT a.case_id FROM public.case_assignments a WHERE casedesk.scope() IN
              ('OWN', 'AGENCY') AND a.user_id = casedesk.me()
            UNION SELECT a.case_id FROM public.case_assignments a WHERE casedesk.scope() = 'GROUP'
              AND a.user_id = ANY (ARRAY[casedesk.me()] || casedesk.group_mates())
            UNION SELECT r.case_id FROM public.referrals r WHERE casedesk.scope() = 'REFERRED'
              AND r.recipient_agency_id = casedesk.my_agency() AND r.status <> 'DRAFT' $$""",
        # Whether a case row is in the caller's scope (for the definer functions below).
        f"""CREATE OR REPLACE FUNCTION casedesk.case_visible(target integer) RETURNS boolean
            {HEADER} AS $$
            SELECT EXISTS (SELECT 1 FROM public.cases c WHERE c.id = target AND (
              casedesk.scope_all() OR c.owner_id = ANY (casedesk.scope_owners())
              OR c.owning_agency_id = casedesk.scope_agency()
              OR c.id IN (SELECT casedesk.scope_cases()))) $$""",
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


def search_functions() -> list[str]:
    """Index maintenance as the owner: a reader's own session sees only the notes of their level,
    so the index is always rebuilt from every note (the document of services/cases/search.py:
    reference, names and aliases, notes by level), one tsvector row per level."""
    return [
        """CREATE OR REPLACE FUNCTION casedesk.reindex_cases(ids integer[]) RETURNS void
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DELETE FROM public.case_search WHERE case_id = ANY (ids)
          AND (casedesk.me() IS NULL OR casedesk.case_visible(case_id));
        INSERT INTO public.case_search (case_id, level, words)
        SELECT c.id, l.level, to_tsvector('simple', public.casedesk_unaccent(concat_ws(' ',
            c.reference, p.given_names, p.family_names,
            (SELECT string_agg(a.name, ' ') FROM public.person_aliases a WHERE a.person_id = p.id),
            (SELECT string_agg(n.text, ' ' ORDER BY n.id) FROM public.case_notes n
             WHERE n.case_id = c.id AND least(greatest(n.level, 1), 3) <= l.level))))
        FROM public.cases c JOIN public.persons p ON p.id = c.person_id
        CROSS JOIN (VALUES (1), (2), (3)) AS l (level)
        WHERE c.id = ANY (ids) AND (casedesk.me() IS NULL OR casedesk.case_visible(c.id)) $$""",
    ]


def account_functions(names: ServerNames) -> list[str]:
    """Account administration: creating, disabling and resetting the login roles of CaseDesk
    users. Only a caller holding users.manage (or the owner's maintenance session) may, and only
    on roles of this installation (`<prefix>_…`, members of `<prefix>$user`). Passwords arrive as
    SCRAM-SHA-256 verifiers computed by the client; the plain password never reaches the server."""
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
          END IF;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.reset_login(username text, verifier text)
        RETURNS void {plpgsql} AS $$ DECLARE role text; BEGIN {check} {verifier_check} {ours}
          EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role, verifier);
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


def owned_by(names: ServerNames) -> str:
    return quote_ident(names.owner)
