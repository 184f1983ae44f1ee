"""File → Import participants with hostile files: the window says what the command line says, in one line.

A file refused on opening (two encodings) never opens the mapping dialog; a fault found while reading all rows
(a NUL byte at row 2501, past the preview) is shown over the dialog, which stays open on the mapping, and
nothing is written either way.
"""

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
from desktop.importing.memory import MappingMemory
from desktop.services import participants, seminars
from desktop.storage.database import Database
from tests.gui.conftest import FakeMessages, answer_dialog, wait_idle

LINES = ["Фамилия;Имя;Отчество;Электронная почта"] + [f"Иванова;Мария;Петровна;m{i}@example.org" for i in range(3000)]


def seed(reader: Database) -> int:
    with reader.transaction() as session:
        return seminars.create_seminar(
            session, SeminarData("Семинар «Чтение»", dt.datetime(2026, 3, 3, 10), dt.datetime(2026, 3, 3, 16))
        )


def registered(reader: Database, seminar_id: int) -> int:
    with reader.transaction() as session:
        return participants.count_participants(session, seminar_id).total


@pytest.fixture
def choose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, bytes], Path]:
    """Make the file dialog return a file with these bytes."""

    def chooser(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        monkeypatch.setattr(file_dialogs, "open_file", lambda *_args: str(path))
        return path

    monkeypatch.setattr(import_dialog, "mapping_memory", lambda: MappingMemory(tmp_path / "mappings.json"))
    return chooser


def test_hostile_files_get_the_same_one_line_message_as_the_command_line(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    reader: Database,
    fake_messages: FakeMessages,
    choose: Callable[[str, bytes], Path],
) -> None:
    fake_messages.expect_errors = True
    seminar_id = seed(reader)
    window = open_window(db_path)
    window.seminar_list.select(seminar_id)
    wait_idle(qtbot, window)

    mixed = [line.encode("cp1251") + b"\r\n" for line in LINES[:40]]
    mixed[31] = LINES[31].encode("utf-8") + b"\r\n"
    path = choose("смешанный.csv", b"".join(mixed))
    window.window_actions.file_actions.import_participants.trigger()
    wait_idle(qtbot, window)
    assert fake_messages.errors == [
        f"{path}: mixed encodings: line 32 is UTF-8 but line 1 is not; save the whole file in one encoding"
    ]

    lines = list(LINES)
    lines[2500] = "Пет\x00рова;Анна;;"
    path = choose("nul.csv", "\r\n".join(lines).encode("utf-8"))
    seen: dict[str, object] = {}

    def check(dialog: ImportDialog) -> None:
        dialog.check_button.click()
        qtbot.waitUntil(lambda: len(fake_messages.errors) == 2, timeout=10_000)
        qtbot.waitUntil(dialog.check_button.isEnabled, timeout=10_000)
        seen["page"] = dialog.pages.currentIndex()
        dialog.cancel_button.click()

    answer_dialog(qtbot, check, ImportDialog)
    window.window_actions.file_actions.import_participants.trigger()
    wait_idle(qtbot, window)
    assert fake_messages.errors[1] == f"{path}, row 2501: a NUL byte, so the file is binary or damaged"
    assert seen["page"] == 0  # still on the mapping: the user can pick another file
    assert registered(reader, seminar_id) == 0
