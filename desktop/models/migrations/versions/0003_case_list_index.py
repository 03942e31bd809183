"""Case lists: a covering index for "most recently updated first" within an agency/owner scope,
and fresh planner statistics.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_recent_scope", "cases",
                    ["updated_at", "id", "owning_agency_id", "owner_id"])
    op.drop_index("ix_cases_updated", table_name="cases")
    op.execute("ANALYZE")


def downgrade() -> None:
    op.create_index("ix_cases_updated", "cases", ["updated_at"])
    op.drop_index("ix_cases_recent_scope", table_name="cases")
