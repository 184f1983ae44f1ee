"""File names built from user text stay in the chosen folder; spreadsheet cells never start a formula."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.documents.filenames import safe_stem, unique
from desktop.exports.tabular import csv_bytes, xlsx_bytes

any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=600)
path_like = st.lists(
    st.sampled_from(
        ("..", "../", "..\\", "/", "\\", "/etc/passwd", "C:\\Windows\\", "\\\\server\\share\\", "~", "CON", "nul",
         "com1", "LPT9", ".", " ", "\x00", "\n", "😀", "Ы", ":", "*", "?", "<>", "|", '"', "…", "\u202e", "a" * 300)
    ),
    min_size=1,
    max_size=8,
).map("".join)  # fmt: skip
names = st.one_of(any_text, path_like, st.text(alphabet="😀ЫaB. /\\:", min_size=400, max_size=520))
RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COMMON = settings(max_examples=150, deadline=None, derandomize=True, database=None)


@settings(COMMON, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=names)
def test_a_file_name_from_any_text_stays_in_the_folder_and_can_be_written(tmp_path: Path, text: str) -> None:
    stem = safe_stem(text)
    assert stem and stem == stem.strip(" .") and "/" not in stem and "\\" not in stem
    assert not any(ord(ch) < 32 for ch in stem)
    assert stem.split(".")[0].strip().lower() not in RESERVED
    assert len(stem.encode("utf-8")) <= 200
    target = (tmp_path / f"{stem} (12).docx").resolve()
    assert target.parent == tmp_path.resolve()
    target.write_bytes(b"x")  # the file system takes it
    assert os.listdir(tmp_path) == [target.name]
    target.unlink()


@COMMON
@given(texts=st.lists(names, min_size=2, max_size=6))
def test_names_made_unique_never_collide_even_without_case(texts: list[str]) -> None:
    stems = unique(safe_stem(t) for t in texts)
    assert len({s.casefold() for s in stems}) == len(stems)


cells = st.one_of(
    any_text,
    st.sampled_from(FORMULA_STARTS).flatmap(lambda start: any_text.map(lambda rest: start + rest)),
    st.sampled_from(('=HYPERLINK("http://x";"y")', "+380 44 123 45 67", "-1", "@SUM(A1)", "=1+1", "\t=1")),
    st.integers(-5, 5),
    st.none(),
)


def _formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


@COMMON
@given(rows=st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=5), header=cells)
def test_no_csv_cell_starts_a_formula(rows: list[list[object]], header: object) -> None:
    headers = [str(header or "h"), "Фамилия", "=Имя"]
    data = csv_bytes(headers, rows)  # type: ignore[arg-type]
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(read) == len(rows) + 1
    for line in read:
        for cell in line:
            assert not _formula_like(cell) or cell.lstrip("-").isdigit(), cell


@pytest.mark.parametrize("value", ["=1+1", "+380 44 123 45 67", "-1 минус", "@SUM(A1)", "\t=1", "\r=1", "a\x00b\x1f"])
def test_no_xlsx_cell_is_a_formula_and_control_characters_do_not_break_it(value: str) -> None:
    from openpyxl import load_workbook

    data = xlsx_bytes(["=Заголовок", "Имя"], [[value, "Анна"]], sheet_title="Участники")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type == "s", (cell.coordinate, cell.value)
    assert sheet["A1"].value == "=Заголовок"
    written = sheet["A2"].value
    assert isinstance(written, str) and written.replace("\x00", "").replace("\x1f", "") == written


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(rows=st.lists(st.lists(any_text, min_size=2, max_size=2), min_size=1, max_size=4))
def test_any_text_goes_into_an_xlsx_that_opens(rows: list[list[str]]) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx_bytes(["A", "B"], rows))).active  # type: ignore[arg-type]
    assert sheet is not None and sheet.max_row == len(rows) + 1
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
