"""A department database on a PostgreSQL server: connection URLs, passwords, clear connection errors.

The password is never written into Kafedra's settings. It comes from the URL itself (scripts), from libpq's own
places (the PGPASSWORD variable, ~/.pgpass, a pg_service.conf entry), or from the system keyring, where the
Settings dialog stores it under the service `Kafedra` and an account naming user, host, port and database.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from sqlalchemy import URL, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from desktop.domain.errors import DatabaseFileError
from desktop.storage import migrate

KEYRING_SERVICE = "Kafedra"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def server_url(host: str, port: int, database: str, user: str) -> URL:
    """The URL a user's Settings describe; the password is added when connecting, never stored in it."""
    return URL.create(DRIVER, username=user or None, host=host or None, port=port or None, database=database)


def keyring_account(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database or ''}"


class KeyringUnavailableError(Exception):
    """No usable system keyring (typical on a bare Linux without a desktop session)."""


def _keyring() -> object:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as exc:  # pragma: no cover - a dependency, but stay usable without it
        raise KeyringUnavailableError("the keyring package is not installed") from exc
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailableError("no system keyring is available on this computer")
    return backend


def keyring_status() -> str | None:
    """None when passwords can go into the system keyring, else the reason they cannot."""
    try:
        _keyring()
    except KeyringUnavailableError as exc:
        return str(exc)
    return None


def store_password(url: URL, password: str) -> None:
    """Put the password into the system keyring (an empty one removes it); KeyringUnavailableError if there is none."""
    import keyring.errors

    backend = _keyring()
    try:
        if password:
            backend.set_password(KEYRING_SERVICE, keyring_account(url), password)  # type: ignore[attr-defined]
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                backend.delete_password(KEYRING_SERVICE, keyring_account(url))  # type: ignore[attr-defined]
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(f"the system keyring refused it ({exc})") from exc


def stored_password(url: URL) -> str | None:
    try:
        import keyring.errors

        backend = _keyring()
        value = backend.get_password(KEYRING_SERVICE, keyring_account(url))  # type: ignore[attr-defined]
    except (KeyringUnavailableError, keyring.errors.KeyringError):
        return None
    return str(value) if value else None


def with_password(url: URL) -> URL:
    """A server URL without a password gets the one in the keyring, if any; else libpq looks (PGPASSWORD, .pgpass)."""
    if not is_server(url) or url.password:
        return url
    password = stored_password(url)
    return url.set(password=password) if password else url


def engine_options(url: URL) -> dict[str, object]:
    if url.get_backend_name() == "postgresql" and url.get_driver_name() == "psycopg":
        return {"connect_args": {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Kafedra"}}
    return {}


# libpq's wording of the usual failures, and what a user is told instead
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"password authentication failed for user"), "the server refused the password of user {user}"),
    (
        re.compile(r"no password supplied|password is required"),
        "no password for user {user}; enter it in Settings → Database, or put it in ~/.pgpass or PGPASSWORD",
    ),
    (
        re.compile(r'database "[^"]*" does not exist'),
        "the database {database} does not exist on the server; ask its administrator to create it",
    ),
    (re.compile(r'role "[^"]*" does not exist'), "the server has no user {user}"),
    (
        re.compile(r"failed to resolve host|could not translate host name|Name or service not known"),
        "the server {host} is not known; check its name",
    ),
    (
        re.compile(r"Connection refused|timeout expired|No route to host|Network is unreachable|timed out"),
        "the server {host}:{port} is unreachable; check the address and that PostgreSQL is running there",
    ),
    (
        re.compile(r"permission denied for (schema|database|table|relation)"),
        "user {user} may not create or change the tables; open it once as the database's owner, or ask the"
        " administrator to, so that Kafedra can create or upgrade them",
    ),
    (re.compile(r"no pg_hba.conf entry"), "the server does not accept connections from this computer for {user}"),
)


def _detail(error: BaseException) -> str:
    return " ".join(str(getattr(error, "orig", None) or error).split())


def connection_problem(url: URL, error: BaseException) -> str | None:
    """One short English sentence saying why a server could not be used, when the failure is a usual one."""
    detail = _detail(error)
    parts = {
        "user": url.username or "(none)",
        "database": url.database or "(none)",
        "host": url.host or "localhost",
        "port": str(url.port or DEFAULT_PORT),
    }
    for pattern, reason in _REASONS:
        if pattern.search(detail):
            return reason.format(**parts)
    return None


def connection_error(url: URL, error: BaseException) -> DatabaseFileError:
    where = url.render_as_string(hide_password=True)
    problem = connection_problem(url, error) or f"cannot connect ({_detail(error)})"
    return DatabaseFileError(f"{where}: {problem}")


@dataclass(frozen=True)
class ServerCheck:
    """What «Test connection» found: the server's version and the state of the database."""

    version: str  # e.g. "PostgreSQL 15.18"
    state: str  # one of the states below
    revision: str | None = None  # Kafedra's schema revision, when the database has one


EMPTY, CURRENT, OLDER, NEWER, FOREIGN = "empty", "current", "older", "newer", "foreign"


def check_server(url: URL) -> ServerCheck:
    """Connect once and look; raises DatabaseFileError with a clear sentence when the server cannot be used."""
    engine = create_engine(with_password(url), poolclass=NullPool, **engine_options(url))
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar())
            inspector = inspect(connection)
            revision: str | None = None
            if inspector.has_table("alembic_version"):
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                state = (
                    CURRENT
                    if revision == migrate.head_revision()
                    else OLDER
                    if revision in migrate.known_revisions()
                    else NEWER
                )
            else:
                state = FOREIGN if inspector.get_table_names() else EMPTY
    except DBAPIError as exc:
        raise connection_error(url, exc) from exc
    finally:
        engine.dispose()
    return ServerCheck(f"PostgreSQL {version.split(maxsplit=1)[0]}", state, revision)
