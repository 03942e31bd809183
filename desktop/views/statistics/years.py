"""The year the statistics screens open on: one rule for Statistics, Prevention and Home."""

from __future__ import annotations

from datetime import date

#: Until the end of this month the council is still compiling last year's annual report.
REPORTING_ENDS_MONTH = 3


def report_year(today: date | None = None) -> int:
    """Last year until the end of March (the annual report's season), then the current year."""
    today = today or date.today()
    return today.year - 1 if today.month <= REPORTING_ENDS_MONTH else today.year
