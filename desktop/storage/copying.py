"""Copying a whole database to another one, between SQLite files and PostgreSQL servers, ids and all.

A department that moves from one PC's file to a server (and back) keeps every row with its id, so exchange files,
certificate numbers and links stay valid. The source is read in one snapshot; the target is written in one
transaction that also counts every table against the source before it commits: a copy is complete or absent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.domain.errors import DatabaseFileError
from desktop.storage.database import Database, open_database, parse_target
from desktop.storage.models import Base

CHUNK = 1000


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: tuple[TableCopy, ...]
    replaced: int  # rows that were in the target before and were deleted (only with replace=True)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


Progress = Callable[[str, int], None]  # table name, rows copied so far


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def _counts(session: Session) -> dict[str, int]:
    return {t.name: int(session.execute(select(func.count()).select_from(t)).scalar_one()) for t in _tables()}


def copy_database(source: str, target: str, *, replace: bool = False, progress: Progress | None = None) -> CopyReport:
    """Copy every table of `source` into `target` (paths or URLs); refuse a target holding data unless `replace`."""
    _url, source_path = parse_target(source)
    if source_path is not None and not source_path.is_file():
        raise DatabaseFileError(f"{source_path}: no such database file")
    _url, target_path = parse_target(target)
    new_file = target_path is not None and not target_path.exists()
    if target_path is not None and target_path == source_path:
        raise DatabaseFileError(f"{target_path}: the source and the target are the same database")
    source_db = open_database(source)
    try:
        target_db = open_database(target)
    except BaseException:
        source_db.dispose()
        raise
    done = False
    try:
        if _same(source_db, target_db):
            raise DatabaseFileError(f"{target_db.label}: the source and the target are the same database")
        report = _copy(source_db, target_db, replace=replace, progress=progress)
        done = True
        return report
    finally:
        source_db.dispose()
        target_db.dispose()
        if new_file and not done and target_path is not None:  # a file this copy created stays only when whole
            for leftover in (target_path, *(target_path.with_name(target_path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)


def _same(a: Database, b: Database) -> bool:
    if a.path is not None or b.path is not None:
        return a.path == b.path
    return a.url.render_as_string(hide_password=True) == b.url.render_as_string(hide_password=True)


def _copy(source_db: Database, target_db: Database, *, replace: bool, progress: Progress | None) -> CopyReport:
    with source_db.reading() as reader, target_db.transaction() as writer:
        before = _counts(writer)
        present = sum(before.values())
        if present and not replace:
            raise DatabaseFileError(
                f"{target_db.label}: the target already holds {present} rows ({before['seminars']} seminars,"
                f" {before['people']} people); copy into an empty database, or give --replace to delete them first"
            )
        connection = writer.connection()
        if present:
            for table in reversed(_tables()):
                connection.execute(delete(table))
        expected = _counts(reader)
        copied = []
        for table in _tables():
            rows = _copy_table(reader.connection(), connection, table, progress)
            copied.append(TableCopy(table.name, rows))
        if connection.dialect.name == "postgresql":
            _advance_sequences(connection)
        after = _counts(writer)
        wrong = [f"{t}: {after[t]} of {n}" for t, n in expected.items() if after[t] != n]
        if wrong:
            raise DatabaseFileError(
                f"{target_db.label}: the copy does not match the source ({'; '.join(wrong)}); nothing was written"
            )
    return CopyReport(source_db.label, target_db.label, tuple(copied), present)


def _copy_table(reader: Connection, writer: Connection, table: Table, progress: Progress | None) -> int:
    statement = select(table).order_by(*table.primary_key.columns)
    result = reader.execution_options(yield_per=CHUNK).execute(statement).mappings()
    done = 0
    for chunk in result.partitions(CHUNK):
        # Core inserts: no mapper events, so the derived key columns are copied as they are, not recomputed
        writer.execute(insert(table), [dict(row) for row in chunk])
        done += len(chunk)
        if progress is not None:
            progress(table.name, done)
    return done


def _advance_sequences(connection: Connection) -> None:
    """Rows came with their ids: move each id sequence past the largest, so the next insert gets a new one."""
    for table in _tables():
        columns = [c for c in table.primary_key.columns if c.autoincrement is True or c.name == "id"]
        if len(table.primary_key.columns) != 1 or not columns:
            continue
        column = columns[0].name
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": column}
        ).scalar()
        if sequence is None:
            continue
        largest = connection.execute(select(func.max(table.c[column]))).scalar()
        connection.execute(
            text("SELECT setval(:sequence, :next, false)"), {"sequence": sequence, "next": int(largest or 0) + 1}
        )
