"""The short cuts of an import give exactly what the full rules give.

A row with a surname and no «=» is cleaned in one pass (`cleaning._clean_plain_row`), and a name of plain words
gets its keys without folding part by part (`names.plain_name_key`). Both are compared here, on generated
text full of the characters the rules treat specially, with the rules applied one by one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import names
from desktop.importing.cleaning import _clean_row_in_full, clean_row
from desktop.importing.columns import ColumnMapping, Field
from desktop.importing.reading import SourceRow
from desktop.storage.keys import person_keys

SIGNS = [*"абвёжзийАБВЁЇІЄҐїієґ abcXYZ-.,«»\"'=@+1 ", "\t", "\u00a0", "\u2013", "’", "`", "\u0301", "ﬁ", "Ａ"]
WORDS = ["Иванова", "ИВАНОВ", "петров", "МакДональд", "оглы", "Анна-Мария", "доб. 12", "+7 912 345-67-89"]
VALUES = ["очно", "дистанционно", "zoom", "докладчик", "гость", "?", "—", "mailto:", "a@b.ru", "x@пример.рф", ";"]
PIECES = st.sampled_from([*SIGNS, *WORDS, *VALUES])
CELL = st.lists(PIECES, max_size=6).map("".join)
FIELDS = st.sampled_from([None, *Field])


@settings(max_examples=1500, deadline=None)
@given(st.lists(FIELDS, min_size=1, max_size=9), st.lists(CELL, max_size=10), st.integers(2, 9))
def test_a_row_is_cleaned_as_the_full_rules_clean_it(fields: list[Field | None], cells: list[str], number: int) -> None:
    mapping = ColumnMapping(tuple(fields))
    row = SourceRow(number, tuple(cells))
    if row.is_blank:
        return
    assert clean_row(row, mapping) == _clean_row_in_full(row, mapping)


def test_the_common_rows_take_the_short_cut_and_match_the_full_rules() -> None:
    mapping = ColumnMapping((Field.SURNAME, Field.GIVEN_NAME, Field.PATRONYMIC, Field.EMAIL, Field.MODE, Field.ROLE))
    rows = [
        ("Иванова", "Мария", "Петровна", "m@example.org", "очно", "докладчик"),
        ("ИВАНОВА", "мария", "", "bad@", "по телефону", "слушатель"),
        ("Иванова Мария Петровна", "", "", "", "", ""),
        ("Иванова", "Мария", "", "a@b.ru, c@d.ru", "", "кто-то"),
        ("—", "Мария", "", "", "", ""),
    ]
    for number, cells in enumerate(rows, start=2):
        row = SourceRow(number, cells)
        assert clean_row(row, mapping) == _clean_row_in_full(row, mapping)
    cleaned, notes = clean_row(SourceRow(3, rows[1]), mapping)
    assert cleaned is not None and (cleaned.surname, cleaned.given_name, cleaned.email) == ("Иванова", "Мария", "")
    assert [note.kind.value for note in notes] == ["changed", "left_out", "assumed"]


def _person_key_in_full(surname: str, given_name: str, patronymic: str) -> str:
    parts = (names._person_part_key(p) for p in (surname, given_name, patronymic))
    return " ".join(p for p in parts if p)


NAME = st.lists(PIECES, max_size=4).map("".join)


@settings(max_examples=1500, deadline=None)
@given(NAME, NAME, NAME, st.sampled_from(["", "a@b.ru", " A@B.RU ", "a`b@c.d", "x@пример.рф", "И@b.ru"]))
def test_keys_of_a_plain_name_are_the_keys_folded_part_by_part(
    surname: str, given_name: str, patronymic: str, email: str
) -> None:
    assert names.person_key(surname, given_name, patronymic) == _person_key_in_full(surname, given_name, patronymic)
    assert person_keys(surname, given_name, patronymic, email) == {
        "name_key": _person_key_in_full(surname, given_name, patronymic),
        "email_key": email.strip().casefold(),
        "search_key": names.fold(" ".join((surname, given_name, patronymic, email))),
    }


def test_plain_names_and_others() -> None:
    assert names.plain_name_key("Соловьёв", "Іван", "Кам'янець-Подільський") == "соловьев іван кам'янець-подільський"
    assert names.plain_name_key("Иванов", "", "Иванович") == "иванов иванович"
    for surname in ("Иванов-", "Иванов  Петров", "Ива́нов", "Иванов\u2013Петров", " Иванов", "O’Brien"):
        assert names.plain_name_key(surname, "Иван", "") is None
