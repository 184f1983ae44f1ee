"""Importing registrations into a seminar: what lands in the database, the row report, one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, Role
from desktop.domain.records import OrganisationData, PersonData, SeminarData
from desktop.importing.cleaning import NoteKind
from desktop.importing.errors import ImportCancelledError
from desktop.services import organisations, participants, people, seminars
from desktop.services.registrations import (
    Outcome,
    commit_import,
    import_registrations,
    open_registrations,
    plan_import,
)
from desktop.storage.database import Database
from desktop.storage.models import Organisation, Participation, Person
from tests.fixtures import registration_files as files


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _people(session: Session) -> dict[str, Person]:
    return {" ".join(filter(None, (p.surname, p.given_name, p.patronymic))): p for p in session.scalars(select(Person))}


def _report(notes: tuple[object, ...]) -> list[str]:
    return [str(n) for n in notes]


def _import(session: Session, seminar_id: int, path: Path, dry_run: bool = False):  # type: ignore[no-untyped-def]
    return import_registrations(session, seminar_id, open_registrations(path), dry_run=dry_run)[1]


@pytest.fixture
def solovyova(session: Session) -> int:
    """A person already in the directory, as the demo and earlier seminars leave them."""
    person_id, _ = people.find_or_create_person(
        session, PersonData("Соловьёва", "Алёна", "Петровна", email="Solovyova@cbs.ru", position="методист")
    )
    return person_id


def test_cp1251_excel_file(session: Session, seminar_id: int, solovyova: int, tmp_path: Path) -> None:
    result = _import(session, seminar_id, files.write_cp1251_semicolon(tmp_path / "excel.csv"))
    counts = result.counts
    assert (counts.added, counts.matched, counts.merged, counts.skipped, counts.registered) == (3, 1, 1, 1, 4)
    assert counts.blank == 1
    assert _report(result.notes) == [
        "row 2: name «ИВАНОВА мария петровна» written as «Иванова Мария Петровна»",
        "row 3: malformed e-mail «petrov@cbs», left out",
        "row 3: malformed phone «12», left out",
        "row 5: no name, skipped",
        "row 6: duplicate of row 2, merged",
        "row 7: organisation «=cmd|' /C calc'!A0» starts with «=», kept as plain text",
        f"row 8: matched to Соловьёва Алёна Петровна (#{solovyova}) in the directory",
    ]
    found = _people(session)
    ivanova = found["Иванова Мария Петровна"]
    assert (ivanova.email, ivanova.phone, ivanova.gender, ivanova.position) == (
        "Ivanova@Mail.ru",
        "+7 (912) 345-67-89",
        "female",
        "библиотекарь",
    )
    petrov = found["Петров Олег"]
    assert (petrov.email, petrov.phone, petrov.position, petrov.city) == ("", "", "заведующий; отделом", "Сарапул")
    # the organisation typed with other quotes is one organisation; the formula is an organisation's text
    assert petrov.organisation_id == ivanova.organisation_id is not None
    names = sorted(session.scalars(select(Organisation.full_name)))
    assert names == ["=cmd|' /C calc'!A0", "КГБУ «Краевая детская библиотека им. А. Гайдара»", "МБУК «ЦБС г. Сарапула»"]
    sarapul = session.get(Organisation, ivanova.organisation_id)
    assert sarapul is not None and sarapul.city == "Сарапул"
    assert found["Сидоренко Анна"].position == "методист отдела обслуживания"
    # the matched person keeps her spelling and her data, and fills in nothing she had
    kept = session.get(Person, solovyova)
    assert kept is not None and (kept.surname, kept.position, kept.email) == (
        "Соловьёва",
        "методист",
        "Solovyova@cbs.ru",
    )
    modes = {p.person.surname: (p.mode, p.role) for p in session.scalars(select(Participation))}
    assert modes == {
        "Иванова": ("in_person", "participant"),  # the first row's format wins over its duplicate's
        "Петров": ("online", "participant"),
        "Сидоренко": ("online", "participant"),
        "Соловьёва": ("in_person", "participant"),
    }
    # keys are those the ORM events compute: the directory search finds the imported people
    assert [p.full_name for p in people.search_people(session, "иванова мар")] == ["Иванова Мария Петровна"]
    assert [o.full_name for o in organisations.search_organisations(session, "сарапул")] == ["МБУК «ЦБС г. Сарапула»"]


def test_ukrainian_shuffled_headers_and_a_matched_person_gets_what_she_lacked(
    session: Session, seminar_id: int, tmp_path: Path
) -> None:
    galagan, _ = people.find_or_create_person(session, PersonData("Ґалаґан", "Мар’яна", "Іванівна"))
    organisations.find_or_create_organisation(session, OrganisationData("КЗ «Миколаївська ЦБС»"))
    result = _import(session, seminar_id, files.write_utf8_bom_ukrainian(tmp_path / "form.csv"))
    assert (result.counts.added, result.counts.matched, result.counts.merged) == (2, 1, 1)
    assert result.organisations_added == 0
    person = session.get(Person, galagan)
    assert person is not None
    assert (person.position, person.city, person.organisation.full_name if person.organisation else None) == (
        "бібліотекарка",
        "Миколаїв",
        "КЗ «Миколаївська ЦБС»",
    )
    assert person.version == 2  # a Core update still bumps the version counter
    organisation = person.organisation
    assert organisation is not None and organisation.city == "Миколаїв"  # filled in, as find_or_create does
    assert "row 6: duplicate of row 2, merged" in _report(result.notes)
    assert _count(session, Participation) == 3


def test_utf16_and_xlsx(session: Session, seminar_id: int, tmp_path: Path) -> None:
    english = _import(session, seminar_id, files.write_utf16_tabs(tmp_path / "unicode.txt"))
    assert english.counts.added == 2
    assert _report(english.notes) == ["row 3: malformed e-mail «not an e-mail», left out"]
    roles = {p.person.surname: p.role for p in session.scalars(select(Participation))}
    assert roles == {"Smith": "speaker", "O'Brien": "participant"}

    sheet = _import(session, seminar_id, files.write_xlsx_with_numbers(tmp_path / "form.xlsx"))
    assert (sheet.counts.added, sheet.counts.skipped, sheet.counts.blank) == (3, 0, 1)
    assert _report(sheet.notes) == [
        "row 7: full name «=Лебедев» starts with «=», kept as plain text",
        "row 7: participation format «как получится» not understood, the seminar's default used",
    ]
    found = _people(session)
    assert found["Кузнецова Ольга Игоревна"].phone == "380671234567"
    assert found["=Лебедев"].email == "lebedev@example.ru"


def test_importing_again_adds_nobody(session: Session, seminar_id: int, solovyova: int, tmp_path: Path) -> None:
    path = files.write_cp1251_semicolon(tmp_path / "excel.csv")
    _import(session, seminar_id, path)
    before = (_count(session, Person), _count(session, Organisation), _count(session, Participation))
    again = _import(session, seminar_id, path)
    assert (_count(session, Person), _count(session, Organisation), _count(session, Participation)) == before
    assert (again.counts.added, again.counts.registered, again.counts.already_registered) == (0, 0, 4)
    assert "is already registered for this seminar" in _report(again.notes)[1]


def test_same_name_other_email_is_another_person_same_email_other_name_too(
    session: Session, seminar_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "shared-mailbox.csv"
    path.write_text(
        "ФИО;E-mail\n"
        "Иванова Мария;cbs@example.org\n"  # 2
        "Петрова Анна;cbs@example.org\n"  # 3: a library's shared mailbox: another person
        "Иванова Мария;ivanova@example.org\n"  # 4: a namesake with her own address: another person
        "Иванова Мария;\n",  # 5: no e-mail: the first Иванова
        encoding="utf-8",
    )
    result = _import(session, seminar_id, path)
    assert (result.counts.added, result.counts.merged) == (3, 1)
    assert _report(result.notes) == ["row 5: duplicate of row 2, merged"]


def test_dry_run_and_a_plan_change_nothing(session: Session, seminar_id: int, tmp_path: Path) -> None:
    path = files.write_cp1251_semicolon(tmp_path / "excel.csv")
    before = (_count(session, Person), _count(session, Organisation), _count(session, Participation))
    dry = _import(session, seminar_id, path, dry_run=True)
    assert dry.counts.added == 4 and dry.organisations_added == 2
    source = open_registrations(path)
    plan = plan_import(session, seminar_id, source, source.mapping)
    assert [p.outcome for p in plan.planned] == [
        Outcome.ADDED,
        Outcome.ADDED,
        Outcome.MERGED,
        Outcome.ADDED,
        Outcome.ADDED,
    ]
    assert {n.kind for n in plan.notes} >= {NoteKind.SKIPPED, NoteKind.LEFT_OUT, NoteKind.MERGED, NoteKind.FORMULA}
    assert (_count(session, Person), _count(session, Organisation), _count(session, Participation)) == before
    result = commit_import(session, plan)
    assert result.counts == plan.counts


def test_commit_matches_again_against_the_directory_as_it_is_then(
    session: Session, seminar_id: int, tmp_path: Path
) -> None:
    path = files.write_cp1251_semicolon(tmp_path / "excel.csv")
    source = open_registrations(path)
    plan = plan_import(session, seminar_id, source, source.mapping)
    # between the preview and the commit someone registers Петров by hand
    petrov, _ = people.find_or_create_person(session, PersonData("Петров", "Олег"))
    participants.register(session, seminar_id, petrov, Role.SPEAKER, Mode.IN_PERSON)
    result = commit_import(session, plan)
    assert result.counts.added == plan.counts.added - 1 and result.counts.already_registered == 1
    assert _count(session, Person) == 4  # four people in the file, Петров among them only once


def test_a_failed_import_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Фамилия", "Имя", "Организация", "E-mail"])
        for i in range(5000):
            writer.writerow([f"Фамилия{i}", "Анна", f"Библиотека № {i % 40}", f"u{i}@example.org"])
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session, SeminarData("Семинар", dt.datetime(2026, 3, 1, 10), dt.datetime(2026, 3, 1, 13))
        )
        people.find_or_create_person(session, PersonData("Фамилия7", "Анна"))  # one row matches: an update too
        before = (_count(session, Person), _count(session, Organisation), _count(session, Participation))

    calls: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        calls.append(done)
        if done > total // 2:  # people are written by now; participations are not
            raise ImportCancelledError("cancelled by the user")

    source = open_registrations(path)
    with pytest.raises(ImportCancelledError), db.transaction() as session:
        plan = plan_import(session, seminar_id, source, source.mapping)
        commit_import(session, plan, progress=cancel_midway)
    assert len(calls) >= 2
    with db.transaction() as session:
        assert (_count(session, Person), _count(session, Organisation), _count(session, Participation)) == before


def test_ten_thousand_rows_are_quick(session: Session, seminar_id: int, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    with path.open("w", encoding="cp1251", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Фамилия", "Имя", "Отчество", "Должность", "Организация", "Электронная почта"])
        for i in range(10_000):
            writer.writerow([f"Иванов{i % 97}", "Сергей", "Петрович", "методист", f"ЦБС № {i % 97}", f"u{i}@x.org"])
    started = time.perf_counter()
    result = _import(session, seminar_id, path)
    elapsed = time.perf_counter() - started
    assert result.counts.added == result.counts.registered == 10_000
    assert _count(session, Participation) == 10_000
    assert elapsed < 6, f"10,000 rows took {elapsed:.1f} s"  # about 1 s here; generous for a busy CI machine
