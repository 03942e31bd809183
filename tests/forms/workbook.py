"""Build XLSForm workbooks in memory for tests, cell by cell with openpyxl."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook

Rows = Sequence[Sequence[object]]


def xlsx(survey: Rows, choices: Rows | None = None, settings: Rows | None = None, **extra: Rows) -> bytes:
    """A workbook whose sheets hold the given rows; the first row of each is its header."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(list(row))
    for title, rows in (("choices", choices), ("settings", settings), *extra.items()):
        if rows is None:
            continue
        other = book.create_sheet(title)
        for row in rows:
            other.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


SIMPLE_SURVEY = [
    ["type", "name", "label::English (en)", "label::Spanish (es)", "required", "relevant", "constraint",
     "constraint_message::English (en)", "calculation"],
    ["begin group", "person", "Person", "Persona", "", "", "", "", ""],
    ["integer", "age", "Age", "Edad", "yes", "", ". >= 0 and . < 120", "Age must be 0 to 119", ""],
    ["select_one yn", "minor_alone", "Unaccompanied?", "¿No acompañado?", "", "${age} < 18", "", "", ""],
    ["end group", "", "", "", "", "", "", "", ""],
    ["begin repeat", "present", "Persons present", "Personas presentes", "", "", "", "", ""],
    ["text", "role", "Role", "Función", "yes", "", "", "", ""],
    ["end repeat", "", "", "", "", "", "", "", ""],
    ["calculate", "adult", "", "", "", "", "", "", "if(${age} >= 18, 'yes', 'no')"],
]
SIMPLE_CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Spanish (es)"],
    ["yn", "yes", "Yes", "Sí"],
    ["yn", "no", "No", "No"],
]
