"""The prevention register: trainings and awareness campaigns; covering indexes on the
identification history for the annual statistics.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("district", sa.String(20), nullable=False),
        sa.Column("organiser", sa.String(200), nullable=False),
        sa.Column("organiser_agency_id", sa.Integer, sa.ForeignKey("agencies.id"), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created_by", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "prevention_trainings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("held_on", sa.Date, nullable=False, index=True),
        sa.Column("audience", sa.String(32), nullable=False),
        sa.Column("participants_female", sa.Integer, nullable=False),
        sa.Column("participants_male", sa.Integer, nullable=False),
        sa.Column("participants_unknown", sa.Integer, nullable=False),
        *_common(),
    )
    op.create_table(
        "prevention_campaigns",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_on", sa.Date, nullable=False, index=True),
        sa.Column("ended_on", sa.Date, nullable=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("reach", sa.Integer, nullable=False),
        *_common(),
    )
    op.create_index("ix_identification_history_facts", "identification_history",
                    ["case_id", "status", "decided_by_type", "decided_on"])
    op.create_index("ix_identification_history_period", "identification_history",
                    ["decided_on", "status", "decided_by_type", "case_id"])
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_identification_history_period", table_name="identification_history")
    op.drop_index("ix_identification_history_facts", table_name="identification_history")
    op.drop_table("prevention_campaigns")
    op.drop_table("prevention_trainings")
