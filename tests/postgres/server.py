"""Throw-away PostgreSQL databases for the tests, on the server named by KAFEDRA_TEST_POSTGRES_URL.

The URL needs a role that may create databases. The schema is migrated once per session into a template; each
test gets a fresh copy of it (CREATE DATABASE … TEMPLATE takes about a tenth of a second) that is dropped after.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import time

from sqlalchemy import URL, Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from desktop.storage.database import open_database

ENV = "KAFEDRA_TEST_POSTGRES_URL"
DROP_ATTEMPTS = 5


def configured_url() -> URL | None:
    value = os.environ.get(ENV, "").strip()
    return make_url(value) if value else None


class Server:
    """Creates and drops the databases of one test session; names carry the process id, so runs never clash."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self._counter = itertools.count(1)
        self._leftovers: list[URL] = []
        self._prefix = f"kafedra_test_{os.getpid()}"
        self.template = f"{self._prefix}_template"
        self._execute(f"DROP DATABASE IF EXISTS {self.template}")
        self._execute(f"CREATE DATABASE {self.template} TEMPLATE template0 ENCODING 'UTF8'")
        open_database(connection_string(self.url_of(self.template))).dispose()

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def url_of(self, name: str) -> URL:
        return self.url.set(database=name)

    def new_database(self, *, migrated: bool = True) -> URL:
        """A fresh database: a copy of the migrated template, or an empty one."""
        name = f"{self._prefix}_{next(self._counter)}"
        source = self.template if migrated else "template0"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {source} ENCODING 'UTF8'")
        return self.url_of(name)

    def drop(self, url: URL) -> None:
        """Drop a test database; one the server's own autovacuum is visiting is tried again, then left to close()."""
        for attempt in range(DROP_ATTEMPTS):
            try:
                self._execute(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")
                return
            except DBAPIError:
                time.sleep(0.1 * (attempt + 1))
        self._leftovers.append(url)

    def close(self) -> None:
        for url in [*self._leftovers, self.url_of(self.template)]:
            with contextlib.suppress(DBAPIError):
                self._execute(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")
        self._admin.dispose()


def connection_string(url: URL) -> str:
    return url.render_as_string(hide_password=False)
