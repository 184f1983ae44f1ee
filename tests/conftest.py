"""Shared fixtures: every test that needs storage gets a real, migrated database.

On SQLite that is a file in a temporary folder. When KAFEDRA_TEST_POSTGRES_URL names a PostgreSQL server (a role
that may create databases), the tests of storage, services and the command line that use the `db` fixture run
a second time on a fresh PostgreSQL database (`[postgresql]` in the test id); window and document tests, and the
modules in SQLITE_ONLY that test the file itself, stay on SQLite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL
from sqlalchemy.orm import Session

from desktop.domain.records import OrganisationData, PersonData, SeminarData
from desktop.services import organisations, people, seminars
from desktop.storage.database import Database, open_database
from tests.postgres.server import Server, configured_url

ENGINES = ["sqlite", "postgresql"] if configured_url() else ["sqlite"]
# folders and modules whose tests are about SQLite files or are too slow to run twice
SQLITE_ONLY_FOLDERS = {"gui", "documents"}
SQLITE_ONLY = {"test_backup", "test_database", "test_bundle"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames or len(ENGINES) == 1:
        return
    path = Path(str(metafunc.definition.path))
    both = path.parent.name not in SQLITE_ONLY_FOLDERS and path.stem not in SQLITE_ONLY
    metafunc.parametrize("db_engine", ENGINES if both else ["sqlite"])


@pytest.fixture
def db_engine() -> str:
    """Which engine the `db` fixture opens; parametrised by pytest_generate_tests when a server is configured."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    url = configured_url()
    if url is None:
        pytest.skip("KAFEDRA_TEST_POSTGRES_URL is not set")
    server = Server(url)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: Server) -> Iterator[URL]:
    """A fresh, migrated PostgreSQL database, dropped after the test."""
    url = pg_server.new_database()
    yield url
    pg_server.drop(url)


@pytest.fixture
def db_target(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """What `--db` gets: a SQLite file path, or the URL of a fresh PostgreSQL database."""
    if db_engine == "postgresql":
        url: URL = request.getfixturevalue("pg_url")
        return url.render_as_string(hide_password=False)
    return str(tmp_path / "kafedra.sqlite3")


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """One open transaction, committed at the end like a user action."""
    with db.transaction() as s:
        yield s


@pytest.fixture
def seminar_id(session: Session) -> int:
    organiser = organisations.find_or_create_organisation(
        session,
        OrganisationData("КГБУ «Краевая детская библиотека им. А. Гайдара»", "КДБ", "Пермь", "Пермский край"),
    )
    return seminars.create_seminar(
        session,
        SeminarData(
            title="Библиотека-онлайн: новые форматы",
            starts_at=dt.datetime(2026, 11, 24, 10, 0),
            ends_at=dt.datetime(2026, 11, 24, 16, 0),
            organiser_id=organiser,
        ),
    )


def add_person(session: Session, surname: str, given: str, patronymic: str = "", **extra: object) -> int:
    person_id, _ = people.find_or_create_person(
        session,
        PersonData(surname=surname, given_name=given, patronymic=patronymic, **extra),  # type: ignore[arg-type]
    )
    return person_id
