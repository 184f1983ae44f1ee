"""Who last changed each edited row: `updated_by` beside `version` and `updated_at`.

A plain nullable column added with ALTER TABLE ADD COLUMN works on SQLite and PostgreSQL alike; rows written
before this revision keep NULL (nobody known).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "organisations",
    "people",
    "seminars",
    "blocks",
    "talks",
    "participations",
    "resolutions",
    "organisation_profile",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("updated_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        # SQLite before 3.35 cannot drop a column: batch mode rebuilds the table there
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")
