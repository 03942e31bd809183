"""A case's field-level history on the server, as the vault lists it.

Row-level security hides the history rows of sections above the reader's level; the vault lists
those rows with their values masked, so that the reader sees that a restricted field changed, when
and by whom, and not to what. `casedesk.case_history(case)` (SECURITY DEFINER, owned by
`<prefix>$owner`) gives the same: every history row of a case in the caller's scope, the values of
sections above the caller's level NULL, nothing for a case outside the scope (or a caller who is
nobody). The case's history and an edit conflict's list of what changed read it in place of the
table on the server (`changes`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import DateTime, Integer, Text, column, func

from desktop.models import ChangeRecord

FUNCTION = "casedesk.case_history(integer)"


def history_statements() -> list[str]:
    return [
        """CREATE OR REPLACE FUNCTION casedesk.case_history(target integer) RETURNS TABLE (
            id integer, case_id integer, at timestamp without time zone, user_id integer,
            section text, field text, old_value text, new_value text, version integer)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
          SELECT h.id, h.case_id, h.at, h.user_id, h.section::text, h.field::text,
            CASE WHEN casedesk.section_level(h.section) <= casedesk.my_level()
                 THEN h.old_value END,
            CASE WHEN casedesk.section_level(h.section) <= casedesk.my_level()
                 THEN h.new_value END, h.version
          FROM public.case_changes h
          WHERE h.case_id = target AND casedesk.case_visible(target) $$""",
    ]


def changes(backend: str, case_id: int) -> Any:
    """Where a case's history rows are read from, with the columns of `case_changes`: the table
    on a vault, the function on the server."""
    if backend != "postgresql":
        return ChangeRecord.__table__
    return func.casedesk.case_history(case_id).table_valued(
        column("id", Integer), column("case_id", Integer), column("at", DateTime),
        column("user_id", Integer), column("section", Text), column("field", Text),
        column("old_value", Text), column("new_value", Text), column("version", Integer),
    ).alias("case_changes")
