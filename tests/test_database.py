"""Opening databases: new files, pragmas, upgrades with a backup, and files that must be refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.domain.errors import DatabaseFileError
from desktop.services import people, seminars
from desktop.storage import migrate
from desktop.storage.database import open_database
from desktop.storage.models import Certificate, Participation, Person, PersonNameForm, Seminar, Talk

FIXTURE_REV0001 = Path(__file__).parent / "fixtures" / "kafedra-rev0001.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        value: str = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    return value


def test_new_file_is_created_at_head_with_the_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    with db.engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
        }
    db.dispose()
    assert pragmas == {"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": 5000, "synchronous": 1}
    assert revision_of(path) == migrate.head_revision()
    assert db.backup_path is None


def test_missing_folder_is_an_error_unless_asked_to_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="does not exist"):
        open_database(tmp_path / "no" / "such" / "k.sqlite3")
    db = open_database(tmp_path / "made" / "k.sqlite3", create_folder=True)
    db.dispose()
    assert (tmp_path / "made" / "k.sqlite3").exists()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fk.sqlite3")
    with pytest.raises(Exception, match="FOREIGN KEY"), db.transaction() as session:
        session.execute(text("INSERT INTO person_name_forms (person_id, language, dative) VALUES (999, 'ru', 'x')"))
    db.dispose()


def test_reopening_a_current_file_writes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    open_database(path).dispose()
    again = open_database(path)
    again.dispose()
    assert again.backup_path is None
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_older_revision_is_backed_up_then_upgraded_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE_REV0001, path)
    db = open_database(path)
    try:
        assert db.backup_path is not None and db.backup_path.parent == tmp_path
        assert "rev0001" in db.backup_path.name
        with sqlite3.connect(db.backup_path) as copy:
            assert copy.execute("SELECT count(*) FROM people").fetchone()[0] == 2
        copy.close()
        assert revision_of(path) == migrate.head_revision()
        with db.transaction() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 2
            assert session.scalar(select(func.count()).select_from(Talk)) == 2
            assert session.scalar(select(func.count()).select_from(Participation)) == 2
            assert session.scalar(select(PersonNameForm.dative)) == "Соловьёвой Алёне Петровне"
            seminar = session.scalars(select(Seminar)).one()
            assert seminar.title == "Методический день «Библиотека и семья»"
            # the new columns and tables of revision 0002 work on the upgraded rows
            assert session.scalar(select(func.count()).select_from(Certificate)) == 0
            assert [p.full_name for p in people.search_people(session, "соловьева")] == ["Соловьёва Алёна Петровна"]
            summary = seminars.list_seminars(session)[0]
            assert (summary.talk_count, summary.participant_count) == (1, 2)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()
    assert revision_of(db.backup_path) == "0001"


def write_text_file(path: Path) -> None:
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")


def make_demo_like(path: Path) -> None:
    db = open_database(path)
    with db.transaction() as session:
        for n in range(300):
            people.add_person(session, people.PersonData(surname=f"Петрова-Водкина {n}", given_name="Анна"))
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def damage(kind: str, path: Path, good: Path) -> None:
    if kind == "text file":
        write_text_file(path)
    elif kind == "zero bytes":
        path.write_bytes(b"")
    elif kind == "header only":
        path.write_bytes(b"SQLite format 3\x00")
    elif kind == "truncated":
        path.write_bytes(good.read_bytes()[:8192])
    elif kind == "garbage pages":
        data = bytearray(good.read_bytes())
        for offset in range(4096, len(data), 8192):
            data[offset : offset + 512] = bytes((offset * 7 + i) % 251 for i in range(512))
        path.write_bytes(bytes(data))
    elif kind == "newer version":
        shutil.copy(good, path)
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        connection.close()
    elif kind == "foreign sqlite":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            connection.execute("INSERT INTO notes (body) VALUES ('не наша база')")
        connection.close()
    elif kind == "folder":
        path.mkdir()


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("text file", "not a SQLite database"),
        ("zero bytes", "empty"),
        ("header only", "damaged"),
        ("truncated", "damaged"),
        ("garbage pages", "damaged"),
        ("newer version", "newer version of Kafedra"),
        ("foreign sqlite", "another program"),
        ("folder", "folder"),
    ],
)
def test_unusable_files_are_refused_with_one_line_and_left_untouched(tmp_path: Path, kind: str, message: str) -> None:
    good = tmp_path / "good.sqlite3"
    make_demo_like(good)
    path = tmp_path / f"{kind.replace(' ', '-')}.sqlite3"
    damage(kind, path, good)
    before = digest(path) if path.is_file() else None
    siblings_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    text_of_error = str(caught.value)
    assert message in text_of_error
    assert str(path) in text_of_error
    assert "\n" not in text_of_error
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings_before  # no backup, no -wal left behind


def test_sqlite_url_and_path_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    db = open_database(f"sqlite:///{path}")
    assert db.path == path.resolve()
    db.dispose()
    assert revision_of(path) == migrate.head_revision()
