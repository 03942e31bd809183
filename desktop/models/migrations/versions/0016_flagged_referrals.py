"""The referrals whose consent changed after sending (`consent_flag`), in due order per status:
the outgoing list and Home read the flagged ones first, and without this partial index finding
them meant reading every referral of a status (tens of thousands at 1,000,000 cases) to keep
the few flagged.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

FLAGGED = "consent_flag != ''"


def upgrade() -> None:
    op.create_index("ix_referrals_flagged", "referrals", ["status", "due_at"],
                    sqlite_where=sa.text(FLAGGED), postgresql_where=sa.text(FLAGGED))


def downgrade() -> None:
    op.drop_index("ix_referrals_flagged", table_name="referrals")
