"""National statistics on the office server, where the reader's own session sees only the cases
in their scope (the M&E officer none at all).

`casedesk server init` and `upgrade` compile the counting statements of `counting` — the very
statements a vault runs — for PostgreSQL and register them in `casedesk.statistics_counts`, a
SECURITY DEFINER function of the schema owner with a pinned search_path (temporary objects last,
and users may create none). Only the periods and the filter arrive as arguments (no SQL text
from the client, ever); the function refuses a caller whose role lacks statistics.view, checks
its arguments as the service does, and returns counts per group only: the cells of the case
tables and the prevention register's sums, never an id.
The filter's four shapes (none, agency, district, both) are four fixed statements, so that each
one is the vault's statement with its values in parameters. Statements use the standard age
groups (DEFAULT_AGE_BINS), the only ones the application asks for.
"""

from __future__ import annotations

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
from desktop.services.statistics import counting
from desktop.services.statistics.counting import PeriodCounts

#: Values of the filter in the compiled statements, replaced by the function's arguments.
ARGUMENTS = {"casedesk:agency-argument": "p_agency", "casedesk:district-argument": "p_district"}
AGENCY, DISTRICT = ARGUMENTS
PREVENTION_PARTS = ("trainings", "campaigns")
CALL = text("SELECT part, k, row_label, col_label, n1, n2, n3, n4 FROM casedesk.statistics_counts("
            "CAST(:starts AS date[]), CAST(:ends AS date[]), :agency, :district)")


def periods_argument() -> Any:
    """(k, start, end) from the function's two arrays, as `queries.periods_table` gives them."""
    return text('SELECT (t.o - 1)::integer AS k, t.s AS start, t.e AS "end" '
                "FROM unnest(p_starts, p_ends) WITH ORDINALITY AS t (s, e, o)").columns(
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


def shape_queries(f: StatsFilter) -> str:
    """The three RETURN QUERY of one filter shape, in one row type (part, k, row, column, n…)."""
    cells, trainings, campaigns = counting.statements_over(periods_argument(), f, DEFAULT_AGE_BINS)
    return f"""
        RETURN QUERY SELECT x.key::text, x.k::integer, x.r::text, x.c::text, x.n::bigint,
          NULL::bigint, NULL::bigint, NULL::bigint
          FROM ({compiled(cells)}) AS x (key, k, r, c, n);
        RETURN QUERY SELECT 'trainings'::text, x.k::integer, x.a::text, NULL::text, x.n::bigint,
          x.f::bigint, x.m::bigint, x.u::bigint
          FROM ({compiled(trainings)}) AS x (k, a, n, f, m, u);
        RETURN QUERY SELECT 'campaigns'::text, x.k::integer, x.a::text, NULL::text, x.n::bigint,
          x.reach::bigint, NULL::bigint, NULL::bigint
          FROM ({compiled(campaigns)}) AS x (k, a, n, reach);"""


def function_statements(names: ServerNames) -> list[str]:
    """`casedesk.statistics_counts`, for `casedesk server init` and `upgrade` (install.prepare);
    its EXECUTE goes to `<prefix>$statistics` alone (server/functions.statistics_grants)."""
    districts = ", ".join(quote_literal(d) for d in vocab.DISTRICTS)
    action = quote_literal(Action.STATISTICS_VIEW.value)
    periods = (f"periods: 1 to {counting.MAX_PERIODS} pairs of dates, each ending after it "
               "starts, from 1900 to 2200")
    return [f"""CREATE OR REPLACE FUNCTION {STATISTICS_FUNCTION.split("(")[0]}(
          p_starts date[], p_ends date[], p_agency text, p_district text)
        RETURNS TABLE (part text, k integer, row_label text, col_label text,
                       n1 bigint, n2 bigint, n3 bigint, n4 bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $stats$
        #variable_conflict use_column
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
          IF p_agency IS NULL AND p_district IS NULL THEN {shape_queries(StatsFilter())}
          ELSIF p_district IS NULL THEN {shape_queries(StatsFilter(agency_code=AGENCY))}
          ELSIF p_agency IS NULL THEN {shape_queries(StatsFilter(district=DISTRICT))}
          ELSE {shape_queries(StatsFilter(agency_code=AGENCY, district=DISTRICT))}
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
