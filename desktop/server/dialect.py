"""The few SQLite functions the portable queries use, written for PostgreSQL.

The statistics queries (services/statistics/queries.py) compute ages with SQLite's `strftime`,
`julianday` and `instr` and SQLite's CAST, which truncates toward zero where PostgreSQL rounds. Compiled for
PostgreSQL they become `to_char`, a Julian day from the epoch, `strpos`, and `trunc` before an integer cast
of a fractional value, so that both backends count the same ages; on SQLite nothing changes.
Imported by `desktop.server.engine`, i.e. whenever the server backend is in use.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, Numeric, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import BindParameter, Cast
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import Integer

FORMATS = {"%Y": "YYYY", "%m": "MM", "%d": "DD", "%H": "HH24", "%M": "MI", "%S": "SS"}


class strftime(GenericFunction[str]):  # noqa: N801 - the SQL function's own name
    type = String()
    inherit_cache = True


class julianday(GenericFunction[float]):  # noqa: N801 - the SQL function's own name
    type = Float()
    inherit_cache = True


class instr(GenericFunction[int]):  # noqa: N801 - the SQL function's own name
    type = Integer()
    inherit_cache = True


@compiles(instr, "postgresql")
def _instr(element: instr, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def pg_format(sqlite_format: str) -> str:
    result = sqlite_format
    for ours, theirs in FORMATS.items():
        result = result.replace(ours, theirs)
    if "%" in result:
        raise ValueError(f"unsupported strftime format {sqlite_format!r}")
    return result


@compiles(strftime, "postgresql")
def _strftime(element: strftime, compiler: Any, **kw: Any) -> str:
    fmt, value = list(element.clauses)
    if not isinstance(fmt, BindParameter) or not isinstance(fmt.value, str):
        raise ValueError("strftime needs a constant format on PostgreSQL")
    literal = "'" + pg_format(fmt.value).replace("'", "''") + "'"
    return f"to_char({compiler.process(value, **kw)}, {literal})"


@compiles(julianday, "postgresql")
def _julianday(element: julianday, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    inner = compiler.process(value, **kw)
    return f"(extract(epoch FROM CAST({inner} AS timestamp)) / 86400.0 + 2440587.5)"


@compiles(Cast, "postgresql")
def _cast(element: Cast[Any], compiler: Any, **kw: Any) -> str:
    """SQLite's CAST(x AS INTEGER) drops the fraction; PostgreSQL's would round it."""
    if isinstance(element.type, Integer) and isinstance(element.clause.type, Float | Numeric):
        inner = compiler.process(element.clause, **kw)
        return f"CAST(trunc({inner}) AS {compiler.dialect.type_compiler_instance.process(element.type)})"
    return str(compiler.visit_cast(element, **kw))
