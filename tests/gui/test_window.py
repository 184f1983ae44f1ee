"""The main window as a whole: the seminar list, the Overview's validation, templates, settings, reopening,
refused database files, and the `kafedra` command starting the window."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.enums import Language, SeminarStatus
from desktop.domain.records import BlockData, PersonData, SeminarData, TalkData
from desktop.gui import app as app_module
from desktop.gui.app import Application
from desktop.gui.main_window import MainWindow
from desktop.gui.overview import OverviewTab
from desktop.gui.programme.tab import ProgrammeTab
from desktop.gui.settings import AppSettings
from desktop.gui.settings_dialog import SettingsDialog
from desktop.gui.template_dialog import TemplateDialog
from desktop.services import participants, people, profile, programme, seminars
from desktop.storage.database import Database
from tests.gui.conftest import FakeMessages, answer_dialog, type_into, wait_idle


def seed(reader: Database) -> int:
    with reader.transaction() as session:
        seminar_id = seminars.create_seminar(
            session,
            SeminarData(
                "Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества",
                dt.datetime(2025, 4, 15, 10),
                dt.datetime(2025, 4, 16, 16),
                status=SeminarStatus.HELD,
            ),
        )
        seminars.create_seminar(
            session, SeminarData("Вебинар «Детское чтение»", dt.datetime(2026, 2, 10, 11), dt.datetime(2026, 2, 10, 13))
        )
        block = programme.add_block(session, seminar_id, BlockData("Пленарное заседание", dt.datetime(2025, 4, 15, 10)))
        speaker = people.add_person(session, PersonData("Снегирёва", "Елена", "Андреевна"))
        programme.add_talk(session, seminar_id, TalkData("Краеведение онлайн", 30, speaker_ids=(speaker,)), block)
        participants.register(session, seminar_id, speaker)
        return seminar_id


def test_seminar_list_search_filters_and_counts(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    seed(reader)
    window = open_window(db_path)
    panel = window.seminar_list
    assert window.windowTitle() == "Kafedra — kafedra.sqlite3"
    assert str(db_path) in window.database_label.text()
    titles = [s.title for s in panel.model.visible]
    assert titles[0] == "Вебинар «Детское чтение»"  # newest first
    row = panel.model.row_of(lambda s: s.title.startswith("Краеведческая"))
    assert [panel.model.data(panel.model.index(row, c)) for c in range(1, 5)] == ["15–16.04.2025", "Held", "1", "1"]

    panel.search.setText("КРАЕВЕДЧЕСКАЯ ЦИФРОВОЙ")
    assert [s.title[:13] for s in panel.model.visible] == ["Краеведческая"]
    panel.search.setText("")
    panel.year.setCurrentIndex(panel.year.findData(2026))
    assert [s.title for s in panel.model.visible] == ["Вебинар «Детское чтение»"]
    panel.year.setCurrentIndex(0)
    panel.status.setCurrentIndex(panel.status.findData(SeminarStatus.HELD))
    assert len(panel.model.visible) == 1
    panel.status.setCurrentIndex(0)
    panel.table.sortByColumn(0, panel.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert panel.model.visible[0].title.startswith("Вебинар")


def test_overview_saves_each_field_and_says_what_is_wrong_next_to_it(
    qtbot: QtBot, window: MainWindow, db_path: Path, reader: Database
) -> None:
    window.window_actions.new_seminar.trigger()
    wait_idle(qtbot, window)
    seminar_id = window.seminar_list.current_id()
    assert seminar_id is not None
    overview = window.seminar_panel.page(OverviewTab)
    assert isinstance(overview, OverviewTab)
    form = overview.form

    type_into(form.stream_url, "zoom.us/j/123")
    wait_idle(qtbot, window)
    assert "must start with http" in overview.field_error("stream_url")
    type_into(form.stream_url, "https://zoom.us/j/123")
    wait_idle(qtbot, window)
    assert overview.field_error("stream_url") == ""

    type_into(form.academic_hours, "-2")
    assert overview.field_error("academic_hours") == "academic hours cannot be negative"
    type_into(form.academic_hours, "4,5")
    wait_idle(qtbot, window)
    assert overview.field_error("academic_hours") == ""

    start = form.starts_at.dateTime()
    form.ends_at.setDateTime(start.addSecs(-3600))
    form.ends_at.editingFinished.emit()
    assert "before it starts" in overview.field_error("ends_at")
    form.ends_at.setDateTime(start.addSecs(3 * 3600))
    form.ends_at.editingFinished.emit()
    wait_idle(qtbot, window)
    assert overview.field_error("ends_at") == ""

    type_into(form.title, "Семинар «Библиотека и семья»")
    form.status.setCurrentIndex(form.status.findData(SeminarStatus.REGISTRATION_OPEN))
    form.status.activated.emit(form.status.currentIndex())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    form.notes.setFocus()
    form.notes.setPlainText("Пригласить коллег из Воткинска.")
    form.title.setFocus()  # leaving the notes saves them
    wait_idle(qtbot, window)
    with reader.transaction() as session:
        saved = seminars.get_seminar(session, seminar_id)
    assert saved.stream_url == "https://zoom.us/j/123"
    assert saved.academic_hours == 4.5
    assert saved.ends_at - saved.starts_at == dt.timedelta(hours=3)
    assert saved.title == "Семинар «Библиотека и семья»"
    assert saved.status == SeminarStatus.REGISTRATION_OPEN
    assert saved.notes == "Пригласить коллег из Воткинска."
    assert window.seminar_list.model.visible[0].title == "Семинар «Библиотека и семья»"

    window.window_actions.undo.trigger()  # the notes
    window.window_actions.undo.trigger()  # the status
    wait_idle(qtbot, window)
    with reader.transaction() as session:
        saved = seminars.get_seminar(session, seminar_id)
    assert (saved.status, saved.notes) == (SeminarStatus.PLANNED, "")
    assert form.status.currentData() == SeminarStatus.PLANNED


def test_new_seminar_from_a_template_copies_the_programme(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    source = seed(reader)
    window = open_window(db_path)
    window.seminar_list.select(source)

    def fill(dialog: TemplateDialog) -> None:
        qtbot.waitUntil(lambda: dialog.form.source.count() == 2)
        dialog.form.source.setCurrentIndex(dialog.form.source.findData(source))
        dialog.form.title.setText("Краеведческая библиография — 2027")
        dialog.form.starts_at.setDateTime(QDateTime(2027, 4, 13, 10, 0, 0))
        dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()

    answer_dialog(qtbot, fill, TemplateDialog)
    window.window_actions.from_template.trigger()
    wait_idle(qtbot, window)
    copy = window.seminar_list.current_id()
    assert copy not in (None, source)
    tab = window.seminar_panel.page(ProgrammeTab)
    assert isinstance(tab, ProgrammeTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    assert tab.model.blocks()[0].talks[0].title == "Краеведение онлайн"
    assert tab.model.blocks()[0].talks[0].starts_at == dt.datetime(2027, 4, 13, 10, 0)


def test_settings_save_the_profile_and_the_document_language(
    qtbot: QtBot, window: MainWindow, reader: Database, settings: AppSettings
) -> None:
    def fill(dialog: SettingsDialog) -> None:
        qtbot.waitUntil(lambda: dialog.loaded is not None)
        dialog.form.name.setPlainText("МБУК «Централизованная библиотечная система г. Сарапула»")
        dialog.form.signatory1_name.setText("И.И. Иванова")
        dialog.form.signatory1_title.setText("Директор")
        dialog.form.number_pattern.setText("СР-{year}-{seq:03d}")
        assert dialog.form.number_preview.text().endswith(f"СР-{dt.date.today().year}-001")
        dialog.form.document_language.setCurrentIndex(dialog.form.document_language.findData(Language.UK))
        assert dialog.form.backups_keep.value() == 10  # the default until the user changes it
        dialog.form.backups_keep.setValue(3)
        dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()

    answer_dialog(qtbot, fill, SettingsDialog)
    window.window_actions.settings.trigger()
    wait_idle(qtbot, window)
    with reader.transaction() as session:
        saved = profile.get_profile(session)
    assert saved.name.startswith("МБУК") and saved.signatories[0].title == "Директор"
    assert saved.certificate_number_pattern == "СР-{year}-{seq:03d}"
    assert settings.document_language().value == "uk"
    assert settings.backups_to_keep(default=10) == 3


def test_everything_is_there_after_reopening(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    seminar_id = seed(reader)
    first = open_window(db_path)
    overview = first.seminar_panel.page(OverviewTab)
    assert isinstance(overview, OverviewTab)
    first.seminar_list.select(seminar_id)
    wait_idle(qtbot, first)
    type_into(overview.form.venue_room, "Зал № 2 «Краеведческий»")
    wait_idle(qtbot, first)
    first.close()

    again = open_window(db_path)
    again.seminar_list.select(seminar_id)
    wait_idle(qtbot, again)
    overview = again.seminar_panel.page(OverviewTab)
    assert isinstance(overview, OverviewTab)
    assert overview.form.venue_room.text() == "Зал № 2 «Краеведческий»"
    assert overview.form.title.text().startswith("Краеведческая библиография")


def test_two_windows_on_one_file_see_each_others_saved_changes_after_a_refresh(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    seminar_id = seed(reader)
    first, second = open_window(db_path), open_window(db_path)
    for window in (first, second):
        window.seminar_list.select(seminar_id)
        wait_idle(qtbot, window)
    first_overview, second_overview = first.seminar_panel.page(OverviewTab), second.seminar_panel.page(OverviewTab)
    assert isinstance(first_overview, OverviewTab) and isinstance(second_overview, OverviewTab)
    type_into(first_overview.form.venue_room, "Малый зал, 3 этаж")
    wait_idle(qtbot, first)
    assert second_overview.form.venue_room.text() != "Малый зал, 3 этаж"  # nothing pushed between processes

    second.window_actions.refresh.trigger()
    wait_idle(qtbot, second)
    assert second_overview.form.venue_room.text() == "Малый зал, 3 этаж"
    type_into(second_overview.form.venue_room, "Большой зал")  # and the other way round
    wait_idle(qtbot, second)
    first.window_actions.refresh.trigger()
    wait_idle(qtbot, first)
    assert first_overview.form.venue_room.text() == "Большой зал"
    with reader.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with reader.transaction() as session:
        assert seminars.get_seminar(session, seminar_id).venue_room == "Большой зал"


def test_a_damaged_file_is_refused_in_a_dialog_and_left_as_it_was(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch, fake_messages: FakeMessages
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 200)
    before = damaged.read_bytes()
    said: list[str] = []

    def refuse(_parent: object, message: str, **_damage: object) -> str:
        said.append(message)
        return "open" if len(said) == 1 else "quit"

    good = tmp_path / "good.sqlite3"
    monkeypatch.setattr(app_module, "ask_after_refusal", refuse)
    monkeypatch.setattr(app_module, "choose_database_to_open", lambda _parent, _folder="": str(damaged))
    application = Application(settings)
    assert application.open(str(damaged)) is False  # refused, another file offered, refused again, gave up
    assert len(said) == 2 and str(damaged) in said[0] and "\n" not in said[0]
    assert damaged.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.sqlite3"]  # nothing new beside it

    said.clear()
    monkeypatch.setattr(app_module, "choose_database_to_open", lambda _parent, _folder="": str(good))
    monkeypatch.setattr(
        app_module, "ask_after_refusal", lambda _parent, message, **_damage: said.append(message) or "open"
    )
    assert application.open(str(damaged)) is True
    assert application.window is not None and application.window.windowTitle() == "Kafedra — good.sqlite3"
    wait_idle(qtbot, application.window)  # type: ignore[arg-type]
    application.window.close()


def test_an_unreachable_server_offers_another_try_then_a_file(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch, fake_messages: FakeMessages
) -> None:
    server = "postgresql+psycopg://ivanova@127.0.0.1:1/kafedra"  # nothing listens on port 1
    asked: list[tuple[str, bool]] = []

    def answer(_parent: object, message: str, *, server: bool = False, **_damage: object) -> str:
        asked.append((message, server))
        return "retry" if len(asked) == 1 else "open"

    folders: list[str] = []

    def choose(_parent: object, folder: str = "") -> str:
        folders.append(folder)
        return str(tmp_path / "local.sqlite3")

    monkeypatch.setattr(app_module, "ask_after_refusal", answer)
    monkeypatch.setattr(app_module, "choose_database_to_open", choose)
    application = Application(settings)
    assert application.open(server) is True
    assert [shown for _message, shown in asked] == [True, True]  # refused, tried again, refused, a file chosen
    assert (
        asked[0][0]
        == f"{server}: the server 127.0.0.1:1 is unreachable; check the address and that PostgreSQL is running there"
    )
    assert folders == [""]  # a URL has no folder to start the file dialog in
    assert application.window is not None and application.window.windowTitle() == "Kafedra — local.sqlite3"
    wait_idle(qtbot, application.window)  # type: ignore[arg-type]
    application.window.close()


@pytest.mark.skipif(sys.platform == "win32", reason="signals")
def test_kafedra_with_no_command_opens_the_window_and_quits_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KAFEDRA_DB": "",
    }
    database = tmp_path / "window.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(database)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log = home / "state" / "Kafedra" / "log" / "kafedra.log"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (log.exists() and "main window shown" in log.read_text("utf-8")):
        time.sleep(0.1)
    assert log.exists() and "main window shown" in log.read_text("utf-8"), "the window did not open"
    process.send_signal(signal.SIGTERM)  # closes the window as its close button would
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert "Traceback" not in output
    assert database.exists()
