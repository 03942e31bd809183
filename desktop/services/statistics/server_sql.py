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
with its values in parameters. The age groups arrive as an array too (`p_bins`, checked as the
service checks them) and are labelled by `casedesk.age_label` as `figures.age_bin_labels` labels
them on a vault. Calendar years are kept in `statistics_cache` by the function itself, under the
filter and the age groups (`function_statements`; invalidation in server/statistics_cache.py).

`casedesk.statistics_cell_cases` gives the number of cases behind one figure, whoever's they
are (`counting.members`, the vault's statement, for one period, table, row and column), so that
a drill tells how many of them lie outside the reader's scope as on a vault; it too returns a
number only, to the same readers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, Integer, column, distinct, func, literal_column, or_, select, text
from sqlalchemy.dialects.postgresql.base import PGDialect
from sqlalchemy.orm import Session

from desktop.models import vocab
from desktop.models.seed import Action
from desktop.reports.figures import TOTAL, UNKNOWN, Period, StatsFilter
from desktop.server import dialect as _dialect  # noqa: F401 - the SQLite functions for PostgreSQL
from desktop.server.functions import (
    CELL_CASES_FUNCTION,
    FORMER_STATISTICS_FUNCTIONS,
    STATISTICS_FUNCTION,
)
from desktop.server.names import ServerNames, quote_literal
from desktop.server.statistics_cache import CACHE_LOCK
from desktop.services.statistics import cache, counting
from desktop.services.statistics.counting import PeriodCounts
from desktop.services.statistics.queries import BINS_ARGUMENT

#: Values of the filter in the compiled statements, replaced by the function's arguments.
ARGUMENTS = {"casedesk:agency-argument": "p_agency", "casedesk:district-argument": "p_district"}
AGENCY, DISTRICT = ARGUMENTS
PREVENTION_PARTS = ("trainings", "campaigns")
CALL = text("SELECT part, k, row_label, col_label, n1, n2, n3, n4 FROM casedesk.statistics_counts("
            "CAST(:starts AS date[]), CAST(:ends AS date[]), :agency, :district, "
            "CAST(:bins AS integer[]))")
CELL_CALL = text("SELECT casedesk.statistics_cell_cases(:start, :end, :agency, :district, "
                 "CAST(:bins AS integer[]), :key, :row, :col)")
#: The case tables a drill may ask about (counting.atoms_by_table).
CELL_KEYS = ("victims", "sex_age", "nationality", "exploitation", "assisted", "assistance",
             "justice", "repatriation")
MAX_LABEL = 64  # a row or column label of a figure


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
    cells, trainings, campaigns = counting.statements_over(periods_argument(), f, BINS_ARGUMENT)
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
    """`casedesk.age_label`, `casedesk.statistics_counts` and `casedesk.statistics_cell_cases`,
    for `casedesk server init` and `upgrade` (install.prepare); EXECUTE on the last two goes to
    `<prefix>$statistics` alone (server/functions.statistics_grants).

    Calendar years come from the cache when it holds them under this function's fingerprint
    (the SHA-256 of its statements: a new release recounts); the others are counted, after the
    cache's lock is taken exclusively (server/statistics_cache.py), and stored. A read-only or
    snapshot-isolated transaction counts without the cache: its snapshot may predate a write."""
    periods = (f"periods: 1 to {counting.MAX_PERIODS} pairs of dates, each ending after it "
               "starts, from 1900 to 2200")
    queries = {condition: shape_query(f) for condition, f in SHAPES.items()}
    print_ = hashlib.sha256((cache.FORMAT + "".join(queries.values())).encode()).hexdigest()
    branches = "\n          ELSIF ".join(f"{condition} THEN {query}"
                                          for condition, query in queries.items())
    return [*(f"DROP FUNCTION IF EXISTS {former}" for former in FORMER_STATISTICS_FUNCTIONS),
            AGE_LABEL, f"""CREATE OR REPLACE FUNCTION {STATISTICS_FUNCTION.split("(")[0]}(
          p_starts date[], p_ends date[], p_agency text, p_district text, p_bins integer[])
        RETURNS TABLE (part text, k integer, row_label text, col_label text,
                       n1 bigint, n2 bigint, n3 bigint, n4 bigint)
        {DEFINER} AS $stats$
        #variable_conflict use_column
        DECLARE
          q_starts date[] := '{{}}'; q_ends date[] := '{{}}'; q_k integer[] := '{{}}';
          scope_key text := 'server|' || coalesce(p_agency, '') || '|' || coalesce(p_district, '')
                            || '|' || coalesce(array_to_string(p_bins, ','), '');
          stamp text := {quote_literal(print_)};
          caching boolean := current_setting('transaction_isolation') = 'read committed'
                             AND current_setting('transaction_read_only') = 'off';
          stored text;
          y integer;
        BEGIN
          {_arguments_checked()}
          IF p_starts IS NULL OR p_ends IS NULL
             OR coalesce(array_length(p_starts, 1), 0) NOT BETWEEN 1 AND {counting.MAX_PERIODS}
             OR array_length(p_starts, 1) <> coalesce(array_length(p_ends, 1), 0)
             OR array_ndims(p_starts) <> 1 OR array_ndims(p_ends) <> 1
             OR EXISTS (SELECT 1 FROM unnest(p_starts, p_ends) AS t (s, e)
                        WHERE s IS NULL OR e IS NULL OR e < s
                        OR s < DATE '1900-01-01' OR e > DATE '2200-12-31') THEN
            {_refuse(periods, "22023")};
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
        END $stats$""", cell_cases_function()]


DEFINER = ("LANGUAGE plpgsql VOLATILE SECURITY DEFINER "
           "SET search_path = pg_catalog, public, pg_temp")

#: `figures.age_bin_labels` in SQL: the group of a completed age among the groups starting at
#: `bins` ("0–11", …, "25+"), UNKNOWN for no age.
AGE_LABEL = f"""CREATE OR REPLACE FUNCTION casedesk.age_label(age integer, bins integer[])
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN age IS NULL THEN {quote_literal(UNKNOWN)}
                WHEN width_bucket(age, bins) >= cardinality(bins)
                  THEN bins[cardinality(bins)]::text || '+'
                ELSE bins[width_bucket(age, bins)]::text || '–'
                     || (bins[width_bucket(age, bins) + 1] - 1)::text END $$"""


def _arguments_checked() -> str:
    """PL/pgSQL refusing, as the service does, a caller without statistics.view and a filter or
    age groups it would refuse (statistics.service._check)."""
    districts = ", ".join(quote_literal(d) for d in vocab.DISTRICTS)
    action = quote_literal(Action.STATISTICS_VIEW.value)
    return f"""IF NOT coalesce(casedesk.can({action}), false) THEN
            {_refuse("statistics are not in your role", "42501")};
          END IF;
          IF p_agency IS NOT NULL AND p_agency !~ '^[A-Z0-9-]{{1,16}}$' THEN
            {_refuse("not an agency code", "22023")};
          END IF;
          IF p_district IS NOT NULL AND p_district NOT IN ({districts}) THEN
            {_refuse("not a district", "22023")};
          END IF;
          IF p_bins IS NULL OR array_ndims(p_bins) IS DISTINCT FROM 1
             OR array_lower(p_bins, 1) <> 1 OR cardinality(p_bins) > 121
             OR p_bins[1] IS DISTINCT FROM 0 OR array_position(p_bins, NULL) IS NOT NULL
             OR p_bins[cardinality(p_bins)] > 120
             OR EXISTS (SELECT 1 FROM generate_subscripts(p_bins, 1) AS g (i)
                        WHERE i > 1 AND p_bins[i] <= p_bins[i - 1]) THEN
            {_refuse("age groups must start at 0 and rise, up to 120", "22023")};
          END IF;"""


def single_period_argument() -> Any:
    """The cell function's one period (`p_start`, `p_end`) as a periods table."""
    return text('SELECT 0 AS k, p_start AS start, p_end AS "end"').columns(
        column("k", Integer), column("start", Date), column("end", Date)).cte("periods")


def cell_query(f: StatsFilter, key: str) -> str:
    """`counting.members` of one table over the function's period, its row and column the
    function's `p_row` and `p_col` (TOTAL: the margin)."""
    atoms, row_of, col_of = counting.atoms_by_table(single_period_argument(), f,
                                                    BINS_ARGUMENT)[key]
    row: Any = literal_column("p_row")
    col: Any = literal_column("p_col")
    ids = select(atoms.c.case_id).where(or_(row == TOTAL, row_of == row),
                                        or_(col == TOTAL, col_of == col))
    return compiled(select(func.count(distinct(ids.subquery("counted").c.case_id))))


def cell_cases_function() -> str:
    """`casedesk.statistics_cell_cases`: the number of distinct cases counted in one figure
    (a margin when the row or column is TOTAL), as a vault's drill counts them; refused, as the
    drill is (StatisticsService.cases_behind), to a role that may not open cases."""
    keys = ", ".join(quote_literal(k) for k in CELL_KEYS)
    shapes = []
    for condition, f in SHAPES.items():
        arms = "\n            ELSIF ".join(
            f"p_key = {quote_literal(key)} THEN RETURN ({cell_query(f, key)});" for key in CELL_KEYS)
        shapes.append(f"{condition} THEN\n            IF {arms}\n            END IF;")
    branches = "\n          ELSIF ".join(shapes)
    period = "a period: two dates, the end after the start, from 1900 to 2200"
    return f"""CREATE OR REPLACE FUNCTION {CELL_CASES_FUNCTION.split("(")[0]}(
          p_start date, p_end date, p_agency text, p_district text, p_bins integer[],
          p_key text, p_row text, p_col text)
        RETURNS bigint {DEFINER} AS $cell$
        BEGIN
          {_arguments_checked()}
          IF NOT coalesce(casedesk.can({quote_literal(Action.CASE_VIEW.value)}), false) THEN
            {_refuse("your role sees statistics only, not the cases behind them", "42501")};
          END IF;
          IF p_start IS NULL OR p_end IS NULL OR p_end < p_start
             OR p_start < DATE '1900-01-01' OR p_end > DATE '2200-12-31' THEN
            {_refuse(period, "22023")};
          END IF;
          IF p_key IS NULL OR p_key NOT IN ({keys}) THEN
            {_refuse("not a table with cases behind it", "22023")};
          END IF;
          IF p_row IS NULL OR p_col IS NULL OR length(p_row) > {MAX_LABEL}
             OR length(p_col) > {MAX_LABEL} THEN
            {_refuse("not a row or column of the table", "22023")};
          END IF;
          IF {branches}
          END IF;
          RETURN 0;
        END $cell$"""


def _refuse(message: str, code: str) -> str:
    return f"RAISE EXCEPTION {quote_literal(message)} USING ERRCODE = {quote_literal(code)}"


def server_counts(db: Session, periods: Sequence[Period], f: StatsFilter, bins: tuple[int, ...]
                  ) -> list[PeriodCounts]:
    """Every period's counts from the office server's statistics function."""
    rows = db.execute(CALL, {"starts": [p.start for p in periods],
                             "ends": [p.end for p in periods],
                             "agency": f.agency_code or None, "district": f.district or None,
                             "bins": list(bins)})
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


def server_cell_cases(db: Session, period: Period, f: StatsFilter, bins: tuple[int, ...],
                      key: str, row: str, col: str) -> int:
    """How many cases one figure counts, in every scope (the reader's own session sees only
    theirs): `casedesk.statistics_cell_cases`."""
    return int(db.scalar(CELL_CALL, {
        "start": period.start, "end": period.end, "agency": f.agency_code or None,
        "district": f.district or None, "bins": list(bins), "key": key, "row": row,
        "col": col}) or 0)
