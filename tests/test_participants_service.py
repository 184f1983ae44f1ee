"""Participants: registration, role and mode, attendance, the register of certificates, the counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, Role
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import CountRow, OrganisationData
from desktop.services import certificates, organisations, participants
from desktop.storage.models import Participation
from tests.conftest import add_person


def _participation(session: Session, participation_id: int) -> participants.ParticipationRecord:
    row = session.get(Participation, participation_id)
    assert row is not None
    return next(p for p in participants.list_participants(session, row.seminar_id) if p.id == participation_id)


def test_register_and_register_again(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Ковальчук", "Олена", "Степанівна")
    when = dt.datetime(2026, 11, 1, 9, 15, 42, 500)
    first, created = participants.register(session, seminar_id, person, mode=Mode.ONLINE, registered_at=when)
    assert created is True
    again, created = participants.register(session, seminar_id, person, role=Role.SPEAKER, mode=Mode.IN_PERSON)
    assert (again, created) == (first, False)
    assert session.scalar(select(func.count()).select_from(Participation)) == 1

    record = _participation(session, first)
    # a second registration changes nothing
    assert (record.role, record.mode, record.attended) == (Role.PARTICIPANT, Mode.ONLINE, False)
    assert record.registered_at == dt.datetime(2026, 11, 1, 9, 15, 42)
    assert record.person_name == "Ковальчук Олена Степанівна"
    assert record.certificate_number is None


def test_register_unknown_seminar_or_person(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Ковальчук", "Олена")
    with pytest.raises(NotFoundError, match="seminar"):
        participants.register(session, 999, person)
    with pytest.raises(NotFoundError, match="person"):
        participants.register(session, seminar_id, 999)


def test_set_role_and_mode(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Мамедов", "Эльдар", "Рашид оглы")
    pid, _ = participants.register(session, seminar_id, person)
    participants.set_role(session, pid, Role.SPEAKER)
    participants.set_mode(session, pid, Mode.ONLINE)
    record = _participation(session, pid)
    assert (record.role, record.mode) == (Role.SPEAKER, Mode.ONLINE)
    participants.set_role(session, pid, Role.MODERATOR)
    assert _participation(session, pid).role is Role.MODERATOR
    with pytest.raises(ValueError):
        participants.set_role(session, pid, "chairman")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        participants.set_mode(session, 999, Mode.ONLINE)


def test_mark_attendance_returns_the_number_changed(session: Session, seminar_id: int) -> None:
    ids = [
        participants.register(session, seminar_id, add_person(session, surname, given))[0]
        for surname, given in [("Иванова", "Анна"), ("Петров", "Олег"), ("Сидорова", "Вера"), ("Белова", "Ирина")]
    ]
    assert participants.mark_attendance(session, ids[:2]) == 2
    assert participants.mark_attendance(session, ids[:3]) == 1  # two were already marked
    assert participants.mark_attendance(session, ids[:3]) == 0
    assert [p.attended for p in participants.list_participants(session, seminar_id)] == [False, True, True, True]
    assert participants.mark_attendance(session, [ids[0], ids[3]], attended=False) == 1
    assert participants.count_participants(session, seminar_id).attended == 2
    assert participants.mark_attendance(session, []) == 0


def test_list_participants_is_alphabetical(session: Session, seminar_id: int) -> None:
    # Russian order puts Ё together with Е, not after Я
    for surname, given in [("Ясинская", "Вера"), ("Ёлкина", "Анна"), ("Абрамов", "Олег"), ("Ершова", "Нина")]:
        participants.register(session, seminar_id, add_person(session, surname, given))
    names = [p.person_name for p in participants.list_participants(session, seminar_id)]
    assert names == ["Абрамов Олег", "Ёлкина Анна", "Ершова Нина", "Ясинская Вера"]


def test_unregister_keeps_the_issued_certificate(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Вірьовка", "Тетяна", "Миколаївна")
    pid, _ = participants.register(session, seminar_id, person)
    issued = certificates.issue_certificate(session, pid, issued_on=dt.date(2026, 11, 24))
    participants.unregister(session, pid)
    assert participants.list_participants(session, seminar_id) == []
    with pytest.raises(ValidationError):
        participants.find_participation(session, seminar_id, person)
    [row] = certificates.list_register(session)
    assert (row.number, row.person_id, row.seminar_id) == (issued.number, person, seminar_id)
    assert row.person_name == "Вірьовка Тетяна Миколаївна"
    # registering again gives a new row without the old number
    again, created = participants.register(session, seminar_id, person)
    assert created is True
    assert _participation(session, again).certificate_number is None
    assert len(certificates.list_register(session)) == 1
    with pytest.raises(NotFoundError):
        participants.unregister(session, 999)


def test_find_participation(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Соловьёв", "Пётр", "Ильич")
    pid, _ = participants.register(session, seminar_id, person)
    assert participants.find_participation(session, seminar_id, person) == pid
    stranger = add_person(session, "Ткаченко", "Ірина")
    with pytest.raises(ValidationError, match=str(stranger)):
        participants.find_participation(session, seminar_id, stranger)


def test_count_participants(session: Session, seminar_id: int) -> None:
    def org(name: str, region: str) -> int:
        return organisations.find_or_create_organisation(session, OrganisationData(name, region=region))

    sarapul = org("МБУК «ЦБС» г. Сарапула", "Удмуртская Республика")
    izhevsk = org("Национальная библиотека Удмуртской Республики", "Удмуртская Республика")
    perm = org("КГБУ «Краевая детская библиотека им. А. Гайдара»", "Пермский край")
    people = [
        ("Кузнецова", "Ольга", sarapul, Mode.IN_PERSON, Role.PARTICIPANT, True),
        ("Белова", "Ирина", sarapul, Mode.IN_PERSON, Role.SPEAKER, True),
        ("Сидорова", "Вера", sarapul, Mode.ONLINE, Role.PARTICIPANT, False),
        ("Никитина", "Ольга", perm, Mode.ONLINE, Role.PARTICIPANT, True),
        ("Петров", "Олег", perm, Mode.IN_PERSON, Role.MODERATOR, True),
        ("Морозова", "Анна", izhevsk, Mode.ONLINE, Role.PARTICIPANT, False),
        ("Лебедева", "Юлия", izhevsk, Mode.ONLINE, Role.SPEAKER, True),
    ]
    for surname, given, organisation, mode, role, attended in people:
        person = add_person(session, surname, given, organisation_id=organisation)
        participants.register(session, seminar_id, person, role=role, mode=mode, attended=attended)

    counts = participants.count_participants(session, seminar_id)
    assert counts.total == 7
    assert (counts.in_person, counts.online, counts.attended) == (3, 4, 5)
    assert counts.organisations == 3
    assert counts.regions == 2
    assert counts.by_organisation == (
        CountRow("МБУК «ЦБС» г. Сарапула", 3),
        # equal counts: alphabetical
        CountRow("КГБУ «Краевая детская библиотека им. А. Гайдара»", 2),
        CountRow("Национальная библиотека Удмуртской Республики", 2),
    )
    assert counts.by_region == (CountRow("Удмуртская Республика", 5), CountRow("Пермский край", 2))
    assert counts.by_role == (CountRow("participant", 4), CountRow("speaker", 2), CountRow("moderator", 1))


def test_count_participants_without_an_organisation(session: Session, seminar_id: int) -> None:
    lib = organisations.find_or_create_organisation(session, OrganisationData("Львівська обласна бібліотека для дітей"))
    participants.register(session, seminar_id, add_person(session, "Ткаченко", "Ірина", organisation_id=lib))
    participants.register(session, seminar_id, add_person(session, "Іваненко", "Петро"))
    participants.register(session, seminar_id, add_person(session, "Гнатюк", "Марія"))
    counts = participants.count_participants(session, seminar_id)
    assert counts.total == 3
    assert counts.organisations == 1  # «—» is not an organisation
    assert counts.regions == 0  # the library has no region recorded
    assert counts.by_organisation == (
        CountRow("—", 2),
        CountRow("Львівська обласна бібліотека для дітей", 1),
    )
    assert counts.by_region == (CountRow("—", 3),)


def test_count_participants_of_an_empty_seminar(session: Session, seminar_id: int) -> None:
    counts = participants.count_participants(session, seminar_id)
    assert (counts.total, counts.in_person, counts.online, counts.attended) == (0, 0, 0, 0)
    assert (counts.organisations, counts.regions) == (0, 0)
    assert counts.by_organisation == counts.by_region == counts.by_role == ()
    with pytest.raises(NotFoundError):
        participants.count_participants(session, 999)
