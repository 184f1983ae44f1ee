from __future__ import annotations

import pytest

from desktop.domain.enums import Gender
from desktop.domain.names import (
    NBSP,
    collapse_spaces,
    email_key,
    fold,
    full_name,
    infer_gender,
    initials_surname,
    normal_name_case,
    organisation_key,
    person_key,
    split_full_name,
)

# --- collapse_spaces ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Шевченко   Тарас ", "Шевченко Тарас"),
        ("Вірьовка\u00a0Тетяна\tМиколаївна\n", "Вірьовка Тетяна Миколаївна"),
        ("Иванов\u202f\u2007Иван", "Иванов Иван"),
        ("\r\n \t", ""),
        ("", ""),
    ],
)
def test_collapse_spaces(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected


# --- fold ---------------------------------------------------------------------------------------


def test_fold_makes_yo_and_case_irrelevant() -> None:
    assert fold("Соловьёв") == fold("СОЛОВЬЕВ") == fold("соловьев") == "соловьев"
    assert "соловь" in fold("Соловьёв")
    assert fold("ЁЛКИН") == "елкин"


def test_fold_handles_decomposed_yo() -> None:
    # е + combining diaeresis, as some Mac and web sources produce it.
    assert fold("Солове\u0308в") == fold("Соловёв")


def test_fold_keeps_ukrainian_letters_distinct() -> None:
    assert fold("Ґалаґан") == "ґалаґан"
    assert fold("Ґалаґан") != fold("Галаган")
    assert fold("Іван") != fold("Иван")
    assert fold("Їжак") == "їжак"
    assert fold("Євген") == "євген"


@pytest.mark.parametrize("apostrophe", ["’", "ʼ", "`", "'", "‘"])
def test_fold_unifies_apostrophes(apostrophe: str) -> None:
    assert fold(f"Мар{apostrophe}яна") == "мар'яна"


def test_fold_collapses_spaces_and_drops_invisibles() -> None:
    assert fold("  Петрова\u00a0\u00a0Ирина ") == "петрова ирина"
    assert fold("Шев\u00adченко\u200b") == "шевченко"


def test_fold_ignores_stress_marks() -> None:
    assert fold("Ива\u0301нов") == fold("Иванов")


# --- organisation_key ---------------------------------------------------------------------------


def test_organisation_key_ignores_quotes_dots_and_spacing() -> None:
    variants = [
        "МБУК „ЦБС“ г. Сарапула",
        'МБУК "ЦБС" г.Сарапула',
        "мбук «цбс» г. сарапула",
        " МБУК  «ЦБС»  г. Сарапула. ",
    ]
    keys = {organisation_key(v) for v in variants}
    assert keys == {"мбук цбс г сарапула"}


def test_organisation_key_number_sign_and_dashes() -> None:
    assert organisation_key("Библиотека № 5") == organisation_key("Библиотека №5") == "библиотека 5"
    assert organisation_key("ГБУК «Библиотека им. М.Ю. Лермонтова» — филиал") == (
        "гбук библиотека им м ю лермонтова филиал"
    )


def test_organisation_key_ukrainian_apostrophe_and_letters() -> None:
    key = organisation_key("КЗ «Кам’янець-Подільська міська ЦБС»")
    assert key == "кз камянець подільська міська цбс"
    assert key == organisation_key('КЗ "Камянець-Подільська міська ЦБС"')
    assert organisation_key("Ґалаґанівська бібліотека") != organisation_key("Галаганівська бібліотека")


def test_organisation_key_yo_is_folded() -> None:
    assert organisation_key("Библиотека им. Ёлкина") == organisation_key("БИБЛИОТЕКА ИМ. ЕЛКИНА")


@pytest.mark.parametrize("empty", ["", "   ", "«»", " . , — "])
def test_organisation_key_empty(empty: str) -> None:
    assert organisation_key(empty) == ""


# --- person_key ---------------------------------------------------------------------------------


def test_person_key_basic() -> None:
    assert person_key("Соловьёв", "Пётр", "Семёнович") == "соловьев петр семенович"
    assert person_key("СОЛОВЬЕВ", " петр ", "семенович") == person_key("Соловьёв", "Пётр", "Семёнович")


@pytest.mark.parametrize(
    "surname",
    ["Петрова-Водкина", "Петрова - Водкина", "Петрова–Водкина", "петрова — водкина", "Петрова\u2011Водкина"],
)
def test_person_key_double_surname_dashes(surname: str) -> None:
    assert person_key(surname, "Анна") == "петрова-водкина анна"


def test_person_key_hyphen_is_not_a_space() -> None:
    assert person_key("Петрова-Водкина", "Анна") != person_key("Петрова Водкина", "Анна")


def test_person_key_drops_empty_parts() -> None:
    assert person_key("Шевченко", "Тарас") == "шевченко тарас"
    assert person_key("Шевченко", "", "Григорович") == "шевченко григорович"
    assert person_key("Шевченко", "Тарас", "—") == "шевченко тарас"
    assert person_key("", "", "") == ""


def test_person_key_turkic_and_ukrainian() -> None:
    assert person_key("Мамедов", "Эльдар", "Рашид  оглы") == "мамедов эльдар рашид оглы"
    assert person_key("Вірьовка", "Тетяна", "Миколаївна") == "вірьовка тетяна миколаївна"
    assert person_key("Ґалаґан", "Мар’яна") == person_key("ҐАЛАҐАН", "Мар'яна")


# --- email_key ----------------------------------------------------------------------------------


def test_email_key() -> None:
    assert email_key("  Olena.Shevchenko@Ukr.NET \n") == "olena.shevchenko@ukr.net"
    assert email_key("") == ""
    assert email_key("   ") == ""


# --- infer_gender -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "patronymic", "expected"),
    [
        # Russian patronymics
        ("Пётр", "Семёнович", Gender.MALE),
        ("Саша", "Андреевич", Gender.MALE),
        ("Саша", "Андреевна", Gender.FEMALE),
        ("Женя", "Ильич", Gender.MALE),
        ("Женя", "Кузьминична", Gender.FEMALE),
        ("Анна", "Никитична", Gender.FEMALE),
        ("", "ИВАНОВНА", Gender.FEMALE),
        # Ukrainian patronymics
        ("Тетяна", "Миколаївна", Gender.FEMALE),
        ("Валя", "Василівна", Gender.FEMALE),
        ("Валя", "Андрійович", Gender.MALE),
        ("Тарас", "Григорович", Gender.MALE),
        # Turkic patronymics, separate or fused
        ("Эльдар", "Рашид оглы", Gender.MALE),
        ("Лейла", "Намик кызы", Gender.FEMALE),
        ("Айсель", "Намик гызы", Gender.FEMALE),
        ("Саша", "Рашид ОГЛЫ", Gender.MALE),
        ("Нурсултан", "Абишевич", Gender.MALE),
        ("Ерлан", "Нурланулы", Gender.MALE),
        ("Айгерим", "Нурлан қызы", Gender.FEMALE),
        ("Бакыт", "Асан уулу", Gender.MALE),
        ("Динара", "Рашид-кизи", Gender.FEMALE),
        # patronymic not decisive: the given name decides
        ("Лейла", "Н.", Gender.FEMALE),
        ("Эльдар", "", Gender.MALE),
    ],
)
def test_infer_gender_patronymic_first(given: str, patronymic: str, expected: Gender) -> None:
    assert infer_gender(given, patronymic) is expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # male names ending in -а/-я
        ("Никита", Gender.MALE),
        ("Илья", Gender.MALE),
        ("Кузьма", Gender.MALE),
        ("Фома", Gender.MALE),
        ("Лука", Gender.MALE),
        ("Савва", Gender.MALE),
        ("Данила", Gender.MALE),
        ("Гаврила", Gender.MALE),
        ("Миша", Gender.MALE),
        ("Микола", Gender.MALE),
        ("Микита", Gender.MALE),
        ("Ілля", Gender.MALE),
        ("Сава", Gender.MALE),
        ("Хома", Gender.MALE),
        ("НИКИТА", Gender.MALE),
        # female names ending in -ь
        ("Любовь", Gender.FEMALE),
        ("Нинель", Gender.FEMALE),
        ("Адель", Gender.FEMALE),
        ("Эсфирь", Gender.FEMALE),
        ("Юдифь", Gender.FEMALE),
        # ending rules
        ("Анна", Gender.FEMALE),
        ("Мар’яна", Gender.FEMALE),
        ("Тетяна", Gender.FEMALE),
        ("Наталія", Gender.FEMALE),
        ("Ольга", Gender.FEMALE),
        ("Тарас", Gender.MALE),
        ("Андрей", Gender.MALE),
        ("Сергій", Gender.MALE),
        ("Олег", Gender.MALE),
        ("Анна-Мария", Gender.FEMALE),
        ("Жан-Поль", Gender.MALE),
        # unisex and undecidable
        ("Саша", Gender.UNKNOWN),
        ("Женя", Gender.UNKNOWN),
        ("Валя", Gender.UNKNOWN),
        ("Рауль", Gender.UNKNOWN),
        ("Нико", Gender.UNKNOWN),
        ("Мари", Gender.UNKNOWN),
        ("Maria", Gender.UNKNOWN),
        ("Ivan", Gender.UNKNOWN),
        ("И.", Gender.UNKNOWN),
        ("", Gender.UNKNOWN),
        ("   ", Gender.UNKNOWN),
    ],
)
def test_infer_gender_from_given_name(given: str, expected: Gender) -> None:
    assert infer_gender(given) is expected


def test_infer_gender_common_exceptions_beyond_the_rules() -> None:
    # Ukrainian -о names and male -ь names are common enough to know.
    assert infer_gender("Петро") is Gender.MALE
    assert infer_gender("Дмитро") is Gender.MALE
    assert infer_gender("Игорь") is Gender.MALE
    assert infer_gender("Любов") is Gender.FEMALE


def test_infer_gender_fragment_is_not_a_patronymic() -> None:
    assert infer_gender("Саша", "ич") is Gender.UNKNOWN


# --- full_name ----------------------------------------------------------------------------------


def test_full_name() -> None:
    assert full_name("Вірьовка", "Тетяна", "Миколаївна") == "Вірьовка Тетяна Миколаївна"
    assert full_name("Шевченко", "Тарас") == "Шевченко Тарас"
    assert full_name(" Мамедов ", "Эльдар", "Рашид  оглы") == "Мамедов Эльдар Рашид оглы"
    assert full_name("Шевченко", "", "Григорович") == "Шевченко Григорович"
    assert full_name("", "", "") == ""


# --- initials_surname ---------------------------------------------------------------------------


def test_initials_surname_uses_no_break_space() -> None:
    result = initials_surname("Вірьовка", "Тетяна", "Миколаївна")
    assert result == "Т.М.\u00a0Вірьовка"
    assert NBSP == "\u00a0"
    assert " " not in result


@pytest.mark.parametrize(
    ("surname", "given", "patronymic", "expected"),
    [
        ("Шевченко", "Тарас", "", f"Т.{NBSP}Шевченко"),
        ("Мамедов", "Эльдар", "Рашид оглы", f"Э.Р.{NBSP}Мамедов"),
        ("Алиева", "Лейла", "Намик кызы", f"Л.Н.{NBSP}Алиева"),
        ("Петрова-Водкина", "Анна-Мария", "Ивановна", f"А.-М.И.{NBSP}Петрова-Водкина"),
        ("Ґалаґан", "ґанна", "", f"Ґ.{NBSP}Ґалаґан"),
        ("Соловьёв", "Пётр", "Семёнович", f"П.С.{NBSP}Соловьёв"),
        ("Иванова", "И.", "И.", f"И.И.{NBSP}Иванова"),
        ("Шевченко", "", "Григорович", "Шевченко"),
        ("Шевченко", "", "", "Шевченко"),
        ("", "Тарас", "Григорович", "Т.Г."),
        ("", "", "", ""),
    ],
)
def test_initials_surname(surname: str, given: str, patronymic: str, expected: str) -> None:
    assert initials_surname(surname, given, patronymic) == expected


# --- normal_name_case ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ИВАНОВА", "Иванова"),
        ("иванова", "Иванова"),
        ("петрова-водкина", "Петрова-Водкина"),
        ("ПЕТРОВА–ВОДКИНА", "Петрова–Водкина"),
        ("мар’яна", "Мар’яна"),
        ("МАР'ЯНА", "Мар'яна"),
        ("о'коннор", "О'коннор"),
        ("o'connor", "O'Connor"),
        ("ҐАЛАҐАН", "Ґалаґан"),
        ("РАШИД ОГЛЫ", "Рашид оглы"),
        ("намик кызы", "Намик кызы"),
        ("рашид-оглы", "Рашид-оглы"),
        ("ВІРЬОВКА ТЕТЯНА МИКОЛАЇВНА", "Вірьовка Тетяна Миколаївна"),
        ("МакДональд", "МакДональд"),
        ("ДиКаприо", "ДиКаприо"),
        ("Шевченко", "Шевченко"),
        ("ШЕВЧЕНКО тарас Григорович", "Шевченко Тарас Григорович"),
        ("иванова и.и.", "Иванова И.И."),
        ("соловьёв  ", "Соловьёв  "),
        ("", ""),
    ],
)
def test_normal_name_case(text: str, expected: str) -> None:
    assert normal_name_case(text) == expected


# --- split_full_name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шевченко", ("Шевченко", "", "")),
        ("Шевченко Тарас", ("Шевченко", "Тарас", "")),
        ("  Вірьовка\u00a0Тетяна   Миколаївна ", ("Вірьовка", "Тетяна", "Миколаївна")),
        ("Петрова-Водкина Анна Ивановна", ("Петрова-Водкина", "Анна", "Ивановна")),
        ("Мамедов Эльдар Рашид оглы", ("Мамедов", "Эльдар", "Рашид оглы")),
        ("Алиева Лейла Намик кызы", ("Алиева", "Лейла", "Намик кызы")),
        ("Алиева Лейла Намик КЫЗЫ", ("Алиева", "Лейла", "Намик КЫЗЫ")),
        ("Мамедов Эльдар Рашид-оглы", ("Мамедов", "Эльдар", "Рашид-оглы")),
        ("Гарсиа Мария Хосе Луиза", ("Гарсиа", "Мария", "Хосе Луиза")),
        ("Иванова И.И.", ("Иванова", "И.", "И.")),
        ("Иванова И. И.", ("Иванова", "И.", "И.")),
        ("И.И. Иванова", ("Иванова", "И.", "И.")),
        ("И. И. Иванова", ("Иванова", "И.", "И.")),
        ("И.И.Иванова", ("Иванова", "И.", "И.")),
        ("Т. Шевченко", ("Шевченко", "Т.", "")),
        ("А.-М.И. Петрова-Водкина", ("Петрова-Водкина", "А.-М.", "И.")),
        ("Иванова Ирина И.", ("Иванова", "Ирина", "И.")),
        ("И.И.", ("", "И.", "И.")),
        ("", ("", "", "")),
        ("   ", ("", "", "")),
    ],
)
def test_split_full_name(text: str, expected: tuple[str, str, str]) -> None:
    assert split_full_name(text) == expected


def test_split_then_initials_round_trip() -> None:
    surname, given, patronymic = split_full_name("Мамедов Эльдар Рашид оглы")
    assert initials_surname(surname, given, patronymic) == f"Э.Р.{NBSP}Мамедов"
    assert infer_gender(given, patronymic) is Gender.MALE
