"""Inserting many rows at once, inside the caller's transaction, in the way that is fastest on each engine.

Callers give the rows as tuples in the order of the column names they pass; columns they leave out take their
Python-side scalar default (as a Core `insert()` would fill it in) or, failing that, the server's default.

On SQLite the rows go to the driver's `executemany` with one statement written once, so no per-row work is
done in Python besides what the caller did; new ids are given explicitly, counting on from the largest id in
the table. That is safe because an import's transaction holds SQLite's single write lock (BEGIN IMMEDIATE)
before it reads the largest id, and it is the very id SQLite would pick itself for a table without
AUTOINCREMENT. On other engines (PostgreSQL) the rows go through SQLAlchemy Core, ids by multi-row
INSERT ... RETURNING.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Dialect, Table, func, insert, select

from desktop.storage.models.base import Base

Row = Sequence[Any]

_MAX_ROWID = 2**63 - 1


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


@functools.lru_cache(maxsize=64)
def _sqlite_statement(
    table: Table, dialect: Dialect, columns: tuple[str, ...], extra: tuple[str, ...]
) -> tuple[str, tuple[Any, ...]]:
    """The INSERT for `columns` + `extra` + the defaulted columns, and the defaults' values (already bound)."""
    defaulted: list[str] = []
    defaults: list[Any] = []
    given = {*columns, *extra}
    for column in table.columns:
        if column.key in given or column.default is None:
            continue  # no default in Python: the server's default applies, as with Core
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.key}: only scalar Python defaults can be filled in here")
        defaulted.append(column.key)
        defaults.append(_bind(table, dialect, column.key, column.default.arg))  # type: ignore[attr-defined]
    names = (*columns, *extra, *defaulted)
    preparer = dialect.identifier_preparer
    quoted = ", ".join(preparer.quote(table.c[name].name) for name in names)
    placeholders = ", ".join("?" * len(names))
    sql = f"INSERT INTO {preparer.format_table(table)} ({quoted}) VALUES ({placeholders})"  # noqa: S608
    return sql, tuple(defaults)


def _bind(table: Table, dialect: Dialect, name: str, value: Any) -> Any:
    """`value` as the driver is given it for this column (SQLite stores a datetime as SQLAlchemy's text)."""
    if value is None:
        return None
    processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor is not None else value


def _table(entity: type[Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def insert_rows(
    connection: Connection,
    entity: type[Base],
    columns: Sequence[str],
    rows: Sequence[Row],
    constants: Mapping[str, Any] | None = None,
) -> None:
    """Insert `rows` (values of `columns`, plain str/int/None) plus `constants` (the same on every row).

    `constants` may be of any column type (a datetime, a bool): they are converted once for the driver. Values
    in `rows` are passed to the driver as they are, so they must need no conversion (text, integers, None).
    """
    if not rows:
        return
    table = _table(entity)
    constants = dict(constants or {})
    if not _is_sqlite(connection):
        connection.execute(insert(table), [{**dict(zip(columns, row, strict=True)), **constants} for row in rows])
        return
    _sqlite_insert(connection, table, columns, rows, constants, None)


def _sqlite_insert(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Row],
    constants: Mapping[str, Any],
    first_id: int | None,
) -> None:
    """One executemany; each row's parameters are made in one step: its id (numbered on from `first_id`), its
    values, the constants and the defaults."""
    dialect = connection.dialect
    extra = tuple(constants)
    names = ("id", *columns) if first_id is not None else tuple(columns)
    sql, defaults = _sqlite_statement(table, dialect, names, extra)
    tail = tuple(_bind(table, dialect, name, constants[name]) for name in extra) + defaults
    if first_id is not None:
        params = [(row_id, *row, *tail) for row_id, row in enumerate(rows, start=first_id)]
    else:
        params = [(*row, *tail) for row in rows]
    connection.exec_driver_sql(sql, params)


def insert_returning_ids(
    connection: Connection,
    entity: type[Base],
    columns: Sequence[str],
    rows: Sequence[Row],
    keys: Sequence[str],
    constants: Mapping[str, Any] | None = None,
) -> list[int]:
    """Insert as `insert_rows` does and return the new rows' ids, in the order of `rows`.

    `keys` are columns whose values tell the rows apart (used on engines that return ids by RETURNING).
    """
    if not rows:
        return []
    table = _table(entity)
    if _is_sqlite(connection):
        largest = connection.execute(select(func.max(table.c.id))).scalar()
        first = (largest or 0) + 1
        if first + len(rows) <= _MAX_ROWID:
            _sqlite_insert(connection, table, columns, rows, dict(constants or {}), first)
            return list(range(first, first + len(rows)))
    params = [{**dict(zip(columns, row, strict=True)), **(constants or {})} for row in rows]
    return _returning_ids(connection, table, params, keys)


def _returning_ids(
    connection: Connection, table: Table, params: list[dict[str, Any]], keys: Sequence[str]
) -> list[int]:
    """The ids of the inserted rows, in the order of `params`, by multi-row INSERT ... RETURNING.

    Asking RETURNING to keep the order of the parameters (`sort_by_parameter_order`) makes SQLAlchemy send one
    statement per row on SQLite, which has no column that ties a returned row to its parameters. The rows are
    told apart by their keys instead, so they go in multi-row batches and the ids are put back in order by key.
    Rows whose keys repeat take the row-by-row way.
    """
    wanted = [tuple(row[key] for key in keys) for row in params]
    id_column = table.c.id
    if len(set(wanted)) < len(wanted):
        statement = insert(table).returning(id_column, sort_by_parameter_order=True)
        return list(connection.execute(statement, params).scalars())
    returned = connection.execute(insert(table).returning(id_column, *(table.c[key] for key in keys)), params)
    found = {tuple(row[1:]): row[0] for row in returned}
    return [found[key] for key in wanted]
