"""Alembic environment: always run from `desktop.storage.migrate` with a live connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop.storage.models import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Kafedra migrations run through desktop.storage.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead (a no-op cost on PostgreSQL)
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
