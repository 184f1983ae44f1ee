"""Disk full and read-only: a refused write leaves the database as it was and says why in one sentence.

A full disk is SQLite's SQLITE_FULL; `PRAGMA max_page_count` set to the current size makes the database
"full" for real on every connection. Read-only is the file's mode (chmod 444, which counts even for root, as
the tests run) or, for the permission check of an ordinary user, `os.access` saying no.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.domain.errors import DatabaseFileError
from desktop.domain.records import PersonData, SeminarData
from desktop.services import people, seminars
from desktop.storage import sqlite_file
from desktop.storage.database import Database, open_database
from desktop.storage.write_errors import DatabaseFullError, DatabaseReadOnlyError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_REV0001 = ROOT / "tests" / "fixtures" / "kafedra-rev0001.sqlite3"


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seminar(title: str) -> SeminarData:
    return SeminarData(title, dt.datetime(2026, 12, 1, 10), dt.datetime(2026, 12, 1, 16))


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "kafedra.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        seminars.create_seminar(session, seminar("Методический день"))
    db.dispose()
    return path


def make_full(db: Database) -> None:
    """From now on every connection of `db` may not grow the file by a single page."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_write_that_finds_the_disk_full_is_refused_and_leaves_everything_as_it_was(filled: Path) -> None:
    before = dump(filled)
    db = open_database(filled)
    make_full(db)
    with pytest.raises(DatabaseFullError) as refused, db.transaction() as session:
        seminars.create_seminar(session, seminar("Пока место было"))
        for number in range(3000):
            people.find_or_create_person(session, PersonData(f"Участник{number}", "Анна", notes="x" * 200))
    message = str(refused.value)
    assert message.startswith(f"{filled}: the disk is full; the change was not saved") and "\n" not in message
    with db.reading() as session:  # the same window goes on working with what was there
        assert [s.title for s in seminars.list_seminars(session)] == ["Методический день"]
    db.dispose()
    assert dump(filled) == before
    connection = sqlite3.connect(filled)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


@pytest.fixture
def read_only_file(filled: Path) -> Iterator[Path]:
    filled.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    yield filled
    filled.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_file_opens_read_only_and_refuses_writes_with_a_message(read_only_file: Path) -> None:
    before = digest(read_only_file)
    db = open_database(read_only_file)
    try:
        assert db.read_only
        with db.reading() as session:
            assert [s.title for s in seminars.list_seminars(session)] == ["Методический день"]
        with db.transaction() as session:  # a read in a transaction works too (the window's queries)
            assert len(seminars.list_seminars(session)) == 1
        refusal = r"the database is read-only; the change was not saved"
        with pytest.raises(DatabaseReadOnlyError, match=refusal), db.transaction() as session:
            seminars.create_seminar(session, seminar("Не сохранится"))
    finally:
        db.dispose()
    assert digest(read_only_file) == before


def test_a_file_this_user_may_not_write_counts_as_read_only(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As an ordinary user sees a file of someone else's: `os.access` says no even though a write bit is set."""
    real_access = os.access

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if Path(path) == filled and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert not sqlite_file.writable(filled)
    db = open_database(filled)
    try:
        assert db.read_only
        with pytest.raises(DatabaseReadOnlyError), db.transaction() as session:
            seminars.delete_seminar(session, 1)
    finally:
        db.dispose()
    monkeypatch.undo()
    assert sqlite_file.writable(filled)


def test_a_database_in_a_folder_this_user_may_not_write_is_read_without_companions(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite cannot create the -shm a WAL database needs there, so it must read the file as immutable."""
    real_access = os.access
    folder = filled.parent

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if Path(path) in (filled, folder) and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert sqlite_file.read_only_uri(filled).endswith("?mode=ro&immutable=1")
    companions = sorted(p.name for p in folder.iterdir())
    db = open_database(filled)
    try:
        assert db.read_only
        with db.reading() as session:
            assert [s.title for s in seminars.list_seminars(session)] == ["Методический день"]
        with pytest.raises(DatabaseReadOnlyError), db.transaction() as session:
            seminars.delete_seminar(session, 1)
    finally:
        db.dispose()
    assert sorted(p.name for p in folder.iterdir()) == companions  # no -wal or -shm was made beside it
    # with a -wal beside it someone may be writing: then it is read through SQLite's locks as before
    filled.with_name(filled.name + "-wal").touch()
    assert sqlite_file.read_only_uri(filled).endswith("?mode=ro")


def test_a_read_only_file_of_an_older_revision_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_REV0001, path)
    path.chmod(0o444)
    before = digest(path)
    with pytest.raises(DatabaseFileError, match=r"read-only and was made by an older Kafedra \(schema 0001\)"):
        open_database(path)
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["old.sqlite3"]  # no backup copy, no companions


def kafedra(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(database), *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_cli_reads_a_read_only_database_and_refuses_to_write_it_with_one_line(read_only_file: Path) -> None:
    before = digest(read_only_file)
    listed = kafedra(read_only_file, "seminars")
    assert listed.returncode == 0 and "Методический день" in listed.stdout
    refused = kafedra(read_only_file, "demo")
    assert refused.returncode == 1
    assert refused.stderr == f"kafedra: error: {read_only_file}: the database is read-only; the change was not saved\n"
    assert digest(read_only_file) == before
