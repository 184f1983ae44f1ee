"""Names in the dative case for certificates: the hard cases, gender agreement, overrides, doubts."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from desktop.documents.declension import dative, person_dative
from desktop.domain.enums import Gender, Language

RU, UK, EN = Language.RU, Language.UK, Language.EN
M, F, U = Gender.MALE, Gender.FEMALE, Gender.UNKNOWN


@pytest.mark.parametrize(
    ("surname", "given", "patronymic", "gender", "expected"),
    [
        ("Абрамкина", "Елена", "Ивановна", U, "Абрамкиной Елене Ивановне"),
        # double surnames decline on both sides
        ("Петрова-Водкина", "Мария", "Кузьминична", F, "Петровой-Водкиной Марии Кузьминичне"),
        ("Петров-Водкин", "Кузьма", "Сергеевич", M, "Петрову-Водкину Кузьме Сергеевичу"),
        # indeclinable surnames: -их/-ых, -ко, -аго/-яго, a woman's consonant-final surname
        ("Черных", "Тамара", "Ивановна", F, "Черных Тамаре Ивановне"),
        ("Черных", "Павел", "Андреевич", M, "Черных Павлу Андреевичу"),
        ("Шевченко", "Ольга", "Ивановна", F, "Шевченко Ольге Ивановне"),
        ("Дубяго", "Людмила", "Олеговна", F, "Дубяго Людмиле Олеговне"),
        ("Дубяго", "Игорь", "Олегович", M, "Дубяго Игорю Олеговичу"),
        ("Тауль", "Ольга", "Михайловна", F, "Тауль Ольге Михайловне"),
        # ё is kept where the name has it
        ("Королёва", "Алёна", "Фёдоровна", U, "Королёвой Алёне Фёдоровне"),
        ("Королёв", "Пётр", "Фёдорович", M, "Королёву Петру Фёдоровичу"),
        # Turkic patronymics: the father's name and the particle stay as they are
        ("Мамедов", "Эльдар", "Рашид оглы", U, "Мамедову Эльдару Рашид оглы"),
        ("Гусейнова", "Айгюн", "Рафик кызы", U, "Гусейновой Айгюн Рафик кызы"),
        ("Ключевский-Обухов", "Аркадий", "Петрович", M, "Ключевскому-Обухову Аркадию Петровичу"),
    ],
)
def test_russian_dative(surname: str, given: str, patronymic: str, gender: Gender, expected: str) -> None:
    assert dative(surname, given, patronymic, gender, RU).text == expected


@pytest.mark.parametrize(
    ("surname", "given", "patronymic", "gender", "expected"),
    [
        # a noun surname in -ка: Вірьовці, not the library's adjectival «Вірьовкій»
        ("Вірьовка", "Тетяна", "Миколаївна", U, "Вірьовці Тетяні Миколаївні"),
        ("Ґалаґан", "Мар’яна", "Сергіївна", F, "Ґалаґан Мар’яні Сергіївні"),
        ("Ґалаґан", "Ґедеон", "Петрович", M, "Ґалаґану Ґедеону Петровичу"),
        # a woman's surname in -о does not decline, a man's does
        ("Шевченко", "Олена", "Петрівна", F, "Шевченко Олені Петрівні"),
        ("Шевченко", "Тарас", "Григорович", M, "Шевченку Тарасу Григоровичу"),
        # adjectives decline as adjectives (the library alone would say «Яновськию»)
        ("Яновський", "Олег", "Іванович", M, "Яновському Олегу Івановичу"),
        ("Стецька", "Надія", "Олегівна", F, "Стецькій Надії Олегівні"),
        ("Кучмій", "Назар", "Петрович", M, "Кучмію Назару Петровичу"),
        ("Сковорода", "Григорій", "Савич", M, "Сковороді Григорію Савичу"),
        ("Сергіїв", "Оксана", "Богданівна", F, "Сергіїв Оксані Богданівні"),
        ("Ярошенко-Білоус", "Наталія", "Василівна", F, "Ярошенко-Білоус Наталії Василівні"),
        ("Квітка-Основ’яненко", "Григорій", "Федорович", M, "Квітці-Основ’яненку Григорію Федоровичу"),
    ],
)
def test_ukrainian_dative(surname: str, given: str, patronymic: str, gender: Gender, expected: str) -> None:
    assert dative(surname, given, patronymic, gender, UK).text == expected


def test_gender_comes_from_the_patronymic_when_not_stored() -> None:
    assert dative("Ким", "Саша", "Игоревна", U, RU).gender is F
    assert dative("Ким", "Саша", "Игоревич", U, RU).gender is M
    assert dative("Гасанов", "Эльчин", "Тофик оглы", U, RU).gender is M
    assert dative("Алиева", "Айгюн", "Рафик кызы", U, RU).gender is F


def test_unknown_gender_is_a_doubt() -> None:
    result = dative("Ким", "Саша", "", U, RU)
    assert result.gender is U
    assert "gender unknown" in result.doubts


def test_doubtful_names_are_listed() -> None:
    assert dative("Smith", "John", "", M, RU).text == "Smith John"
    assert any("Latin" in d for d in dative("Smith", "John", "", M, RU).doubts)
    assert any("-ька" in d for d in dative("Рябенька", "Марія", "Євгенівна", F, UK).doubts)
    assert any("-а/-я" in d for d in dative("Дюма", "Александр", "", M, RU).doubts)
    assert any("Ukrainian spelling" in d for d in dative("Вірьовка", "Тетяна", "Миколаївна", F, RU).doubts)
    assert dative("Абрамкина", "Елена", "Ивановна", F, RU).doubts == ()


@dataclass
class _Person:
    surname: str
    given_name: str
    patronymic: str
    gender: Gender
    dative: dict[Language, str] = field(default_factory=dict)


def test_the_stored_form_always_wins() -> None:
    person = _Person("Лаур", "Марина", "Евгеньевна", F, {RU: "Лаур Марине Евгеньевне (исправлено)"})
    result = person_dative(person, RU)
    assert result.text == "Лаур Марине Евгеньевне (исправлено)" and result.from_override
    # the override is per language: the Ukrainian certificate is declined by the rules
    assert person_dative(person, UK).from_override is False


def test_english_names_are_not_declined() -> None:
    result = dative("Вірьовка", "Тетяна", "Миколаївна", F, EN)
    assert result.text == "Вірьовка Тетяна Миколаївна" and result.doubts == ()
