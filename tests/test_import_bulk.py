"""The bulk writing of an import: new people go in multi-row batches and get their ids back by their keys.

A mix-up there would register one person with another's role or mode, or give a later row an earlier id, and
still add the right number of rows; so these tests look at every person's own values.
"""

from __future__ import annotations

import csv
import gc
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, Role
from desktop.domain.records import PersonData
from desktop.importing.errors import ImportCancelledError
from desktop.services import people
from desktop.services._registration_write import CHUNK
from desktop.services.registrations import commit_import, import_registrations, open_registrations, plan_import
from desktop.storage import bulk
from desktop.storage.database import Database
from desktop.storage.keys import person_keys
from desktop.storage.models import Participation, Person

MODES = ["очно", "дистанционно", ""]
ROLES = ["докладчик", "участник", "модератор", "гость"]


def test_every_new_person_gets_the_id_role_and_mode_of_their_own_row(
    session: Session, seminar_id: int, tmp_path: Path
) -> None:
    rows = CHUNK * 2 + 500  # several statements, each of several multi-row batches
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Фамилия", "Имя", "Эл. почта", "Формат участия", "Роль"])
        for i in range(rows):  # namesakes: fifty names, each with many e-mails
            writer.writerow([f"Петренко{i % 50}", "Олена", f"u{i}@example.org", MODES[i % 3], ROLES[i % 4]])
    _plan, result = import_registrations(session, seminar_id, open_registrations(path))
    found = session.execute(
        select(Person.name_key, Person.email_key, Participation.role, Participation.mode)
        .join(Participation, Participation.person_id == Person.id)
        .where(Participation.seminar_id == seminar_id)
        .order_by(Person.id)
    ).all()
    assert len(found) == result.counts.added == result.counts.registered == rows
    roles = {"докладчик": Role.SPEAKER, "участник": Role.PARTICIPANT, "модератор": Role.MODERATOR, "гость": Role.GUEST}
    # the seminar is in person unless it says otherwise, so a row that does not say is in person
    modes = {"очно": Mode.IN_PERSON, "дистанционно": Mode.ONLINE, "": Mode.IN_PERSON}
    expected = [
        (f"петренко{i % 50} олена", f"u{i}@example.org", roles[ROLES[i % 4]].value, modes[MODES[i % 3]].value)
        for i in range(rows)
    ]
    assert [tuple(person) for person in found] == expected  # ids in file order, each with its own row's values


def test_rows_whose_keys_repeat_take_the_row_by_row_way(session: Session) -> None:
    """Matching never adds two people with one name and e-mail; if it did, the ids would still be in order."""
    keys = person_keys("Иванова", "Мария", "", "")
    columns = ("surname", "given_name", "position", "name_key", "email_key", "search_key")
    rows = [
        ("Иванова", "Мария", position, keys["name_key"], keys["email_key"], keys["search_key"]) for position in "абв"
    ]
    ids = bulk.insert_returning_ids(session.connection(), Person, columns, rows, ("name_key", "email_key"))
    positions: dict[int, str] = {
        i: p for i, p in session.execute(select(Person.id, Person.position).where(Person.id.in_(ids)))
    }
    assert [positions[i] for i in ids] == ["а", "б", "в"]
    assert ids == sorted(ids) and len(set(ids)) == 3


def test_imported_rows_say_who_wrote_them(db: Database, session: Session, seminar_id: int, tmp_path: Path) -> None:
    """As the ORM's flush stamps `updated_by`, so the bulk writing does: a later conflict names the importer."""
    existing, _ = people.find_or_create_person(session, PersonData("Петренко", "Олена"))
    path = tmp_path / "two.csv"
    path.write_text("ПІБ;Пошта;Місто\nПетренко Олена;olena@example.org;Київ\nКоваль Ірина;;Львів\n", encoding="utf-8")
    session.execute(update(Person).values(updated_by="someone else"))
    import_registrations(session, seminar_id, open_registrations(path))
    stamps = {surname: who for surname, who in session.execute(select(Person.surname, Person.updated_by))}
    assert stamps == {"Петренко": db.user or None, "Коваль": db.user or None}  # filled in, and added
    assert set(session.scalars(select(Participation.updated_by))) == {db.user or None}
    assert session.get(Person, existing) is not None


def test_the_cycle_collector_is_held_off_during_an_import_and_back_after_it(
    session: Session, seminar_id: int, tmp_path: Path
) -> None:
    """The import pauses Python's cycle collector for speed; it must come back however the import ends."""
    path = tmp_path / "two.csv"
    path.write_text("ПІБ;Пошта\nПетренко Олена;olena@example.org\nКоваль Ірина;\n", encoding="utf-8")
    seen: list[bool] = []

    def progress(done: int, total: int) -> None:
        seen.append(gc.isenabled())
        if done == total:
            raise ImportCancelledError("stop")

    assert gc.isenabled()
    plan = plan_import(session, seminar_id, open_registrations(path), open_registrations(path).mapping)
    assert gc.isenabled()
    with pytest.raises(ImportCancelledError):
        commit_import(session, plan, progress)
    assert seen and not any(seen)  # paused while writing
    assert gc.isenabled()  # and back after a cancel
    gc.disable()
    try:
        import_registrations(session, seminar_id, open_registrations(path))
        assert not gc.isenabled()  # a caller that had paused it keeps it paused
    finally:
        gc.enable()
