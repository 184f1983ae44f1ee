"""Opening a database: validate, back up, migrate, then hand out sessions.

`open_database` is the only way the application gets an engine. A SQLite file is checked before anything
writes to it; a newer, foreign or damaged file raises `DatabaseFileError` and stays byte-for-byte the same.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desktop.domain.errors import DatabaseFileError
from desktop.storage import concurrency, migrate, postgres, sqlite_file
from desktop.storage import keys as _keys  # noqa: F401  (registers the key listeners)
from desktop.storage.write_errors import write_errors

BUSY_TIMEOUT_MS = 5000
MIGRATION_LOCK = 0x4B414600  # the advisory lock a server database is upgraded under
WRITE_LOCK_OPTION = "kafedra_write_lock"


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None  # the SQLite file, None for a server database
    backup_path: Path | None = None  # written before an upgrade of an older file
    read_only: bool = False  # a SQLite file opened for reading only: every write is refused with a message
    user: str = field(default_factory=concurrency.os_user)  # stamped as `updated_by` on the rows written
    own_versions: concurrency.OwnVersions = field(default_factory=set)  # row versions this object committed

    @property
    def label(self) -> str:
        """What to show a user: the file path, or the URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit when the block ends, roll everything back on any error.

        On SQLite the transaction takes the write lock at its start (BEGIN IMMEDIATE): a second writer then
        waits for the busy timeout instead of failing half-way when it upgrades a read lock, and two processes
        numbering certificates queue up rather than collide. Readers are never blocked (WAL).
        """
        with write_errors(self.label), concurrency.user_errors(), self.sessions() as session, session.begin():
            session.info.update({concurrency.USER_KEY: self.user, concurrency.OWN_KEY: self.own_versions})
            session.connection(execution_options={WRITE_LOCK_OPTION: True})
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot that takes no write lock; anything written in it is rolled back.

        On a server the transaction is REPEATABLE READ, so every query of it sees the same moment, as SQLite's
        read transaction does (PostgreSQL's default would give each statement the latest commits).
        """
        with self.sessions() as session, session.begin():
            if self.path is None and postgres.is_server(self.url):
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def _install_sqlite_pragmas(engine: Engine, *, foreign_keys: bool, wal: bool = True) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling skips BEGIN before DDL; take it over so a migration is atomic
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if wal:  # the migration leaves the journal mode alone: a failed upgrade then leaves the file byte-equal
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_LOCK_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(
    url: URL, *, foreign_keys: bool = True, pooled: bool = True, wal: bool = True, read_only: Path | None = None
) -> Engine:
    if read_only is not None:  # `mode=ro` through a URI of our own: any path, whatever characters it has
        uri = sqlite_file.read_only_uri(read_only)
        engine = create_engine(
            url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False), poolclass=NullPool
        )
        _install_sqlite_pragmas(engine, foreign_keys=foreign_keys, wal=False)
        return engine
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, poolclass=None if pooled else NullPool)
        _install_sqlite_pragmas(engine, foreign_keys=foreign_keys, wal=wal)
        return engine
    return create_engine(url, pool_pre_ping=True, **postgres.engine_options(url))


SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")


def parse_target(target: str | Path) -> tuple[URL, Path | None]:
    """A plain path means a SQLite file; anything with `://` is a SQLAlchemy URL."""
    if isinstance(target, Path) or "://" not in target:
        path = Path(target).expanduser().resolve()
        return URL.create("sqlite+pysqlite", database=str(path)), path
    try:
        url = make_url(target)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise DatabaseFileError(f"{target}: not a database path or URL") from exc
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        # what a server's administrator usually hands out; Kafedra ships psycopg 3 only
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql") or url.drivername not in SUPPORTED_DRIVERS:
        raise DatabaseFileError(
            f"{url.render_as_string(hide_password=True)}: Kafedra works with a SQLite file or a PostgreSQL server"
            " (postgresql://USER@HOST:PORT/DATABASE)"
        )
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database).expanduser().resolve()
        return url.set(database=str(path)), path
    return url, None


def open_database(target: str | Path, *, create_folder: bool = False) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL."""
    url, path = parse_target(target)
    where = str(path) if path else url.render_as_string(hide_password=True)
    backup_path: Path | None = None
    needs_upgrade = True
    if path is not None:
        needs_upgrade, backup_path = _prepare_sqlite_file(path, create_folder=create_folder)
    else:
        url = postgres.with_password(url)  # from the keyring, unless the URL has one (libpq also reads .pgpass)
        needs_upgrade = _check_server_revision(url, where)
    if needs_upgrade:
        _migrate(url, where, backup_path)
    read_only = path is not None and not sqlite_file.writable(path)
    engine = _make_engine(url, read_only=path if read_only else None)
    return Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        path=path,
        backup_path=backup_path,
        read_only=read_only,
    )


def _prepare_sqlite_file(path: Path, *, create_folder: bool) -> tuple[bool, Path | None]:
    """Validate the file; return whether it needs creating or upgrading, and the backup written first."""
    if not path.exists():
        if not path.parent.exists():
            if not create_folder:
                raise DatabaseFileError(f"{path}: the folder {path.parent} does not exist")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseFileError(f"{path}: cannot create the folder {path.parent} ({exc.strerror})") from exc
        return True, None
    sqlite_file.check_header(path)
    revision, has_tables = sqlite_file.read_revision(path)
    if not has_tables:
        return True, None
    _refuse_unknown(revision, str(path))
    if revision == migrate.head_revision():
        return False, None
    if not sqlite_file.writable(path):
        raise DatabaseFileError(
            f"{path}: the file is read-only and was made by an older Kafedra (schema {revision}), so it cannot"
            " be upgraded; make it writable, or open a copy; it was left as is"
        )
    return True, sqlite_file.backup_copy(path, f"rev{revision}")


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is None:
        raise DatabaseFileError(f"{where}: the database has no schema revision; it was left as is")
    if revision not in migrate.known_revisions():
        raise DatabaseFileError(
            f"{where}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to"
            " open it; the file was left as is"
        )


def _check_server_revision(url: URL, where: str) -> bool:
    """Refuse a server database of another program or of a newer Kafedra; return whether it needs migrating."""
    engine = _make_engine(url, pooled=False)
    try:
        with engine.connect() as connection:
            if inspect(connection).has_table("alembic_version"):
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                _refuse_unknown(revision, where)
                return revision != migrate.head_revision()
            if inspect(connection).get_table_names():
                raise DatabaseFileError(f"{where}: a database of another program, not of Kafedra")
            return True
    except DBAPIError as exc:
        raise postgres.connection_error(url, exc) from exc
    finally:
        engine.dispose()


def _migrate(url: URL, where: str, backup_path: Path | None) -> None:
    # foreign keys off while tables are rebuilt: a batch DROP TABLE would otherwise cascade deletes
    engine = _make_engine(url, foreign_keys=False, pooled=False, wal=False)
    try:
        with engine.begin() as connection:
            if postgres.is_server(url):  # two users opening an older server database: one upgrades, one waits
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            migrate.upgrade_to_head(connection, where)
    except DatabaseFileError:
        raise
    except SQLAlchemyError as exc:
        kept = f"; a copy made before the upgrade is at {backup_path}" if backup_path else ""
        reason: object = exc.orig if isinstance(exc, DBAPIError) else exc
        if postgres.is_server(url):
            reason = postgres.connection_problem(url, exc) or reason
        raise DatabaseFileError(f"{where}: cannot prepare the database ({reason}){kept}") from exc
    finally:
        engine.dispose()
