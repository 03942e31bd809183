"""The login gate on the server (U4): failed logins counted, delayed and locked by the server.

A refused SCRAM login runs no SQL, so the server cannot count it directly. Instead every CaseDesk
login role's password is kept expired (`VALID UNTIL '-infinity'`): it works only inside a short
window that `casedesk.login_begin(username)` opens for one attempt. The gate role
`<prefix>$gate` (no privilege but these two functions; its password is not a secret) calls it
before the user's own connection. The connection, once authenticated, calls
`casedesk.login_succeeded(attempt)` as itself: the attempt is settled, the count of consecutive
failures cleared, and the pending failures appended to the audit chain. An attempt not settled
by a success within the window counts as a failure (`casedesk.login_failed(attempt)` settles it
at once, so that the client shows the lock and the next wait without delay; skipping it changes
nothing but the moment it is counted). The 10th failure sets the role NOLOGIN; only an
administrator's `casedesk.reset_login` opens it again. The growing wait is the vault's
(`vault.slots.failure_delay`): no window opens before it has passed.
"""

from __future__ import annotations

from .names import ServerNames, quote_ident, quote_literal

MAX_FAILURES = 10  # as the vault's key slots (vault.slots.MAX_FAILURES)
WINDOW_SECONDS = 15  # an attempt's window: TLS, SCRAM and the success call fit easily
MAX_OPEN_ATTEMPTS = 6  # open at once for an account without failures (a pool opens 2 + 4);
# after a failure one at a time, so that the growing wait falls between the attempts
GATE_PASSWORD = "casedesk-login-gate"  # not a secret: the gate role may only ring the gate
GATE_FUNCTIONS = ("login_begin", "login_failed")  # what the gate role may call
DEFINER = ("LANGUAGE plpgsql VOLATILE SECURITY DEFINER "
           "SET search_path = pg_catalog, public")
HELPER = "LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public"


def role_statements(names: ServerNames, database: str, verifier: str) -> list[str]:
    """The gate role, run by the server administrator with the cluster's statements."""
    gate = quote_ident(names.gate)
    return [
        f"""DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {quote_literal(names.gate)}) THEN
            CREATE ROLE {gate} LOGIN NOINHERIT; END IF; END $$""",
        f"ALTER ROLE {gate} LOGIN NOINHERIT NOCREATEROLE NOCREATEDB VALID UNTIL 'infinity' "
        f"PASSWORD {quote_literal(verifier)}",
        f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {gate}",
    ]


def gate_statements(names: ServerNames) -> list[str]:
    """The gate's private tables and functions, run as the owner (before the account
    functions, which clear the gate on a reset)."""
    prefix = quote_literal(names.prefix + "_")
    n = len(names.prefix) + 1
    member = quote_literal(names.member)
    lock = "PERFORM pg_advisory_xact_lock(hashtext('casedesk.login'), hashtext(who));"
    return [
        """CREATE TABLE IF NOT EXISTS casedesk_private.login_gate (
             account text PRIMARY KEY, failures integer NOT NULL,
             last_failure timestamptz NOT NULL, locked_at timestamptz)""",
        """CREATE TABLE IF NOT EXISTS casedesk_private.login_attempts (
             token text PRIMARY KEY, account text NOT NULL, begun_at timestamptz NOT NULL,
             deadline timestamptz NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS casedesk_private.login_failures (
             seq bigserial PRIMARY KEY, account text NOT NULL, at timestamptz NOT NULL,
             failures integer NOT NULL)""",
        # The vault's schedule (vault.slots.failure_delay): 0, 0, 2, 4, 8 … at most 300 s.
        """CREATE OR REPLACE FUNCTION casedesk.login_delay(failures integer)
           RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT CASE WHEN failures < 3 THEN 0::float8
                       ELSE least(power(2, failures - 2), 300)::float8 END $$""",
        # Count as failures the attempts whose window passed (and `failed`, when named); lock
        # at the 10th, and count no more once locked (so at most 10 wait to be audited); then
        # leave the password valid until the last open window closes.
        f"""CREATE OR REPLACE FUNCTION casedesk.login_settle(who text, failed text)
           RETURNS void {HELPER} AS $$
           DECLARE a record; counted integer; role text := {prefix} || who; until timestamptz;
           BEGIN
             FOR a IN DELETE FROM casedesk_private.login_attempts t WHERE t.account = who
                      AND (t.deadline <= clock_timestamp() OR t.token = failed)
                      RETURNING t.begun_at LOOP
               CONTINUE WHEN EXISTS (SELECT 1 FROM casedesk_private.login_gate g
                                     WHERE g.account = who AND g.locked_at IS NOT NULL);
               INSERT INTO casedesk_private.login_gate AS g (account, failures, last_failure)
                 VALUES (who, 1, clock_timestamp())
                 ON CONFLICT (account) DO UPDATE SET failures = g.failures + 1,
                   last_failure = clock_timestamp()
                 RETURNING g.failures INTO counted;
               INSERT INTO casedesk_private.login_failures (account, at, failures)
                 VALUES (who, a.begun_at, counted);
               IF counted >= {MAX_FAILURES} THEN
                 UPDATE casedesk_private.login_gate g
                   SET locked_at = coalesce(g.locked_at, clock_timestamp()) WHERE g.account = who;
                 EXECUTE format('ALTER ROLE %I NOLOGIN', role);
               END IF;
             END LOOP;
             SELECT max(t.deadline) INTO until FROM casedesk_private.login_attempts t
               WHERE t.account = who;
             EXECUTE format('ALTER ROLE %I VALID UNTIL %L', role,
                            coalesce(until::text, '-infinity'));
           END $$""",
        # What the gate answers about an account: locked, a wait (seconds) or open.
        f"""CREATE OR REPLACE FUNCTION casedesk.login_state(who text)
           RETURNS TABLE (verdict text, wait_seconds double precision, failures integer)
           {HELPER} AS $$
           DECLARE g record; can_login boolean;
           BEGIN
             SELECT r.rolcanlogin INTO can_login FROM pg_roles r WHERE r.rolname = {prefix} || who;
             SELECT * INTO g FROM casedesk_private.login_gate x WHERE x.account = who;
             failures := coalesce(g.failures, 0);
             wait_seconds := 0;
             IF NOT coalesce(can_login, false) OR g.locked_at IS NOT NULL THEN
               verdict := 'locked'; RETURN NEXT; RETURN;
             END IF;
             IF g.last_failure IS NOT NULL THEN
               wait_seconds := greatest(0, casedesk.login_delay(failures)
                 - extract(epoch FROM clock_timestamp() - g.last_failure)::float8);
             END IF;
             verdict := CASE WHEN wait_seconds > 0 THEN 'wait' ELSE 'open' END;
             RETURN NEXT;
           END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.login_begin(username text)
           RETURNS TABLE (verdict text, wait_seconds double precision, failures integer,
                          attempt text) {DEFINER} AS $$
           DECLARE who text := username; s record; open_now integer; first_close timestamptz;
           BEGIN
             attempt := encode(public.gen_random_bytes(16), 'hex');
             IF who !~ '^[a-z0-9][a-z0-9._-]{{2,{names.max_username - 1}}}$'
                OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                               JOIN pg_roles g ON g.oid = m.roleid
                               WHERE r.rolname = {prefix} || who AND g.rolname = {member}) THEN
               -- nobody of ours: the same answer as for an account, and no window opens
               verdict := 'open'; wait_seconds := 0; failures := 0; RETURN NEXT; RETURN;
             END IF;
             {lock}
             PERFORM casedesk.login_settle(who, NULL);
             SELECT * INTO s FROM casedesk.login_state(who);
             verdict := s.verdict; wait_seconds := s.wait_seconds; failures := s.failures;
             IF s.verdict <> 'open' THEN attempt := NULL; RETURN NEXT; RETURN; END IF;
             SELECT count(*), min(t.deadline) INTO open_now, first_close
               FROM casedesk_private.login_attempts t WHERE t.account = who;
             IF open_now >= (CASE WHEN s.failures = 0 THEN {MAX_OPEN_ATTEMPTS} ELSE 1 END) THEN
               verdict := 'wait'; attempt := NULL; wait_seconds := greatest(1,
                 extract(epoch FROM first_close - clock_timestamp())::float8);
               RETURN NEXT; RETURN;
             END IF;
             INSERT INTO casedesk_private.login_attempts (token, account, begun_at, deadline)
               VALUES (attempt, who, clock_timestamp(),
                       clock_timestamp() + interval '{WINDOW_SECONDS} seconds');
             PERFORM casedesk.login_settle(who, NULL);
             RETURN NEXT;
           END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.login_failed(attempt text)
           RETURNS TABLE (verdict text, wait_seconds double precision, failures integer)
           {DEFINER} AS $$
           DECLARE who text;
           BEGIN
             SELECT t.account INTO who FROM casedesk_private.login_attempts t
               WHERE t.token = attempt;
             IF who IS NULL THEN
               verdict := 'open'; wait_seconds := 0; failures := 0; RETURN NEXT; RETURN;
             END IF;
             {lock}
             PERFORM casedesk.login_settle(who, attempt);
             RETURN QUERY SELECT * FROM casedesk.login_state(who);
           END $$""",
        # Called by the authenticated session itself: who it is comes from session_user.
        f"""CREATE OR REPLACE FUNCTION casedesk.login_succeeded(attempt text)
           RETURNS integer {DEFINER} AS $$
           DECLARE who text; me integer := casedesk.me(); f record; audited integer := 0;
           BEGIN
             IF left(session_user::text, {n}) <> {prefix} THEN
               RAISE EXCEPTION 'not a CaseDesk login role' USING ERRCODE = '42501';
             END IF;
             who := substr(session_user::text, {n + 1});
             {lock}
             DELETE FROM casedesk_private.login_attempts t
               WHERE t.token = attempt AND t.account = who;
             PERFORM casedesk.login_settle(who, NULL);
             IF me IS NULL THEN RETURN 0; END IF;
             FOR f IN SELECT x.at, x.failures FROM casedesk_private.login_failures x
                      WHERE x.account = who ORDER BY x.seq LOOP
               PERFORM casedesk.audit_append('login.failed', 'user', me::text,
                 format('failed login at %s; consecutive failures %s',
                        to_char(f.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
                        f.failures));
               audited := audited + 1;
             END LOOP;
             DELETE FROM casedesk_private.login_failures x WHERE x.account = who;
             -- a success clears the count; a lock stays until an administrator's reset
             DELETE FROM casedesk_private.login_gate g
               WHERE g.account = who AND g.locked_at IS NULL;
             RETURN audited;
           END $$""",
    ]


def grant_statements(names: ServerNames) -> list[str]:
    """After the blanket grants to CaseDesk users: the gate role calls only the gate; nobody
    calls the helpers directly (they work on the private tables as the definer's part)."""
    gate, member = quote_ident(names.gate), quote_ident(names.member)
    helpers = "casedesk.login_settle(text, text), casedesk.login_state(text)"
    return [
        f"GRANT USAGE ON SCHEMA casedesk TO {gate}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA casedesk FROM {gate}",
        f"REVOKE ALL ON FUNCTION {helpers} FROM PUBLIC, {member}",
        "REVOKE ALL ON FUNCTION casedesk.login_succeeded(text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION casedesk.login_succeeded(text) TO {member}",
        *(f"GRANT EXECUTE ON FUNCTION casedesk.{f}(text) TO {gate}" for f in GATE_FUNCTIONS),
        # Every CaseDesk login role's password passes through the gate (an upgraded server's
        # roles too); open windows stay as they are.
        f"""DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT u.rolname FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid
                   JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = {quote_literal(names.member)}
                   AND left(u.rolname, {len(names.prefix) + 1}) = {quote_literal(names.prefix + "_")}
                   AND (u.rolvaliduntil IS NULL OR u.rolvaliduntil = 'infinity') LOOP
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', r.rolname, '-infinity');
          END LOOP; END $$""",
    ]


def clear_statement(variable: str) -> str:
    """PL/pgSQL for `reset_login`/`create_login`: forget the account's count, lock and windows
    (its pending failures stay, to be audited at its next login), and close its password."""
    return f"""
        DELETE FROM casedesk_private.login_gate g WHERE g.account = {variable};
        DELETE FROM casedesk_private.login_attempts t WHERE t.account = {variable};
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', role, '-infinity');"""
