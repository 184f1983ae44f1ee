"""Participant lists and the certificate register as CSV and XLSX: they reopen, they are safe, they re-import."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, Role
from desktop.domain.records import OrganisationData, PersonData, SeminarData
from desktop.exports.lists import participants_table, register_table
from desktop.exports.tabular import csv_bytes, neutralise, xlsx_bytes
from desktop.services import certificates, organisations, participants, people, seminars
from desktop.services.listings import participant_list
from desktop.services.registrations import import_registrations, open_registrations
from desktop.storage.database import open_database


@pytest.fixture
def registered(session: Session, seminar_id: int) -> int:
    library = organisations.find_or_create_organisation(session, OrganisationData("ЦБС г. Сарапула", city="Сарапул"))
    rows = [
        PersonData("Соловьёва", "Алёна", "Петровна", position="методист", organisation_id=library,
                   email="solovyova@cbs.ru", phone="+7 912 345-67-89", city="Сарапул"),
        PersonData("=HYPERLINK(\"http://evil\")", "Хакер", email="x@example.org"),
        PersonData("Ёлкина", "Ирина", position="-методист;главный"),
    ]  # fmt: skip
    for index, data in enumerate(rows):
        person_id, _ = people.find_or_create_person(session, data)
        role = Role.SPEAKER if index == 0 else Role.PARTICIPANT
        participation, _ = participants.register(
            session, seminar_id, person_id, role, Mode.ONLINE if index else Mode.IN_PERSON
        )
        if index == 0:
            participants.mark_attendance(session, [participation])
            certificates.issue_certificate(session, participation, issued_on=dt.date(2026, 11, 24))
    return seminar_id


def test_neutralise() -> None:
    assert [neutralise(v) for v in ("=1+2", "+7 912", "-5", "@SUM(A1)", "\t=x", "Иванов", "")] == [
        "'=1+2", "'+7 912", "'-5", "'@SUM(A1)", "'\t=x", "Иванов", "",
    ]  # fmt: skip


def test_participants_csv_for_excel(session: Session, registered: int) -> None:
    data = participants_table(participant_list(session, registered), "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:4] == ["№", "Фамилия", "Имя", "Отчество"]
    by_surname = {row[1]: row for row in rows[1:]}
    assert list(by_surname) == ['\'=HYPERLINK("http://evil")', "Ёлкина", "Соловьёва"]  # alphabetical, folded
    solovyova = by_surname["Соловьёва"]
    assert solovyova[5:13] == [
        "ЦБС г. Сарапула", "Сарапул", "solovyova@cbs.ru", "'+7 912 345-67-89", "очно", "докладчик", "да", "2026-0001",
    ]  # fmt: skip
    assert by_surname["Ёлкина"][4] == "'-методист;главный"


def test_participants_xlsx_reopens_in_openpyxl(session: Session, registered: int) -> None:
    data = participants_table(participant_list(session, registered), "xlsx")
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert sheet is not None and sheet.title == "Участники"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["B"].width > 10
    formula = sheet["B2"]
    assert formula.value == '=HYPERLINK("http://evil")' and formula.data_type == "s"  # text, never run
    assert sheet["I4"].value == "+7 912 345-67-89"


def test_exported_list_imports_into_another_database(session: Session, registered: int, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(participants_table(participant_list(session, registered), "xlsx"))
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as target:
            seminar = seminars.create_seminar(
                target, SeminarData("Копия", dt.datetime(2026, 12, 1, 10), dt.datetime(2026, 12, 1, 12))
            )
            _plan, result = import_registrations(target, seminar, open_registrations(path))
            assert result.counts.added == 3
            copied = {r.person_name: (r.role, r.mode) for r in participants.list_participants(target, seminar)}
            assert copied["Соловьёва Алёна Петровна"] == (Role.SPEAKER, Mode.IN_PERSON)
            assert copied["Ёлкина Ирина"] == (Role.PARTICIPANT, Mode.ONLINE)
    finally:
        other.dispose()


def test_register_csv_and_xlsx(session: Session, registered: int) -> None:
    records = certificates.list_register(session, year=2026)
    text = register_table(records, "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows == [
        ["№", "Номер сертификата", "ФИО", "Мероприятие", "Дата выдачи", "Вид"],
        ["1", "2026-0001", "Соловьёва Алёна Петровна", "Библиотека-онлайн: новые форматы", "24.11.2026", "докладчик"],
    ]
    sheet = load_workbook(io.BytesIO(register_table(records, "xlsx"))).active
    assert sheet is not None
    assert sheet["E2"].value == dt.datetime(2026, 11, 24) and sheet["E2"].number_format == "DD.MM.YYYY"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_opens_both_files(tmp_path: Path) -> None:
    rows = [["Соловьёва Алёна", "=1+1", 380671234567, dt.date(2026, 11, 24)]]
    headers = ["ФИО", "Формула", "Телефон", "Дата"]
    (tmp_path / "list.xlsx").write_bytes(xlsx_bytes(headers, rows, "Участники"))
    (tmp_path / "list.csv").write_bytes(csv_bytes(headers, rows))
    out = tmp_path / "out"
    for name in ("list.xlsx", "list.csv"):
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to",
             "ods" if name.endswith(".csv") else "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", str(out),
             str(tmp_path / name)],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    converted = (out / "list.csv").read_text(encoding="utf-8")
    assert "Соловьёва Алёна;=1+1;380671234567" in converted  # the formula text came back as text
    assert (out / "list.ods").stat().st_size > 0
