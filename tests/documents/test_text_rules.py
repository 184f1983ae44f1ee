"""Typography, dates and plural forms: what our readers expect to see printed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.documents.formatting import counted, date_range, long_date, number
from desktop.documents.phrases import phrases
from desktop.documents.typography import NBSP, quoted, tidy, time_range
from desktop.domain.enums import Language

RU, UK, EN = Language.RU, Language.UK, Language.EN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сетевые акции в библиотеке", "«Сетевые акции в библиотеке»"),
        ("«Книжный навигатор»: как подросток выбирает книгу", "«„Книжный навигатор“: как подросток выбирает книгу»"),
        ("«Арктика — юным читателям»", "«Арктика" + NBSP + "— юным читателям»"),  # wrapped whole: not twice
        ('Онлайн-комбо по книге "По следам Незнайки"', "«Онлайн-комбо по книге „По следам Незнайки“»"),
        ("Цифрова грамотність: курс «Смартфон без страху»", "«Цифрова грамотність: курс „Смартфон без страху“»"),
    ],
)
def test_titles_get_yolochki_outside_and_lapki_inside(text: str, expected: str) -> None:
    assert quoted(text, RU) == expected


def test_english_quotes() -> None:
    assert quoted('Reading "aloud" online', EN) == "“Reading ‘aloud’ online”"


def test_tidy_dashes_initials_and_abbreviations() -> None:
    assert tidy("библиотека - это люди") == f"библиотека{NBSP}— это люди"
    assert tidy("им. И. А. Ветлугина") == f"им.{NBSP}И.{NBSP}А.{NBSP}Ветлугина"
    assert tidy("г. Кемерово, филиал №7") == f"г.{NBSP}Кемерово, филиал №{NBSP}7"
    assert tidy("Т.М. Вірьовка", UK) == f"Т.М.{NBSP}Вірьовка"


def test_time_range_uses_an_en_dash() -> None:
    assert time_range(dt.time(10, 0), dt.time(11, 30)) == "10:00–11:30"


def test_dates_in_the_genitive_with_year_word() -> None:
    assert long_date(dt.date(2026, 11, 24), RU) == "24 ноября 2026 года"
    assert long_date(dt.date(2026, 10, 28), UK) == "28 жовтня 2026 року"
    assert long_date(dt.date(2026, 11, 24), EN) == "24 November 2026"


def test_date_ranges() -> None:
    assert date_range(dt.date(2026, 11, 18), dt.date(2026, 11, 19), RU) == "18–19 ноября 2026 года"
    assert date_range(dt.date(2026, 10, 30), dt.date(2026, 11, 2), RU) == "30 октября – 2 ноября 2026 года"
    assert date_range(dt.date(2026, 12, 30), dt.date(2027, 1, 2), UK) == "30 грудня 2026 року – 2 січня 2027 року"
    assert date_range(dt.date(2026, 11, 18), dt.date(2026, 11, 18), UK) == "18 листопада 2026 року"


@pytest.mark.parametrize(
    ("count", "russian", "ukrainian", "english"),
    [
        (1, "1 участник", "1 учасник", "1 participant"),
        (2, "2 участника", "2 учасники", "2 participants"),
        (5, "5 участников", "5 учасників", "5 participants"),
        (11, "11 участников", "11 учасників", "11 participants"),
        (21, "21 участник", "21 учасник", "21 participants"),
        (22, "22 участника", "22 учасники", "22 participants"),
        (143, "143 участника", "143 учасники", "143 participants"),
        (111, "111 участников", "111 учасників", "111 participants"),
    ],
)
def test_plural_forms_follow_cldr(count: int, russian: str, ukrainian: str, english: str) -> None:
    for language, expected in ((RU, russian), (UK, ukrainian), (EN, english)):
        assert counted(count, phrases(language).participants, language) == expected.replace(" ", NBSP)


def test_fractional_hours_and_big_numbers() -> None:
    assert counted(1.5, phrases(RU).academic_hours, RU) == f"1,5{NBSP}академического часа"
    assert counted(6.0, phrases(RU).academic_hours, RU) == f"6{NBSP}академических часов"
    assert counted(4, phrases(UK).academic_hours, UK) == f"4{NBSP}академічні години"
    assert number(3000, RU) == f"3{NBSP}000"


def test_organisations_after_iz_take_the_genitive() -> None:
    forms = phrases(RU).from_organisations
    assert counted(1, forms, RU).endswith("организации")
    assert counted(38, forms, RU).endswith("организаций")
    assert counted(21, forms, RU).endswith("организации")
