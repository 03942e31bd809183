"""Full-text search over cases with SQLite FTS5, kept behind the service layer.

One index row per case (rowid = case id): reference, person names and aliases, and note text split
by note level, so a user's query only reaches text of their level. `unicode61 remove_diacritics 2`
makes "garcia" find "García"; every token is a prefix query, for search as you type.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import ColumnElement, column, delete, insert, literal_column, select, table, text
from sqlalchemy.orm import Session

from desktop.models import Case, CaseNote, Person, PersonAlias

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


REFERENCE = re.compile(r"[A-Za-z]{2,5}-\d{4}(?:-\d{0,6})?")


def reference_prefix(text_: str) -> str | None:
    """The upper-cased reference prefix when the whole query looks like one ("hs-2024-00")."""
    candidate = text_.strip()
    return candidate.upper() if REFERENCE.fullmatch(candidate) else None


def matches(expression: str) -> ColumnElement[bool]:
    return literal_column("case_search").op("MATCH")(expression)


def index_case(db: Session, case_id: int) -> None:
    """Rewrite the case's index row from the database (after any change to names or notes)."""
    case = db.get(Case, case_id)
    if case is None:
        return
    person = db.get(Person, case.person_id)
    aliases = db.scalars(select(PersonAlias.name).where(
        PersonAlias.person_id == case.person_id)).all()
    names = " ".join([person.full_name if person else "", *aliases])
    notes: dict[int, list[str]] = {1: [], 2: [], 3: []}
    for level, body in db.execute(select(CaseNote.level, CaseNote.text).where(
            CaseNote.case_id == case_id)):
        notes[max(1, min(3, level))].append(body)
    db.execute(delete(FTS).where(FTS.c.rowid == case_id))
    db.execute(insert(FTS).values(rowid=case_id, reference=case.reference, names=names,
                                       notes1="\n".join(notes[1]), notes2="\n".join(notes[2]),
                                       notes3="\n".join(notes[3])))


def rebuild(db: Session) -> int:
    """Recreate every index row (after an import or a restore from an older version)."""
    db.execute(text("DELETE FROM case_search"))
    ids = db.scalars(select(Case.id)).all()
    for case_id in ids:
        index_case(db, case_id)
    return len(ids)
