"""Certificate register, organisation profile and resolutions; participations point at certificates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_certificate_counters")),
    )
    op.create_table(
        "organisation_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=64), nullable=False),
        sa.Column("certificate_number_pattern", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_profile")),
    )
    op.create_table(
        "signatories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["organisation_profile.id"],
            name=op.f("fk_signatories_profile_id_organisation_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatories")),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("seminar_id", sa.Integer(), nullable=True),
        sa.Column("person_name", sa.Text(), nullable=False),
        sa.Column("seminar_title", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_certificates_person_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminars.id"],
            name=op.f("fk_certificates_seminar_id_seminars"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_certificates_number")),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificates_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificates_seminar_id"), ["seminar_id"], unique=False)
    op.create_table(
        "resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("preamble", sa.Text(), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminars.id"],
            name=op.f("fk_resolutions_seminar_id_seminars"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolutions")),
        sa.UniqueConstraint("seminar_id", name=op.f("uq_resolutions_seminar_id")),
    )
    op.create_table(
        "resolution_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
            name=op.f("fk_resolution_items_resolution_id_resolutions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_items")),
    )
    with op.batch_alter_table("resolution_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolution_items_resolution_id"), ["resolution_id"], unique=False)
    # SQLite cannot add a foreign key to an existing table: batch mode rebuilds it
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certificate_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_participations_certificate_id_certificates"),
            "certificates",
            ["certificate_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_unique_constraint(batch_op.f("uq_participations_certificate_id"), ["certificate_id"])


def downgrade() -> None:
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_participations_certificate_id"), type_="unique")
        batch_op.drop_constraint(batch_op.f("fk_participations_certificate_id_certificates"), type_="foreignkey")
        batch_op.drop_column("certificate_id")
    op.drop_table("resolution_items")
    op.drop_table("resolutions")
    op.drop_table("certificates")
    op.drop_table("signatories")
    op.drop_table("organisation_profile")
    op.drop_table("certificate_counters")
