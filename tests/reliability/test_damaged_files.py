"""Damaged and foreign database files: one clear line, never written; a damaged one can be replaced by its
latest sound automatic backup, and is then kept aside, byte for byte."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.errors import DatabaseFileError
from desktop.domain.records import SeminarData
from desktop.services import backup as backup_service
from desktop.services import seminars
from desktop.storage.database import open_database
from desktop.storage.sqlite_file import DamagedDatabaseError

ROOT = Path(__file__).resolve().parents[2]


def make_database(path: Path, title: str = "Семинар") -> None:
    db = open_database(path)
    with db.transaction() as session:
        seminars.create_seminar(session, SeminarData(title, dt.datetime(2026, 12, 1, 10), dt.datetime(2026, 12, 1, 16)))
    db.dispose()


def page_size(data: bytes) -> int:
    return int.from_bytes(data[16:18], "big")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 300])


def garbage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    size = page_size(data)
    data[size * 2 : size * 5] = bytes((n * 101 + 7) % 256 for n in range(size * 3))
    path.write_bytes(bytes(data))


def garbage_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:100] = bytes(range(84))
    path.write_bytes(bytes(data))


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def text_renamed(path: Path) -> None:
    path.write_text("Фамилия;Имя\nИванова;Анна\n", encoding="utf-8")


def zeros(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))  # what some file systems leave after a crash


def newer_revision(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()


def foreign_database(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.close()


SPOILERS: dict[str, tuple[Callable[[Path], None], str, bool]] = {
    # name: (how the file is spoilt, what the message says, whether it counts as damaged)
    "truncated": (truncated, "the database is damaged", True),
    "garbage-pages": (garbage_pages, "damaged", True),
    "garbage-header": (garbage_header, "damaged", True),
    "zero-bytes": (zero_bytes, "the file is empty (0 bytes)", True),
    "all-zeros": (zeros, "not a SQLite database (wrong file type)", True),
    "text-renamed": (text_renamed, "not a SQLite database (wrong file type)", True),
    "newer-revision": (newer_revision, "made by a newer version of Kafedra (schema 9999)", False),
    "foreign-database": (foreign_database, "a SQLite database of another program", False),
}


@pytest.mark.parametrize("kind", SPOILERS)
def test_a_spoilt_file_is_refused_with_one_line_and_never_written(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "kafedra.sqlite3"
    make_database(path)
    spoil, said, damaged = SPOILERS[kind]
    spoil(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError) as refused:
        open_database(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ") and said in message and "\n" not in message
    assert isinstance(refused.value, DamagedDatabaseError) == damaged
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kafedra.sqlite3"]  # no backup, no -wal, no -shm

    cli = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "seminars"],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert cli.returncode == 1 and cli.stdout == ""
    assert cli.stderr.count("\n") == 1 and cli.stderr.startswith(f"kafedra: error: {path}: ") and said in cli.stderr
    assert path.read_bytes() == before


def test_the_latest_sound_backup_is_chosen_and_a_damaged_copy_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "kafedra.sqlite3"
    make_database(path, "Первый")
    older = backup_service.rotate_backups(path, now=dt.datetime(2026, 11, 1, 9))
    newer = backup_service.rotate_backups(path, now=dt.datetime(2026, 11, 2, 9))
    assert older is not None and newer is not None
    os.utime(older, (1_700_000_000, 1_700_000_000))
    assert backup_service.latest_sound_backup(path) == newer
    garbage_pages(newer)
    assert backup_service.latest_sound_backup(path) == older
    assert backup_service.latest_sound_backup(tmp_path / "other.sqlite3") is None


def test_restoring_over_a_damaged_file_keeps_it_aside_with_its_companions(tmp_path: Path) -> None:
    path = tmp_path / "kafedra.sqlite3"
    make_database(path, "Из копии")
    copy = backup_service.rotate_backups(path)
    assert copy is not None
    garbage_pages(path)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"a stale log of the damaged file")
    damaged = path.read_bytes()

    aside = backup_service.restore_damaged(path, copy, now=dt.datetime(2026, 11, 25, 22, 15))

    assert aside.name == "kafedra.damaged-20261125-2215.sqlite3"
    assert aside.read_bytes() == damaged
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"a stale log of the damaged file"
    assert not wal.exists()
    db = open_database(path)
    with db.reading() as session:
        assert [s.title for s in seminars.list_seminars(session)] == ["Из копии"]
    db.dispose()
    again = backup_service.restore_damaged(path, copy, now=dt.datetime(2026, 11, 25, 22, 15))
    assert again.name == "kafedra.damaged-20261125-2215-2.sqlite3"  # a second rescue never overwrites the first


def test_a_folder_that_refuses_the_restore_gives_one_line_and_moves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kafedra.sqlite3"
    make_database(path)
    copy = backup_service.rotate_backups(path)
    assert copy is not None
    garbage_pages(path)
    damaged = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())

    def refused(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")  # as for a user who may not write the folder (not root)

    monkeypatch.setattr(backup_service.tempfile, "mkstemp", refused)
    with pytest.raises(DatabaseFileError, match=r"cannot restore the backup .*Permission denied.* left as is"):
        backup_service.restore_damaged(path, copy)
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_an_unreadable_backup_folder_offers_no_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kafedra.sqlite3"
    make_database(path)
    assert backup_service.rotate_backups(path) is not None

    def unreadable(_folder: Path) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", unreadable)
    assert backup_service.automatic_backups(path) == []
    assert backup_service.latest_sound_backup(path) is None


def test_a_restore_that_fails_half_way_puts_the_damaged_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kafedra.sqlite3"
    make_database(path)
    copy = backup_service.rotate_backups(path)
    assert copy is not None
    garbage_pages(path)
    damaged = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())
    real_replace = os.replace

    def failing_replace(source: str | Path, target: str | Path) -> None:
        if str(source).endswith(".restoring"):
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(backup_service.os, "replace", failing_replace)
    with pytest.raises(DatabaseFileError, match=r"cannot restore the backup .* the file was left as is"):
        backup_service.restore_damaged(path, copy)
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # nothing moved aside, nothing left over
