"""Office server support, on both backends: case reference counters (the next number of an
agency-year is not the largest reference a reader can see once the server hides other scopes),
and the case version each field change produced (so a conflicting save can say what changed).

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_references",
        sa.Column("prefix", sa.String(48), primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.execute(  # the counters continue from the references that exist
        "INSERT INTO case_references (prefix, last) SELECT substr(reference, 1, length(reference) - 6), "
        "max(CAST(substr(reference, length(reference) - 5) AS INTEGER)) FROM cases "
        "GROUP BY substr(reference, 1, length(reference) - 6)"
    )
    with op.batch_alter_table("case_changes") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_changes") as batch:
        batch.drop_column("version")
    op.drop_table("case_references")
