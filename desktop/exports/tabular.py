"""Tables as files a spreadsheet opens: CSV (UTF-8 with BOM, `;`, CRLF) and XLSX (bold header, widths, frozen row).

In CSV, cells that start with `=`, `+`, `-` or `@` (or a tab or carriage return) are neutralised with a leading
apostrophe, the OWASP advice against CSV injection: a spreadsheet then shows the text instead of running it
as a formula. In XLSX every text cell is stored with the string type, which no spreadsheet evaluates, so the
text keeps its own first character (a phone «+380…» stays as typed). Numbers and dates are written as values.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence

Cell = str | int | float | dt.date | dt.datetime | None

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_COLUMN_WIDTH = 60


def neutralise(value: str) -> str:
    """«=HYPERLINK(...)» → «'=HYPERLINK(...)»; anything else unchanged."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


# control characters an XLSX cell cannot hold (openpyxl refuses them); a pasted name may carry one
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_value(value: Cell) -> Cell:
    return _XLSX_ILLEGAL.sub("", value) if isinstance(value, str) else value


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """UTF-8 with a BOM and `;`: what Excel on a Russian or Ukrainian Windows opens without a wizard."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow([_text(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(headers: Sequence[str], rows: Sequence[Sequence[Cell]], sheet_title: str = "Sheet") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    assert sheet is not None
    # a sheet title is at most 31 characters and may not contain []:*?/\
    sheet.title = "".join(ch for ch in sheet_title if ch not in "[]:*?/\\")[:31] or "Sheet"
    sheet.append([_xlsx_value(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(h) for h in headers]
    for row in rows:
        sheet.append([_xlsx_value(v) for v in row])
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(_text(value)))
    for row_cells in sheet.iter_rows(min_row=1):
        for cell in row_cells:
            # openpyxl turns text starting with «=» into a formula; typed as a string it is shown, never run
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_COLUMN_WIDTH, width + 2)
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
