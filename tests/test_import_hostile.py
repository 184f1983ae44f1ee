"""Hostile registration files: each is refused with one line that names the file and the row or the part, memory
stays bounded, and the database is left exactly as it was.

The files are made here, at test time: a 50 MB CSV, ZIP bombs renamed .xlsx (too large unpacked, packed too
tightly, a cell far away that would make calamine allocate a grid of 17 billion cells), damaged and foreign
archives, a CSV with a NUL byte past the sniffed head, one with lines in two encodings, an endless line and an
unclosed quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.records import SeminarData
from desktop.importing import reading
from desktop.importing.errors import ImportFileError
from desktop.services import seminars
from desktop.services.registrations import import_registrations, open_registrations
from desktop.storage.database import Database
from desktop.storage.models import Organisation, Participation, Person

HEADER = ["Фамилия", "Имя", "Отчество", "Должность", "Организация", "Город", "Электронная почта", "Формат участия"]


def counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) for model in (Person, Organisation, Participation)
        )


@pytest.fixture
def seminar(db: Database) -> int:
    """A seminar, committed: each import below opens its own transaction, as the CLI and the window do."""
    with db.transaction() as session:
        return seminars.create_seminar(
            session, SeminarData("Семинар", dt.datetime(2026, 3, 3, 10), dt.datetime(2026, 3, 3, 16))
        )


def refused(db: Database, seminar_id: int, path: Path) -> str:
    """The one-line message of an import of `path` through the services, checking that nothing was written."""
    before = counts(db)
    with pytest.raises(ImportFileError) as caught, db.transaction() as session:
        import_registrations(session, seminar_id, open_registrations(path))
    assert counts(db) == before
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


def row(i: int) -> list[str]:
    female = i % 2 == 1
    return [
        ("Иванова" if female else "Иванов"),
        ("Мария" if female else "Сергей"),
        f"Тестовна-{i}" if female else f"Тестович-{i}",
        "библиотекарь",
        f"МБУК «Библиотека № {i % 211 + 1}»",
        "Сарапул",
        f"reader{i}@library.example",
        "дистанционно" if i % 3 else "очно",
    ]


def write_csv(path: Path, rows: int, encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(row(i) for i in range(rows))
    return path


def workbook_parts() -> dict[str, bytes]:
    """The parts of a real two-row .xlsx, to be tampered with."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER[:3])
    sheet.append(row(0)[:3])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


SHEET = "xl/worksheets/sheet1.xml"


def tampered_sheet(change: Callable[[bytes], bytes]) -> dict[str, bytes]:
    parts = workbook_parts()
    parts[SHEET] = change(parts[SHEET])
    return parts


# --- the 50 MB CSV, in a process of its own so its peak memory can be read ----------------------------------

PEAK_MB = 250  # measured: about 130 MB (start-up alone is about 50 MB)
# VmHWM, the peak of this process's own memory: ru_maxrss would also count the test process it was forked from
MEASURE = """
import re, resource, runpy, sys
sys.argv = ["kafedra", "--db", sys.argv[1], "import", "participants", "--seminar", sys.argv[2], sys.argv[3]]
try:
    runpy.run_module("desktop", run_name="__main__")
except SystemExit as stop:
    code = stop.code
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak_kb = int(re.search(r"VmHWM:\\s*(\\d+) kB", status.read()).group(1))
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"peak_kb={peak_kb} code={code}", file=sys.stderr)
"""


def test_a_50_mb_csv_is_refused_at_the_row_limit_in_bounded_memory(db: Database, seminar: int, tmp_path: Path) -> None:
    if db.path is None:
        pytest.skip("the process opens the database by its file name")
    path = write_csv(tmp_path / "registrations.csv", 460_000, "cp1251")
    assert path.stat().st_size > 50 * 2**20
    before = counts(db)
    db.dispose()
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(db.path), str(seminar), str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    lines = result.stderr.strip().splitlines()
    assert lines[-2] == (
        f"kafedra: error: {path}: more than {reading.MAX_ROWS:,} rows under the header"
        f" (row {reading.MAX_ROWS + 2}); split the file"
    )
    peak_kb, code = (part.split("=")[1] for part in lines[-1].split())
    assert code == "1"
    assert int(peak_kb) < PEAK_MB * 1024, f"peak {int(peak_kb) // 1024} MB"
    assert counts(db) == before


def test_a_csv_larger_than_the_limit_is_refused_before_reading(
    db: Database, seminar: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_CSV_BYTES", 2**20)
    path = write_csv(tmp_path / "big.csv", 12_000)
    size = path.stat().st_size / 2**20
    assert refused(db, seminar, path) == (
        f"{path}: {size:.0f} MB, larger than a registration table can be (at most 1 MB); split the file"
    )


# --- spreadsheets: ZIP bombs, damaged and foreign archives --------------------------------------------------


def test_a_zip_bomb_renamed_xlsx_is_refused_before_calamine_unpacks_it(
    db: Database, seminar: int, tmp_path: Path
) -> None:
    zeros = bytes(2**20)
    parts = workbook_parts() | {f"xl/media/padding{i}.bin": zeros for i in range(250)}
    too_large = write_zip(tmp_path / "bomb.xlsx", parts)
    assert too_large.stat().st_size < 2 * 2**20
    assert refused(db, seminar, too_large) == (
        f"{too_large}: the spreadsheet unpacks to 250 MB, more than a registration table can be (at most 200 MB);"
        " not opened"
    )
    tight = write_zip(tmp_path / "tight.xlsx", tampered_sheet(lambda xml: xml + b" " * (30 * 2**20)))
    assert refused(db, seminar, tight).startswith(f"{tight}: {SHEET} inside the spreadsheet unpacks ")
    assert refused(db, seminar, tight).endswith(" times larger than it is stored, as a ZIP bomb does; not opened")


def test_a_far_cell_that_would_make_calamine_allocate_terabytes_is_refused(
    db: Database, seminar: int, tmp_path: Path
) -> None:
    # without the check, calamine asks for 512 GB for this 5 KB file and the process aborts
    far = write_zip(tmp_path / "far.xlsx", tampered_sheet(lambda xml: xml.replace(b'r="A2"', b'r="XFD1048576"')))
    assert far.stat().st_size < 10_000
    assert refused(db, seminar, far) == (
        f"{far}: the sheet reaches row 1,048,576 and column 16,384, more than a registration table can be"
        " (at most 2,100,000 cells); not opened"
    )
    # the same cell written with a character reference, which calamine would unescape
    escaped = write_zip(
        tmp_path / "escaped.xlsx", tampered_sheet(lambda xml: xml.replace(b'r="A2"', b"r='&#88;FD1048576'"))
    )
    assert refused(db, seminar, escaped) == (
        f"{escaped}: the sheet has a cell reference Kafedra does not read; not opened"
    )


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def write_ods(path: Path, rows: str) -> Path:
    """A minimal OpenDocument spreadsheet: a header row «Фамилия», then `rows` (table XML)."""
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Лист1">'
        f"<table:table-row>{cell.format('Фамилия')}</table:table-row>{rows}"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    parts = {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": content.encode(),
        "META-INF/manifest.xml": manifest.encode(),
    }
    return write_zip(path, parts)


def test_an_ods_that_repeats_a_filled_cell_millions_of_times_is_refused(
    db: Database, seminar: int, tmp_path: Path
) -> None:
    filled = '<table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p>'
    # 3,000 rows of 1,000 filled cells from a 1 KB file: calamine would hold them in about 400 MB
    bomb = write_ods(
        tmp_path / "repeats.ods",
        f'<table:table-row table:number-rows-repeated="3000">{filled}</table:table-cell></table:table-row>',
    )
    assert bomb.stat().st_size < 2000
    assert refused(db, seminar, bomb) == (
        f"{bomb}: the sheet reaches row 3,001 and column 1,000, more than a registration table can be"
        " (at most 2,100,000 cells); not opened"
    )
    # LibreOffice ends every sheet with a million empty rows of a thousand empty cells: nothing to refuse
    names = "".join(
        f'<table:table-row><table:table-cell office:value-type="string"><text:p>{name}</text:p>'
        "</table:table-cell></table:table-row>"
        for name in ("Иванова", "Петрова")
    )
    empty = (
        '<table:table-row table:number-rows-repeated="1048573">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    calc = write_ods(tmp_path / "calc.ods", names + empty)
    table = open_registrations(calc).table
    assert [row.cells[0] for row in table.rows()] == ["Иванова", "Петрова"]


# «Фамилия;Имя / Иванов;Иван / Петров;Пётр» saved as .xls by LibreOffice (soffice --convert-to xls)
XLS = Path(__file__).parent / "fixtures" / "registrations.xls"


def test_an_xls_with_a_cell_in_its_last_row_and_column_is_refused(db: Database, seminar: int, tmp_path: Path) -> None:
    data = XLS.read_bytes()
    last = bytes.fromhex("fd000a0002000100")  # LABELSST of row 3, column B: «Пётр»
    assert data.count(last) == 1 and open_registrations(XLS).table.headers == ("Фамилия", "Имя")
    far = tmp_path / "far.xls"
    far.write_bytes(data.replace(last, bytes.fromhex("fd000a00ffffff00")))  # row 65,536, column 256
    # without the check, calamine takes 1 GB for this 6 KB file
    assert refused(db, seminar, far) == (
        f"{far}: the sheet reaches row 65,536 and column 256, more than a registration table can be"
        " (at most 2,100,000 cells); not opened"
    )
    cut = tmp_path / "cut.xls"
    cut.write_bytes(data[:1500])
    assert refused(db, seminar, cut).startswith(f"{cut}: not a spreadsheet Kafedra can read (")


def test_damaged_and_foreign_xlsx_files(db: Database, seminar: int, tmp_path: Path) -> None:
    good = write_zip(tmp_path / "good.xlsx", workbook_parts())
    assert open_registrations(good).table.headers == tuple(HEADER[:3])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:1500])
    assert refused(db, seminar, cut).startswith(f"{cut}: not a spreadsheet Kafedra can read (damaged ZIP archive:")
    scrambled = tmp_path / "scrambled.xlsx"
    data = bytearray(good.read_bytes())
    data[300:400] = bytes(b ^ 0xFF for b in data[300:400])  # inside the first packed part
    scrambled.write_bytes(bytes(data))
    assert refused(db, seminar, scrambled).startswith(f"{scrambled}: not a spreadsheet Kafedra can read (")
    foreign = write_zip(tmp_path / "letter.xlsx", {"word/document.xml": b"<w:document/>", "readme.txt": b"hi"})
    assert refused(db, seminar, foreign) == f"{foreign}: a ZIP archive with no workbook inside, not a spreadsheet"
    garbage = write_zip(tmp_path / "garbage.xlsx", tampered_sheet(lambda _xml: b"\x00\xff<<< not xml"))
    assert refused(db, seminar, garbage).startswith(f"{garbage}: not a spreadsheet Kafedra can read (")


# --- CSV: NUL, mixed encodings, an endless line, an unclosed quote ------------------------------------------


def test_a_nul_byte_far_into_a_csv_names_its_row(db: Database, seminar: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "nul.csv", 3000)
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[2500] = "Пет\x00ров;Пётр;Петрович;;;;;\r\n"  # past the 64 KB that are sniffed: found while reading
    path.write_text("".join(text), encoding="utf-8", newline="")
    assert text[0].encode().find(b"\x00") < 0 and len("".join(text[:2500]).encode()) > 64 * 1024
    assert refused(db, seminar, path) == f"{path}, row 2501: a NUL byte, so the file is binary or damaged"


def test_a_csv_with_lines_in_two_encodings_names_both(db: Database, seminar: int, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    lines = [";".join(HEADER)] + [";".join(row(i)) for i in range(40)]
    data = [line.encode("cp1251") + b"\r\n" for line in lines]
    data[31] = lines[31].encode("utf-8") + b"\r\n"  # a row pasted from a web form
    path.write_bytes(b"".join(data))
    assert refused(db, seminar, path) == (
        f"{path}: mixed encodings: line 32 is UTF-8 but line 1 is not; save the whole file in one encoding"
    )
    # the other way round: a UTF-8 file with one line saved as Windows-1251
    data = [line.encode("utf-8") + b"\r\n" for line in lines]
    data[20] = lines[20].encode("cp1251") + b"\r\n"
    path.write_bytes(b"".join(data))
    assert refused(db, seminar, path) == (
        f"{path}: mixed encodings: line 1 is UTF-8 but line 21 is not; save the whole file in one encoding"
    )
    # a whole Windows-1251 file is still read as one
    path.write_bytes(b"".join(line.encode("cp1251") + b"\r\n" for line in lines))
    assert open_registrations(path).table.encoding == "cp1251"


def test_a_utf16_file_cut_in_the_middle_of_a_character(db: Database, seminar: int, tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    text = "\r\n".join([";".join(HEADER)] + [";".join(row(i)) for i in range(30)])
    path.write_bytes(text.encode("utf-16")[:-1])  # a BOM, then an odd number of bytes
    assert refused(db, seminar, path) == f"{path}, row 31: not text in utf-16; the file is damaged"


def test_an_endless_line_a_thousand_columns_and_an_unclosed_quote(db: Database, seminar: int, tmp_path: Path) -> None:
    endless = write_csv(tmp_path / "endless.csv", 5)
    with endless.open("a", encoding="utf-8") as stream:
        stream.write("Петров;" + "x" * (reading.MAX_LINE_CHARS + 10))
    assert refused(db, seminar, endless) == (
        f"{endless}, row 7: a line longer than 1,000,000 characters; not a registration table"
    )
    wide = write_csv(tmp_path / "wide.csv", 5)
    with wide.open("a", encoding="utf-8") as stream:
        stream.write("Петров" + ";" * 5000 + "\r\n")
    assert refused(db, seminar, wide) == f"{wide}, row 7: more than 1,000 columns; not a registration table"
    quote = write_csv(tmp_path / "quote.csv", 5)
    with quote.open("a", encoding="utf-8") as stream:
        stream.write('Петров;"Пётр\r\n' + ("слово;" * 20 + "\r\n") * 10_000)
    assert refused(db, seminar, quote) == (
        f"{quote}, row 7: a cell longer than 1,000,000 characters (an unclosed quote?)"
    )


def test_the_window_translates_every_refusal(tmp_path: Path) -> None:
    """Each message above has its row in the window's table of service messages (ru and uk come from it)."""
    from desktop.gui.service_messages import ROWS

    messages = [
        f"{tmp_path}/a.csv: more than 100,000 rows under the header (row 100002); split the file",
        f"{tmp_path}/a.csv: 120 MB, larger than a registration table can be (at most 100 MB); split the file",
        f"{tmp_path}/a.csv: mixed encodings: line 32 is UTF-8 but line 1 is not; save the whole file in one encoding",
        f"{tmp_path}/a.csv, row 7: a line longer than 1,000,000 characters; not a registration table",
        f"{tmp_path}/a.csv, row 2501: a NUL byte, so the file is binary or damaged",
        f"{tmp_path}/a.csv, row 7: more than 1,000 columns; not a registration table",
        f"{tmp_path}/a.csv, row 31: not text in utf-16; the file is damaged",
        f"{tmp_path}/a.csv, row 7: a cell longer than 1,000,000 characters (an unclosed quote?)",
        f"{tmp_path}/a.xlsx: a ZIP archive with no workbook inside, not a spreadsheet",
        f"{tmp_path}/a.xlsx: the spreadsheet unpacks to 250 MB, more than a registration table can be"
        " (at most 200 MB); not opened",
        f"{tmp_path}/a.xlsx: {SHEET} inside the spreadsheet unpacks 1,000 times larger than it is stored,"
        " as a ZIP bomb does; not opened",
        f"{tmp_path}/a.xlsx: the sheet reaches row 1,048,576 and column 16,384, more than a registration table"
        " can be (at most 2,100,000 cells); not opened",
        f"{tmp_path}/a.xlsx: the sheet has a cell reference Kafedra does not read; not opened",
    ]
    for message in messages:
        matching = [r.template for r in ROWS if r.pattern.fullmatch(message)]
        assert matching and "{path}" in matching[0], message


def test_a_file_that_fails_late_writes_nothing(session: Session, seminar_id: int, tmp_path: Path) -> None:
    """The NUL is found after 2,500 rows were cleaned: the plan fails before a single statement is written."""
    path = write_csv(tmp_path / "late.csv", 3000)
    with path.open("a", encoding="utf-8") as stream:
        stream.write("Пет\x00ров;Пётр;;;;;;\r\n")
    before = session.scalar(select(func.count()).select_from(Person))
    with pytest.raises(ImportFileError, match=r"row 3002: a NUL byte"):
        import_registrations(session, seminar_id, open_registrations(path))
    assert session.scalar(select(func.count()).select_from(Person)) == before
