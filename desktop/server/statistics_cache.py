"""The statistics cache on the office server: migration 0011's invalidation, in PL/pgSQL.

On a vault, SQLite triggers delete the years a write can change from `statistics_cache`. Here the
same table is filled by the statistics function alone (as the owner: no CaseDesk user holds any
privilege on it, and row-level security gives them no row), and these triggers delete the same
years, row by row, in the writer's transaction, whatever path the write took. The table of years
is migration 0011's (docs/ARCHITECTURE.md, "Statistics cache").

A count and its storing must not miss a write committed in between: every invalidating trigger
takes a shared advisory lock (writers do not wait for each other), and the statistics function
takes it exclusively before counting what it will store, so it counts only once the writers in
flight have committed, and a writer arriving meanwhile waits for the count to be stored, then
deletes it.
"""

from __future__ import annotations

#: The advisory lock key of the statistics cache ("CDstats" in ASCII), distinct from the audit
#: chain's.
CACHE_LOCK = 0x4344_7374_6174_73

#: table → (events, years a row drops); `{row}` is OLD or NEW as jsonb.
YEAR = "casedesk.statistics_year({row}->>'{column}')"
STALE: dict[str, tuple[str, str]] = {
    "identification_history": ("AFTER INSERT OR DELETE OR UPDATE", "from:decided_on"),
    "services_delivered": ("AFTER INSERT OR DELETE OR UPDATE OF case_id, service_type, "
                           "started_on, ended_on", "span:started_on:ended_on"),
    "legal_proceedings": ("AFTER INSERT OR DELETE OR UPDATE OF case_id, stage, offence, "
                          "opened_on, decided_on", "in:opened_on:decided_on"),
    "repatriations": ("AFTER INSERT OR DELETE OR UPDATE OF case_id, destination_country, "
                      "repatriated_on, carried_out_by", "in:repatriated_on"),
    "case_codes": ("AFTER INSERT OR DELETE OR UPDATE", "case:case_id"),
    "prevention_trainings": ("AFTER INSERT OR DELETE OR UPDATE", "in:held_on"),
    "prevention_campaigns": ("AFTER INSERT OR DELETE OR UPDATE", "in:started_on"),
    "persons": ("AFTER UPDATE OF sex, date_of_birth, estimated_age, age_estimated_on, "
                "age_disputed, citizenships", "person:id"),
    "cases": ("AFTER UPDATE OF district, owning_agency_id, person_id", "case:id"),
    "agencies": ("AFTER UPDATE OF code", "all"),
}
DROP = "DELETE FROM public.statistics_cache WHERE "


def _drop(rule: str, row: str) -> str:
    kind, *columns = rule.split(":")
    years = [YEAR.format(row=row, column=c) for c in columns]
    if kind == "from":
        return f"{DROP}year >= {years[0]};"
    if kind == "span":
        end = f"{row}->>'{columns[1]}'"
        return f"{DROP}year >= {years[0]} AND ({end} IS NULL OR year <= {years[1]});"
    if kind == "in":
        return f"{DROP}year IN ({', '.join(years)});"
    if kind == "case":
        guard = f"{row}->>'kind' = 'exploitation' AND " if columns[0] == "case_id" else ""
        first = f"casedesk.statistics_case_year(ARRAY[({row}->>'{columns[0]}')::integer])"
        return f"IF {guard}TRUE THEN {DROP}year >= {first}; END IF;"
    if kind == "person":
        first = ("casedesk.statistics_case_year(ARRAY(SELECT c.id FROM public.cases c "
                 f"WHERE c.person_id = ({row}->>'id')::integer))")
        return f"{DROP}year >= {first};"
    return "DELETE FROM public.statistics_cache;"


def cache_statements() -> list[str]:
    """The helpers, the trigger function and its triggers (run as the owner; idempotent)."""
    definer = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
    arms = "\n".join(
        f"WHEN {table!r} THEN {_drop(rule, 'o')}\n  {_drop(rule, 'n')}"
        for table, (_, rule) in STALE.items())
    statements = [
        """CREATE OR REPLACE FUNCTION casedesk.statistics_year(day text) RETURNS integer
            LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(substr(day, 1, 4) AS integer) $$""",
        # The first year any record of these cases is counted in (NULL when none is dated).
        # (No definer of its own: the trigger function calls it as the owner; called directly,
        # it reads within the caller's row-level security.)
        """CREATE OR REPLACE FUNCTION casedesk.statistics_case_year(ids integer[])
            RETURNS integer LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
            AS $$
            SELECT CAST(extract(year FROM min(day)) AS integer) FROM (
              SELECT min(decided_on) AS day FROM public.identification_history
                WHERE case_id = ANY (ids)
              UNION ALL SELECT min(started_on) FROM public.services_delivered
                WHERE case_id = ANY (ids)
              UNION ALL SELECT min(opened_on) FROM public.legal_proceedings
                WHERE case_id = ANY (ids)
              UNION ALL SELECT min(decided_on) FROM public.legal_proceedings
                WHERE case_id = ANY (ids)
              UNION ALL SELECT min(repatriated_on) FROM public.repatriations
                WHERE case_id = ANY (ids)) AS firsts $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk.statistics_stale() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$
            DECLARE o jsonb; n jsonb; BEGIN
              PERFORM pg_advisory_xact_lock_shared({CACHE_LOCK});
              IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
              IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
              CASE TG_TABLE_NAME
              {arms}
              END CASE;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END $$""",
    ]
    for table, (events, _) in STALE.items():
        statements += _trigger(table, events)
    # A deleted case: before its rows go (their own triggers drop their years too).
    statements += _trigger("cases", "BEFORE DELETE", "statistics_stale_delete")
    return statements


def _trigger(table: str, events: str, name: str = "statistics_stale") -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name} ON public.{table}",
            f"CREATE TRIGGER {name} {events} ON public.{table} FOR EACH ROW "
            "EXECUTE FUNCTION casedesk.statistics_stale()"]
