"""CSV and XLSX writing and XLSX reading for the exchange formats and the report tables."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

Cell = str | int | float | date | None


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]
    labels: tuple[str, ...] = ()  # an optional second header line (HTCDS field labels)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Cell]], *, as_text: bool = False
              ) -> bytes:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read accents correctly.
    `as_text`: every value is already a string (large exports skip the conversion)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows if as_text else ([_text(v) for v in row] for row in rows))
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    from openpyxl import Workbook  # loaded when a spreadsheet is made, not when CaseDesk starts
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active) if book.active is not None else None
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.title))
        ws.append(list(sheet.columns))
        if sheet.labels:
            ws.append(list(sheet.labels))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            ws.append([v for v in row])
        for index, name in enumerate(sheet.columns, start=1):
            letter = ws.cell(1, index).column_letter
            ws.column_dimensions[letter].width = min(45, max(10, len(name) + 2))
        ws.freeze_panes = "A3" if sheet.labels else "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title)
    return cleaned[:31] or "Sheet"


def read_xlsx(data: bytes, sheet: str | None = None) -> list[tuple[Any, ...]]:
    """All rows of the named (or first) sheet as tuples of cell values."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        ws = book[sheet] if sheet and sheet in book.sheetnames else book.worksheets[0]
        return [tuple(row) for row in ws.iter_rows(values_only=True)]
    finally:
        book.close()


def as_date(value: Any) -> date | None:
    """A spreadsheet date: a real date cell or ISO text; None when empty; ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip()[:10])
    raise ValueError("not a date")
