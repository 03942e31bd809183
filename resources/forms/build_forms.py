"""Write the shipped XLSForms (forensic interview, screening, consent) as .xlsx workbooks.

The forms are authored here as rows so that a review sees every label, rule and choice in a diff;
the .xlsx files beside this script are its output, committed too, and are what CaseDesk imports.
Choice codes come from desktop.models.vocab (one place for every value list).

Run: PYTHONPATH=. python resources/forms/build_forms.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choice_labels import LABELS  # noqa: E402

from desktop.models import vocab  # noqa: E402

HERE = Path(__file__).resolve().parent
EN, ES = "English (en)", "Spanish (es)"
COLUMNS = [
    "type", "name", f"label::{EN}", f"label::{ES}", f"hint::{EN}", f"hint::{ES}", "required",
    f"required_message::{EN}", f"required_message::{ES}", "relevant", "constraint",
    f"constraint_message::{EN}", f"constraint_message::{ES}", "appearance", "calculation", "default",
    "read_only",
]
YES = "yes"


def q(kind: str, name: str, en: str = "", es: str = "", **extra: str) -> dict[str, str]:
    """One survey row; extra keys: hint=(en|es), required, relevant, constraint, msg=(en|es), ..."""
    row = {"type": kind, "name": name, f"label::{EN}": en, f"label::{ES}": es}
    for key, value in extra.items():
        if key in ("hint", "msg", "req_msg"):
            column = {"hint": "hint", "msg": "constraint_message", "req_msg": "required_message"}[key]
            row[f"{column}::{EN}"], row[f"{column}::{ES}"] = value.split("|")
        else:
            row[key] = value
    return row


def begin(name: str, en: str, es: str, relevant: str = "", repeat: bool = False) -> dict[str, str]:
    return q("begin repeat" if repeat else "begin group", name, en, es, relevant=relevant)


def end(repeat: bool = False) -> dict[str, str]:
    return {"type": "end repeat" if repeat else "end group"}


def yes_no(name: str, en: str, es: str, **extra: str) -> dict[str, str]:
    return q("select_one yn", name, en, es, **extra)


def choices(list_name: str, codes: tuple[str, ...] | list[str]) -> list[dict[str, str]]:
    return [
        {"list_name": list_name, "name": code, f"label::{EN}": LABELS[code][0], f"label::{ES}": LABELS[code][1]}
        for code in codes
    ]


def write(path: Path, survey: list[dict[str, str]], choice_rows: list[dict[str, str]],
          settings: dict[str, str]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    used = [c for c in COLUMNS if any(row.get(c) for row in survey)]
    sheet.append(used)
    for row in survey:
        sheet.append([row.get(column, "") or None for column in used])
    sheet_choices = book.create_sheet("choices")
    choice_columns = ["list_name", "name", f"label::{EN}", f"label::{ES}"]
    sheet_choices.append(choice_columns)
    for row in choice_rows:
        sheet_choices.append([row[c] for c in choice_columns])
    sheet_settings = book.create_sheet("settings")
    sheet_settings.append(list(settings))
    sheet_settings.append(list(settings.values()))
    for each in (sheet, sheet_choices, sheet_settings):
        for cell in each[1]:
            cell.font = Font(bold=True)
    book.properties.creator = "CaseDesk"
    book.save(path)


def common_choices() -> list[dict[str, str]]:
    return choices("yn", ("yes", "no")) + choices("district", vocab.DISTRICTS)


def main() -> None:
    import consent
    import forensic_interview
    import screening

    for module, file_name in (
        (forensic_interview, "forensic_interview.xlsx"),
        (screening, "screening.xlsx"),
        (consent, "consent.xlsx"),
    ):
        write(HERE / file_name, module.survey(), module.choice_rows(), module.SETTINGS)
        print(f"wrote {file_name}")


if __name__ == "__main__":
    main()
