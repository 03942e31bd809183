"""Sealed case bundles: a stable uuid on cases and on every record that travels (backfilled), this
vault's identity, its trusted peers, the per-case exchange state, the bundle log, the backend's
secret store, and the exchange actions for the built-in roles.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: Tables whose rows travel in bundles and so carry a global id.
UUID_TABLES = (
    "cases", "identification_history", "case_notes", "case_tasks", "trafficking_events",
    "perpetrators", "services_delivered", "shelter_placements", "consent_records",
    "legal_proceedings", "repatriations", "attachments", "interviews", "interview_addenda",
)
#: 16 random bytes computed by SQLite itself (the column holds a uuid's bytes, see
#: `models.base.GlobalId`), so that backfilling 100,000 cases is one statement per table.
SQLITE_UUID = "randomblob(16)"
NEW_ACTIONS = {  # built-in role code: the actions this revision grants it
    "ADMINISTRATOR": ("peers.manage",),
    "SUPERVISOR": ("bundle.sync", "bundle.send"),
    "CASE_WORKER": ("bundle.sync",),
    "FORENSIC_INTERVIEWER": ("bundle.sync",),
}
LOCKED_TRIGGERS = (
    "CREATE TRIGGER interviews_locked_update BEFORE UPDATE ON interviews "
    "WHEN OLD.state = 'LOCKED' BEGIN SELECT RAISE(ABORT, 'interview is locked'); END",
    "CREATE TRIGGER interviews_locked_delete BEFORE DELETE ON interviews "
    "WHEN OLD.state = 'LOCKED' BEGIN SELECT RAISE(ABORT, 'interview is locked'); END",
)


def _backfill(table: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"UPDATE {table} SET uuid = {SQLITE_UUID}")
    elif dialect == "postgresql":
        op.execute(f"UPDATE {table} SET uuid = uuid_send(gen_random_uuid())")
    else:  # any other backend: one statement per row
        bind = op.get_bind()
        ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table}"))]
        for row_id in ids:
            bind.execute(sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
                         {"u": uuid.uuid4().bytes, "i": row_id})


def _add_uuids() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the backfill updates locked interviews too: lift the guard for this statement
        op.execute("DROP TRIGGER IF EXISTS interviews_locked_update")
    for table in UUID_TABLES:
        # a plain ADD COLUMN (no table rebuild, which would drop the interview triggers)
        op.add_column(table, sa.Column("uuid", sa.LargeBinary(16), nullable=False,
                                       server_default=sa.text("''")))
        _backfill(table)
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    if sqlite:
        op.execute(LOCKED_TRIGGERS[0])


def _grant_actions() -> None:
    bind = op.get_bind()
    for role, actions in NEW_ACTIONS.items():
        role_id = bind.execute(sa.text("SELECT id FROM roles WHERE code = :c AND builtin"),
                               {"c": role}).scalar()
        if role_id is None:
            continue
        for action in actions:
            bind.execute(sa.text(
                "INSERT INTO role_actions (role_id, action) SELECT :r, :a WHERE NOT EXISTS "
                "(SELECT 1 FROM role_actions WHERE role_id = :r AND action = :a)"),
                {"r": role_id, "a": action})


def upgrade() -> None:
    _add_uuids()
    op.create_table(
        "exchange_peers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("identity_id", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agencies.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("seal_public", sa.LargeBinary, nullable=False),
        sa.Column("sign_public", sa.LargeBinary, nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False, unique=True),
        sa.Column("field_user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("added_by", sa.Integer, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("last_sent_seq", sa.Integer, nullable=False),
        sa.Column("last_received_seq", sa.Integer, nullable=False),
        sa.Column("last_exchange_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "exchange_identity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("identity_id", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agencies.id"), nullable=False),
        sa.Column("seal_public", sa.LargeBinary, nullable=False),
        sa.Column("sign_public", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, nullable=False),
        sa.Column("field_office_id", sa.Integer,
                  sa.ForeignKey("exchange_peers.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_table(
        "exchange_case_state",
        sa.Column("peer_id", sa.Integer, sa.ForeignKey("exchange_peers.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  primary_key=True, index=True),
        sa.Column("units_json", sa.Text, nullable=False),
        sa.Column("remote_reference", sa.String(32), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("exchanged_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "exchange_bundles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False, unique=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("peer_id", sa.Integer, sa.ForeignKey("exchange_peers.id"), nullable=False,
                  index=True),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("case_count", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=False),
    )
    # The backend's secret store (storage.SecretStore): on SQLCipher, inside the encrypted file.
    op.create_table(
        "vault_secrets",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    _grant_actions()


def downgrade() -> None:
    bind = op.get_bind()
    for actions in NEW_ACTIONS.values():
        for action in actions:
            bind.execute(sa.text("DELETE FROM role_actions WHERE action = :a"), {"a": action})
    for table in ("vault_secrets", "exchange_bundles", "exchange_case_state", "exchange_identity",
                  "exchange_peers"):
        op.drop_table(table)
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for name in ("interviews_locked_update", "interviews_locked_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in UUID_TABLES:
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        # a plain DROP COLUMN (SQLite >= 3.35): a table rebuild would trip over the triggers of
        # later revisions that name the table (the statistics cache's)
        op.execute(f"ALTER TABLE {table} DROP COLUMN uuid")
    if sqlite:
        for statement in LOCKED_TRIGGERS:
            op.execute(statement)
