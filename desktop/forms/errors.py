"""Errors of the forms engine.

Only these leave the package: callers can show them to an administrator as they are, because they
name rows, columns and features of the spreadsheet, never answers typed into a form.
"""

from __future__ import annotations

from dataclasses import dataclass


class ExpressionError(Exception):
    """An XLSForm expression could not be parsed or evaluated."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a spreadsheet; row is the spreadsheet row (1 = header), 0 when none."""

    sheet: str
    row: int
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}" if self.row else self.sheet
        return f"{where}: {self.message}"


class FormImportFailed(Exception):
    """The spreadsheet has problems; nothing of it was loaded."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        count = len(problems)
        super().__init__(f"The form has {count} problem{'s' if count != 1 else ''}")
