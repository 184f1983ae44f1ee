"""The people directory: de-duplication, gender, validation, search, dative forms and merging."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import Gender, Language, Mode, Role
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import BlockData, OrganisationData, PersonData, SeminarData, TalkData
from desktop.services import certificates, organisations, participants, people, programme, seminars
from desktop.storage.models import (
    BlockModerator,
    Certificate,
    Participation,
    Person,
    PersonNameForm,
    TalkSpeaker,
)
from tests.conftest import add_person


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _find(session: Session, **fields: object) -> tuple[int, bool]:
    return people.find_or_create_person(session, PersonData(**fields))  # type: ignore[arg-type]


# --- de-duplication ------------------------------------------------------------------------------


def test_same_name_typed_differently_is_the_same_person(session: Session) -> None:
    first, created = _find(session, surname="Соловьёв", given_name="Пётр", patronymic="Ильич")
    assert created is True
    for surname, given, patronymic in [
        ("СОЛОВЬЕВ", "петр", "ильич"),
        ("  Соловьёв ", "Пётр  ", "  Ильич"),
        ("соловьев", "ПЁТР", "ИЛЬИЧ"),
    ]:
        again, created = _find(session, surname=surname, given_name=given, patronymic=patronymic)
        assert (again, created) == (first, False), (surname, given, patronymic)
    assert _count(session, Person) == 1
    # the entry keeps the spelling it was created with
    assert people.get_person(session, first).full_name == "Соловьёв Пётр Ильич"


def test_double_surname_with_spaces_around_the_dash_is_the_same_person(session: Session) -> None:
    first, _ = _find(session, surname="Петрова-Водкина", given_name="Мария", patronymic="Кузьминична")
    again, created = _find(session, surname="Петрова - Водкина", given_name="Мария", patronymic="Кузьминична")
    assert (again, created) == (first, False)


def test_same_name_and_same_email_in_another_case_is_the_same_person(session: Session) -> None:
    first, _ = _find(session, surname="Гайдамака", given_name="Олена", email="O.Haidamaka@Lib.Kiev.UA")
    again, created = _find(session, surname="Гайдамака", given_name="Олена", email="o.haidamaka@lib.kiev.ua")
    assert (again, created) == (first, False)
    assert people.get_person(session, first).email == "O.Haidamaka@Lib.Kiev.UA"


def test_same_name_with_different_emails_is_two_people(session: Session) -> None:
    first, _ = _find(session, surname="Иванова", given_name="Мария", patronymic="Петровна", email="ivanova@cbs.ru")
    second, created = _find(
        session, surname="Иванова", given_name="Мария", patronymic="Петровна", email="m.ivanova@yandex.ru"
    )
    assert created is True
    assert second != first
    assert {p.email for p in people.search_people(session, "иванова мария")} == {
        "ivanova@cbs.ru",
        "m.ivanova@yandex.ru",
    }


def test_same_email_with_different_names_is_two_people(session: Session) -> None:
    """A library's shared mailbox: the e-mail alone does not make two people one."""
    first, _ = _find(session, surname="Кузнецова", given_name="Ольга", email="cbs-sarapul@mail.ru")
    second, created = _find(session, surname="Белова", given_name="Ирина", email="cbs-sarapul@mail.ru")
    assert created is True
    assert second != first
    assert _count(session, Person) == 2


def test_a_match_only_fills_in_the_fields_it_lacked(session: Session) -> None:
    org = organisations.find_or_create_organisation(session, OrganisationData("МБУК «ЦБС» г. Сарапула"))
    first, _ = _find(session, surname="Шевченко", given_name="Тарас", patronymic="Григорьевич", position="Библиотекарь")
    again, created = _find(
        session,
        surname="Шевченко",
        given_name="Тарас",
        patronymic="Григорьевич",
        position="Заведующий отделом",
        degree="канд. пед. наук",
        city="Сарапул",
        email="t.shevchenko@cbs-sarapul.ru",
        phone="+7 341 474-12-34",
        organisation_id=org,
    )
    assert (again, created) == (first, False)
    record = people.get_person(session, first)
    assert record.position == "Библиотекарь"  # kept, not overwritten
    assert record.degree == "канд. пед. наук"
    assert record.city == "Сарапул"
    assert record.email == "t.shevchenko@cbs-sarapul.ru"
    assert record.phone == "+7 341 474-12-34"
    assert record.organisation_id == org
    assert record.organisation_name == "МБУК «ЦБС» г. Сарапула"


def test_a_match_without_email_takes_the_email_of_the_new_data(session: Session) -> None:
    first, _ = _find(session, surname="Ткаченко", given_name="Ірина", patronymic="Василівна")
    again, created = _find(
        session, surname="Ткаченко", given_name="Ірина", patronymic="Василівна", email="tkachenko@ukr.net"
    )
    assert (again, created) == (first, False)
    assert people.get_person(session, first).email == "tkachenko@ukr.net"


# --- gender --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given", "patronymic", "expected"),
    [
        ("Мамедов", "Эльдар", "Рашид оглы", Gender.MALE),
        ("Алиева", "Лейла", "Намик кызы", Gender.FEMALE),
        ("Вірьовка", "Тетяна", "Миколаївна", Gender.FEMALE),
        ("Кузьмин", "Никита", "", Gender.MALE),
        ("Лебедь", "Женя", "", Gender.UNKNOWN),
    ],
)
def test_gender_is_inferred(session: Session, surname: str, given: str, patronymic: str, expected: Gender) -> None:
    person_id = add_person(session, surname, given, patronymic)
    assert people.get_person(session, person_id).gender is expected


def test_an_explicit_gender_is_kept(session: Session) -> None:
    # the patronymic says male; the user said otherwise and is right by definition
    person_id = add_person(session, "Мамедов", "Эльдар", "Рашид оглы", gender=Gender.FEMALE)
    assert people.get_person(session, person_id).gender is Gender.FEMALE
    unisex = add_person(session, "Лебедь", "Саша", gender=Gender.MALE)
    assert people.get_person(session, unisex).gender is Gender.MALE


def test_a_match_with_unknown_gender_learns_it_later(session: Session) -> None:
    person_id = add_person(session, "Лебедь", "Женя")
    assert people.get_person(session, person_id).gender is Gender.UNKNOWN
    again = add_person(session, "Лебедь", "Женя", gender=Gender.FEMALE)
    assert again == person_id
    assert people.get_person(session, person_id).gender is Gender.FEMALE


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("surname", ["", "   ", "\u00a0\t"])
def test_empty_surname_is_rejected(session: Session, surname: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _find(session, surname=surname, given_name="Анна")
    assert caught.value.field == "surname"
    assert "surname" in str(caught.value)
    assert _count(session, Person) == 0


@pytest.mark.parametrize("email", ["petrova.mail.ru", "petrova @mail.ru", "petrova@mail .ru"])
def test_bad_email_is_rejected(session: Session, email: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _find(session, surname="Петрова", given_name="Анна", email=email)
    assert caught.value.field == "email"
    assert f"«{email}»" in str(caught.value)
    assert _count(session, Person) == 0


def test_unknown_organisation_is_rejected(session: Session) -> None:
    with pytest.raises(NotFoundError, match="organisation"):
        _find(session, surname="Петрова", given_name="Анна", organisation_id=999)


def test_update_person_validates_too(session: Session) -> None:
    person_id = add_person(session, "Петрова", "Анна", "Сергеевна")
    with pytest.raises(ValidationError) as caught:
        people.update_person(session, person_id, PersonData(surname="Петрова", email="нет почты"))
    assert caught.value.field == "email"
    people.update_person(
        session, person_id, PersonData(surname="Петрова-Ким", given_name="Анна", patronymic="Сергеевна")
    )
    assert people.get_person(session, person_id).full_name == "Петрова-Ким Анна Сергеевна"
    assert [p.id for p in people.search_people(session, "ким")] == [person_id]


# --- search --------------------------------------------------------------------------------------


@pytest.fixture
def directory(session: Session) -> dict[str, int]:
    return {
        "solovyov": add_person(session, "Соловьёв", "Пётр", "Ильич", email="solovyov@kdb.perm.ru"),
        "solovyova": add_person(session, "Соловьева", "Анна", "Петровна"),
        "galagan": add_person(session, "Ґалаґан", "Олена", "Іванівна", email="o_galagan@ukr.net"),
        "galagan_g": add_person(session, "Галаган", "Олег", "Іванович", email="volga-lib@ukr.net"),
        "ivanov": add_person(session, "Иванов", "Пётр", "Сергеевич"),
        "percent": add_person(session, "Смирнова", "Юлия", notes="скидка 100%"),
    }


def _ids(records: list[people.PersonRecord]) -> set[int]:
    return {r.id for r in records}


@pytest.mark.parametrize("query", ["соловь", "СОЛОВЬ", "Соловьев", "соловьёв", "  соловь  "])
def test_search_ignores_case_and_yo(session: Session, directory: dict[str, int], query: str) -> None:
    assert _ids(people.search_people(session, query)) == {directory["solovyov"], directory["solovyova"]}


def test_search_keeps_ukrainian_letters_distinct(session: Session, directory: dict[str, int]) -> None:
    assert _ids(people.search_people(session, "ґалаґан")) == {directory["galagan"]}
    assert _ids(people.search_people(session, "ҐАЛАҐАН")) == {directory["galagan"]}
    assert _ids(people.search_people(session, "галаган")) == {directory["galagan_g"]}


def test_search_with_several_words_needs_all_of_them(session: Session, directory: dict[str, int]) -> None:
    # a word matches anywhere in the name: «петр» is also in «Петровна»
    assert _ids(people.search_people(session, "пётр")) == {
        directory["solovyov"],
        directory["solovyova"],
        directory["ivanov"],
    }
    assert _ids(people.search_people(session, "петр соловьев")) == {
        directory["solovyov"],
        directory["solovyova"],
    }
    assert _ids(people.search_people(session, "ильич пётр")) == {directory["solovyov"]}
    assert _ids(people.search_people(session, "СОЛОВЬЕВА анна")) == {directory["solovyova"]}
    assert people.search_people(session, "пётр ґалаґан") == []


def test_search_finds_by_email(session: Session, directory: dict[str, int]) -> None:
    assert _ids(people.search_people(session, "kdb.perm")) == {directory["solovyov"]}


def test_search_treats_percent_and_underscore_literally(session: Session, directory: dict[str, int]) -> None:
    assert people.search_people(session, "%") == []
    assert people.search_people(session, "100%") == []  # notes are not searched
    # «o_g» must not act as a wildcard matching the «olg» of «volga-lib@ukr.net»
    assert _ids(people.search_people(session, "o_g")) == {directory["galagan"]}
    assert _ids(people.search_people(session, "_")) == {directory["galagan"]}


def test_search_without_query_lists_everyone_in_name_order(session: Session, directory: dict[str, int]) -> None:
    found = people.search_people(session)
    assert len(found) == len(directory)
    russian = [r.surname for r in found if r.surname != "Ґалаґан"]
    assert russian == ["Галаган", "Иванов", "Смирнова", "Соловьёв", "Соловьева"]
    assert len(people.search_people(session, "", limit=2)) == 2


# --- dative forms --------------------------------------------------------------------------------


def test_set_dative_store_replace_remove(session: Session) -> None:
    person_id = add_person(session, "Вірьовка", "Тетяна", "Миколаївна")
    assert people.get_person(session, person_id).dative == {}

    people.set_dative(session, person_id, Language.UK, "Вірьовці  Тетяні Миколаївні")
    people.set_dative(session, person_id, Language.RU, "Вирёвке Татьяне Николаевне")
    assert people.get_person(session, person_id).dative == {
        Language.UK: "Вірьовці Тетяні Миколаївні",
        Language.RU: "Вирёвке Татьяне Николаевне",
    }

    people.set_dative(session, person_id, Language.UK, "Вірьовці Т. М.")
    assert people.get_person(session, person_id).dative[Language.UK] == "Вірьовці Т. М."
    assert _count(session, PersonNameForm) == 2

    people.set_dative(session, person_id, Language.UK, "   ")
    people.set_dative(session, person_id, Language.EN, None)  # removing what is not there is harmless
    session.flush()
    assert people.get_person(session, person_id).dative == {Language.RU: "Вирёвке Татьяне Николаевне"}
    assert _count(session, PersonNameForm) == 1


def test_set_dative_of_a_missing_person(session: Session) -> None:
    with pytest.raises(NotFoundError):
        people.set_dative(session, 404, Language.RU, "Иванову")


# --- merging -------------------------------------------------------------------------------------


def _seminar(session: Session, title: str, day: int) -> int:
    return seminars.create_seminar(
        session, SeminarData(title, dt.datetime(2026, 3, day, 10, 0), dt.datetime(2026, 3, day, 17, 0))
    )


def test_merge_people_moves_everything_and_loses_nothing(session: Session, seminar_id: int) -> None:
    keep = add_person(session, "Соловьёв", "Пётр", "Ильич", email="solovyov@kdb.perm.ru")
    other = add_person(session, "Соловьев", "Петр", "", position="Методист", phone="+7 342 212-00-00")
    colleague = add_person(session, "Мамедов", "Эльдар", "Рашид оглы")
    people.set_dative(session, other, Language.UK, "Соловйову Петру")
    both_seminar = _seminar(session, "Детское чтение", 10)
    only_other = _seminar(session, "Краеведение в библиотеке", 11)

    # seminar_id: both registered; the other one was a speaker and got a certificate
    mine, _ = participants.register(session, seminar_id, keep, registered_at=dt.datetime(2026, 11, 1, 9, 0))
    theirs, _ = participants.register(
        session,
        seminar_id,
        other,
        role=Role.SPEAKER,
        registered_at=dt.datetime(2026, 10, 1, 9, 0),
        attended=True,
    )
    their_certificate = certificates.issue_certificate(session, theirs, issued_on=dt.date(2026, 11, 24))
    # both registered again, both certified: one row stays, both certificates stay in the register
    mine2, _ = participants.register(session, both_seminar, keep, role=Role.MODERATOR)
    theirs2, _ = participants.register(session, both_seminar, other, mode=Mode.ONLINE)
    certificates.issue_certificate(session, mine2, issued_on=dt.date(2026, 3, 10))
    certificates.issue_certificate(session, theirs2, issued_on=dt.date(2026, 3, 10))
    # only the other one registered
    moved, _ = participants.register(session, only_other, other, mode=Mode.ONLINE)

    block = programme.add_block(
        session,
        seminar_id,
        BlockData("Секция 1", dt.datetime(2026, 11, 24, 11, 0), moderator_ids=(other, colleague)),
    )
    shared_block = programme.add_block(
        session,
        seminar_id,
        BlockData("Секция 2", dt.datetime(2026, 11, 24, 14, 0), moderator_ids=(keep, other)),
    )
    talk_other = programme.add_talk(
        session, seminar_id, TalkData("Подкасты в библиотеке", speaker_ids=(colleague, other)), block_id=block
    )
    talk_both = programme.add_talk(
        session, seminar_id, TalkData("Онлайн-клубы", speaker_ids=(other, keep)), block_id=shared_block
    )

    before = {
        model: _count(session, model)
        for model in (Person, Participation, Certificate, TalkSpeaker, BlockModerator, PersonNameForm)
    }
    assert before[Participation] == 5

    people.merge_people(session, keep, other)

    after = {model: _count(session, model) for model in before}
    assert after[Person] == before[Person] - 1
    assert after[Participation] == before[Participation] - 2  # the two doubled registrations became one each
    assert after[Certificate] == before[Certificate] == 3
    assert after[TalkSpeaker] == before[TalkSpeaker] - 1  # «Онлайн-клубы» had both of them
    assert after[BlockModerator] == before[BlockModerator] - 1
    assert after[PersonNameForm] == before[PersonNameForm]

    with pytest.raises(NotFoundError):
        people.get_person(session, other)

    # the registration for seminar_id: the stronger role, the certificate, attendance and the earlier date
    rows = {p.seminar_id: p for p in session.scalars(select(Participation).where(Participation.person_id == keep))}
    assert set(rows) == {seminar_id, both_seminar, only_other}
    merged = rows[seminar_id]
    assert merged.id == mine
    assert merged.role == Role.SPEAKER.value
    assert merged.attended is True
    assert merged.registered_at == dt.datetime(2026, 10, 1, 9, 0)
    assert merged.certificate_id == their_certificate.id
    assert rows[both_seminar].id == mine2
    assert rows[both_seminar].role == Role.MODERATOR.value  # moderator outweighs participant
    assert rows[only_other].id == moved
    assert rows[only_other].mode == Mode.ONLINE.value

    listed = {p.person_id: p for p in participants.list_participants(session, seminar_id)}
    assert listed[keep].certificate_number == their_certificate.number

    # every certificate now points at the kept person
    assert {c.person_id for c in certificates.list_register(session)} == {keep}

    prog = programme.get_programme(session, seminar_id)
    by_title = {t.title: t for t in prog.all_talks()}
    assert [s.person_id for s in by_title["Подкасты в библиотеке"].speakers] == [colleague, keep]
    assert [s.person_id for s in by_title["Онлайн-клубы"].speakers] == [keep]
    moderators = {b.title: [m.person_id for m in b.moderators] for b in prog.blocks}
    assert moderators == {"Секция 1": [keep, colleague], "Секция 2": [keep]}
    assert talk_other in {t.id for t in prog.all_talks()} and talk_both in {t.id for t in prog.all_talks()}

    record = people.get_person(session, keep)
    assert record.email == "solovyov@kdb.perm.ru"
    assert record.position == "Методист"  # filled from the other entry
    assert record.phone == "+7 342 212-00-00"
    assert record.dative == {Language.UK: "Соловйову Петру"}


def test_merge_people_with_themselves_is_refused(session: Session) -> None:
    person_id = add_person(session, "Иванов", "Иван", "Иванович")
    with pytest.raises(ValidationError):
        people.merge_people(session, person_id, person_id)
    with pytest.raises(NotFoundError):
        people.merge_people(session, person_id, 9999)
    assert _count(session, Person) == 1
