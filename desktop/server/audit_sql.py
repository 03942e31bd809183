"""The audit trail on the server: appended only through `casedesk.audit_append`, sealed at commit.

The HMAC key lives in `casedesk_private.audit_keys`, a schema only the owner reaches; no client
ever holds it. `audit_append` (SECURITY DEFINER) records the entry with the caller's identity taken
from the session (a client cannot write in someone else's name) in a pending table; a deferred
constraint trigger seals it when the transaction commits: under a transaction-level advisory lock
it takes the next id, computes the MAC over the entry and the previous MAC, and moves it into
`audit_entries`. Sealing at commit keeps ids gap-free in commit order and holds the chain's lock
only for the last instant of a transaction, so concurrent offices never deadlock on it; an aborted
transaction leaves nothing. Nobody holds INSERT, UPDATE, DELETE or TRUNCATE on the table, and
triggers refuse UPDATE, DELETE and TRUNCATE even to its owner.

The MAC input is each field as `<length>:<value>;` in a fixed order (id, at, user_id, username,
action, record_type, record_id, detail, epoch, previous MAC), so that `tests/server` recomputes it
independently (`message` below) with the key read as the superuser.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

GENESIS = "0" * 64
CHAIN_LOCK = 0x43445F4155444954  # "CD_AUDIT": the advisory lock serialising the chain's head

_FIELDS = "new_id::text, to_char(e.at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), coalesce(e.user_id::text, ''), " \
          "e.username, e.action, e.record_type, e.record_id, e.detail, key_epoch::text, prev"


def message(id_: int, at: datetime, user_id: int | None, username: str, action: str,
            record_type: str, record_id: str, detail: str, epoch: int, previous: str) -> bytes:
    """The MAC input, as `casedesk.audit_message` builds it (for independent verification)."""
    fields = [str(id_), at.isoformat(timespec="microseconds"),
              "" if user_id is None else str(user_id), username, action, record_type, record_id,
              detail, str(epoch), previous]
    return "".join(f"{len(f)}:{f};" for f in fields).encode("utf-8")


def entry_mac(key: bytes, message_: bytes) -> str:
    return hmac.new(key, message_, hashlib.sha256).hexdigest()


DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public"


def audit_statements(member: str) -> list[str]:
    """The private tables, the first key and epoch, the append, seal and verify functions;
    `member` is the role every CaseDesk user belongs to."""
    member_literal = "'" + member.replace("'", "''") + "'"
    return [
        """CREATE TABLE IF NOT EXISTS casedesk_private.audit_keys (
             epoch integer PRIMARY KEY, key bytea NOT NULL CHECK (length(key) = 32),
             created_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))""",
        """CREATE TABLE IF NOT EXISTS casedesk_private.audit_pending (
             seq bigserial PRIMARY KEY, at timestamp NOT NULL, user_id integer,
             username text NOT NULL, action text NOT NULL, record_type text NOT NULL,
             record_id text NOT NULL, detail text NOT NULL)""",
        # The first epoch's key, made by the server's own random generator (pgcrypto).
        """INSERT INTO casedesk_private.audit_keys (epoch, key)
           SELECT 1, public.gen_random_bytes(32)
           WHERE NOT EXISTS (SELECT 1 FROM casedesk_private.audit_keys)""",
        """INSERT INTO public.audit_epochs (epoch, started_at)
           SELECT 1, now() AT TIME ZONE 'UTC'
           WHERE NOT EXISTS (SELECT 1 FROM public.audit_epochs)""",
        """CREATE OR REPLACE FUNCTION casedesk.audit_message(fields text[]) RETURNS bytea
           LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT convert_to(string_agg(length(f)::text || ':' || f || ';', '' ORDER BY n),
                             'UTF8') FROM unnest(fields) WITH ORDINALITY AS t (f, n) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.audit_append(action text, record_type text,
             record_id text, detail text) RETURNS void LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
           DECLARE who integer := casedesk.me(); name text;
           BEGIN
             IF who IS NULL AND pg_has_role(session_user, {member_literal}, 'MEMBER')
                AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
               RAISE EXCEPTION 'not a CaseDesk user' USING ERRCODE = '42501';
             END IF;
             IF current_setting('transaction_isolation') <> 'read committed' THEN
               RAISE EXCEPTION 'the audit chain is sealed in READ COMMITTED transactions';
             END IF;
             SELECT u.username INTO name FROM public.users u WHERE u.id = who;
             INSERT INTO casedesk_private.audit_pending (at, user_id, username, action,
               record_type, record_id, detail)
             VALUES (clock_timestamp() AT TIME ZONE 'UTC', who,
                     left(coalesce(name, 'server administrator'), 64), left(action, 40),
                     left(record_type, 40), left(record_id, 64), left(detail, 200));
           END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.audit_seal() RETURNS trigger LANGUAGE plpgsql
             {DEFINER} AS $$
           DECLARE e casedesk_private.audit_pending%ROWTYPE; new_id integer; prev text;
             key_epoch integer; k bytea;
           BEGIN
             PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
             SELECT * INTO e FROM casedesk_private.audit_pending WHERE seq = NEW.seq;
             SELECT coalesce(max(id), 0) + 1 INTO new_id FROM public.audit_entries;
             SELECT coalesce((SELECT mac FROM public.audit_entries WHERE id = new_id - 1),
                             '{GENESIS}') INTO prev;
             SELECT a.epoch, a.key INTO key_epoch, k FROM casedesk_private.audit_keys a
               ORDER BY a.epoch DESC LIMIT 1;
             INSERT INTO public.audit_entries (id, at, user_id, username, action, record_type,
               record_id, detail, epoch, mac)
             VALUES (new_id, e.at, e.user_id, e.username, e.action, e.record_type, e.record_id,
               e.detail, key_epoch, encode(public.hmac(casedesk.audit_message(ARRAY[{_FIELDS}]),
               k, 'sha256'), 'hex'));
             DELETE FROM casedesk_private.audit_pending WHERE seq = NEW.seq;
             RETURN NULL;
           END $$""",
        "DROP TRIGGER IF EXISTS audit_seal ON casedesk_private.audit_pending",
        """CREATE CONSTRAINT TRIGGER audit_seal AFTER INSERT ON casedesk_private.audit_pending
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION casedesk.audit_seal()""",
        f"""CREATE OR REPLACE FUNCTION casedesk.audit_verify()
             RETURNS TABLE (checked integer, head_id integer, head_mac text, problem text,
                            broken_id integer)
             LANGUAGE plpgsql STABLE {DEFINER} AS $$
           DECLARE e record; prev text := '{GENESIS}'; expected integer := 1; k bytea;
             new_id integer; key_epoch integer;
           BEGIN
             IF casedesk.me() IS NOT NULL AND NOT casedesk.can('audit.view') THEN
               RAISE EXCEPTION 'not allowed to verify the audit trail' USING ERRCODE = '42501';
             END IF;
             checked := 0; head_id := 0; head_mac := prev;
             FOR e IN SELECT * FROM public.audit_entries ORDER BY id LOOP
               IF e.id <> expected THEN
                 problem := format('entry %s is missing', expected); broken_id := expected;
                 RETURN NEXT; RETURN;
               END IF;
               SELECT a.key INTO k FROM casedesk_private.audit_keys a WHERE a.epoch = e.epoch;
               IF k IS NULL THEN
                 problem := format('entry %s names an unknown key epoch', e.id);
                 broken_id := e.id; RETURN NEXT; RETURN;
               END IF;
               new_id := e.id; key_epoch := e.epoch;
               IF encode(public.hmac(casedesk.audit_message(ARRAY[{_FIELDS}]), k, 'sha256'),
                         'hex') <> e.mac THEN
                 problem := format('entry %s was changed, reordered or forged', e.id);
                 broken_id := e.id; RETURN NEXT; RETURN;
               END IF;
               prev := e.mac; checked := checked + 1; head_id := e.id; head_mac := e.mac;
               expected := expected + 1;
             END LOOP;
             RETURN NEXT;
           END $$""",
    ]
