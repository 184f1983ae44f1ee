"""`storage.bulk`: rows inserted through the driver's executemany are the rows a Core `insert()` writes.

On SQLite the helper writes its own INSERT, fills in the Python-side defaults and gives the ids itself; a slip
there (a default left out, a datetime stored in another text form, an id SQLite would not have chosen) would
leave rows that look right to a count but differ from those the ORM and Core write. So every column is compared.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, Role
from desktop.storage import bulk
from desktop.storage.keys import person_keys
from desktop.storage.models import Participation, Person

PERSON_COLUMNS = ("surname", "given_name", "patronymic", "email", "name_key", "email_key", "search_key")


def _person(surname: str, email: str) -> tuple[str, ...]:
    keys = person_keys(surname, "Олена", "Іванівна", email)
    return (surname, "Олена", "Іванівна", email, keys["name_key"], keys["email_key"], keys["search_key"])


def _row(session: Session, entity: Any, row_id: int) -> dict[str, Any]:
    found = session.execute(select(entity.__table__).where(entity.id == row_id)).mappings().one()
    return {name: value for name, value in found.items() if name not in ("id", "updated_at")}


def _raw(session: Session, table: str, row_id: int) -> dict[str, Any]:
    """The row as stored, without SQLAlchemy's conversions (a datetime's text on SQLite), but its id and time."""
    cursor = session.connection().exec_driver_sql(f"SELECT * FROM {table} WHERE id = {int(row_id)}")
    found = dict(cursor.mappings().one())
    del found["id"], found["updated_at"]
    return found


def test_people_get_the_ids_and_values_core_would_give(session: Session) -> None:
    connection = session.connection()
    core_id = connection.execute(
        insert(Person).returning(Person.id),
        [{**dict(zip(PERSON_COLUMNS, _person("Коваль", "k@example.org"), strict=True)), "updated_by": "Ірина"}],
    ).scalar_one()
    ids = bulk.insert_returning_ids(
        connection,
        Person,
        PERSON_COLUMNS,
        [_person("Коваль", "k@example.org"), _person("Мельник", ""), _person("Бондар", "b@example.org")],
        ("name_key", "email_key"),
        {"updated_by": "Ірина"},
    )
    assert ids == [core_id + 1, core_id + 2, core_id + 3]  # in the order of the rows, after the last one
    assert _row(session, Person, ids[0]) == _row(session, Person, core_id)  # defaults: gender, degree, version…
    assert [_row(session, Person, i)["surname"] for i in ids] == ["Коваль", "Мельник", "Бондар"]
    assert _row(session, Person, ids[1])["email_key"] == ""
    assert _raw(session, "people", ids[0]) == _raw(session, "people", core_id)


def test_an_id_freed_at_the_end_is_given_again_as_sqlite_would(session: Session) -> None:
    connection = session.connection()
    first = bulk.insert_returning_ids(connection, Person, PERSON_COLUMNS, [_person("Коваль", "")], ("name_key",))
    connection.execute(delete(Person).where(Person.id == first[0]))
    again = bulk.insert_returning_ids(connection, Person, PERSON_COLUMNS, [_person("Мельник", "")], ("name_key",))
    core_id = connection.execute(
        insert(Person).returning(Person.id), [dict(zip(PERSON_COLUMNS, _person("Бондар", ""), strict=True))]
    ).scalar_one()
    assert core_id == again[0] + 1
    assert [_row(session, Person, i)["surname"] for i in (*again, core_id)] == ["Мельник", "Бондар"]


def test_registrations_store_dates_and_flags_as_core_does(session: Session, seminar_id: int) -> None:
    connection = session.connection()
    columns = ("surname", "name_key", "email_key", "search_key")
    people = bulk.insert_returning_ids(
        connection, Person, columns, [("Коваль", "коваль", "", "коваль"), ("Мельник", "мельник", "", "мельник")], ()
    )
    when = dt.datetime(2026, 3, 14, 9, 26, 53)
    core_id = connection.execute(
        insert(Participation).returning(Participation.id),
        [
            {
                "seminar_id": seminar_id,
                "person_id": people[0],
                "role": Role.SPEAKER.value,
                "mode": Mode.ONLINE.value,
                "registered_at": when,
                "attended": False,
                "updated_by": None,
            }
        ],
    ).scalar_one()
    bulk.insert_rows(
        connection,
        Participation,
        ("person_id", "role", "mode"),
        [(people[1], Role.SPEAKER.value, Mode.ONLINE.value)],
        {"seminar_id": seminar_id, "registered_at": when, "attended": False, "updated_by": None},
    )
    ours = session.scalars(select(Participation.id).where(Participation.person_id == people[1])).one()
    expected = {**_row(session, Participation, core_id), "person_id": people[1]}
    assert _row(session, Participation, ours) == expected
    assert _row(session, Participation, ours)["registered_at"] == when
    # the date's text and the flag's value are stored as Core stores them
    assert _raw(session, "participations", ours) == {**_raw(session, "participations", core_id), "person_id": people[1]}


def test_nothing_to_insert_sends_nothing(session: Session) -> None:
    assert bulk.insert_returning_ids(session.connection(), Person, PERSON_COLUMNS, [], ("name_key",)) == []
    bulk.insert_rows(session.connection(), Person, PERSON_COLUMNS, [])
    assert session.scalars(select(Person.id)).all() == []
