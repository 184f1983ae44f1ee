"""Writes the disk or the file refuses: full, or read-only. Both leave the database as it was.

SQLite reports a full disk (or a database at its `max_page_count`) as SQLITE_FULL and a write to a file opened
read-only as SQLITE_READONLY; either way the statement, and with it the transaction, is rolled back. These
errors become one sentence naming the file at the one place a transaction ends (`Database.transaction`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import KafedraError


class DatabaseFullError(KafedraError):
    """The disk (or the database's size limit) is full: the change was rolled back, nothing was saved."""


class DatabaseReadOnlyError(KafedraError):
    """The database file cannot be written (a read-only file, folder or medium): the change was not saved."""


def full_message(where: str) -> str:
    return (
        f"{where}: the disk is full; the change was not saved and the database is as it was."
        " Free some space and try again"
    )


def read_only_message(where: str) -> str:
    return f"{where}: the database is read-only; the change was not saved"


def _error_name(error: BaseException | None) -> str:
    name = getattr(error, "sqlite_errorname", "") or ""
    if name:
        return str(name)
    text = str(error).lower()
    if "database or disk is full" in text:
        return "SQLITE_FULL"
    if "readonly database" in text or "read-only" in text:
        return "SQLITE_READONLY"
    return ""


def refusal(error: BaseException, where: str) -> KafedraError | None:
    """The user's error for a driver error that is a full disk or a read-only file, else None."""
    original = error.orig if isinstance(error, DBAPIError) else error
    name = _error_name(original)
    if name.startswith("SQLITE_FULL"):
        return DatabaseFullError(full_message(where))
    if name.startswith("SQLITE_READONLY"):
        return DatabaseReadOnlyError(read_only_message(where))
    return None


@contextlib.contextmanager
def write_errors(where: str) -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        mapped = refusal(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
