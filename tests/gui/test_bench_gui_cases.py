"""What the GUI benchmarks rely on: the first-paint report of the real `kafedra` process, the seminar list's
cheap row heights (the same as Qt's own), and the directory filter that narrows while typing on."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.domain import names
from desktop.domain.records import SeminarData
from desktop.gui.main_window import MainWindow
from desktop.gui.table_model import Column, RecordTableModel
from desktop.services import seminars
from desktop.storage.database import Database
from tests.gui.conftest import wait_idle

LONG = (
    "Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества, проекты и опыт муниципальных библиотек"
)


def test_the_window_reports_its_first_paint_with_the_seminars_and_quits(tmp_path: Path, reader: Database) -> None:
    with reader.transaction() as session:
        for day in range(1, 4):
            seminars.create_seminar(
                session, SeminarData(f"Семинар {day}", dt.datetime(2026, 3, day, 10), dt.datetime(2026, 3, day, 16))
            )
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KAFEDRA_BENCH_QUIT_AFTER_PAINT": "1",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    database = Path(str(reader.path))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["rows"] == 3  # painted after the list arrived, not before
    assert report["painted_at"] > 0


def test_seminar_rows_are_as_tall_as_qt_measures_them(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    with reader.transaction() as session:
        for n, title in enumerate(["Вебинар", LONG, LONG + " " + LONG, "Круглый стол «Читаем вместе»"]):
            starts = dt.datetime(2026, 1 + n, 10, 10)
            seminars.create_seminar(session, SeminarData(title, starts, starts + dt.timedelta(days=40 * n)))
    window = open_window(db_path)
    table = window.seminar_list.table
    window.resize(1400, 700)
    seen = set()
    for width in (260, 400, 700):  # a narrower list wraps the titles onto more lines
        window.splitter.setSizes([width, 1400 - width])
        wait_idle(qtbot, window)
        ours = [table.sizeHintForRow(row) for row in range(4)]
        assert ours == [QTableView.sizeHintForRow(table, row) for row in range(4)], width
        minimum = table.verticalHeader().minimumSectionSize()
        assert [table.rowHeight(row) for row in range(4)] == [max(hint, minimum) for hint in ours]
        seen.add(max(ours))
    assert len(seen) == 3  # the tallest row changed with the width: the titles did wrap
    # four rows fit: no scroll bar shown in advance (it is for lists that surely overflow the view)
    assert table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    short = window.seminar_list.model.row_of(lambda s: s.title == "Вебинар")
    assert table.rowHeight(short) < max(table.rowHeight(row) for row in range(4))


def test_typing_on_narrows_to_the_same_rows_as_a_fresh_search() -> None:
    rng = random.Random(7)
    words = ["соловьёва", "мария", "петров", "алёна", "цбс", "сарапул", "библиотекарь", "ковалёв"]
    records = [" ".join(rng.sample(words, 3)) + f" {i}" for i in range(400)]
    model: RecordTableModel[str] = RecordTableModel([Column("Text", lambda r: r)], lambda r: r)
    model.set_records(records)
    for query in ["с", "со", "сол", "соловье", "соловьева м", "соловьева мар", "соловьева ма", "", "1", "12", "п ц"]:
        model.set_query(query)
        folded = names.fold(query).split()
        expected = [r for r in records if all(word in names.fold(r) for word in folded)]
        assert model.visible == expected, query
    model.set_predicate(lambda r: r.endswith("7"))
    model.set_query("петров")
    assert model.visible == [r for r in records if "петров" in r and r.endswith("7")]
    assert model.rowCount() == len(model.visible) > 0


def test_a_search_text_in_parts_folds_to_the_key_of_the_whole_text() -> None:
    parts = [
        ("Соловьёва Мария Ивановна", "МБУК «ЦБС № 2» г. Сарапула", "", "Сарапул", "библиотекарь"),
        ("Мар’яна  Ковальчук", "ЦБС № 2", "M@Lib.UA", "", ""),
        ("O\u2019Brien\u00a0Ann", "", "", "Ｋｉｅｖ", "ﬁle clerk"),  # apostrophe, NBSP, full-width, ligature
        ("", "", "", "", ""),
        ("Е\u0308жов", "  spaced   out ", "\u200bhidden", "Ґалаґан", "ІЇЄ"),  # e + combining diaeresis, ZWSP
    ]
    model: RecordTableModel[tuple[str, ...]] = RecordTableModel([Column("Text", lambda r: r[0])], lambda r: r)
    model.set_records(parts)
    assert model._keys == [names.fold(" ".join(p)) for p in parts]
    model.set_query("соловьева цбс 2")
    assert model.visible == [parts[0]]
