"""Checks of a SQLite file made before SQLAlchemy touches it, so a foreign or damaged file is never written.

Everything here only reads. Setting the WAL journal mode or running a migration would change the header, so
those wait until the file has been proven to be a sound Kafedra database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from desktop.domain.errors import DatabaseFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class DamagedDatabaseError(DatabaseFileError):
    """The file is not (or no longer) a sound SQLite database: empty, cut short, garbage, failed its check.

    Unlike a foreign or a newer database, such a file is what a crash or a failing disk leaves: the window
    offers to put the latest automatic backup in its place.
    """


def check_header(path: Path) -> None:
    """Refuse files that are plainly not whole SQLite databases, by their header and size alone."""
    if path.is_dir():
        raise DatabaseFileError(f"{path}: is a folder, not a database file")
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(HEADER_SIZE)
    except OSError as exc:
        raise DatabaseFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise DamagedDatabaseError(f"{path}: the file is empty (0 bytes), not a Kafedra database; it was left as is")
    if not header.startswith(SQLITE_MAGIC):
        raise DamagedDatabaseError(f"{path}: not a SQLite database (wrong file type); it was left as is")
    if len(header) < HEADER_SIZE:
        raise DamagedDatabaseError(f"{path}: the database is damaged (the file is cut short); it was left as is")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    # the in-header page count is trustworthy only when written by the same change as the counter
    if page_count and change_counter == valid_for and size < page_count * page_size:
        raise DamagedDatabaseError(
            f"{path}: the database is damaged (the file is cut short:"
            f" {size} of {page_count * page_size} bytes); it was left as is"
        )


@contextlib.contextmanager
def _reader(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change the file or leave anything beside it.

    With no -wal file the main file is the whole database, so `immutable=1` reads it without locks and without
    creating -wal/-shm companions. With a -wal file (another program has it open, or crashed) SQLite must read
    that too: a read-only connection does, and it never checkpoints into the file on closing.
    """
    has_wal = path.with_name(path.name + "-wal").exists()
    flags = "mode=ro" if has_wal else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def first_problem(problems: list[str]) -> str:
    """The first finding of `PRAGMA quick_check` on one line (SQLite puts several, and a heading, in one row)."""
    lines = [line.strip() for problem in problems for line in str(problem).splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    return found[0] if found else "failed its check"


def read_revision(path: Path) -> tuple[str | None, bool]:
    """Return (alembic revision or None, whether the database has any table), after an integrity check."""
    try:
        with _reader(path) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                raise DamagedDatabaseError(
                    f"{path}: the database is damaged ({first_problem(problems)}); it was left as is"
                )
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None, False
            if "alembic_version" not in tables:
                raise DatabaseFileError(
                    f"{path}: a SQLite database of another program, not of Kafedra; it was left as is"
                )
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            f"{path}: the database is damaged or not a database ({exc}); it was left as is"
        ) from exc
    return (rows[0][0] if rows else None), True


def writable(path: Path) -> bool:
    """Can Kafedra save into this file? Not when the file is marked read-only (no write bit for anyone, which
    counts even for root and mirrors Windows' read-only attribute), nor when this user may not write the file
    or the folder where SQLite keeps its -wal and -shm companions."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not stat.S_IMODE(mode) & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens the file for reading only: no statement can change it.

    A database in WAL mode needs its -shm companion even to be read; in a folder this user may not write, SQLite
    cannot create it and refuses every read. With no -wal there (nobody is writing: a writer would need that
    folder too) the main file is the whole database, and `immutable=1` reads it without the companions.
    """
    has_wal = path.with_name(path.name + "-wal").exists()
    if not has_wal and not os.access(path.parent, os.W_OK | os.X_OK):
        return f"{path.as_uri()}?mode=ro&immutable=1"
    return f"{path.as_uri()}?mode=ro"


STAMP = "%Y%m%d-%H%M%S"


def free_name_beside(path: Path, middle: str) -> Path:
    """`NAME.middle.sqlite3` beside the file, or `NAME.middle-2.sqlite3` … when that is taken."""
    suffix = path.suffix or ".sqlite3"
    candidate = path.with_name(f"{path.stem}.{middle}{suffix}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.{middle}-{counter}{suffix}")
    return candidate


def backup_copy(path: Path, label: str) -> Path:
    """Write a consistent copy beside the file (SQLite's online backup also folds in the WAL)."""
    target = free_name_beside(path, f"backup-{dt.datetime.now().strftime(STAMP)}-{label}")
    try:
        with _reader(path) as source:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseFileError(f"{path}: cannot write a backup copy before the upgrade ({exc})") from exc
    return target
