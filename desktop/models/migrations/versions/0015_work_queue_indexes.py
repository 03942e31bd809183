"""Home's work queue at 1,000,000 cases: the closures waiting for approval and the interview
records waiting for approval or for their interviewer, each from its own index.

Home asks for the five oldest closure requests in the supervisor's scope and the five oldest
submitted interview records. Without an index on either, the closure query walked
`ix_cases_recent_scope` in date order reading every case in scope to find the few with a
pending request, and the interview queries read and sorted the whole `interviews` table: at
1,000,000 cases the unlock took seconds longer than the login window's figures promise. A
partial index holds only the open requests (a handful), so the query is a walk of that
handful; the interview indexes give the waiting records in order.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

PENDING_CLOSURE = ("closure_requested_by IS NOT NULL AND closure_approved_by IS NULL "
                   "AND closed_at IS NULL")


def upgrade() -> None:
    op.create_index("ix_cases_closure_pending", "cases", ["updated_at", "id"],
                    sqlite_where=sa.text(PENDING_CLOSURE),
                    postgresql_where=sa.text(PENDING_CLOSURE))
    op.create_index("ix_interviews_state_recent", "interviews", ["state", "updated_at", "id"])
    op.create_index("ix_interviews_interviewer", "interviews",
                    ["created_by", "state", "updated_at", "id"])
    op.execute("ANALYZE cases")
    op.execute("ANALYZE interviews")


def downgrade() -> None:
    op.drop_index("ix_interviews_interviewer", table_name="interviews")
    op.drop_index("ix_interviews_state_recent", table_name="interviews")
    op.drop_index("ix_cases_closure_pending", table_name="cases")
