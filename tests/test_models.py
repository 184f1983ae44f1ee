"""The ORM models on a real SQLite file: cascades, the register's survival, version counters, ordering."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.storage.database import Database
from desktop.storage.models import (
    Block,
    Certificate,
    Organisation,
    Participation,
    Person,
    Seminar,
    Talk,
    TalkSpeaker,
)


def make_seminar(session: Session) -> Seminar:
    seminar = Seminar(
        uid="m-1",
        title="Круглый стол «Библиотека и школа»",
        kind="round_table",
        format="hybrid",
        starts_at=dt.datetime(2026, 12, 3, 11, 0),
        ends_at=dt.datetime(2026, 12, 3, 14, 0),
        language="ru",
        status="planned",
    )
    session.add(seminar)
    session.flush()
    return seminar


def count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_keys_are_derived_on_write(session: Session) -> None:
    organisation = Organisation(full_name="МБУК «ЦБС» г. Сарапула")
    person = Person(surname="Соловьёв", given_name="Пётр", patronymic="Ильич", email="P.Solovyov@Lib.RU")
    session.add_all([organisation, person])
    session.flush()
    assert organisation.key == "мбук цбс г сарапула"
    assert person.name_key == "соловьев петр ильич"
    assert person.email_key == "p.solovyov@lib.ru"
    person.surname = "Соловьёва"
    session.flush()
    assert person.name_key.startswith("соловьева ")


def test_deleting_a_seminar_removes_its_programme_but_not_the_register(db: Database) -> None:
    with db.transaction() as session:
        seminar = make_seminar(session)
        person = Person(surname="Ґалаґан", given_name="Мар’яна")
        session.add(person)
        session.flush()
        block = Block(seminar_id=seminar.id, title="Секция 1", starts_at=seminar.starts_at)
        session.add(block)
        session.flush()
        talk = Talk(
            seminar_id=seminar.id,
            block_id=block.id,
            title="Доклад",
            kind="talk",
            duration_minutes=20,
            mode="online",
        )
        talk.speakers.append(TalkSpeaker(person_id=person.id))
        certificate = Certificate(
            number="2026-0001",
            year=2026,
            sequence=1,
            kind="speaker",
            issued_on=dt.date(2026, 12, 3),
            person_id=person.id,
            seminar_id=seminar.id,
            person_name="Ґалаґан Мар’яна",
            seminar_title=seminar.title,
        )
        session.add_all([talk, certificate])
        session.flush()
        session.add(
            Participation(
                seminar_id=seminar.id,
                person_id=person.id,
                role="speaker",
                mode="online",
                registered_at=dt.datetime(2026, 11, 20, 9, 0),
                certificate_id=certificate.id,
            )
        )
    with db.transaction() as session:
        session.execute(text("DELETE FROM seminars"))  # the database's own cascades, as any writer would see
        session.execute(text("DELETE FROM people"))
    with db.transaction() as session:
        assert (count(session, Block), count(session, Talk), count(session, Participation)) == (0, 0, 0)
        kept = session.scalars(select(Certificate)).one()
        assert (kept.number, kept.person_id, kept.seminar_id) == ("2026-0001", None, None)
        assert kept.person_name == "Ґалаґан Мар’яна"


def test_every_update_bumps_the_version(db: Database) -> None:
    with db.transaction() as session:
        seminar_id = make_seminar(session).id
    with db.transaction() as session:
        seminar = session.get_one(Seminar, seminar_id)
        assert seminar.version == 1
        seminar.title = "Круглый стол «Библиотека и школа: итоги года»"
    with db.transaction() as session:
        assert session.get_one(Seminar, seminar_id).version == 2


def test_a_person_is_registered_once_per_seminar(session: Session) -> None:
    seminar = make_seminar(session)
    person = Person(surname="Черных", given_name="Ирина")
    session.add(person)
    session.flush()
    for _ in range(2):
        session.add(
            Participation(
                seminar_id=seminar.id,
                person_id=person.id,
                role="participant",
                mode="in_person",
                registered_at=dt.datetime(2026, 11, 20),
            )
        )
    with pytest.raises(IntegrityError, match=r"(?i)unique"):
        session.flush()


def test_blocks_keep_their_order_through_the_ordering_list(db: Database) -> None:
    with db.transaction() as session:
        seminar = make_seminar(session)
        for title in ("Пленарное заседание", "Секция 1", "Секция 2"):
            seminar.blocks.append(Block(title=title, starts_at=seminar.starts_at))
        seminar_id = seminar.id
    with db.transaction() as session:
        seminar = session.get_one(Seminar, seminar_id)
        last = seminar.blocks.pop()
        seminar.blocks.insert(0, last)
        seminar.blocks.reorder()
    with db.transaction() as session:
        seminar = session.get_one(Seminar, seminar_id)
        assert [(b.position, b.title) for b in seminar.blocks] == [
            (0, "Секция 2"),
            (1, "Пленарное заседание"),
            (2, "Секция 1"),
        ]
