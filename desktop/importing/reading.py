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
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from desktop.importing.errors import ImportFileError

# the field size limit guards against a runaway quote swallowing the file; a registration cell is never this long
csv.field_size_limit(1_000_000)

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


@dataclass(frozen=True)
class SourceRow:
    """One row of the file: its number as the spreadsheet shows it and its cells as text."""

    number: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


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

        Stop early with `contextlib.closing` (as `preview` does) so the file is closed at once.
        """
        with contextlib.closing(self._records()) as records:
            for row in records:
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
        kind, records, encoding, delimiter = "spreadsheet", _spreadsheet_records(path), "", ""
    else:
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
    for encoding in ("utf-8", "cp1251"):
        if _decodes(path, encoding):
            return encoding
    raise ImportFileError(f"{path}: cannot tell the encoding; save the file as UTF-8 ({KNOWN_ENCODINGS})")


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes strictly, read in chunks so a big file is never held at once."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                text = decoder.decode(chunk)
                if not _CONTROL.isdisjoint(text[:_SNIFF_BYTES]):
                    return False
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


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
            yield from _parse_csv(text, delimiter, skip_sep_line)

    return records


def _parse_csv(text: TextIO, delimiter: str, skip_sep_line: bool) -> Rows:
    reader = csv.reader(text, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    if skip_sep_line:
        next(reader, None)  # Excel hides this line: the header is still row 1
    # a spreadsheet shows one row per record, even when a quoted cell spans several lines
    for number, cells in enumerate(reader, start=1):
        yield SourceRow(number, tuple(cells))


# --- spreadsheets --------------------------------------------------------------------------------------------


def _spreadsheet_records(path: Path) -> Callable[[], Rows]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        first_row = (sheet.start or (0, 0))[0]
    except (CalamineError, ValueError, OSError) as exc:
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
