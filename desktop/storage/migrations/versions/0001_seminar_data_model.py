"""The seminar data model: directory, seminars, programme, participants.

Revision ID: 0001
Revises: -
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("key", name=op.f("uq_organisations_key")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_search_key"), ["search_key"], unique=False)
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("patronymic", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("degree", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_people_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_email_key", ["email_key"], unique=False)
        batch_op.create_index("ix_people_name_key", ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_organisation_id"), ["organisation_id"], unique=False)
    op.create_table(
        "seminars",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("venue_address", sa.Text(), nullable=False),
        sa.Column("venue_room", sa.String(length=200), nullable=False),
        sa.Column("stream_url", sa.Text(), nullable=False),
        sa.Column("recording_url", sa.Text(), nullable=False),
        sa.Column("registration_url", sa.Text(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("organiser_department", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("academic_hours", sa.Float(), nullable=True),
        sa.Column("audience", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisations.id"],
            name=op.f("fk_seminars_organiser_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seminars")),
        sa.UniqueConstraint("uid", name=op.f("uq_seminars_uid")),
    )
    with op.batch_alter_table("seminars", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seminars_starts_at"), ["starts_at"], unique=False)
    op.create_table(
        "blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("room", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["seminar_id"], ["seminars.id"], name=op.f("fk_blocks_seminar_id_seminars"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocks")),
    )
    with op.batch_alter_table("blocks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_blocks_seminar_id"), ["seminar_id"], unique=False)
    op.create_table(
        "person_name_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("dative", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_name_forms_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_name_forms")),
        sa.UniqueConstraint("person_id", "language", name=op.f("uq_person_name_forms_person_id_language")),
    )
    op.create_table(
        "seminar_partners",
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_seminar_partners_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminars.id"],
            name=op.f("fk_seminar_partners_seminar_id_seminars"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seminar_id", "organisation_id", "role", name=op.f("pk_seminar_partners")),
    )
    op.create_table(
        "block_moderators",
        sa.Column("block_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["block_id"], ["blocks.id"], name=op.f("fk_block_moderators_block_id_blocks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_block_moderators_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("block_id", "person_id", name=op.f("pk_block_moderators")),
    )
    op.create_table(
        "participations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_participations_person_id_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminars.id"],
            name=op.f("fk_participations_seminar_id_seminars"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participations")),
        sa.UniqueConstraint("seminar_id", "person_id", name=op.f("uq_participations_seminar_id_person_id")),
    )
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participations_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participations_seminar_id"), ["seminar_id"], unique=False)
    op.create_table(
        "talks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("pinned_start", sa.DateTime(), nullable=True),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("materials_url", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["block_id"], ["blocks.id"], name=op.f("fk_talks_block_id_blocks"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["seminar_id"], ["seminars.id"], name=op.f("fk_talks_seminar_id_seminars"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talks")),
    )
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talks_block_id"), ["block_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talks_seminar_id"), ["seminar_id"], unique=False)
    op.create_table(
        "talk_speakers",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_talk_speakers_person_id_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_talk_speakers_talk_id_talks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("talk_id", "person_id", name=op.f("pk_talk_speakers")),
    )


def downgrade() -> None:
    op.drop_table("talk_speakers")
    op.drop_table("talks")
    op.drop_table("participations")
    op.drop_table("block_moderators")
    op.drop_table("seminar_partners")
    op.drop_table("person_name_forms")
    op.drop_table("blocks")
    op.drop_table("seminars")
    op.drop_table("people")
    op.drop_table("organisations")
