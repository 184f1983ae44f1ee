"""Backups of the database file: a copy on demand, a restore that keeps the current file, rotating copies.

Every copy goes through SQLite's online backup API, never a file copy: it is consistent while the desktop app
has the database open (committed data still in the WAL included), and a restore writes into the live file
through SQLite's locks, so a window that has the database open sees the restored data on its next query
instead of writing into a file that was swapped under it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import DatabaseFileError
from desktop.storage import migrate, sqlite_file
from desktop.storage.database import BUSY_TIMEOUT_MS, open_database

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
_STAMP = sqlite_file.STAMP


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    revision: str  # the schema revision of the restored file, before any upgrade
    kept_aside: Path | None  # where the database that was replaced now is


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool) -> Iterator[sqlite3.Connection]:
    uri = f"{path.as_uri()}?mode=ro" if read_only else path.as_uri()
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        yield connection
    finally:
        connection.close()


def _same_file(a: Path, b: Path) -> bool:
    a, b = a.resolve(), b.resolve()
    if a == b:
        return True
    with contextlib.suppress(OSError):
        return a.exists() and b.exists() and os.path.samefile(a, b)
    return False


def _is_companion(path: Path, database: Path) -> bool:
    """The WAL, shared-memory and journal files belong to the database: writing over them corrupts it."""
    resolved, live = path.resolve(), database.resolve()
    return any(resolved == live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def check_kafedra_file(path: Path) -> str:
    """The schema revision of a sound Kafedra database file, or DatabaseFileError saying what it is instead."""
    sqlite_file.check_header(path)
    revision, has_tables = sqlite_file.read_revision(path)
    if not has_tables:
        raise DatabaseFileError(f"{path}: an empty database, not a Kafedra database")
    if revision is None:
        raise DatabaseFileError(f"{path}: the database has no schema revision, not a Kafedra database")
    if revision not in migrate.known_revisions():
        raise DatabaseFileError(
            f"{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to use it"
        )
    return revision


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of `source` written to a new file `target`, checked before it is trusted."""
    with _connect(source, read_only=True) as reader, _connect(target, read_only=False) as writer:
        reader.backup(writer)
        problems = [row[0] for row in writer.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise DatabaseFileError(f"{target}: the copy failed its check ({problems[0]})")


def backup_database(database: Path, target: Path) -> Path:
    """Write a consistent copy of the database to `target` (replacing an older backup there, atomically)."""
    if _same_file(database, target) or _is_companion(target, database):
        raise DatabaseFileError(f"{target}: that is the database itself; choose another file for the backup")
    check_kafedra_file(database)
    if target.is_dir():
        raise DatabaseFileError(f"{target}: is a folder; give a file name for the backup")
    if not target.parent.is_dir():
        raise DatabaseFileError(f"{target}: the folder {target.parent} does not exist")
    fd, temporary_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    temporary = Path(temporary_name)
    try:
        temporary.unlink()  # sqlite3 creates the file itself
        _copy(database, temporary)
        os.replace(temporary, target)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseFileError(f"{target}: cannot write the backup ({exc})") from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target


def _aside_name(database: Path, label: str) -> Path:
    return sqlite_file.free_name_beside(database, f"{label}-{dt.datetime.now().strftime(_STAMP)}")


def _keep_aside(database: Path) -> Path:
    aside = _aside_name(database, "before-restore")
    try:
        _copy(database, aside)
    except (sqlite3.Error, DatabaseFileError):
        # the current file is not a readable database: keep its bytes as they are, under the new name
        aside.unlink(missing_ok=True)
        os.replace(database, aside)
    return aside


def restore_database(source: Path, database: Path, upgrade: bool = True) -> RestoreResult:
    """Put the contents of a backup into the database file, keeping the current one aside first.

    The backup must be a sound Kafedra database of a revision this version knows; an older one is upgraded
    afterwards, as opening it would.
    """
    if _same_file(source, database):
        raise DatabaseFileError(f"{source}: that is the database itself; nothing to restore")
    revision = check_kafedra_file(source)
    kept_aside = None
    try:
        if database.exists():
            kept_aside = _keep_aside(database)
        with _connect(source, read_only=True) as reader, _connect(database, read_only=False) as writer:
            reader.backup(writer)
    except (sqlite3.Error, OSError) as exc:
        kept = f"; the previous database is kept at {kept_aside}" if kept_aside else ""
        raise DatabaseFileError(f"{database}: cannot restore from {source} ({exc}){kept}") from exc
    if upgrade:
        open_database(database).dispose()
    return RestoreResult(database, revision, kept_aside)


def default_backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def _automatic_pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(database.stem)}-\d{{8}}-\d{{6}}(-\d+)?\.sqlite3")


def automatic_backups(database: Path, folder: Path | None = None) -> list[Path]:
    """The copies `rotate_backups` made of this database, newest first."""
    folder = folder or default_backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = _automatic_pattern(database)
    try:
        ours = [p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
        return sorted(ours, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    except OSError:  # a folder this user may not read (or one that vanished meanwhile) holds none we can use
        return []


def latest_sound_backup(database: Path, folder: Path | None = None) -> Path | None:
    """The newest automatic copy that is itself a sound Kafedra database (a damaged copy is passed over)."""
    for candidate in automatic_backups(database, folder):
        try:
            check_kafedra_file(candidate)
        except DatabaseFileError:
            continue
        return candidate
    return None


DAMAGED_STAMP = "%Y%m%d-%H%M"


def restore_damaged(database: Path, backup: Path, now: dt.datetime | None = None) -> Path:
    """Put `backup` in the place of a damaged database file; returns where the damaged file was moved.

    The damaged file is never deleted: it moves aside as `NAME.damaged-YYYYMMDD-HHMM.sqlite3` (with its -wal
    and -shm, which belong to it and must not meet the restored file). The backup is copied next to it first
    and renamed into place, so at every moment one of the two files is at the database's name.
    """
    check_kafedra_file(backup)
    stamp = (now or dt.datetime.now()).strftime(DAMAGED_STAMP)
    aside = sqlite_file.free_name_beside(database, f"damaged-{stamp}")
    try:  # a folder this user may not write to is refused here, before anything moved
        fd, temporary_name = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".restoring", dir=database.parent)
    except OSError as exc:
        raise DatabaseFileError(
            f"{database}: cannot restore the backup {backup} ({exc}); the file was left as is"
        ) from exc
    os.close(fd)
    temporary = Path(temporary_name)
    moved: list[tuple[Path, Path]] = []
    try:
        temporary.unlink()
        _copy(backup, temporary)
        for suffix in ("", "-wal", "-shm"):
            source = database.with_name(database.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                os.replace(source, target)
                moved.append((target, source))
        os.replace(temporary, database)
    except (sqlite3.Error, OSError, DatabaseFileError) as exc:
        for target, source in reversed(moved):  # put the damaged file back as it was
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise DatabaseFileError(
            f"{database}: cannot restore the backup {backup} ({exc}); the file was left as is"
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return aside


def rotate_backups(
    database: Path, keep: int = DEFAULT_KEEP, folder: Path | None = None, now: dt.datetime | None = None
) -> Path | None:
    """The desktop app's backup on start: a new copy in `folder`, then only the newest `keep` are kept.

    Returns the new copy, or None when there is no database yet. Only files this function names are deleted.
    """
    if not database.exists():
        return None
    folder = folder or default_backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{counter}.sqlite3"
    backup_database(database, target)
    pattern = _automatic_pattern(database)
    ours = sorted((p for p in folder.iterdir() if pattern.fullmatch(p.name)), key=lambda p: (p.stat().st_mtime, p.name))
    for old in ours[: max(0, len(ours) - max(keep, 1))]:
        old.unlink(missing_ok=True)
    return target
