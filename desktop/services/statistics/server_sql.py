"""National statistics on the office server, where the reader's own session sees only the cases
in their scope (the M&E officer none at all).

`casedesk server init` and `upgrade` compile the counting statements of `counting` — the very
statements a vault runs — for PostgreSQL and register them in `casedesk.statistics_counts`, a
SECURITY DEFINER function of the schema owner with a pinned search_path (temporary objects last,
and users may create none). Only the periods and the filter arrive as arguments (no SQL text
from the client, ever); the function refuses a caller whose role lacks statistics.view, checks
its arguments as the service does, and returns counts per group only: the cells of the case
tables and the prevention register's sums, never an id. The filter's four shapes (none,
agency, district, both) are four fixed statements, so that each one is the vault's statement
with its values in parameters. Statements use the standard age groups (DEFAULT_AGE_BINS), the
only ones the application asks for. Calendar years are kept in `statistics_cache` by the
function itself (`function_statements`; invalidation in server/statistics_cache.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, Integer, column, text
from sqlalchemy.dialects.postgresql.base import PGDialect
from sqlalchemy.orm import Session

from desktop.models import vocab
from desktop.models.seed import Action
from desktop.reports.figures import DEFAULT_AGE_BINS, Period, StatsFilter
from desktop.server import dialect as _dialect  # noqa: F401 - the SQLite functions for PostgreSQL
from desktop.server.functions import STATISTICS_FUNCTION
from desktop.server.names import ServerNames, quote_literal
from desktop.server.statistics_cache import CACHE_LOCK
from desktop.services.statistics import cache, counting
from desktop.services.statistics.counting import PeriodCounts

#: Values of the filter in the compiled statements, replaced by the function's arguments.
ARGUMENTS = {"casedesk:agency-argument": "p_agency", "casedesk:district-argument": "p_district"}
AGENCY, DISTRICT = ARGUMENTS
PREVENTION_PARTS = ("trainings", "campaigns")
CALL = text("SELECT part, k, row_label, col_label, n1, n2, n3, n4 FROM casedesk.statistics_counts("
            "CAST(:starts AS date[]), CAST(:ends AS date[]), :agency, :district)")


def periods_argument() -> Any:
    """(k, start, end) of the periods still to count (the function's `q_starts`, `q_ends`), as
    `queries.periods_table` gives them."""
    return text('SELECT (t.o - 1)::integer AS k, t.s AS start, t.e AS "end" '
                "FROM unnest(q_starts, q_ends) WITH ORDINALITY AS t (s, e, o)").columns(
        column("k", Integer), column("start", Date), column("end", Date)).cte("periods")


def compiled(statement: Any) -> str:
    """A counting statement as PostgreSQL text, its filter values turned into the arguments.
    (The "named" style keeps `%` as it is: the text goes into a function body, not to a driver.)"""
    dialect = PGDialect(paramstyle="named")  # type: ignore[no-untyped-call]
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    for value, argument in ARGUMENTS.items():
        sql = sql.replace(quote_literal(value), argument)
    if any(value in sql for value in ARGUMENTS) or "$stats$" in sql:
        raise ValueError("a statistics statement kept a filter value it cannot take as argument")
    return sql


def shape_query(f: StatsFilter) -> str:
    """One filter shape's statement: the three counting statements over the periods still to
    count, in one row type (part, k, row, column, n…), each calendar year's rows stored in the
    cache (when `caching`) as it is returned."""
    cells, trainings, campaigns = counting.statements_over(periods_argument(), f, DEFAULT_AGE_BINS)
    year = "CAST(extract(year FROM t.s) AS integer)"
    return f"""
        RETURN QUERY WITH counted AS MATERIALIZED (
          SELECT x.key::text AS part, x.k::integer AS k, x.r::text AS row_label,
            x.c::text AS col_label, x.n::bigint AS n1, NULL::bigint AS n2, NULL::bigint AS n3,
            NULL::bigint AS n4
            FROM ({compiled(cells)}) AS x (key, k, r, c, n)
          UNION ALL SELECT 'trainings', x.k::integer, x.a::text, NULL, x.n::bigint, x.f::bigint,
            x.m::bigint, x.u::bigint
            FROM ({compiled(trainings)}) AS x (k, a, n, f, m, u)
          UNION ALL SELECT 'campaigns', x.k::integer, x.a::text, NULL, x.n::bigint,
            x.reach::bigint, NULL, NULL
            FROM ({compiled(campaigns)}) AS x (k, a, n, reach)),
        stored AS (
          INSERT INTO public.statistics_cache AS c (year, scope, fingerprint, counts, computed_at)
          SELECT DISTINCT ON ({year}) {year}, scope_key, stamp, coalesce((
              SELECT jsonb_agg(jsonb_build_object('part', part, 'row_label', row_label,
                'col_label', col_label, 'n1', n1, 'n2', n2, 'n3', n3, 'n4', n4))
              FROM counted WHERE counted.k = t.o - 1), '[]'::jsonb)::text, localtimestamp
          FROM unnest(q_starts, q_ends) WITH ORDINALITY AS t (s, e, o)
          WHERE caching AND t.s = make_date({year}, 1, 1) AND t.e = make_date({year}, 12, 31)
          ON CONFLICT (year, scope) DO UPDATE SET fingerprint = excluded.fingerprint,
            counts = excluded.counts, computed_at = excluded.computed_at
          RETURNING 1)
        SELECT part, q_k[k + 1], row_label, col_label, n1, n2, n3, n4 FROM counted;"""


SHAPES = {"p_agency IS NULL AND p_district IS NULL": StatsFilter(),
          "p_district IS NULL": StatsFilter(agency_code=AGENCY),
          "p_agency IS NULL": StatsFilter(district=DISTRICT),
          "TRUE": StatsFilter(agency_code=AGENCY, district=DISTRICT)}


def function_statements(names: ServerNames) -> list[str]:
    """`casedesk.statistics_counts`, for `casedesk server init` and `upgrade` (install.prepare);
    its EXECUTE goes to `<prefix>$statistics` alone (server/functions.statistics_grants).

    Calendar years come from the cache when it holds them under this function's fingerprint
    (the SHA-256 of its statements: a new release recounts); the others are counted, after the
    cache's lock is taken exclusively (server/statistics_cache.py), and stored. A read-only or
    snapshot-isolated transaction counts without the cache: its snapshot may predate a write."""
    districts = ", ".join(quote_literal(d) for d in vocab.DISTRICTS)
    action = quote_literal(Action.STATISTICS_VIEW.value)
    periods = (f"periods: 1 to {counting.MAX_PERIODS} pairs of dates, each ending after it "
               "starts, from 1900 to 2200")
    queries = {condition: shape_query(f) for condition, f in SHAPES.items()}
    print_ = hashlib.sha256((cache.FORMAT + "".join(queries.values())).encode()).hexdigest()
    branches = "\n          ELSIF ".join(f"{condition} THEN {query}"
                                          for condition, query in queries.items())
    bins = ",".join(map(str, DEFAULT_AGE_BINS))
    return [f"""CREATE OR REPLACE FUNCTION {STATISTICS_FUNCTION.split("(")[0]}(
          p_starts date[], p_ends date[], p_agency text, p_district text)
        RETURNS TABLE (part text, k integer, row_label text, col_label text,
                       n1 bigint, n2 bigint, n3 bigint, n4 bigint)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $stats$
        #variable_conflict use_column
        DECLARE
          q_starts date[] := '{{}}'; q_ends date[] := '{{}}'; q_k integer[] := '{{}}';
          scope_key text := 'server|' || coalesce(p_agency, '') || '|' || coalesce(p_district, '')
                            || '|{bins}';
          stamp text := {quote_literal(print_)};
          caching boolean := current_setting('transaction_isolation') = 'read committed'
                             AND current_setting('transaction_read_only') = 'off';
          stored text;
          y integer;
        BEGIN
          IF NOT coalesce(casedesk.can({action}), false) THEN
            {_refuse("statistics are not in your role", "42501")};
          END IF;
          IF p_starts IS NULL OR p_ends IS NULL
             OR coalesce(array_length(p_starts, 1), 0) NOT BETWEEN 1 AND {counting.MAX_PERIODS}
             OR array_length(p_starts, 1) <> coalesce(array_length(p_ends, 1), 0)
             OR array_ndims(p_starts) <> 1 OR array_ndims(p_ends) <> 1
             OR EXISTS (SELECT 1 FROM unnest(p_starts, p_ends) AS t (s, e)
                        WHERE s IS NULL OR e IS NULL OR e < s
                        OR s < DATE '1900-01-01' OR e > DATE '2200-12-31') THEN
            {_refuse(periods, "22023")};
          END IF;
          IF p_agency IS NOT NULL AND p_agency !~ '^[A-Z0-9-]{{1,16}}$' THEN
            {_refuse("not an agency code", "22023")};
          END IF;
          IF p_district IS NOT NULL AND p_district NOT IN ({districts}) THEN
            {_refuse("not a district", "22023")};
          END IF;
          FOR i IN 1 .. array_length(p_starts, 1) LOOP
            y := CAST(extract(year FROM p_starts[i]) AS integer);
            stored := NULL;
            IF caching AND p_starts[i] = make_date(y, 1, 1) AND p_ends[i] = make_date(y, 12, 31)
            THEN
              SELECT c.counts INTO stored FROM public.statistics_cache c
                WHERE c.year = y AND c.scope = scope_key AND c.fingerprint = stamp;
            END IF;
            IF stored IS NULL THEN
              q_starts := q_starts || p_starts[i];
              q_ends := q_ends || p_ends[i];
              q_k := q_k || (i - 1);
            ELSE
              RETURN QUERY SELECT x.part, i - 1, x.row_label, x.col_label, x.n1, x.n2, x.n3, x.n4
                FROM jsonb_to_recordset(stored::jsonb) AS x (part text, row_label text,
                  col_label text, n1 bigint, n2 bigint, n3 bigint, n4 bigint);
            END IF;
          END LOOP;
          IF cardinality(q_starts) = 0 THEN
            RETURN;
          END IF;
          IF caching THEN
            PERFORM pg_advisory_xact_lock({CACHE_LOCK});
          END IF;
          IF {branches}
          END IF;
          IF caching THEN
            DELETE FROM public.statistics_cache WHERE ctid IN (SELECT ctid
              FROM public.statistics_cache ORDER BY computed_at DESC OFFSET {cache.MAX_ROWS});
          END IF;
        END $stats$"""]


def _refuse(message: str, code: str) -> str:
    return f"RAISE EXCEPTION {quote_literal(message)} USING ERRCODE = {quote_literal(code)}"


def server_counts(db: Session, periods: Sequence[Period], f: StatsFilter) -> list[PeriodCounts]:
    """Every period's counts from the office server's statistics function."""
    rows = db.execute(CALL, {"starts": [p.start for p in periods],
                             "ends": [p.end for p in periods],
                             "agency": f.agency_code or None, "district": f.district or None})
    cells: list[tuple[Any, ...]] = []
    prevention: dict[str, list[tuple[Any, ...]]] = {part: [] for part in PREVENTION_PARTS}
    for part, k, row, col, *numbers in rows:
        if part == "trainings":
            prevention[part].append((k, row, *numbers))
        elif part == "campaigns":
            prevention[part].append((k, row, *numbers[:2]))
        else:
            cells.append((part, k, row, col, numbers[0]))
    return counting.collect(len(periods), cells, prevention["trainings"], prevention["campaigns"])
