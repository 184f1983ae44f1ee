"""Backups and restores of a database another connection has open; refusals; rotating copies; the CLI."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import DatabaseFileError
from desktop.domain.records import SeminarData
from desktop.services import seminars
from desktop.services.backup import backup_database, restore_database, rotate_backups
from desktop.storage import migrate
from desktop.storage.database import Database, open_database
from desktop.storage.models import Seminar

FIXTURE_REV0001 = Path(__file__).parent / "fixtures" / "kafedra-rev0001.sqlite3"


def _titles(db: Database) -> list[str]:
    with db.transaction() as session:
        return sorted(session.scalars(select(Seminar.title)))


def _add(db: Database, title: str) -> int:
    with db.transaction() as session:
        return seminars.create_seminar(
            session, SeminarData(title, dt.datetime(2026, 5, 1, 10), dt.datetime(2026, 5, 1, 12))
        )


def test_round_trip_while_the_database_is_open(tmp_path: Path) -> None:
    live = open_database(tmp_path / "kafedra.sqlite3")  # the desktop app, still running
    try:
        _add(live, "Весенний семинар")  # committed, still in the WAL: the copy must include it
        assert (tmp_path / "kafedra.sqlite3-wal").stat().st_size > 0
        backup = backup_database(tmp_path / "kafedra.sqlite3", tmp_path / "copy.sqlite3")
        with sqlite3.connect(backup) as check:
            assert check.execute("SELECT title FROM seminars").fetchall() == [("Весенний семинар",)]
        check.close()

        with live.transaction() as session:
            session.query(Seminar).delete()
        _add(live, "Осенний семинар")
        result = restore_database(backup, tmp_path / "kafedra.sqlite3")
        # the open app sees the restored data on its next query, through its own connections
        assert _titles(live) == ["Весенний семинар"]
        assert result.kept_aside is not None and result.kept_aside.name.startswith("kafedra.before-restore-")
        aside = open_database(result.kept_aside)
        assert _titles(aside) == ["Осенний семинар"]  # nothing was overwritten blindly
        aside.dispose()
        _add(live, "После восстановления")  # and it can keep writing
        assert _titles(live) == ["Весенний семинар", "После восстановления"]
    finally:
        live.dispose()
    with sqlite3.connect(tmp_path / "kafedra.sqlite3") as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_backup_refuses_to_write_over_the_database(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kafedra.sqlite3")
    db.dispose()
    for target in ("kafedra.sqlite3", "kafedra.sqlite3-wal", "./kafedra.sqlite3"):
        with pytest.raises(DatabaseFileError, match="that is the database itself"):
            backup_database(tmp_path / "kafedra.sqlite3", tmp_path / target)
    with pytest.raises(DatabaseFileError, match="does not exist"):
        backup_database(tmp_path / "kafedra.sqlite3", tmp_path / "no" / "copy.sqlite3")


def _foreign(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    return path


def _newer(path: Path, source: Path) -> Path:
    shutil.copy(source, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    return path


def test_restore_refuses_what_is_not_a_known_kafedra_database(tmp_path: Path) -> None:
    database = tmp_path / "kafedra.sqlite3"
    db = open_database(database)
    _add(db, "Семинар")
    db.dispose()
    before = database.read_bytes()
    (tmp_path / "text.sqlite3").write_text("not a database")
    cases = {
        _foreign(tmp_path / "foreign.sqlite3"): "another program",
        _newer(tmp_path / "newer.sqlite3", database): "newer version of Kafedra",
        tmp_path / "text.sqlite3": "not a SQLite database",
        database: "that is the database itself",
    }
    for source, message in cases.items():
        with pytest.raises(DatabaseFileError, match=message):
            restore_database(source, database)
    assert database.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_restore_of_an_older_revision_upgrades_it(tmp_path: Path) -> None:
    database = tmp_path / "kafedra.sqlite3"
    open_database(database).dispose()
    result = restore_database(FIXTURE_REV0001, database)
    assert result.revision == "0001"
    with sqlite3.connect(database) as check:
        assert check.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head_revision(),)
        assert check.execute("SELECT count(*) FROM people").fetchone() == (2,)
    check.close()


def test_restore_into_a_missing_file_and_over_a_damaged_one(tmp_path: Path) -> None:
    result = restore_database(FIXTURE_REV0001, tmp_path / "new.sqlite3")
    assert result.kept_aside is None
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    result = restore_database(FIXTURE_REV0001, damaged)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 50
    db = open_database(damaged)
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Seminar)) == 1
    db.dispose()


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    database = tmp_path / "kafedra.sqlite3"
    assert rotate_backups(database, keep=3) is None  # no database yet, nothing to keep
    open_database(database).dispose()
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "mine.sqlite3").write_text("a file of the user's: never deleted")
    made = []
    for day in range(1, 6):
        copy = rotate_backups(database, keep=3, now=dt.datetime(2026, 3, day, 9, 0))
        assert copy is not None
        os.utime(copy, (day * 1000, day * 1000))
        made.append(copy.name)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*made[-3:], "mine.sqlite3"])


def kafedra(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    database = tmp_path / "kafedra.sqlite3"
    db = open_database(database)
    _add(db, "Семинар")
    db.dispose()
    backup = kafedra("--db", str(database), "backup", "-o", str(tmp_path / "copy.sqlite3"))
    assert backup.returncode == 0 and "backup written to" in backup.stdout
    itself = kafedra("--db", str(database), "backup", "-o", str(database))
    assert itself.returncode == 1 and itself.stderr.startswith("kafedra: error: ") and itself.stderr.count("\n") == 1
    restore = kafedra("--db", str(database), "restore", str(tmp_path / "copy.sqlite3"))
    assert restore.returncode == 0, restore.stderr
    assert "the previous database is kept at" in restore.stdout
    foreign = kafedra("--db", str(database), "restore", str(_foreign(tmp_path / "foreign.sqlite3")))
    assert foreign.returncode == 1 and "another program" in foreign.stderr and "Traceback" not in foreign.stderr
    missing = kafedra("--db", str(database), "restore", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 1 and "no such file" in missing.stderr
    usage = kafedra("--db", str(database), "backup")
    assert usage.returncode == 2
