"""The window on a damaged database (offers the latest automatic backup) and on a read-only one (a banner)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.records import SeminarData
from desktop.gui import app as app_module
from desktop.gui.app import Application
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import AppSettings
from desktop.services import seminars
from desktop.services.backup import rotate_backups
from desktop.storage.database import open_database
from tests.gui.conftest import FakeMessages, answer_dialog, wait_idle

SCREENSHOTS = Path(__file__).parent / "screenshots"


def seminar(title: str) -> SeminarData:
    return SeminarData(title, dt.datetime(2026, 12, 1, 10), dt.datetime(2026, 12, 1, 16))


def make_database(path: Path, *titles: str) -> None:
    db = open_database(path)
    with db.transaction() as session:
        for title in titles:
            seminars.create_seminar(session, seminar(title))
    db.dispose()


def titles_in(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.reading() as session:
            return sorted(s.title for s in seminars.list_seminars(session))
    finally:
        db.dispose()


def damage(path: Path) -> bytes:
    """Garbage over the pages after the first, as a failing disk or a half-copied file leaves them."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page * 4] = bytes((n * 37 + 11) % 256 for n in range(page * 3))
    path.write_bytes(bytes(data))
    return bytes(data)


def button(box: QMessageBox, text: str) -> None:
    matching = [b for b in box.buttons() if text in b.text().replace("&", "")]
    assert matching, f"no button «{text}» in {[b.text() for b in box.buttons()]}"
    matching[0].click()


@pytest.fixture
def application(settings: AppSettings) -> Iterator[Application]:
    opened = Application(settings)
    yield opened
    if opened.window is not None:
        opened.window.close()


def test_a_damaged_database_is_replaced_by_its_latest_automatic_backup_and_kept_aside(
    qtbot: QtBot, tmp_path: Path, application: Application, fake_messages: FakeMessages
) -> None:
    database = tmp_path / "seminars.sqlite3"
    make_database(database, "Семинар до копии")
    rotate_backups(database, now=dt.datetime(2026, 11, 20, 9, 0))  # as the window does on every start
    make_database(database, "Семинар после копии")
    damaged = damage(database)
    seen: dict[str, str] = {}

    def restore(box: QMessageBox) -> None:
        seen["text"], seen["info"] = box.text(), box.informativeText()
        button(box, "Restore the backup")

    answer_dialog(qtbot, restore, QMessageBox)
    assert application.open(str(database))
    window = application.window
    assert isinstance(window, MainWindow)
    wait_idle(qtbot, window)

    assert str(database) in seen["text"] and "damaged" in seen["text"]
    assert "There is an automatic backup of this database from" in seen["info"]
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("seminars.damaged-")]
    assert len(aside) == 1 and re.fullmatch(r"seminars\.damaged-\d{8}-\d{4}\.sqlite3", aside[0].name)
    assert aside[0].read_bytes() == damaged  # the damaged file is kept, untouched
    assert [window.seminar_list.model.record(r).title for r in range(window.seminar_list.model.rowCount())] == [
        "Семинар до копии"
    ]
    told = [q for q in fake_messages.questions if "damaged file is kept as" in q]
    assert len(told) == 1 and str(aside[0]) in told[0] and "changes made after that time are not in it" in told[0]
    window.close()
    assert titles_in(database) == ["Семинар до копии"]


def test_a_damaged_database_without_a_backup_says_so_and_offers_another_file(
    qtbot: QtBot,
    tmp_path: Path,
    application: Application,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = tmp_path / "seminars.sqlite3"
    make_database(database, "Семинар")
    damaged = damage(database)
    other = tmp_path / "other.sqlite3"
    make_database(other, "Другой семинар")
    monkeypatch.setattr(app_module, "choose_database_to_open", lambda _parent, _folder="": str(other))
    seen: dict[str, object] = {}

    def open_another(box: QMessageBox) -> None:
        seen["info"] = box.informativeText()
        seen["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
        button(box, "Open another")

    answer_dialog(qtbot, open_another, QMessageBox)
    assert application.open(str(database))
    assert isinstance(application.window, MainWindow)
    wait_idle(qtbot, application.window)
    assert "No automatic backup of this database was found" in str(seen["info"])
    assert not any("Restore" in text for text in seen["buttons"])  # type: ignore[attr-defined]
    assert application.window.windowTitle() == "Kafedra — other.sqlite3"
    assert database.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("seminars")) == ["seminars.sqlite3"]


def test_a_read_only_database_opens_with_a_banner_and_refuses_edits(
    qtbot: QtBot,
    tmp_path: Path,
    open_window: Callable[[Path], MainWindow],
    fake_messages: FakeMessages,
) -> None:
    database = tmp_path / "seminars.sqlite3"
    make_database(database, "Семинар только для чтения")
    database.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = database.read_bytes()
    try:
        window = open_window(database)
        banner = window.read_only_banner
        assert banner is not None and banner.isVisible()
        assert banner.text().startswith("This database is read-only: changes cannot be saved.")
        assert window.windowTitle() == "Kafedra — seminars.sqlite3 (read-only)"
        actions = window.window_actions
        assert not actions.new_seminar.isEnabled() and not actions.delete_seminar.isEnabled()
        assert not actions.file_actions.import_participants.isEnabled()
        assert actions.file_actions.backup.isEnabled() and actions.open_database.isEnabled()
        assert window.seminar_list.model.rowCount() == 1

        if SCREENSHOTS.is_dir():  # for a person to look at: mkdir tests/reliability/gui/screenshots
            window.resize(1100, 600)
            window.grab().save(str(SCREENSHOTS / "read-only.png"))

        fake_messages.expect_errors = True
        window.ws.runner.run(window, seminars.create_seminar, seminar("Не сохранится"))  # an edit from any tab
        wait_idle(qtbot, window)
        assert fake_messages.errors == [f"{database}: the database is read-only; the change was not saved"]
        window.close()
        assert database.read_bytes() == before
    finally:
        database.chmod(stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
