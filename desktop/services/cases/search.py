"""What the case search index holds, independent of the backend that stores it.

One document per case: reference, person names and aliases, and note text split by note level.
The index itself (FTS5 on the vault) sits behind `Store.search`; this module only says what goes
in, and recognises queries shaped like a case reference.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Case, CaseNote, Person, PersonAlias
from desktop.storage.store import IndexDocument, Store

REFERENCE = re.compile(r"[A-Za-z]{2,5}-\d{4}(?:-\d{0,6})?")


def reference_prefix(text_: str) -> str | None:
    """The upper-cased reference prefix when the whole query looks like one ("hs-2024-00")."""
    candidate = text_.strip()
    return candidate.upper() if REFERENCE.fullmatch(candidate) else None


def document(db: Session, case_id: int) -> IndexDocument | None:
    """The case's index document, read from the database (after any change to names or notes)."""
    case = db.get(Case, case_id)
    if case is None:
        return None
    person = db.get(Person, case.person_id)
    aliases = db.scalars(select(PersonAlias.name).where(
        PersonAlias.person_id == case.person_id)).all()
    names = " ".join([person.full_name if person else "", *aliases])
    notes: dict[int, list[str]] = {1: [], 2: [], 3: []}
    for level, body in db.execute(select(CaseNote.level, CaseNote.text).where(
            CaseNote.case_id == case_id)):
        notes[max(1, min(3, level))].append(body)
    return IndexDocument(case.id, case.reference, names,
                         ("\n".join(notes[1]), "\n".join(notes[2]), "\n".join(notes[3])))


def documents(db: Session, case_ids: list[int]) -> list[IndexDocument]:
    """`document` for many cases in three queries per 500 (an import of a thousand cases), in
    the order asked."""
    found: list[IndexDocument] = []
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        cases = db.execute(select(Case.id, Case.reference, Case.person_id, Person.given_names,
                                  Person.family_names).join(Person, Person.id == Case.person_id)
                           .where(Case.id.in_(chunk))).all()
        aliases: dict[int, list[str]] = {}
        for person_id, name in db.execute(select(PersonAlias.person_id, PersonAlias.name).where(
                PersonAlias.person_id.in_([c.person_id for c in cases])).order_by(PersonAlias.id)):
            aliases.setdefault(person_id, []).append(name)
        notes: dict[int, dict[int, list[str]]] = {}
        for case_id, level, body in db.execute(select(CaseNote.case_id, CaseNote.level,
                                                      CaseNote.text).where(
                CaseNote.case_id.in_(chunk)).order_by(CaseNote.id)):
            notes.setdefault(case_id, {1: [], 2: [], 3: []})[max(1, min(3, level))].append(body)
        for c in cases:
            full = f"{c.given_names} {c.family_names}".strip()
            by_level = notes.get(c.id, {1: [], 2: [], 3: []})
            found.append(IndexDocument(c.id, c.reference, " ".join([full, *aliases.get(c.person_id, [])]),
                                       ("\n".join(by_level[1]), "\n".join(by_level[2]),
                                        "\n".join(by_level[3]))))
    order = {case_id: n for n, case_id in enumerate(dict.fromkeys(case_ids))}
    return sorted(found, key=lambda d: order[d.case_id])


def index_case(db: Session, store: Store, case_id: int) -> None:
    found = document(db, case_id)
    if found is not None:
        store.search.write(db, [found])


def rebuild(db: Session, store: Store) -> int:
    """Recreate every index row (after an import or a restore from an older version)."""
    store.search.clear(db)
    ids = db.scalars(select(Case.id)).all()
    for case_id in ids:
        index_case(db, store, case_id)
    return len(ids)
