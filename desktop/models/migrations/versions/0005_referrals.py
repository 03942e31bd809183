"""Referrals: recipient type, reason, priority and due time, services, risk, the consent relied on,
released sections, override, consent flag, outcome, copies; their status history; and the data
items a consent record authorises for release.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (  # name, length (None: Text), server default
    ("recipient_type", 32, ""), ("reason", 32, "ADDITIONAL_SERVICES"), ("reason_note", 500, ""),
    ("priority", 16, "NORMAL"), ("services", 400, ""), ("safety_risk", 8, "NONE"),
    ("health_urgency", 12, "NONE"), ("interview_reference", 100, ""), ("cover_note", None, ""),
    ("sections", 400, ""), ("override_reason", None, ""), ("consent_flag", 32, ""),
    ("outcome", 32, ""),
)


def upgrade() -> None:
    with op.batch_alter_table("referrals", recreate="always") as batch:
        batch.add_column(sa.Column("created_by", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("updated_at", sa.DateTime))
        for name, length, default in _TEXT_COLUMNS:
            kind = sa.Text() if length is None else sa.String(length)
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))
        batch.add_column(sa.Column("due_at", sa.DateTime))
        batch.add_column(sa.Column("trafficker_at_large", sa.Boolean, nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("consent_id", sa.Integer, sa.ForeignKey(
            "consent_records.id", name="fk_referrals_consent_id_consent_records",
            ondelete="SET NULL")))
        batch.add_column(sa.Column("restricted_confirmed", sa.Boolean, nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("override_by", sa.Integer))
        batch.add_column(sa.Column("override_at", sa.DateTime))
        batch.add_column(sa.Column("consent_flagged_at", sa.DateTime))
        batch.add_column(sa.Column("copies_issued", sa.Integer, nullable=False, server_default="0"))
        batch.create_index("ix_referrals_consent_id", ["consent_id"])
        batch.create_index("ix_referrals_status_due", ["status", "due_at"])
    op.create_table(
        "referral_status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("referral_id", sa.Integer, sa.ForeignKey("referrals.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
    )
    with op.batch_alter_table("consent_records") as batch:
        batch.add_column(sa.Column("data_items", sa.String(400), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("consent_records") as batch:
        batch.drop_column("data_items")
    op.drop_table("referral_status_changes")
    with op.batch_alter_table("referrals", recreate="always") as batch:
        batch.drop_index("ix_referrals_status_due")
        batch.drop_index("ix_referrals_consent_id")
        for name in ("created_by", "updated_at", *(c[0] for c in _TEXT_COLUMNS), "due_at",
                     "trafficker_at_large", "consent_id", "restricted_confirmed", "override_by",
                     "override_at", "consent_flagged_at", "copies_issued"):
            batch.drop_column(name)
