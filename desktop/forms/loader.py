"""Load an XLSForm workbook into a FormSchema, or a complete list of its problems.

pyxform reads the cells (the same reader ODK and Kobo use) and afterwards checks the form its own way;
CaseDesk then checks its supported subset with row numbers. Either everything loads or nothing does.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from desktop.forms.build import SurveyBuilder
from desktop.forms.checks import check_expressions
from desktop.forms.columns import (
    BOOKKEEPING_PREFIX,
    MEDIA_COLUMNS,
    SETTINGS_COLUMNS,
    SETTINGS_WITHOUT_EFFECT,
    is_yes,
    language_of,
    split_header,
)
from desktop.forms.errors import FormImportFailed, Problem
from desktop.forms.schema import DEFAULT_LANGUAGE, FormSchema, Language, Text

if TYPE_CHECKING:  # pyxform and openpyxl load when a form is imported, not when CaseDesk starts
    from pyxform.errors import PyXFormError
    from pyxform.xls2json_backends import DefinitionData

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_SURVEY_ROWS = 2000
MAX_CHOICE_ROWS = 10_000
MAX_PROBLEMS = 200
_SHEETS = ("survey", "choices", "settings")
_PYXFORM_ROW = re.compile(r"^\[row : (\d+)\]\s*(.+)$")


def form_id_from_file_name(file_name: str) -> str:
    """pyxform's rule: without a form_id setting the form is named after its file ("htcds_xlsform")."""
    stem = re.sub(r"[^A-Za-z0-9_.\-]+", "_", PurePath(file_name).stem.strip()).strip("_.-")[:64]
    if stem and not re.match(r"[A-Za-z_]", stem):
        stem = f"_{stem}"[:64]
    return stem


def load_xlsform(data: bytes, file_name: str = "") -> FormSchema:
    """The schema of an .xlsx XLSForm; raises FormImportFailed listing every problem found.

    `file_name` names the form when its settings sheet has no form_id (as pyxform does)."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json_backends import get_xlsform

    problems = _scan_workbook(data)
    if problems:
        raise FormImportFailed(tuple(problems[:MAX_PROBLEMS]))
    try:
        book = get_xlsform(data, file_type=".xlsx")
    except PyXFormError as error:
        raise FormImportFailed((Problem("workbook", 0, _pyxform_message(error)),)) from None
    schema, problems = _build(book, form_id_from_file_name(file_name))
    if not problems:
        problems = _pyxform_check(book)
    if problems or schema is None:
        raise FormImportFailed(tuple(problems[:MAX_PROBLEMS]))
    digest = hashlib.sha256(data).hexdigest()
    return FormSchema(
        form_id=schema.form_id, title=schema.title, version=schema.version, languages=schema.languages,
        default_language=schema.default_language, items=schema.items, source_sha256=digest,
    )


def _scan_workbook(data: bytes) -> list[Problem]:
    """Size, sheet and row limits and spreadsheet formulas, before pyxform reads any value.

    Formulas are refused because their cached value is whatever the authoring program last computed
    (or nothing): what the interviewer sees must be what the spreadsheet says.
    """
    from openpyxl import load_workbook

    if len(data) > MAX_FILE_BYTES:
        return [Problem("workbook", 0, f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")]
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        return [Problem("workbook", 0, "the file is not a readable .xlsx workbook")]
    problems: list[Problem] = []
    try:
        names = {name.lower(): name for name in book.sheetnames}
        if "survey" not in names:
            problems.append(Problem("workbook", 0, "there is no sheet named 'survey'"))
        for lower, name in names.items():
            if lower not in _SHEETS:
                problems.append(Problem(name, 0, f"sheet '{name}' is not supported"))
                continue
            limit = MAX_SURVEY_ROWS if lower == "survey" else MAX_CHOICE_ROWS
            problems.extend(_scan_sheet(book[name], lower, limit))
    finally:
        book.close()
    return problems


def _scan_sheet(sheet: Any, sheet_name: str, limit: int) -> list[Problem]:
    problems: list[Problem] = []
    for row_number, row in enumerate(sheet.iter_rows(), start=1):
        if row_number > limit + 1:
            problems.append(
                Problem(
                    sheet_name, 0, f"the sheet has more than {limit:,} rows; at most {limit:,} are allowed"
                )
            )
            break
        for cell in row:
            if getattr(cell, "data_type", None) == "f":
                column = getattr(cell, "column_letter", "?")
                problems.append(
                    Problem(sheet_name, row_number, f"cell {column}{row_number} holds a spreadsheet formula, "
                            "which is not allowed; type the text itself")
                )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def _headers(header_rows: Sequence[dict[str, Any]] | None) -> list[str]:
    return [str(key) for key in header_rows[0]] if header_rows else []


def _build(book: DefinitionData, fallback_id: str) -> tuple[FormSchema | None, list[Problem]]:
    survey_headers = _headers(book.survey_header)
    choices_headers = _headers(book.choices_header)
    settings = dict(book.settings[0]) if book.settings else {}
    problems = _check_side_sheets(choices_headers, _headers(book.settings_header))
    languages = _languages(survey_headers + choices_headers)
    default_language = settings.get("default_language") or (
        languages[0].name if languages else DEFAULT_LANGUAGE
    )
    builder = SurveyBuilder(
        survey=list(book.survey or []), headers=survey_headers, choices=list(book.choices or []),
        default_language=default_language,
        allow_choice_duplicates=is_yes(str(settings.get("allow_choice_duplicates") or "")),
    )
    items = builder.build()
    problems.extend(builder.problems)
    if not problems:
        problems.extend(check_expressions(items))
    if problems:
        return None, problems
    form_id = str(settings.get("form_id") or fallback_id or "form")
    title = Text(((default_language, settings.get("form_title") or form_id),))
    return (
        FormSchema(
            form_id=form_id, title=title, version=settings.get("version") or "1", languages=languages,
            default_language=default_language, items=items,
        ),
        [],
    )


def _check_side_sheets(choices_headers: list[str], settings_headers: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    for header in choices_headers:
        base, _ = split_header(header)
        if base in MEDIA_COLUMNS or base.startswith("media"):
            problems.append(Problem("choices", 1, f"column '{header}' is not supported: pictures and "
                                    "sounds in choices cannot be shown"))
    if choices_headers and not {"list_name", "name"} <= {split_header(h)[0] for h in choices_headers}:
        problems.append(Problem("choices", 1, "the choices sheet needs the columns 'list_name' and 'name'"))
    for header in settings_headers:
        name = header.strip().lower()
        if name not in SETTINGS_COLUMNS | SETTINGS_WITHOUT_EFFECT and not name.startswith(BOOKKEEPING_PREFIX):
            problems.append(Problem("settings", 1, f"setting '{header}' is not supported"))
    return problems


def _languages(headers: list[str]) -> tuple[Language, ...]:
    found: list[Language] = []
    for header in headers:
        base, language = split_header(header)
        if base in ("label", "hint") and language and all(known.name != language for known in found):
            found.append(language_of(language))
    if not found:
        found.append(language_of(DEFAULT_LANGUAGE))
    return tuple(found)


def _pyxform_check(book: DefinitionData) -> list[Problem]:
    """pyxform's own validation, for whatever the XLSForm rules forbid that CaseDesk does not check."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json

    try:
        workbook_to_json(workbook_dict=book, form_name="data", warnings=[])
    except PyXFormError as error:
        message = _pyxform_message(error)
        located = _PYXFORM_ROW.match(message)
        if located:
            return [Problem("survey", int(located.group(1)), located.group(2))]
        return [Problem("survey", 0, message)]
    return []


def _pyxform_message(error: PyXFormError) -> str:
    text = " ".join(str(error).split())
    return text[:500] if text else "pyxform could not read the form"
