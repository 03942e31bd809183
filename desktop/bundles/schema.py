"""The shape of one case in a bundle (content schema 1), checked before any value is looked at.

    {"uuid", "reference", "fields": {name: scalar}, "aliases": [text], "codes": {kind: [code]},
     "owner": username, "assigned": [username],
     "records": {section: [{"uuid", field: scalar or [scalar]}]},
     "attachments": [{"uuid", "filename", "media_type", "size", "sha256", "level", ...}],
     "interviews": [{"uuid", "form_id", "form_version", "form_sha256", "answers": {...}, ...}],
     "addenda": [{"uuid", "interview", "text", ...}]}

Only shapes and sizes are checked here; what each value may be (a code from its list, a date in
range, a text's limits) is checked by the service with the same rules as typed input.
"""

from __future__ import annotations

import re
from typing import Any

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
REQUIRED = {"uuid": str, "reference": str, "fields": dict}
#: Parts that are present only when the recipient receives them (data minimisation).
OPTIONAL = {"aliases": list, "codes": dict, "owner": str, "assigned": list, "records": dict,
            "attachments": list, "interviews": list, "addenda": list}
TOP_LEVEL = {**REQUIRED, **OPTIONAL}
MAX_TEXT = 100_000
MAX_ROWS = 5_000
MAX_LIST = 200
MAX_DEPTH = 4
Scalar = str | int | float | bool | None


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool) and (
        not isinstance(value, str) or len(value) <= MAX_TEXT)


def _nested(value: Any, depth: int = 0) -> bool:
    """Interview answers: text by name, repeats as lists of such dicts, a few levels deep."""
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, dict):
        return len(value) <= 5_000 and all(isinstance(k, str) and len(k) <= 200 and
                                           _nested(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return len(value) <= MAX_ROWS and all(_nested(v, depth + 1) for v in value)
    return _scalar(value)


def _row(row: Any, path: str, problems: list[str], nested: tuple[str, ...] = ()) -> None:
    if not isinstance(row, dict) or not isinstance(row.get("uuid"), str) or not UUID.match(row["uuid"]):
        problems.append(f"{path}: a record without a valid uuid")
        return
    for key, value in row.items():
        if not isinstance(key, str) or len(key) > 64:
            problems.append(f"{path}: a field name is invalid")
        elif key in nested:
            if not _nested(value):
                problems.append(f"{path}.{key}: nested too deep or too large")
        elif isinstance(value, list):
            if len(value) > MAX_LIST or not all(_scalar(v) for v in value):
                problems.append(f"{path}.{key}: invalid list")
        elif not _scalar(value):
            problems.append(f"{path}.{key}: invalid value")


def _rows(value: Any, path: str, problems: list[str], nested: tuple[str, ...] = ()) -> None:
    if len(value) > MAX_ROWS:
        problems.append(f"{path}: too many records")
        return
    for index, row in enumerate(value):
        _row(row, f"{path}[{index}]", problems, nested)


def case_problems(case: Any, index: int) -> list[str]:
    """What is wrong with the shape of the `index`-th case; empty when nothing is."""
    where = f"case {index + 1}"
    if not isinstance(case, dict):
        return [f"{where}: not an object"]
    problems: list[str] = []
    unknown = set(case) - set(TOP_LEVEL)
    if unknown:
        problems.append(f"{where}: unknown parts {', '.join(sorted(unknown)[:3])}")
    for key, kind in TOP_LEVEL.items():
        if not isinstance(case.get(key), kind) and (key in REQUIRED or key in case):
            problems.append(f"{where}: '{key}' is missing or has the wrong type")
    if problems:
        return problems
    case = {**{key: kind() for key, kind in OPTIONAL.items()}, **case}
    if not UUID.match(case["uuid"]) or not 0 < len(case["reference"]) <= 32:
        problems.append(f"{where}: invalid uuid or reference")
    if not all(isinstance(k, str) and _scalar(v) for k, v in case["fields"].items()):
        problems.append(f"{where}.fields: invalid value")
    for key in ("aliases", "assigned"):
        if len(case[key]) > MAX_LIST or not all(isinstance(v, str) and len(v) <= 200 for v in case[key]):
            problems.append(f"{where}.{key}: invalid list")
    if not all(isinstance(k, str) and isinstance(v, list) and len(v) <= MAX_LIST
               and all(isinstance(c, str) and len(c) <= 64 for c in v) for k, v in case["codes"].items()):
        problems.append(f"{where}.codes: invalid list")
    for section, rows in case["records"].items():
        if not isinstance(section, str) or not isinstance(rows, list):
            problems.append(f"{where}.records: invalid section")
        else:
            _rows(rows, f"{where}.{section}", problems)
    _rows(case["attachments"], f"{where}.attachments", problems)
    _rows(case["interviews"], f"{where}.interviews", problems, nested=("answers",))
    _rows(case["addenda"], f"{where}.addenda", problems)
    return problems
