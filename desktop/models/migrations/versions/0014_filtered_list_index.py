"""The filtered case list at 1,000,000 cases: an index led by the filters a supervisor picks most
(district, then status), in the list's order, carrying the scope's columns.

With only `ix_cases_recent_scope` (led by `updated_at`), a page filtered by district and status
either walks the whole list index in date order until fifty rows match or reads every matching
case through `ix_cases_agency_status` and sorts them: at 1,000,000 cases the first page took
1.1 s against 0.2 s on the unencrypted copy, because the vault decrypts every page it reads and
the 32 MiB page cache does not hold them (bench/RESULTS.md, "1,000,000 cases"). Led by
(district, status) the page is a seek and fifty index entries, whatever the vault's size; the
scope's terms (owning agency, owner) are answered from the same entries.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = ["district", "status", "updated_at", "id", "owning_agency_id", "owner_id"]


def upgrade() -> None:
    op.create_index("ix_cases_district_status_recent", "cases", COLUMNS)
    op.execute("ANALYZE cases")


def downgrade() -> None:
    op.drop_index("ix_cases_district_status_recent", table_name="cases")
