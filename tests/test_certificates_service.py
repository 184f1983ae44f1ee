"""The certificate register: numbers from the pattern, gap-free per year, never issued twice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desktop.domain.enums import CertificateKind, Language, Role
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import ProfileData, SeminarData
from desktop.services import certificates, participants, profile, seminars
from desktop.storage.database import Database
from desktop.storage.models import Certificate, CertificateCounter, Person
from tests.conftest import add_person

DAY_2025 = dt.date(2025, 12, 20)
DAY_2026 = dt.date(2026, 11, 24)


def _register(session: Session, seminar_id: int, surname: str, given: str, **extra: object) -> int:
    return participants.register(session, seminar_id, add_person(session, surname, given), **extra)[0]  # type: ignore[arg-type]


def _issue(session: Session, participation_id: int, day: dt.date = DAY_2026) -> str:
    return certificates.issue_certificate(session, participation_id, issued_on=day).number


def test_numbers_from_the_default_pattern(session: Session, seminar_id: int) -> None:
    ids = [
        _register(session, seminar_id, s, g) for s, g in [("Иванова", "Анна"), ("Петров", "Олег"), ("Сидорова", "Вера")]
    ]
    records = [certificates.issue_certificate(session, pid, issued_on=DAY_2026) for pid in ids]
    assert [r.number for r in records] == ["2026-0001", "2026-0002", "2026-0003"]
    assert [(r.year, r.sequence) for r in records] == [(2026, 1), (2026, 2), (2026, 3)]
    first = records[0]
    assert first.issued_on == DAY_2026
    assert first.person_name == "Иванова Анна"
    assert first.seminar_title == "Библиотека-онлайн: новые форматы"
    assert first.seminar_id == seminar_id
    assert first.kind is CertificateKind.PARTICIPANT
    assert [p.certificate_number for p in participants.list_participants(session, seminar_id)] == [
        "2026-0001",
        "2026-0002",
        "2026-0003",
    ]


def test_numbering_restarts_every_year(session: Session, seminar_id: int) -> None:
    ids = [_register(session, seminar_id, "Иванова", given) for given in ("Анна", "Вера", "Нина", "Ольга")]
    assert _issue(session, ids[0], DAY_2025) == "2025-0001"
    assert _issue(session, ids[1], DAY_2026) == "2026-0001"
    assert _issue(session, ids[2], DAY_2025) == "2025-0002"
    assert _issue(session, ids[3], DAY_2026) == "2026-0002"
    assert [r.number for r in certificates.list_register(session, year=2025)] == ["2025-0001", "2025-0002"]
    assert [r.number for r in certificates.list_register(session)] == [
        "2025-0001",
        "2025-0002",
        "2026-0001",
        "2026-0002",
    ]


def test_issuing_twice_gives_the_same_number(session: Session, seminar_id: int) -> None:
    pid = _register(session, seminar_id, "Ковальчук", "Олена")
    first = certificates.issue_certificate(session, pid, issued_on=DAY_2026)
    again = certificates.issue_certificate(session, pid, issued_on=dt.date(2027, 1, 15), kind=CertificateKind.SPEAKER)
    assert again == first
    assert len(certificates.list_register(session)) == 1
    # and the next participant is not pushed along by the repeat
    assert _issue(session, _register(session, seminar_id, "Ткаченко", "Ірина")) == "2026-0002"


def test_issuing_twice_in_two_transactions(db: Database) -> None:
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session, SeminarData("Семинар", dt.datetime(2026, 5, 1, 10), dt.datetime(2026, 5, 1, 14))
        )
        pid = _register(session, seminar_id, "Ковальчук", "Олена")
        first = _issue(session, pid)
    with db.transaction() as session:
        assert _issue(session, pid) == first == "2026-0001"
        assert len(certificates.list_register(session)) == 1


def test_kind_follows_the_role_unless_given(session: Session, seminar_id: int) -> None:
    speaker = _register(session, seminar_id, "Мамедов", "Эльдар", role=Role.SPEAKER)
    listener = _register(session, seminar_id, "Алиева", "Лейла")
    moderator = _register(session, seminar_id, "Соловьёв", "Пётр", role=Role.MODERATOR)
    assert certificates.issue_certificate(session, speaker, issued_on=DAY_2026).kind is CertificateKind.SPEAKER
    assert certificates.issue_certificate(session, listener, issued_on=DAY_2026).kind is CertificateKind.PARTICIPANT
    given = certificates.issue_certificate(session, moderator, kind=CertificateKind.SPEAKER, issued_on=DAY_2026)
    assert given.kind is CertificateKind.SPEAKER


def test_issue_for_a_missing_participation(session: Session) -> None:
    with pytest.raises(NotFoundError, match="participation"):
        certificates.issue_certificate(session, 999)


def test_issue_for_seminar_in_alphabetical_order(session: Session, seminar_id: int) -> None:
    for surname, given in [
        ("Ясинская", "Вера"),
        ("Ёлкина", "Анна"),
        ("абрамов", "Олег"),
        ("Ершова", "Нина"),
        ("Белова", "Ирина"),
    ]:
        _register(session, seminar_id, surname, given)
    issued = certificates.issue_for_seminar(session, seminar_id, issued_on=DAY_2026)
    assert [(c.number, c.person_name) for c in issued] == [
        ("2026-0001", "абрамов Олег"),
        ("2026-0002", "Белова Ирина"),
        ("2026-0003", "Ёлкина Анна"),
        ("2026-0004", "Ершова Нина"),
        ("2026-0005", "Ясинская Вера"),
    ]
    # a second run finds nobody without a number
    assert certificates.issue_for_seminar(session, seminar_id, issued_on=DAY_2026) == []
    late = _register(session, seminar_id, "Аксенова", "Юлия")
    assert [c.number for c in certificates.issue_for_seminar(session, seminar_id, issued_on=DAY_2026)] == ["2026-0006"]
    assert (
        certificates.participation_certificates(session, seminar_id)[
            next(p.person_id for p in participants.list_participants(session, seminar_id) if p.id == late)
        ].number
        == "2026-0006"
    )


def test_issue_for_seminar_follows_the_ukrainian_alphabet(session: Session) -> None:
    seminar_id = seminars.create_seminar(
        session,
        SeminarData(
            "Дитяче читання: нові формати",
            dt.datetime(2026, 4, 14, 10),
            dt.datetime(2026, 4, 14, 15),
            language=Language.UK,
        ),
    )
    for surname, given in [
        ("Ющенко", "Олег"),
        ("Іваненко", "Петро"),
        ("Коваль", "Ганна"),
        ("Ґудзь", "Марія"),
        ("Гнатюк", "Василь"),
        ("Єрмоленко", "Ірина"),
        ("Жук", "Олена"),
    ]:
        _register(session, seminar_id, surname, given)
    issued = certificates.issue_for_seminar(session, seminar_id, issued_on=DAY_2026)
    # А Б В Г Ґ Д Е Є Ж З И І Ї Й К … Ю Я
    assert [c.person_name.split()[0] for c in issued] == [
        "Гнатюк",
        "Ґудзь",
        "Єрмоленко",
        "Жук",
        "Іваненко",
        "Коваль",
        "Ющенко",
    ]


def test_issue_for_seminar_attended_only(session: Session, seminar_id: int) -> None:
    came = _register(session, seminar_id, "Петров", "Олег", attended=True)
    _register(session, seminar_id, "Иванова", "Анна")
    also_came = _register(session, seminar_id, "Белова", "Ирина")
    participants.mark_attendance(session, [also_came])
    issued = certificates.issue_for_seminar(session, seminar_id, issued_on=DAY_2026, attended_only=True)
    assert [(c.number, c.person_name) for c in issued] == [("2026-0001", "Белова Ирина"), ("2026-0002", "Петров Олег")]
    numbers = {p.person_name: p.certificate_number for p in participants.list_participants(session, seminar_id)}
    assert numbers == {"Белова Ирина": "2026-0001", "Петров Олег": "2026-0002", "Иванова Анна": None}
    assert came in {p.id for p in participants.list_participants(session, seminar_id) if p.certificate_number}


def test_a_number_is_never_issued_again(db: Database) -> None:
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session, SeminarData("Летнее чтение", dt.datetime(2026, 6, 2, 10), dt.datetime(2026, 6, 2, 15))
        )
        ids = [_register(session, seminar_id, "Иванова", given) for given in ("Анна", "Вера", "Нина")]
        numbers = [_issue(session, pid) for pid in ids]
        assert numbers == ["2026-0001", "2026-0002", "2026-0003"]
    with db.transaction() as session:
        participants.unregister(session, ids[2])  # the last number's participation
    with db.transaction() as session:
        person = session.get(Person, add_person(session, "Иванова", "Вера"))  # the same Вера
        session.delete(person)
    with db.transaction() as session:
        seminars.delete_seminar(session, seminar_id)
    with db.transaction() as session:
        assert [c.number for c in certificates.list_register(session)] == numbers
        other = seminars.create_seminar(
            session, SeminarData("Осенний семинар", dt.datetime(2026, 10, 1, 10), dt.datetime(2026, 10, 1, 15))
        )
        assert _issue(session, _register(session, other, "Петров", "Олег")) == "2026-0004"
        register = {c.number: c for c in certificates.list_register(session)}
        assert register["2026-0002"].person_id is None
        assert register["2026-0002"].person_name == "Иванова Вера"
        assert register["2026-0001"].seminar_id is None
        assert register["2026-0001"].seminar_title == "Летнее чтение"


def test_a_custom_pattern(session: Session, seminar_id: int) -> None:
    profile.update_profile(
        session, ProfileData(name="КДБ им. А. Гайдара", certificate_number_pattern="КДБ/{year}/{seq:03d}")
    )
    first = _register(session, seminar_id, "Иванова", "Анна")
    second = _register(session, seminar_id, "Петров", "Олег")
    assert _issue(session, first) == "КДБ/2026/001"
    assert _issue(session, second, DAY_2025) == "КДБ/2025/001"
    third = _register(session, seminar_id, "Сидорова", "Вера")
    assert _issue(session, third) == "КДБ/2026/002"


def test_changing_the_pattern_mid_year_continues_the_sequence(session: Session, seminar_id: int) -> None:
    first = _register(session, seminar_id, "Иванова", "Анна")
    second = _register(session, seminar_id, "Петров", "Олег")
    assert _issue(session, first) == "2026-0001"
    profile.update_profile(session, ProfileData(certificate_number_pattern="{seq}/{year}"))
    assert _issue(session, second) == "2/2026"


@pytest.mark.parametrize(
    ("pattern", "shown"),
    [
        ("{year}", "{seq}"),
        ("{year}-{foo}-{seq}", "{foo}"),
        ("{year}-{seq", "{year}-{seq"),
        ("{year}-{seq}}", "{year}-{seq}}"),
        ("{seq:04x", "{seq:04x"),
        ("{seq:q}", "{seq:q}"),
        ("   ", "empty"),
    ],
)
def test_invalid_patterns_are_rejected(session: Session, pattern: str, shown: str) -> None:
    with pytest.raises(ValidationError) as caught:
        profile.update_profile(session, ProfileData(certificate_number_pattern=pattern))
    assert caught.value.field == "certificate_number_pattern"
    assert shown in str(caught.value)


def test_a_number_already_in_the_register_is_skipped(session: Session, seminar_id: int) -> None:
    # a certificate imported from another database already carries 2026-0002
    session.add(
        Certificate(
            number="2026-0002",
            year=2026,
            sequence=2,
            kind=CertificateKind.PARTICIPANT.value,
            issued_on=dt.date(2026, 2, 1),
            person_name="Кузнецова Ольга Викторовна",
            seminar_title="Краеведение в библиотеке",
        )
    )
    session.flush()
    ids = [_register(session, seminar_id, "Иванова", given) for given in ("Анна", "Вера", "Нина")]
    assert [_issue(session, pid) for pid in ids] == ["2026-0001", "2026-0003", "2026-0004"]
    assert session.get(CertificateCounter, 2026).last_sequence == 4  # type: ignore[union-attr]
    assert [c.number for c in certificates.list_register(session, year=2026)] == [
        "2026-0001",
        "2026-0002",
        "2026-0003",
        "2026-0004",
    ]


def test_list_register_by_seminar(session: Session, seminar_id: int) -> None:
    other = seminars.create_seminar(
        session, SeminarData("Осенний семинар", dt.datetime(2026, 10, 1, 10), dt.datetime(2026, 10, 1, 15))
    )
    _issue(session, _register(session, seminar_id, "Иванова", "Анна"))
    _issue(session, _register(session, other, "Петров", "Олег"))
    assert [c.person_name for c in certificates.list_register(session, seminar_id=other)] == ["Петров Олег"]
    assert certificates.list_register(session, year=2024) == []
