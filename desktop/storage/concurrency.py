"""Who wrote a row, and which of its versions this process wrote itself.

Every edited table carries `version` (bumped by SQLAlchemy on each UPDATE), `updated_at` (UTC) and
`updated_by`. `Database.transaction()` puts the writer's name and the process's `OwnVersions` in
`session.info`; the flush listener below stamps the rows and, after a commit, remembers which versions this
`Database` wrote. A service asked to check the version a user saw then tells another writer's change (a
conflict) from the window's own earlier edits, which are not.

Errors of the driver that a user can act on become `KafedraError`s here, at the one place where a
transaction begins and commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, DatabaseBusyError, KafedraError
from desktop.storage.models.base import Versioned

USER_KEY = "user"
OWN_KEY = "own_versions"
_PENDING_KEY = "pending_versions"
_WRITTEN_KEY = "written_rows"

OwnVersions = set[tuple[str, int, int]]  # (table, id, version) committed by this Database

BUSY_MESSAGE = "The database is busy: another Kafedra window or command is writing to it. Try again in a moment."
STALE_MESSAGE = "Someone else saved a change to the same record at the same moment; reload to see it."


def os_user() -> str:
    """The login name of whoever runs this process; empty when the system cannot tell."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def own_versions(session: Session) -> OwnVersions:
    found = session.info.get(OWN_KEY)
    return found if isinstance(found, set) else set()


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    user = session.info.get(USER_KEY) or None
    now = utc_now()
    written: list[Versioned] = []
    for row in session.new:
        if isinstance(row, Versioned):
            row.updated_by, row.updated_at = user, now
            written.append(row)
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row, include_collections=False):
            row.updated_by, row.updated_at = user, now
            written.append(row)
    session.info[_WRITTEN_KEY] = written


@event.listens_for(Session, "after_flush_postexec")
def _remember(session: Session, _context: Any) -> None:
    pending = session.info.setdefault(_PENDING_KEY, set())
    for row in session.info.pop(_WRITTEN_KEY, []):
        state_id = getattr(row, "id", None)
        if isinstance(state_id, int):
            pending.add((row.__tablename__, state_id, row.version))


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    pending = session.info.pop(_PENDING_KEY, set())
    own = session.info.get(OWN_KEY)
    if isinstance(own, set):
        own.update(pending)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)
    session.info.pop(_WRITTEN_KEY, None)


CONNECTION_LOST = (
    "The connection to the database server was lost, so this change was not saved; check the network and try again"
)
TOO_LONG = "The database server refused a value ({detail}); nothing was saved"


def _lost_a_race(error: OperationalError) -> bool:
    """PostgreSQL's deadlock or serialization failure: the transaction was rolled back and may simply be retried."""
    return getattr(error.orig, "sqlstate", None) in ("40001", "40P01")


def _server_gone(error: OperationalError) -> bool:
    """psycopg's word for a connection that broke while in use (server restarted, network cut)."""
    text = str(error.orig).lower()
    return "server closed the connection" in text or "connection is closed" in text or "consuming input failed" in text


def is_busy(error: OperationalError) -> bool:
    """SQLite's «database is locked» after the busy timeout (another process holds the write lock)."""
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn a lock held past the busy timeout, and a lost race of two savers, into one-sentence errors."""
    try:
        yield
    except OperationalError as exc:
        if is_busy(exc) or _lost_a_race(exc):
            raise DatabaseBusyError(BUSY_MESSAGE) from exc
        if exc.connection_invalidated or _server_gone(exc):
            raise KafedraError(CONNECTION_LOST) from exc
        raise
    except DataError as exc:  # a server checks lengths and ranges that SQLite lets through
        raise KafedraError(TOO_LONG.format(detail=" ".join(str(exc.orig).split()[:12]))) from exc
    except StaleDataError as exc:
        raise ConflictError(STALE_MESSAGE) from exc
