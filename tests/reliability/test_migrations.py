"""Migrations: a database of every released schema revision upgrades to head with every row intact, and a
failed upgrade leaves the file byte-for-byte as it was, with the copy made before the upgrade beside it.

The fixtures are `tests/fixtures/kafedra-revNNNN.sqlite3` (each made by its `make_revNNNN.py`); a new
revision's fixture is picked up without changing this file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from desktop.domain.errors import DatabaseFileError
from desktop.storage import migrate
from desktop.storage.database import open_database

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("kafedra-rev*.sqlite3"))

Rows = dict[str, list[dict[str, Any]]]


def all_rows(path: Path) -> Rows:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
            for table in tables
            if table != "alembic_version"
        }
    finally:
        connection.close()


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def lost_values(before: Rows, after: Rows) -> list[str]:
    """Every row of every table of `before`, with every column it had, must still be in `after`."""
    lost = []
    for table, rows in before.items():
        if table not in after:
            lost.append(f"table {table} is gone")
            continue
        kept = after[table]
        if len(kept) != len(rows):
            lost.append(f"{table}: {len(rows)} rows became {len(kept)}")
            continue
        for old, new in zip(rows, kept, strict=True):
            changed = {column: (value, new.get(column)) for column, value in old.items() if new.get(column) != value}
            if changed:
                lost.append(f"{table}: {changed}")
    return lost


def test_there_is_a_fixture_for_every_released_revision_but_head() -> None:
    revisions = {revision_of(path) for path in FIXTURES}
    assert {"0001", "0002"} <= revisions
    assert migrate.head_revision() not in revisions or len(migrate.known_revisions()) == len(revisions)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_revision_upgrades_to_head_with_every_row(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "kafedra.sqlite3"
    shutil.copyfile(fixture, path)
    before = all_rows(fixture)
    if revision_of(fixture) >= "0002":  # from 0002 on the fixtures fill every table
        assert all(before.values()), f"empty tables: {[t for t, rows in before.items() if not rows]}"
    revision = revision_of(fixture)

    db = open_database(path)
    db.dispose()

    assert revision_of(path) == migrate.head_revision()
    assert lost_values(before, all_rows(path)) == []
    assert db.backup_path is not None and f"rev{revision}" in db.backup_path.name
    assert all_rows(db.backup_path) == before  # the copy beside it is the database as it was
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_failed_upgrade_leaves_the_file_as_it_was(
    fixture: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every step runs, then one more fails: the whole upgrade is rolled back, nothing of it reaches the file."""
    path = tmp_path / "kafedra.sqlite3"
    shutil.copyfile(fixture, path)
    original = path.read_bytes()
    real_upgrade = migrate.upgrade_to_head

    def failing_upgrade(connection: Connection, where: str) -> None:
        real_upgrade(connection, where)
        connection.exec_driver_sql("INSERT INTO organisations (id) VALUES (NULL)")  # breaks NOT NULL: fails
        raise AssertionError("the injected step should have failed")

    monkeypatch.setattr(migrate, "upgrade_to_head", failing_upgrade)
    with pytest.raises(DatabaseFileError) as refused:
        open_database(path)

    message = str(refused.value)
    assert "cannot prepare the database" in message and "a copy made before the upgrade is at" in message
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kafedra.sqlite3")) == ["kafedra.sqlite3"]
    backup = Path(message.rsplit(" is at ", 1)[1])
    assert all_rows(backup) == all_rows(path)

    monkeypatch.setattr(migrate, "upgrade_to_head", real_upgrade)  # the next start, without the fault, upgrades
    open_database(path).dispose()
    assert revision_of(path) == migrate.head_revision()


def test_a_failure_inside_a_migration_step_is_rolled_back_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fault strikes inside revision 0002's own batch step, after its new tables were created."""
    from alembic.operations import BatchOperations

    path = tmp_path / "kafedra.sqlite3"
    shutil.copyfile(FIXTURES[0], path)
    original = path.read_bytes()

    def add_column(_self: BatchOperations, *_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("ALTER TABLE", {}, sqlite3.OperationalError("disk I/O error (injected)"))

    monkeypatch.setattr(BatchOperations, "add_column", add_column)
    with pytest.raises(DatabaseFileError, match="disk I/O error"):
        open_database(path)
    assert path.read_bytes() == original
