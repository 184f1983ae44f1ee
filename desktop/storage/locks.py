"""Serialising writers that must not interleave, on whichever engine the database is.

On SQLite every `Database.transaction()` already holds the one write lock from its start (BEGIN IMMEDIATE), so
there is nothing more to take. On PostgreSQL many transactions write at once; a transaction-level advisory lock
makes those that number certificates of the same year queue up, and it is released by the commit or rollback.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# the first key of the two-part advisory lock: "Kafedra certificate numbering" (any constant the app owns)
CERTIFICATE_NUMBERING = 0x4B414601


def lock_certificate_year(session: Session, year: int) -> None:
    """Hold, until the transaction ends, the right to number certificates of `year`."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:scope, :year)"), {"scope": CERTIFICATE_NUMBERING, "year": year}
        )
