"""Reading registration tables: encodings, delimiters, quoting, spreadsheets, header detection and column guesses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.importing.cleaning import is_email, is_phone, parse_mode, parse_role
from desktop.importing.columns import ColumnMapping, Field, check_mapping, guess_field, guess_mapping
from desktop.importing.errors import ImportFileError
from desktop.importing.memory import MappingMemory
from desktop.importing.reading import cell_text, read_table
from desktop.services.registrations import open_registrations
from tests.fixtures import registration_files as files


def _rows(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    return [(r.number, r.cells) for r in open_registrations(path).table.rows()]


def test_cp1251_semicolon_crlf_with_quotes_and_line_breaks(tmp_path: Path) -> None:
    source = open_registrations(files.write_cp1251_semicolon(tmp_path / "excel.csv"))
    table = source.table
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1251", ";", 1)
    assert table.headers[0] == "Фамилия"
    rows = dict(_rows(tmp_path / "excel.csv"))
    assert rows[3][3] == "заведующий; отделом"  # the delimiter inside quotes stays in the cell
    assert rows[3][4] == 'МБУК "ЦБС г. Сарапула"'
    assert rows[7][3] == "методист\nотдела обслуживания"  # one spreadsheet row, although two lines of text
    assert sorted(rows) == [2, 3, 4, 5, 6, 7, 8]


def test_utf8_bom_and_utf16_bom(tmp_path: Path) -> None:
    ukrainian = open_registrations(files.write_utf8_bom_ukrainian(tmp_path / "form.csv")).table
    assert ukrainian.encoding == "utf-8-sig" and ukrainian.headers[0] == "Email"  # no BOM left in the header
    english = open_registrations(files.write_utf16_tabs(tmp_path / "unicode.txt")).table
    assert (english.encoding, english.delimiter) == ("utf-16", "\t")
    assert english.headers == ("Organization", "Full name", "E-mail", "Phone", "Role")


def test_plain_utf8_comma_and_excel_sep_line(tmp_path: Path) -> None:
    comma = tmp_path / "web.csv"
    comma.write_text('ФИО,E-mail\n"Иванов, Иван",ivanov@example.org\n', encoding="utf-8")
    table = read_table(comma)
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert [r.cells for r in table.rows()] == [("Иванов, Иван", "ivanov@example.org")]
    sep = tmp_path / "sep.csv"
    sep.write_bytes("sep=,\r\nФИО;x,E-mail\r\nПетров;y,p@example.org\r\n".encode("cp1251"))
    table = read_table(sep)
    assert table.delimiter == "," and table.header_row == 1  # Excel hides the sep= line
    assert table.headers == ("ФИО;x", "E-mail")
    assert [(r.number, r.cells) for r in table.rows()] == [(2, ("Петров;y", "p@example.org"))]


def test_xlsx_numbers_come_back_as_text_and_rows_are_numbered_as_shown(tmp_path: Path) -> None:
    source = open_registrations(files.write_xlsx_with_numbers(tmp_path / "form.xlsx"))
    assert source.table.kind == "spreadsheet"
    assert source.table.header_row == 3  # the title above the header is skipped
    rows = {r.number: r.cells for r in source.table.rows()}
    assert rows[4][3] == "380671234567" and rows[4][4] == "1985"
    assert rows[6] == ("",) * 7
    assert rows[7][1] == "=Лебедев"


def test_xls_extension_is_irrelevant_content_decides(tmp_path: Path) -> None:
    path = files.write_xlsx_with_numbers(tmp_path / "renamed.csv")
    assert read_table(path).kind == "spreadsheet"


def test_cell_text() -> None:
    assert cell_text(380671234567.0) == "380671234567"
    assert cell_text(1985.0) == "1985"
    assert cell_text(2.5) == "2.5"
    assert cell_text(dt.date(2026, 3, 1)) == "2026-03-01"
    assert cell_text(dt.datetime(2026, 3, 1, 9, 30)) == "2026-03-01 09:30"
    assert cell_text(None) == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \r\n\r\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text table in a known encoding"),
        ("ФИО;E-mail\nИванов;a@b.ru\n".encode("cp1251") + b"\x98", "cannot tell the encoding"),
        (b"PK\x03\x04not really a zip", "not a spreadsheet Kafedra can read"),
    ],
)
def test_unreadable_files_are_refused_with_one_sentence(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        open_registrations(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        open_registrations(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        open_registrations(tmp_path)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Фамилия, имя, отчество", Field.FULL_NAME),
        ("Ф.И.О. участника", Field.FULL_NAME),
        ("ПІБ", Field.FULL_NAME),
        ("Прізвище, ім'я, по батькові", Field.FULL_NAME),
        ("Full name", Field.FULL_NAME),
        ("Фамилия", Field.SURNAME),
        ("Прізвище", Field.SURNAME),
        ("Ім’я", Field.GIVEN_NAME),
        ("First name", Field.GIVEN_NAME),
        ("По батькові", Field.PATRONYMIC),
        ("Занимаемая должность", Field.POSITION),
        ("Полное наименование учреждения", Field.ORGANISATION),
        ("Назва закладу", Field.ORGANISATION),
        ("Населённый пункт", Field.CITY),
        ("Адрес электронной почты", Field.EMAIL),
        ("Ваш e-mail", Field.EMAIL),
        ("Укажите номер телефона", Field.PHONE),
        ("Форма участия (очно/дистанционно)", Field.MODE),
        ("Формат участі", Field.MODE),
        ("Роль", Field.ROLE),
        ("Отметка времени", None),
        ("№", None),
    ],
)
def test_header_wordings(header: str, field: Field | None) -> None:
    assert guess_field(header) == field


def test_mapping_uses_each_field_once_and_needs_a_name(tmp_path: Path) -> None:
    mapping = guess_mapping(("E-mail", "ФИО", "Email", "Телефон"))
    assert mapping.fields == (Field.EMAIL, Field.FULL_NAME, None, Field.PHONE)
    with pytest.raises(ImportFileError, match="no column with people's names"):
        check_mapping(guess_mapping(("E-mail", "Телефон")), ("E-mail", "Телефон"), "x.csv")
    with pytest.raises(ImportFileError, match="more than one column"):
        check_mapping(ColumnMapping((Field.FULL_NAME, Field.FULL_NAME)), ("a", "b"), "x.csv")


def test_mapping_is_remembered_per_header_set(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path / "config" / "mappings.json")
    path = tmp_path / "form.csv"
    path.write_text("Участник;Учреждение;Примечание\nИванов Иван;ЦБС;—\n", encoding="utf-8")
    first = open_registrations(path, memory)
    assert first.mapping.fields == (Field.FULL_NAME, Field.ORGANISATION, None) and not first.remembered
    chosen = ColumnMapping((Field.FULL_NAME, Field.ORGANISATION, Field.POSITION))
    memory.remember(first.table.headers, chosen)
    # the same form again, headers typed in other case: the user's choice wins over the guess
    path.write_text("УЧАСТНИК;учреждение;примечание\nПетров Пётр;ЦБС;методист\n", encoding="utf-8")
    again = open_registrations(path, memory)
    assert again.remembered and again.mapping == chosen
    (tmp_path / "config" / "mappings.json").write_text("{not json", encoding="utf-8")
    assert not open_registrations(path, memory).remembered  # a damaged file is ignored, not fatal


def test_value_checks() -> None:
    assert is_email("Ivanova@Mail.ru") and is_email("metod@бібліотека.укр")
    assert not any(is_email(v) for v in ("petrov@cbs", "a@@b.ru", "a b@c.ru", "@mail.ru", "a@b..ru"))
    assert is_phone("+7 (912) 345-67-89") and is_phone("2-15-47") and is_phone("380671234567")
    assert is_phone("+380 44 123 45 67 доб. 12") and is_phone("8-912-345-67-89, 2-15-47")
    assert not any(is_phone(v) for v in ("12", "звонить после 18", "+7 912 +345", "1" * 16))
    assert parse_mode("Очно") == parse_mode("в зале") == "in_person"
    assert parse_mode("дистанционно") == parse_mode("Онлайн") == parse_mode("заочно") == parse_mode("дистанційно")
    assert parse_mode("как получится") is None
    assert parse_role("Докладчик") == "speaker" and parse_role("слухач") == "participant"
