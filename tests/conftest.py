"""Shared fixtures: every test that needs storage gets a real, migrated SQLite file in a temporary folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.domain.records import OrganisationData, PersonData, SeminarData
from desktop.services import organisations, people, seminars
from desktop.storage.database import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kafedra.sqlite3")
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
