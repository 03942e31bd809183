"""Costs that do not grow with the vault: maintained case counts, a list index that answers every
counted filter, covering indexes for the scope's subqueries and partial indexes on open tasks.

`case_counts` holds how many cases share each (owning agency, owner, status, identification
status, district, year opened); `case_reach_counts` the same for the cases assigned to each user
("A") and referred, not as a draft, to each agency ("R", each case once per agency). In the vault
both are filled here and then kept by SQLite triggers in the transaction of every change to
`cases`, `case_assignments` and `referrals`, so that every write path keeps them true: the
services, the HTCDS import, `casedesk synth`, a restore (the tables travel inside the database)
and any later migration. Migration 0011's statistics-cache triggers fire on the same writes,
independently.

On the office server (PostgreSQL) the tables exist, empty, under row-level security with no
policy (nobody reads them), and no trigger fills them: counts there are exact COUNTs that the
server's row-level security scopes (`CaseReads.counted` is false for the server's store). A
counter readable by a user would tell them how many cases other scopes hold; per-row triggers
would add a write to every case change of every office.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

DIMS = ("owning_agency_id", "owner_id", "status", "identification_status", "district")
COUNTED = (*DIMS, "created_at")  # the columns of `cases` the counters read
KEY = (*DIMS, "year")
REACH_KEY = ("kind", "subject_id", *KEY)
OPEN = "done_at IS NULL"
UNASSIGNED_OPEN = "done_at IS NULL AND assigned_to IS NULL"
LIST_INDEX = ("updated_at", "id", "owning_agency_id", "owner_id", "status",
              "identification_status", "district", "created_at")


# -- SQLite ------------------------------------------------------------------------------------
def _year(row: str) -> str:
    return f"CAST(substr({row}.created_at, 1, 4) AS INTEGER)"


def _dims(row: str) -> str:
    return ", ".join([*(f"{row}.{c}" for c in DIMS), _year(row)])


def _is(row: str) -> str:
    return " AND ".join([*(f"{c} = {row}.{c}" for c in DIMS), f"year = {_year(row)}"])


def _add(row: str) -> str:
    return (f"INSERT INTO case_counts ({', '.join(KEY)}, cases) VALUES ({_dims(row)}, 1) "
            f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET cases = cases + 1;")


def _remove(table: str, where: str) -> str:
    return (f"UPDATE {table} SET cases = cases - 1 WHERE {where}; "
            f"DELETE FROM {table} WHERE {where} AND cases <= 0;")


def _reach_add(select: str) -> str:
    """Upsert +1 for each row of `select` (kind, subject, dims…); its WHERE avoids SQLite's
    upsert-after-SELECT ambiguity."""
    return (f"INSERT INTO case_reach_counts ({', '.join(REACH_KEY)}, cases) {select} "
            f"ON CONFLICT ({', '.join(REACH_KEY)}) DO UPDATE SET cases = cases + 1;")


def _referred(case: str, agency: str, other_than: str) -> str:
    """No other referral (than row `other_than`) of this case to this agency counts."""
    return (f"NOT EXISTS (SELECT 1 FROM referrals o WHERE o.case_id = {case} AND "
            f"o.recipient_agency_id = {agency} AND o.status != 'DRAFT' AND o.id != {other_than})")


def _subjects(case: str) -> str:
    """The reach rows a case is counted in: its assignees and the agencies it is referred to."""
    return (f"((kind = 'A' AND subject_id IN (SELECT user_id FROM case_assignments "
            f"WHERE case_id = {case})) OR (kind = 'R' AND subject_id IN (SELECT "
            f"recipient_agency_id FROM referrals WHERE case_id = {case} AND status != 'DRAFT')))")


def _case_of(kind: str, subject: str, case: str, condition: str = "1") -> str:
    return (f"SELECT '{kind}', {subject}, {_dims('c')}, 1 FROM cases c "
            f"WHERE c.id = {case} AND {condition}")


def _reach_remove(kind: str, subject: str, case: str, condition: str = "1") -> str:
    where = (f"kind = '{kind}' AND subject_id = {subject} AND {condition} AND "
             f"({', '.join(KEY)}) IN (SELECT {_dims('c')} FROM cases c WHERE c.id = {case})")
    return _remove("case_reach_counts", where)


def sqlite_triggers() -> list[str]:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COUNTED)
    new_reach = (_reach_add(f"SELECT 'A', user_id, {_dims('NEW')}, 1 FROM case_assignments "
                            "WHERE case_id = NEW.id")
                 + _reach_add(f"SELECT DISTINCT 'R', recipient_agency_id, {_dims('NEW')}, 1 "
                              "FROM referrals WHERE case_id = NEW.id AND status != 'DRAFT'"))
    old_referred = f"OLD.status != 'DRAFT' AND {_referred('OLD.case_id', 'OLD.recipient_agency_id', 'OLD.id')}"
    new_referred = f"NEW.status != 'DRAFT' AND {_referred('NEW.case_id', 'NEW.recipient_agency_id', 'NEW.id')}"
    return [
        f"CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN {_add('NEW')} END",
        # before the row goes: its assignments and referrals still say where it was counted (the
        # cascade that deletes them runs after the row is gone, when they find no case to count)
        f"CREATE TRIGGER case_counts_delete BEFORE DELETE ON cases BEGIN "
        f"{_remove('case_counts', _is('OLD'))} "
        f"{_remove('case_reach_counts', _is('OLD') + ' AND ' + _subjects('OLD.id'))} END",
        f"CREATE TRIGGER case_counts_update AFTER UPDATE OF {', '.join(COUNTED)} ON cases "
        f"WHEN {changed} BEGIN {_remove('case_counts', _is('OLD'))} {_add('NEW')} "
        f"{_remove('case_reach_counts', _is('OLD') + ' AND ' + _subjects('OLD.id'))} "
        f"{new_reach} END",
        "CREATE TRIGGER case_reach_assign AFTER INSERT ON case_assignments BEGIN "
        f"{_reach_add(_case_of('A', 'NEW.user_id', 'NEW.case_id'))} END",
        "CREATE TRIGGER case_reach_unassign AFTER DELETE ON case_assignments BEGIN "
        f"{_reach_remove('A', 'OLD.user_id', 'OLD.case_id')} END",
        "CREATE TRIGGER case_reach_reassign AFTER UPDATE ON case_assignments BEGIN "
        f"{_reach_remove('A', 'OLD.user_id', 'OLD.case_id')} "
        f"{_reach_add(_case_of('A', 'NEW.user_id', 'NEW.case_id'))} END",
        f"CREATE TRIGGER case_reach_refer AFTER INSERT ON referrals WHEN {new_referred} BEGIN "
        f"{_reach_add(_case_of('R', 'NEW.recipient_agency_id', 'NEW.case_id'))} END",
        f"CREATE TRIGGER case_reach_unrefer AFTER DELETE ON referrals WHEN {old_referred} BEGIN "
        f"{_reach_remove('R', 'OLD.recipient_agency_id', 'OLD.case_id')} END",
        "CREATE TRIGGER case_reach_rerefer AFTER UPDATE OF case_id, recipient_agency_id, status "
        "ON referrals BEGIN "
        f"{_reach_remove('R', 'OLD.recipient_agency_id', 'OLD.case_id', old_referred)} "
        f"{_reach_add(_case_of('R', 'NEW.recipient_agency_id', 'NEW.case_id', new_referred))} END",
    ]


SQLITE_TRIGGERS = ("case_counts_insert", "case_counts_delete", "case_counts_update",
                   "case_reach_assign", "case_reach_unassign", "case_reach_reassign",
                   "case_reach_refer", "case_reach_unrefer", "case_reach_rerefer")


# -- both --------------------------------------------------------------------------------------
def fills() -> list[str]:
    """The counters of the cases already there."""
    dims = ", ".join([*(f"c.{d}" for d in DIMS), _year("c")])
    return [
        f"INSERT INTO case_counts ({', '.join(KEY)}, cases) SELECT {dims}, count(*) FROM cases c "
        f"GROUP BY {dims}",
        f"INSERT INTO case_reach_counts ({', '.join(REACH_KEY)}, cases) "
        f"SELECT 'A', a.user_id, {dims}, count(*) FROM case_assignments a "
        f"JOIN cases c ON c.id = a.case_id GROUP BY a.user_id, {dims}",
        f"INSERT INTO case_reach_counts ({', '.join(REACH_KEY)}, cases) "
        f"SELECT 'R', r.recipient_agency_id, {dims}, count(*) FROM (SELECT DISTINCT case_id, "
        "recipient_agency_id FROM referrals WHERE status != 'DRAFT') r "
        f"JOIN cases c ON c.id = r.case_id GROUP BY r.recipient_agency_id, {dims}",
    ]


def _count_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("owning_agency_id", sa.Integer, primary_key=True),
        sa.Column("owner_id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String(20), primary_key=True),
        sa.Column("identification_status", sa.String(20), primary_key=True),
        sa.Column("district", sa.String(20), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("cases", sa.Integer, nullable=False),
    ]


def upgrade() -> None:
    op.create_table("case_counts", *_count_columns(), sqlite_with_rowid=False)
    op.create_index("ix_case_counts_owner", "case_counts", ["owner_id"])
    op.create_table("case_reach_counts",
                    sa.Column("kind", sa.String(1), primary_key=True),
                    sa.Column("subject_id", sa.Integer, primary_key=True),
                    *_count_columns(), sqlite_with_rowid=False)
    if op.get_bind().dialect.name == "sqlite":  # the office server counts exactly (module doc)
        for statement in [*fills(), *sqlite_triggers()]:
            op.execute(statement)
    op.drop_index("ix_cases_recent_scope", table_name="cases")
    op.create_index("ix_cases_recent_scope", "cases", list(LIST_INDEX))
    op.create_index("ix_case_assignments_user_case", "case_assignments", ["user_id", "case_id"])
    op.drop_index("ix_case_assignments_user_id", table_name="case_assignments")
    op.create_index("ix_referrals_recipient_scope", "referrals",
                    ["recipient_agency_id", "status", "case_id"])
    op.drop_index("ix_referrals_recipient_agency_id", table_name="referrals")
    op.create_index("ix_case_tasks_open_assignee", "case_tasks", ["assigned_to", "due_on"],
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_index("ix_case_tasks_open_creator", "case_tasks", ["created_by", "due_on"],
                    sqlite_where=sa.text(UNASSIGNED_OPEN), postgresql_where=sa.text(UNASSIGNED_OPEN))
    op.create_index("ix_case_tasks_open_due", "case_tasks", ["due_on", "case_id"],
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.execute("ANALYZE")


def downgrade() -> None:
    for name in ("ix_case_tasks_open_due", "ix_case_tasks_open_creator",
                 "ix_case_tasks_open_assignee"):
        op.drop_index(name, table_name="case_tasks")
    op.create_index("ix_referrals_recipient_agency_id", "referrals", ["recipient_agency_id"])
    op.drop_index("ix_referrals_recipient_scope", table_name="referrals")
    op.create_index("ix_case_assignments_user_id", "case_assignments", ["user_id"])
    op.drop_index("ix_case_assignments_user_case", table_name="case_assignments")
    op.drop_index("ix_cases_recent_scope", table_name="cases")
    op.create_index("ix_cases_recent_scope", "cases",
                    ["updated_at", "id", "owning_agency_id", "owner_id"])
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("case_reach_counts")
    op.drop_index("ix_case_counts_owner", table_name="case_counts")
    op.drop_table("case_counts")
