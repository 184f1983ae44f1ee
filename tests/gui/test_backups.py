"""File → Backup… and Restore…, the rotating copy on start, and an export through the File menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.records import SeminarData
from desktop.gui import file_dialogs
from desktop.gui.main_window import MainWindow
from desktop.services import seminars
from desktop.storage.database import open_database
from tests.gui.conftest import FakeMessages, wait_idle


def titles(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.transaction() as session:
            return sorted(s.title for s in seminars.list_seminars(session))
    finally:
        database.dispose()


def add(window: MainWindow, qtbot: QtBot, title: str) -> None:
    data = SeminarData(title, dt.datetime(2026, 5, 5, 10), dt.datetime(2026, 5, 5, 16))
    window.ws.runner.run(window, seminars.create_seminar, data)
    wait_idle(qtbot, window)


def test_backup_then_restore_through_the_file_menu(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_messages: FakeMessages,
) -> None:
    window = open_window(db_path)
    assert len(list((tmp_path / "backups").glob("kafedra-*.sqlite3"))) == 1  # the copy made on start
    add(window, qtbot, "Семинар «До копии»")
    backup = tmp_path / "копия.sqlite3"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_args: str(backup))
    window.window_actions.file_actions.backup.trigger()
    wait_idle(qtbot, window)
    assert titles(backup) == ["Семинар «До копии»"]
    add(window, qtbot, "Семинар «После копии»")

    monkeypatch.setattr(file_dialogs, "open_file", lambda *_args: str(backup))
    fake_messages.answer = False
    window.window_actions.file_actions.restore.trigger()
    assert window.application.window is window and len(titles(db_path)) == 2  # declined: nothing happened

    fake_messages.answer = True
    application = window.application
    window.window_actions.file_actions.restore.trigger()
    new_window = application.window
    assert isinstance(new_window, MainWindow) and new_window is not window
    wait_idle(qtbot, new_window)
    assert titles(db_path) == ["Семинар «До копии»"]
    assert [new_window.seminar_list.model.record(r).title for r in range(new_window.seminar_list.model.rowCount())] == [
        "Семинар «До копии»"
    ]
    assert any("Restored from копия.sqlite3" in q for q in fake_messages.questions)
    kept = list(tmp_path.glob("kafedra.before-restore-*.sqlite3"))
    assert len(kept) == 1 and len(titles(kept[0])) == 2


def test_participants_export_and_backups_on_start_keep_n(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    window.ws.settings.store.setValue("backups/keep", 2)
    add(window, qtbot, "Семинар «Экспорт»")
    window.seminar_list.select(1)
    wait_idle(qtbot, window)
    target = tmp_path / "участники.csv"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_args: str(target))
    export = {a.text(): a for a in window.window_actions.file_actions.export_menu.actions()}
    export["Participants as &CSV…"].trigger()
    wait_idle(qtbot, window)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    window.close()
    for _ in range(3):
        open_window(db_path).close()
    assert len(list((tmp_path / "backups").glob("kafedra-*.sqlite3"))) == 2
