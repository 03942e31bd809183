"""Case records: persons, cases, identification history, codes, notes, tasks, changes, referrals,
the repeatable sections (events … attachments), and the FTS5 search index (SQLite only, behind the search service).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _case_fk() -> sa.Column[int]:
    return sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"),
                     nullable=False, index=True)


def upgrade() -> None:
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("given_names", sa.String(120), nullable=False),
        sa.Column("family_names", sa.String(120), nullable=False),
        sa.Column("sex", sa.String(16), nullable=False),
        sa.Column("gender_identity", sa.String(32), nullable=False),
        sa.Column("date_of_birth", sa.Date, nullable=True),
        sa.Column("estimated_age", sa.Integer, nullable=True),
        sa.Column("age_estimated_on", sa.Date, nullable=True),
        sa.Column("age_disputed", sa.Boolean, nullable=False),
        sa.Column("citizenships", sa.String(64), nullable=False),
        sa.Column("languages", sa.String(64), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean, nullable=False),
        sa.Column("unaccompanied", sa.String(20), nullable=False),
        sa.Column("contact", sa.String(500), nullable=False),
        sa.Column("documents", sa.String(500), nullable=False),
    )
    op.create_table(
        "person_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(32), nullable=False, unique=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id"), nullable=False, index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("identification_status", sa.String(20), nullable=False),
        sa.Column("identification_context", sa.String(32), nullable=False),
        sa.Column("identified_on", sa.Date, nullable=True),
        sa.Column("district", sa.String(20), nullable=False),
        sa.Column("owning_agency_id", sa.Integer, sa.ForeignKey("agencies.id"), nullable=False),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("closure_requested_by", sa.Integer, nullable=True),
        sa.Column("closure_requested_status", sa.String(20), nullable=False),
        sa.Column("closed_at", sa.DateTime, nullable=True),
        sa.Column("closure_approved_by", sa.Integer, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_cases_agency_status", "cases", ["owning_agency_id", "status"])
    op.create_index("ix_cases_updated", "cases", ["updated_at"])
    op.create_table(
        "case_assignments",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True, index=True),
    )
    op.create_table(
        "identification_history",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("decided_by_type", sa.String(32), nullable=False),
        sa.Column("decided_by_agency_id", sa.Integer, sa.ForeignKey("agencies.id"), nullable=True),
        sa.Column("recorded_by", sa.Integer, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "case_codes",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("recipient_agency_id", sa.Integer, sa.ForeignKey("agencies.id"), nullable=False,
                  index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("author_id", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "case_tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("due_on", sa.Date, nullable=True, index=True),
        sa.Column("assigned_to", sa.Integer, nullable=True, index=True),
        sa.Column("created_by", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("done_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "case_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("section", sa.String(32), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text, nullable=False),
        sa.Column("new_value", sa.Text, nullable=False),
    )
    _sections()
    if op.get_bind().dialect.name == "postgresql":
        _postgres_search()
    if op.get_bind().dialect.name == "sqlite":
        # One row per case (rowid = case id); notes split by level so search never matches text
        # a user may not read. Accent- and case-insensitive, prefix-capable.
        op.execute(
            "CREATE VIRTUAL TABLE case_search USING fts5("
            "reference, names, notes1, notes2, notes3, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )


def _postgres_search() -> None:
    """The PostgreSQL case index: one row per case and note level holding the words that level
    may search (reference, names, notes up to that level), accent-free through `unaccent`, in a
    tsvector with a GIN index; prefix queries (`word:*`) as on FTS5. Row-level security then
    shows each reader only the rows of their level."""
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(
        "CREATE FUNCTION casedesk_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
        "PARALLEL SAFE AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$"
    )
    op.execute(
        "CREATE TABLE case_search (case_id integer NOT NULL REFERENCES cases (id) ON DELETE "
        "CASCADE, level smallint NOT NULL CHECK (level BETWEEN 1 AND 3), words tsvector NOT NULL, "
        "PRIMARY KEY (case_id, level))"
    )
    for level in (1, 2, 3):
        op.execute(f"CREATE INDEX ix_case_search_words_{level} ON case_search USING gin (words) "
                   f"WHERE level = {level}")


def _section(name: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("created_by", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        *columns,
    )


def _sections() -> None:
    text = sa.Text
    _section("trafficking_events", sa.Column("kind", sa.String(20), nullable=False),
             sa.Column("country", sa.String(2), nullable=False),
             sa.Column("place", sa.String(200), nullable=False),
             sa.Column("started_on", sa.Date), sa.Column("ended_on", sa.Date))
    _section("perpetrators", sa.Column("name", sa.String(200), nullable=False),
             sa.Column("sex", sa.String(16), nullable=False),
             sa.Column("nationality", sa.String(2), nullable=False),
             sa.Column("roles", sa.String(200), nullable=False),
             sa.Column("relationship", sa.String(20), nullable=False),
             sa.Column("at_large", sa.Boolean, nullable=False),
             sa.Column("notes", text, nullable=False))
    _section("services_delivered", sa.Column("service_type", sa.String(32), nullable=False),
             sa.Column("provider", sa.String(200), nullable=False),
             sa.Column("started_on", sa.Date, nullable=False), sa.Column("ended_on", sa.Date),
             sa.Column("notes", text, nullable=False))
    _section("shelter_placements", sa.Column("shelter", sa.String(200), nullable=False),
             sa.Column("district", sa.String(20), nullable=False),
             sa.Column("started_on", sa.Date, nullable=False), sa.Column("ended_on", sa.Date))
    _section("consent_records", sa.Column("given_by", sa.String(20), nullable=False),
             sa.Column("given_on", sa.Date, nullable=False),
             sa.Column("items", sa.String(400), nullable=False),
             sa.Column("recipient_types", sa.String(400), nullable=False),
             sa.Column("withdrawn_on", sa.Date), sa.Column("notes", text, nullable=False))
    _section("legal_proceedings", sa.Column("stage", sa.String(32), nullable=False),
             sa.Column("offence", sa.String(32), nullable=False),
             sa.Column("opened_on", sa.Date), sa.Column("decided_on", sa.Date),
             sa.Column("court", sa.String(200), nullable=False),
             sa.Column("sentence", sa.String(200), nullable=False))
    _section("repatriations", sa.Column("destination_country", sa.String(2), nullable=False),
             sa.Column("repatriated_on", sa.Date),
             sa.Column("carried_out_by", sa.String(32), nullable=False),
             sa.Column("receiving_organisation", sa.String(200), nullable=False),
             sa.Column("follow_up", text, nullable=False))
    _section("attachments", sa.Column("filename", sa.String(200), nullable=False),
             sa.Column("media_type", sa.String(80), nullable=False),
             sa.Column("size", sa.Integer, nullable=False),
             sa.Column("sha256", sa.String(64), nullable=False),
             sa.Column("level", sa.Integer, nullable=False))
    op.create_table(
        "attachment_blobs",
        sa.Column("attachment_id", sa.Integer, sa.ForeignKey("attachments.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
