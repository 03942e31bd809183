"""Form library and interviews: form_definitions, interviews, interview_events, interview_addenda,
and a trigger that refuses any change to a locked interview's answers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _interview_fk() -> sa.Column[int]:
    return sa.Column("interview_id", sa.Integer, sa.ForeignKey("interviews.id", ondelete="CASCADE"),
                     nullable=False, index=True)


def upgrade() -> None:
    op.create_table(
        "form_definitions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("form_id", sa.String(64), nullable=False, index=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("source", sa.LargeBinary, nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("shipped", sa.Boolean, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("imported_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.UniqueConstraint("form_id", "version", name="uq_form_definitions_form_version"),
    )
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("form_definition_id", sa.Integer, sa.ForeignKey("form_definitions.id"), nullable=False,
                  index=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("language", sa.String(64), nullable=False),
        sa.Column("answers_json", sa.Text, nullable=False),
        sa.Column("disclosure", sa.String(16), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("submitted_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("approved_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("locked_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "interview_events",
        sa.Column("id", sa.Integer, primary_key=True),
        _interview_fk(),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("from_state", sa.String(16), nullable=False),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
    )
    op.create_table(
        "interview_addenda",
        sa.Column("id", sa.Integer, primary_key=True),
        _interview_fk(),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
    )
    # Defence in depth under the service's own check: a locked interview cannot be edited or deleted.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION interviews_locked() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF OLD.state = 'LOCKED' THEN RAISE EXCEPTION 'interview is locked'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        op.execute("CREATE TRIGGER interviews_locked BEFORE UPDATE OR DELETE ON interviews "
                   "FOR EACH ROW EXECUTE FUNCTION interviews_locked()")
        return
    op.execute(
        "CREATE TRIGGER interviews_locked_update BEFORE UPDATE ON interviews "
        "WHEN OLD.state = 'LOCKED' BEGIN SELECT RAISE(ABORT, 'interview is locked'); END"
    )
    op.execute(
        "CREATE TRIGGER interviews_locked_delete BEFORE DELETE ON interviews "
        "WHEN OLD.state = 'LOCKED' BEGIN SELECT RAISE(ABORT, 'interview is locked'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS interviews_locked ON interviews")
        op.execute("DROP FUNCTION IF EXISTS interviews_locked()")
    else:
        op.execute("DROP TRIGGER IF EXISTS interviews_locked_delete")
        op.execute("DROP TRIGGER IF EXISTS interviews_locked_update")
    op.drop_table("interview_addenda")
    op.drop_table("interview_events")
    op.drop_table("interviews")
    op.drop_table("form_definitions")
