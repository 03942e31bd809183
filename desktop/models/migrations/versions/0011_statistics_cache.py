"""The statistics cache: one year's counted figures per scope, and the triggers that delete the
years a write could change, in the same transaction as the write (every path: services, import,
synthetic data, raw SQL). docs/ARCHITECTURE.md, "Statistics cache", states the rule.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def year(value: str) -> str:
    return f"CAST(substr({value}, 1, 4) AS INTEGER)"


def case_years(case_ids: str) -> str:
    """The first year any record of these cases is counted in (NULL when none is dated)."""
    firsts = [("identification_history", "decided_on"), ("services_delivered", "started_on"),
              ("legal_proceedings", "opened_on"), ("legal_proceedings", "decided_on"),
              ("repatriations", "repatriated_on")]
    union = " UNION ALL ".join(f"SELECT min({column}) AS day FROM {table} WHERE case_id IN ({case_ids})"
                               for table, column in firsts)
    return f"(SELECT {year('min(day)')} FROM ({union}))"


DROP = "DELETE FROM statistics_cache WHERE "


def from_year(value: str) -> str:
    return f"{DROP}year >= {value};"


def years_in(*values: str) -> str:
    return f"{DROP}year IN ({', '.join(values)});"


def span(start: str, end: str) -> str:
    return f"{DROP}year >= {year(start)} AND ({end} IS NULL OR year <= {year(end)});"


def each_row(table: str, columns: str | None, body: list[str], when: str = "") -> list[tuple[str, str]]:
    """(trigger name, SQL) for INSERT, DELETE and UPDATE [OF columns]; `body` uses ROW."""
    out = []
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
        of = f" OF {columns}" if event == "UPDATE" and columns else ""
        guard = f" WHEN {' OR '.join(when.replace('ROW', r) for r in rows)}" if when else ""
        statements = " ".join(line.replace("ROW.", f"{r}.") for r in rows for line in body)
        name = f"statistics_stale_{table}_{event.lower()}"
        out.append((name, f"CREATE TRIGGER {name} AFTER {event}{of} ON {table}{guard} "
                          f"BEGIN {statements} END"))
    return out


def triggers() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    # A decision dated d can change every year from d's on (first decisions, status at year end).
    found += each_row("identification_history", None, [from_year(year("ROW.decided_on"))])
    found += each_row("services_delivered", "case_id, service_type, started_on, ended_on",
                      [span("ROW.started_on", "ROW.ended_on")])
    found += each_row("legal_proceedings", "case_id, stage, offence, opened_on, decided_on",
                      [years_in(year("ROW.opened_on"), year("ROW.decided_on"))])
    found += each_row("repatriations", "case_id, destination_country, repatriated_on, carried_out_by",
                      [years_in(year("ROW.repatriated_on"))])
    found += each_row("case_codes", None, [from_year(case_years("ROW.case_id"))],
                      when="ROW.kind = 'exploitation'")
    found += each_row("prevention_trainings", None, [years_in(year("ROW.held_on"))])
    found += each_row("prevention_campaigns", None, [years_in(year("ROW.started_on"))])
    person_cases = "SELECT id FROM cases WHERE person_id = NEW.id"
    found.append(("statistics_stale_persons_update",
                  "CREATE TRIGGER statistics_stale_persons_update AFTER UPDATE OF sex, date_of_birth, "
                  "estimated_age, age_estimated_on, age_disputed, citizenships ON persons "
                  f"BEGIN {from_year(case_years(person_cases))} END"))
    found.append(("statistics_stale_cases_update",
                  "CREATE TRIGGER statistics_stale_cases_update AFTER UPDATE OF district, "
                  "owning_agency_id, person_id ON cases "
                  f"BEGIN {from_year(case_years('OLD.id'))} END"))
    found.append(("statistics_stale_cases_delete",
                  "CREATE TRIGGER statistics_stale_cases_delete BEFORE DELETE ON cases "
                  f"BEGIN {from_year(case_years('OLD.id'))} END"))
    found.append(("statistics_stale_agencies_update",
                  "CREATE TRIGGER statistics_stale_agencies_update AFTER UPDATE OF code ON agencies "
                  "BEGIN DELETE FROM statistics_cache; END"))
    return found


TRIGGERS = triggers()


def upgrade() -> None:
    op.create_table(
        "statistics_cache",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("counts", sa.Text, nullable=False),
        sa.Column("computed_at", sa.DateTime, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for _, sql in TRIGGERS:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _ in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("statistics_cache")
