"""Reading a registration table from CSV or a spreadsheet, as rows of text numbered as a spreadsheet shows them.

A `Table` knows its header and can stream its rows any number of times (the preview reads a few, the import
reads all), so a 20,000-row CSV is never held in memory as text. Only the cleaned values the import keeps are.

CSV files come from Excel on a Russian Windows PC (cp1251, `;`, sometimes Excel's `sep=;` first line), from
web forms (UTF-8, `,`) and from other tools (UTF-16 with a BOM, tabs). The encoding is decided in this order:
a BOM; strict UTF-8 over the whole file; Windows-1251. Spreadsheets (.xlsx, .xlsm, .xls, .ods) are read with
python-calamine; they are recognised by their content, not their extension.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, NamedTuple, TextIO

from desktop.importing.errors import ImportFileError

# Limits that keep a hostile or mistaken file from exhausting memory; a registration table is far smaller.
# A CSV is streamed, so its rows are held only once cleaned: MAX_ROWS bounds them, MAX_LINE_CHARS bounds one line.
MAX_ROWS = 100_000
MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_LINE_CHARS = 1_000_000
MAX_COLUMNS = 1_000  # a form with more questions than this is not a form; the mapping dialog shows every column
# A spreadsheet is unpacked whole by calamine: its parts are checked with zipfile first.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PACKING_RATIO = 100  # XML of real sheets packs 5–30 times; a ZIP bomb, thousands
_RATIO_FROM_BYTES = 1024 * 1024  # tiny parts pack at odd ratios and cost nothing to unpack
# calamine makes a dense grid from the first cell to the farthest one: «XFD1048576» in a 2 KB file would ask for
# 17 billion cells. It holds about 100 bytes a cell: MAX_ROWS by 20 columns (and a few rows of titles) is 200 MB.
MAX_SHEET_CELLS = (MAX_ROWS + 5_000) * 20

# the field size limit guards against a runaway quote swallowing the file; a registration cell is never this long
csv.field_size_limit(MAX_LINE_CHARS)

_CHUNK = 1 << 20
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = (";", ",", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of the old binary .xls
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, line feed, form feed and carriage return never occur in a text table
_CONTROL = frozenset(chr(c) for c in range(32)) - set("\t\n\x0c\r")
KNOWN_ENCODINGS = "UTF-8, UTF-16 or UTF-32 with a byte order mark, or Windows-1251"


Rows = Generator["SourceRow", None, None]


def _no_rows() -> Rows:
    yield from ()


class SourceRow(NamedTuple):
    """One row of the file: its number as the spreadsheet shows it and its cells as text.

    A named tuple: an import makes one per row of the file.
    """

    number: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        # some cell has a character that is not a space exactly when all of them joined do
        return not "".join(self.cells).strip()


@dataclass(frozen=True)
class Table:
    """A table read from a file: the header row and a way to stream the rows under it."""

    source: str  # the file as the user named it, for messages
    kind: str  # "csv" or "spreadsheet"
    headers: tuple[str, ...]
    header_row: int
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    _records: Callable[[], Rows] = field(repr=False, compare=False, default=_no_rows)

    def rows(self) -> Rows:
        """The rows under the header, blank ones included (they keep the numbering right).

        Stop early with `contextlib.closing` (as `preview` does) so the file is closed at once. More than
        MAX_ROWS rows under the header is refused when the first row too many is reached.
        """
        last = self.header_row + MAX_ROWS
        with contextlib.closing(self._records()) as records:
            for row in records:
                if row.number > last:
                    raise ImportFileError(
                        f"{self.source}: more than {MAX_ROWS:,} rows under the header (row {row.number});"
                        " split the file"
                    )
                if row.number > self.header_row:
                    yield row

    def preview(self, count: int = 20) -> list[SourceRow]:
        rows: list[SourceRow] = []
        with contextlib.closing(self.rows()) as source:
            for row in source:
                if len(rows) >= count:
                    break
                if not row.is_blank:
                    rows.append(row)
        return rows


def read_table(path: str | Path, choose_header: Callable[[list[SourceRow]], int] | None = None) -> Table:
    """Open a CSV or spreadsheet file. `choose_header` picks the header among the first non-blank rows.

    Without `choose_header` the first non-blank row is the header.
    """
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except IsADirectoryError as exc:
        raise ImportFileError(f"{name}: is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ImportFileError(f"{name}: no such file") from exc
    except OSError as exc:
        raise ImportFileError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    if not head.strip():
        raise ImportFileError(f"{name}: the file is empty")
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        if head.startswith(_ZIP_MAGIC):
            _check_archive(path)
        else:
            _check_binary_workbook(path)
        kind, records, encoding, delimiter = "spreadsheet", _spreadsheet_records(path), "", ""
    else:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ImportFileError(
                f"{name}: {size / 2**20:.0f} MB, larger than a registration table can be"
                f" (at most {MAX_CSV_BYTES // 2**20} MB); split the file"
            )
        encoding = _detect_encoding(path, head)
        delimiter, skip_sep_line = _detect_delimiter(head, encoding)
        kind, records = "csv", _csv_records(path, encoding, delimiter, skip_sep_line)
    first = _first_rows(records, name)
    header = first[choose_header(first)] if choose_header else first[0]
    headers = tuple(cell.strip() for cell in header.cells)
    return Table(name, kind, headers, header.number, encoding, delimiter, records)


def _first_rows(records: Callable[[], Rows], name: str, count: int = 10) -> list[SourceRow]:
    rows: list[SourceRow] = []
    with contextlib.closing(records()) as source:
        for row in source:
            if not row.is_blank:
                rows.append(row)
                if len(rows) == count:
                    break
    if not rows:
        raise ImportFileError(f"{name}: the file has no rows")
    return rows


# --- CSV ---------------------------------------------------------------------------------------------------


def _detect_encoding(path: Path, head: bytes) -> str:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        # UTF-16 without a BOM is rare and unguessable in general; NUL bytes otherwise mean a binary file
        raise ImportFileError(f"{path}: not a text table in a known encoding ({KNOWN_ENCODINGS})")
    not_utf8 = _first_undecodable_line(path, "utf-8")
    if not_utf8 is None:
        return "utf-8"
    if not_utf8 > 0:
        utf8 = _first_utf8_line(path)
        if utf8 is not None:
            # Windows-1251 would read the UTF-8 lines as «РџРµС‚СЂРѕРІ» and import that as names
            raise ImportFileError(
                f"{path}: mixed encodings: line {utf8} is UTF-8 but line {not_utf8} is not;"
                " save the whole file in one encoding"
            )
    if _first_undecodable_line(path, "cp1251") is None:
        return "cp1251"
    raise ImportFileError(f"{path}: cannot tell the encoding; save the file as UTF-8 ({KNOWN_ENCODINGS})")


def _first_undecodable_line(path: Path, encoding: str) -> int | None:
    """None when the whole file decodes strictly, else the line where it fails (0: a control character).

    Read in chunks so a big file is never held at once.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    lines_before = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                # the failing bytes may have started in the chunk before: count the lines up to them
                return lines_before + chunk.count(b"\n", 0, max(exc.start - len(exc.object) + len(chunk), 0)) + 1
            if not _CONTROL.isdisjoint(text[:_SNIFF_BYTES]):
                return 0
            lines_before += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return lines_before + 1
    return None


# Three Cyrillic letters in a row as UTF-8 writes them: two bytes each, a lead byte D0–D3 («L» below) and a
# continuation byte 80–BF («C»). Windows-1251 text never has them: that would be «Р», «С», «Т» or «У» followed
# by a sign such as «ё», «№» or «»», three times over. Bytes are classed with one translate, then searched.
_BYTE_CLASSES = bytes(
    ord("L") if 0xD0 <= byte <= 0xD3 else ord("C") if 0x80 <= byte <= 0xBF else ord("x") for byte in range(256)
)
_UTF8_CYRILLIC = b"LCLCLC"


def _first_utf8_line(path: Path) -> int | None:
    """The first line with a Cyrillic word in UTF-8, in a file that is not UTF-8 as a whole."""
    lines_before = 0
    tail = b""  # the end of the chunk before, so a word cut between two chunks is still seen
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            text = tail + chunk
            found = text.translate(_BYTE_CLASSES).find(_UTF8_CYRILLIC)
            if found >= 0:
                return lines_before - tail.count(b"\n") + text.count(b"\n", 0, found) + 1
            lines_before += chunk.count(b"\n")
            tail = chunk[-(len(_UTF8_CYRILLIC) - 1) :]
    return None


def _detect_delimiter(head: bytes, encoding: str) -> tuple[str, bool]:
    """The delimiter, and whether the first line is Excel's `sep=X` line to skip."""
    text = head.decode(encoding, errors="ignore")
    first_line = text.lstrip("\ufeff").split("\n", 1)[0].strip().strip('"')
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        return first_line[4], True
    # the last line of the sniffed bytes may be cut short, so it is left out of the count
    sample = text.rsplit("\n", 1)[0] if len(head) == _SNIFF_BYTES else text

    def score(delimiter: str) -> tuple[int, int]:
        records = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r][:50]
        widths = [len(r) for r in records]
        if not widths or widths[0] < 2:
            return (0, 0)
        return (sum(1 for w in widths if w == widths[0]), widths[0])

    best = max(_DELIMITERS, key=score)
    return (best if score(best) > (0, 0) else ";"), False


def _csv_records(path: Path, encoding: str, delimiter: str, skip_sep_line: bool) -> Callable[[], Rows]:
    def records() -> Rows:
        with path.open("r", encoding=encoding, newline="") as text:
            yield from _parse_csv(text, delimiter, skip_sep_line, str(path))

    return records


class _UnreadableLineError(Exception):
    """A line that cannot belong to a registration table; the message says why."""


def _checked_lines(text: TextIO) -> Iterator[str]:
    """The lines of the file, each read with a length limit, so one endless line cannot fill the memory."""
    while line := text.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            raise _UnreadableLineError(f"a line longer than {MAX_LINE_CHARS:,} characters; not a registration table")
        if "\x00" in line:
            # Python's csv reads NUL as a character: it would end up inside a name
            raise _UnreadableLineError("a NUL byte, so the file is binary or damaged")
        yield line


def _parse_csv(text: TextIO, delimiter: str, skip_sep_line: bool, source: str = "the file") -> Rows:
    reader = csv.reader(_checked_lines(text), delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    number = 0
    try:
        if skip_sep_line:
            next(reader, None)  # Excel hides this line: the header is still row 1
        # a spreadsheet shows one row per record, even when a quoted cell spans several lines
        for number, cells in enumerate(reader, start=1):
            if len(cells) > MAX_COLUMNS:
                raise ImportFileError(
                    f"{source}, row {number}: more than {MAX_COLUMNS:,} columns; not a registration table"
                )
            yield SourceRow(number, tuple(cells))
    except _UnreadableLineError as exc:
        raise ImportFileError(f"{source}, row {number + 1}: {exc}") from None
    except UnicodeDecodeError as exc:
        # only a file with a byte order mark is not decoded whole beforehand: a UTF-16 file cut short, say
        raise ImportFileError(f"{source}, row {number + 1}: not text in {text.encoding}; the file is damaged") from exc
    except csv.Error as exc:
        # a quoted cell that runs on past the field size limit: a quote that is never closed
        raise ImportFileError(
            f"{source}, row {number + 1}: a cell longer than {MAX_LINE_CHARS:,} characters (an unclosed quote?)"
        ) from exc


# --- spreadsheets --------------------------------------------------------------------------------------------


# the part that makes a ZIP archive a workbook: Excel's (XML or binary) or OpenDocument's
_WORKBOOK_PARTS = ("xl/workbook.xml", "xl/workbook.bin", "content.xml")


def _check_archive(path: Path) -> None:
    """Refuse a ZIP file that is damaged, is not a workbook, or would unpack to more than a table can be.

    calamine unpacks the parts it reads whole, so a ZIP bomb renamed .xlsx must be stopped before it. The sizes
    come from the archive's directory; reading every part through zipfile then proves them, as zipfile stops
    at the size the directory gives and checks the CRC (a part that says it is small but unpacks larger fails).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
            if not any(name in names for name in _WORKBOOK_PARTS):
                raise ImportFileError(f"{path}: a ZIP archive with no workbook inside, not a spreadsheet")
            total = sum(part.file_size for part in parts)
            if total > MAX_UNPACKED_BYTES:
                raise ImportFileError(
                    f"{path}: the spreadsheet unpacks to {total / 2**20:,.0f} MB, more than a registration table"
                    f" can be (at most {MAX_UNPACKED_BYTES // 2**20} MB); not opened"
                )
            for part in parts:
                if part.file_size > _RATIO_FROM_BYTES and part.file_size > MAX_PACKING_RATIO * part.compress_size:
                    raise ImportFileError(
                        f"{path}: {part.filename} inside the spreadsheet unpacks"
                        f" {part.file_size // max(part.compress_size, 1):,} times larger than it is stored,"
                        " as a ZIP bomb does; not opened"
                    )
            for part in parts:
                with archive.open(part) as stream:
                    if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                        _check_extent(path, stream)
                    elif part.filename == "content.xml":
                        _check_repeats(path, stream)
                    else:
                        while stream.read(_CHUNK):
                            pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, ValueError) as exc:
        raise ImportFileError(f"{path}: not a spreadsheet Kafedra can read (damaged ZIP archive: {exc})") from exc
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc


# A row's or a cell's reference in a worksheet's XML: <row r="12">, <c r="AB12">. Excel writes them this way;
# any other spelling (an entity, a lower-case letter, ten digits) is refused rather than guessed at.
_ANY_REFERENCE = re.compile(rb"""\sr\s*=\s*["']""")
_ROW_OF_REFERENCE = re.compile(rb"""\sr\s*=\s*["'][A-Z]{0,3}(\d{1,7})["']""")
_COLUMN_OF_REFERENCE = re.compile(rb"""\sr\s*=\s*["']([A-Z]{1,3})\d{1,7}["']""")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _check_extent(path: Path, stream: IO[bytes]) -> None:
    """Refuse a worksheet whose farthest cell would make calamine's grid larger than MAX_SHEET_CELLS."""
    rows, columns = 1, 1
    tail = b""  # the text after the last tag of a chunk, read with the next one
    while chunk := stream.read(_CHUNK):
        text = tail + chunk
        cut = text.rfind(b">") + 1 or len(text)
        text, tail = text[:cut], text[cut:]
        # one pass per group, so that a sheet of two million cells makes lists of bytes, not of tuples
        row_numbers = _ROW_OF_REFERENCE.findall(text)
        if len(row_numbers) != len(_ANY_REFERENCE.findall(text)):
            raise ImportFileError(f"{path}: the sheet has a cell reference Kafedra does not read; not opened")
        if row_numbers:
            rows = max(rows, *map(int, set(row_numbers)))
            letters = set(_COLUMN_OF_REFERENCE.findall(text))
            if letters:
                columns = max(columns, _column_number(max(letters, key=lambda found: (len(found), found))))
        if rows * columns > MAX_SHEET_CELLS:
            raise ImportFileError(
                f"{path}: the sheet reaches row {rows:,} and column {columns:,}, more than a registration table"
                f" can be (at most {MAX_SHEET_CELLS:,} cells); not opened"
            )


# OpenDocument repeats a row or a cell instead of writing it again: <table:table-cell
# table:number-columns-repeated="16000" office:value-type="string"> in a 1 KB file makes calamine fill a grid
# of millions of cells. Empty repeated cells and rows (LibreOffice ends every sheet with a million) cost nothing.
_ODS_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)\b([^>]*?)(/?)>")
_ODS_REPEAT = re.compile(rb'table:number-(?:rows|columns)-repeated\s*=\s*["\'](\d{1,9})["\']')


def _check_repeats(path: Path, stream: IO[bytes]) -> None:
    """Refuse an OpenDocument sheet whose filled cells, repeats counted, reach past MAX_SHEET_CELLS.

    A bound from above: a cell with content, or that is not empty-tagged, counts as filled where it ends.
    """
    rows = row_repeat = column = 0  # rows above the current one; where the current row's cells are
    filled_rows = filled_columns = 0
    row_filled = False
    tail = b""
    while chunk := stream.read(_CHUNK):
        text = tail + chunk
        cut = text.rfind(b">") + 1 or len(text)
        text, tail = text[:cut], text[cut:]
        for closing, name, attributes, empty in _ODS_TAG.findall(text):
            repeat_match = _ODS_REPEAT.search(attributes)
            repeat = int(repeat_match.group(1)) if repeat_match else 1
            if name == b"table":  # each sheet on its own: the widest and longest decide
                rows = column = 0
                row_filled = False
            elif name == b"table-row" and not closing:
                row_repeat, column, row_filled = repeat, 0, False
                if empty:
                    rows, row_repeat = rows + repeat, 0
            elif name == b"table-row":
                rows += row_repeat
                if row_filled:
                    filled_rows = max(filled_rows, rows)
                row_repeat, row_filled = 0, False
            elif not closing:  # a cell
                column += repeat
                if not empty or b"value-type" in attributes:
                    row_filled = True
                    filled_columns = max(filled_columns, column)
            reach = max(filled_rows, rows + row_repeat if row_filled else 0)
            if reach * filled_columns > MAX_SHEET_CELLS:
                raise ImportFileError(
                    f"{path}: the sheet reaches row {reach:,} and column"
                    f" {filled_columns:,}, more than a registration table can be (at most {MAX_SHEET_CELLS:,}"
                    " cells); not opened"
                )


# Records of a binary .xls (BIFF8) that place a cell: FORMULA, MULRK, MULBLANK, RSTRING, LABELSST, BLANK, NUMBER,
# LABEL, BOOLERR, RK. Each starts with the row and the column; MULRK and MULBLANK end with their last column.
_BIFF_CELLS = frozenset({0x0006, 0x00BD, 0x00BE, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E})
_BIFF_SPANS = frozenset({0x00BD, 0x00BE})


def _check_binary_workbook(path: Path) -> None:
    """Refuse an .xls whose farthest cell would make calamine's grid larger than MAX_SHEET_CELLS.

    A 6 KB .xls with one cell in its last row and column (65,536 by 256) makes calamine take 1 GB. The workbook
    stream is read from the OLE container with olefile and its records are walked for the cells' places.
    """
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as container:
            stream = next((name for name in ("Workbook", "Book") if container.exists(name)), None)
            if stream is None:
                raise ImportFileError(f"{path}: not a spreadsheet Kafedra can read (an OLE file with no workbook)")
            if container.get_size(stream) > MAX_UNPACKED_BYTES:
                raise ImportFileError(
                    f"{path}: the spreadsheet unpacks to {container.get_size(stream) / 2**20:,.0f} MB, more than a"
                    f" registration table can be (at most {MAX_UNPACKED_BYTES // 2**20} MB); not opened"
                )
            data = container.openstream(stream).read()
    except (OSError, ValueError, IndexError, struct.error) as exc:  # olefile's own errors are OSError or ValueError
        raise ImportFileError(f"{path}: not a spreadsheet Kafedra can read ({_first_line(exc)})") from exc
    rows = columns = 0
    position, end = 0, len(data) - 4
    while position <= end:
        kind, size = struct.unpack_from("<HH", data, position)
        if kind in _BIFF_CELLS and size >= 4 and position + 4 + size <= len(data):
            row, column = struct.unpack_from("<HH", data, position + 4)
            if kind in _BIFF_SPANS and size >= 6:
                column = max(column, struct.unpack_from("<H", data, position + 4 + size - 2)[0])
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        position += 4 + size
    if rows * columns > MAX_SHEET_CELLS:
        raise ImportFileError(
            f"{path}: the sheet reaches row {rows:,} and column {columns:,}, more than a registration table"
            f" can be (at most {MAX_SHEET_CELLS:,} cells); not opened"
        )


def _spreadsheet_records(path: Path) -> Callable[[], Rows]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        first_row = (sheet.start or (0, 0))[0]
    except (CalamineError, ValueError, OSError, IndexError) as exc:
        raise ImportFileError(f"{path}: not a spreadsheet Kafedra can read ({_first_line(exc)})") from exc

    def records() -> Rows:
        # calamine starts at the first used row; a spreadsheet counts from 1
        for offset, values in enumerate(sheet.iter_rows()):
            yield SourceRow(first_row + offset + 1, tuple(cell_text(v) for v in values))

    return records


def cell_text(value: object) -> str:
    """A spreadsheet value as the user sees it: 380671234567 and 1985, not 380671234567.0 and 1985.0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [exc.__class__.__name__])[0][:200]
