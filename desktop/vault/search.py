"""The case search index on SQLite: one FTS5 row per case (rowid = case id).

`unicode61 remove_diacritics 2` (migration 0002) makes "garcia" find "García"; every token is a
prefix query, for search as you type; note text sits in one column per note level, so a query
only reaches the levels its reader may see.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, column, delete, insert, literal_column, table, text
from sqlalchemy.orm import Session

from desktop.models import Case
from desktop.storage.store import IndexDocument

MAX_TOKENS = 8
FTS = table("case_search", column("rowid"), column("rank"), column("reference"), column("names"),
            column("notes1"), column("notes2"), column("notes3"))


def fts_query(text_: str, level: int) -> str | None:
    """A safe FTS5 expression: quoted prefix tokens, ANDed, limited to the user's columns."""
    tokens = re.findall(r"\w+", unicodedata.normalize("NFKC", text_))[:MAX_TOKENS]
    if not tokens:
        return None
    columns = ["reference", "names", "notes1"] + (["notes2"] if level >= 2 else []) + (
        ["notes3"] if level >= 3 else [])
    terms = " ".join(f'"{token}"*' for token in tokens)
    return "{" + " ".join(columns) + "} : (" + terms + ")"


def _matches(expression: str) -> ColumnElement[bool]:
    return literal_column("case_search").op("MATCH")(expression)


def rows(documents: list[IndexDocument]) -> list[dict[str, Any]]:
    return [{"rowid": d.case_id, "reference": d.reference, "names": d.names,
             "notes1": d.notes[0], "notes2": d.notes[1], "notes3": d.notes[2]} for d in documents]


class Fts5Index:
    """`CaseIndex` on SQLite FTS5."""

    windowed = False  # FTS5 stops at the caller's limit by itself

    def write(self, db: Session, documents: list[IndexDocument]) -> None:
        if not documents:
            return
        db.execute(delete(FTS).where(FTS.c.rowid.in_([d.case_id for d in documents])))
        db.execute(insert(FTS), rows(documents))

    def clear(self, db: Session) -> None:
        db.execute(text("DELETE FROM case_search"))

    def restrict(self, query: Select[Any], text_: str, level: int, limit: int | None = None,
                 within: Mapping[str, str | int | bool] | None = None) -> Select[Any] | None:
        """FTS5 walks its rowids backwards and stops at the caller's limit (so neither `limit`
        nor `within`, which the caller's filters apply, is needed here), where ordering by
        relevance would score every match of a short prefix like "ca"."""
        expression = fts_query(text_, level)
        if expression is None:
            return None
        return (query.join(FTS, FTS.c.rowid == Case.id).where(_matches(expression))
                .order_by(FTS.c.rowid.desc()))

    def optimize(self, db: Session) -> None:
        db.execute(text("INSERT INTO case_search(case_search) VALUES ('optimize')"))
