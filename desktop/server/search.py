"""`storage.CaseIndex` on the office server: tsvector rows per case and level (migration 0002).

The server rebuilds a case's rows itself (`casedesk.reindex_cases`, run as the owner) from all
of its notes, because a reader's own session sees only the notes of their level. Queries are
prefix queries on unaccented words, as on FTS5; the reader's level picks the row whose words that
level may search. The words are matched by `casedesk.search_cases`, which applies the scope and
level itself (row-level security would keep the GIN index from a reader's own query).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, column, func, literal, select, table, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from desktop.models import Case
from desktop.storage.store import IndexDocument

from .search_sql import SEARCH_NARROWING

MAX_TOKENS = 8
INDEX = table("case_search", column("case_id"), column("level"), column("words"))
REINDEX = text("SELECT casedesk.reindex_cases(CAST(:ids AS integer[]))")


def ts_query(text_: str) -> str | None:
    """`tok1:* & tok2:*` from the words of `text_` (letters and digits only: nothing of the
    tsquery syntax can get through)."""
    tokens = [t for t in re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text_))][:MAX_TOKENS]
    if not tokens:
        return None
    return " & ".join(f"{t.casefold()}:*" for t in tokens)


def narrowing(within: Mapping[str, str | int | bool] | None) -> Any:
    """The list's filters as the `narrow` argument of the server's search and count functions;
    a filter they would not apply is refused rather than silently dropped."""
    narrow = dict(within or {})
    unknown = narrow.keys() - SEARCH_NARROWING.keys()
    if unknown:
        raise ValueError(f"no search narrowing for {sorted(unknown)}")
    return literal(narrow, JSONB)


def count_cases(db: Session, within: Mapping[str, str | int | bool]) -> int:
    """`casedesk.count_cases`: the user's cases that keep the filters, counted by the server
    from the scope's own indexes (search_sql.count_cases_function)."""
    return int(db.scalar(select(func.casedesk.count_cases(narrowing(within)))) or 0)


class ServerCaseIndex:
    windowed = True  # `casedesk.search_cases` returns at most `limit` matches

    def write(self, db: Session, documents: list[IndexDocument]) -> None:
        if documents:
            db.flush()
            db.execute(REINDEX, {"ids": [d.case_id for d in documents]})

    def clear(self, db: Session) -> None:
        """Nothing to clear: every write rebuilds its cases from the records themselves."""

    def restrict(self, query: Select[Any], text_: str, level: int, limit: int | None = None,
                 within: Mapping[str, str | int | bool] | None = None) -> Select[Any] | None:
        """The matching ids come from `casedesk.search_cases` (search_sql.search_cases_function:
        the GIN index cannot serve a reader's own query under row-level security): the `limit`
        newest matches in scope with the values of `within`, or all with None."""
        expression = ts_query(text_)
        if expression is None:
            return None
        reach = max(1, min(3, int(level)))
        found = select(func.casedesk.search_cases(expression, reach, limit, narrowing(within)))
        return query.where(Case.id.in_(found)).order_by(Case.id.desc())

    def optimize(self, db: Session) -> None:
        db.execute(text("ANALYZE case_search"))
