"""File → Import participants: a cp1251 CSV through the mapping and the row report; Cancel, then Import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.records import SeminarData
from desktop.gui import file_dialogs
from desktop.gui.importing import ImportDialog
from desktop.gui.importing import dialog as import_dialog
from desktop.gui.main_window import MainWindow
from desktop.importing.columns import Field
from desktop.importing.memory import MappingMemory
from desktop.services import participants, seminars
from desktop.storage.database import Database
from tests.gui.conftest import answer_dialog, wait_idle

CSV = (
    "Отметка времени;ФИО;Учреждение;Эл. почта;Форма участия\r\n"
    "01.03.2026;ИВАНОВА МАРИЯ ПЕТРОВНА;МБУК «ЦБС г. Сарапула»;ivanova@example.ru;очно\r\n"
    ";;;;\r\n"
    "01.03.2026;;МБУК «ЦБС г. Сарапула»;nobody@example.ru;онлайн\r\n"
    "02.03.2026;Петренко Олена Миколаївна;Бібліотека «Світоч»;olena@@example;дистанционно\r\n"
)


@pytest.fixture
def registrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "регистрация.csv"
    path.write_bytes(CSV.encode("cp1251"))
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_args: str(path))
    monkeypatch.setattr(import_dialog, "mapping_memory", lambda: MappingMemory(tmp_path / "mappings.json"))
    return path


def seed(reader: Database) -> int:
    with reader.transaction() as session:
        return seminars.create_seminar(
            session, SeminarData("Семинар «Чтение»", dt.datetime(2026, 3, 3, 10), dt.datetime(2026, 3, 3, 16))
        )


def registered(reader: Database, seminar_id: int) -> int:
    with reader.transaction() as session:
        return participants.count_participants(session, seminar_id).total


def test_report_before_commit_cancel_changes_nothing_import_adds(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    reader: Database,
    registrations: Path,
    tmp_path: Path,
) -> None:
    seminar_id = seed(reader)
    window = open_window(db_path)
    window.seminar_list.select(seminar_id)
    wait_idle(qtbot, window)
    seen: dict[str, object] = {}

    def check_then(button: str) -> Callable[[ImportDialog], None]:
        def answer(dialog: ImportDialog) -> None:
            page = dialog.mapping_page
            seen["mapping"] = page.mapping().fields
            seen["intro"] = page.intro.text()
            seen["preview"] = page.preview.item(0, 1).text()
            page.set_field(0, None)  # the time stamp is not imported (it was not guessed either)
            dialog.check_button.click()
            qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
            report = dialog.report_page.report
            seen["report"] = [(report.item(r, 0).text(), report.item(r, 2).text()) for r in range(report.rowCount())]
            seen["summary"] = dialog.report_page.summary.text()
            assert registered(reader, seminar_id) == 0  # the report comes before anything is written
            (dialog.cancel_button if button == "cancel" else dialog.import_button).click()

        return answer

    answer_dialog(qtbot, check_then("cancel"), ImportDialog)
    window.window_actions.file_actions.import_participants.trigger()
    wait_idle(qtbot, window)
    assert seen["mapping"] == (None, Field.FULL_NAME, Field.ORGANISATION, Field.EMAIL, Field.MODE)
    assert "cp1251" in str(seen["intro"]) and seen["preview"] == "ИВАНОВА МАРИЯ ПЕТРОВНА"
    rows = dict(seen["report"])  # type: ignore[arg-type]
    assert "4" in rows and "5" in rows  # the spreadsheet's numbers: the header is row 1
    assert "2 rows" not in str(seen["summary"]) and "Nothing has been written yet" in str(seen["summary"])
    assert registered(reader, seminar_id) == 0

    answer_dialog(qtbot, check_then("import"), ImportDialog)
    window.window_actions.file_actions.import_participants.trigger()
    wait_idle(qtbot, window)
    assert registered(reader, seminar_id) == 2
    assert (tmp_path / "mappings.json").exists()  # the confirmed mapping is remembered for this form
