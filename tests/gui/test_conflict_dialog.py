"""The window when someone else changed what the user is editing: a dialog says who and when, Reload shows
their version, Cancel keeps the user's text; the user's own quick edits and undo never conflict."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.enums import ResolutionSection, Role
from desktop.domain.errors import ConflictError
from desktop.domain.records import SeminarData, TalkData
from desktop.gui.main_window import MainWindow
from desktop.gui.overview import OverviewTab, data_of
from desktop.gui.participants.tab import ParticipantsTab
from desktop.gui.programme.dialogs import TalkDialog
from desktop.gui.programme.model import TITLE
from desktop.gui.programme.tab import ProgrammeTab
from desktop.gui.service_messages import ROWS
from desktop.services import participants, programme, resolution, seminars
from desktop.storage import database as database_module
from desktop.storage.concurrency import BUSY_MESSAGE, STALE_MESSAGE
from desktop.storage.database import Database, open_database
from desktop.storage.models import Talk
from tests.conftest import add_person
from tests.gui.conftest import FakeMessages, answer_dialog, type_into, wait_idle


@pytest.fixture
def ivanova(db_path: Path) -> Iterator[Database]:
    """Another writer on the same file: a second Kafedra window, or the command line, run by ivanova."""
    database = open_database(db_path)
    database.user = "ivanova"
    yield database
    database.dispose()


def _seed(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        seminar_id = seminars.create_seminar(
            s, SeminarData("Семинар «Книжное лето»", dt.datetime(2026, 6, 2, 10), dt.datetime(2026, 6, 2, 15))
        )
        talk_id = programme.add_talk(s, seminar_id, TalkData("Летнее чтение: итоги", 20))
    return seminar_id, talk_id


def _open_programme(qtbot: QtBot, window: MainWindow, seminar_id: int) -> ProgrammeTab:
    window.seminar_list.select(seminar_id)
    wait_idle(qtbot, window)
    tab = window.seminar_panel.page(ProgrammeTab)
    assert isinstance(tab, ProgrammeTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return tab


def _rename_elsewhere(db: Database, talk_id: int, title: str) -> None:
    with db.transaction() as s:
        programme.update_talk(s, talk_id, TalkData(title, 20))  # no version: a script or an older copy


def _stored_title(db: Database, talk_id: int) -> str:
    with db.reading() as s:
        talk = s.get(Talk, talk_id)
        assert talk is not None
        return talk.title


def test_a_talk_changed_elsewhere_asks_to_reload_and_cancel_keeps_the_users_text(
    qtbot: QtBot, window: MainWindow, ivanova: Database
) -> None:
    seminar_id, talk_id = _seed(ivanova)
    tab = _open_programme(qtbot, window, seminar_id)
    tab.select("talk", talk_id)
    _rename_elsewhere(ivanova, talk_id, "Летнее чтение — версия Ивановой")  # after the window showed the talk

    said: list[str] = []
    reopened: list[str] = []

    def keep_text(box: QMessageBox) -> None:
        said.append(f"{box.windowTitle()}|{box.text()}")
        box.button(QMessageBox.StandardButton.Cancel).click()

    def check_kept(dialog: TalkDialog) -> None:  # the editor opens again with what the user typed
        reopened.append(dialog.form.title.toPlainText())
        dialog.reject()

    def edit(dialog: TalkDialog) -> None:
        dialog.form.title.setPlainText("Летнее чтение — версия из окна")
        answer_dialog(qtbot, keep_text, QMessageBox)
        answer_dialog(qtbot, check_kept, TalkDialog)
        dialog.accept()

    answer_dialog(qtbot, edit, TalkDialog)
    tab.edit_selected()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(reopened) == 1, timeout=10_000)
    assert len(said) == 1
    title, text = said[0].split("|", 1)
    assert title == "Changed by someone else"
    assert text.startswith("The talk «Летнее чтение — версия Ивановой» was changed by ivanova at ")
    assert reopened == ["Летнее чтение — версия из окна"]
    assert _stored_title(ivanova, talk_id) == "Летнее чтение — версия Ивановой"  # nothing overwritten
    assert tab.selected() is not None and tab.selected().title == "Летнее чтение: итоги"  # type: ignore[union-attr]

    # the second try: Reload shows the other writer's text in the programme
    def reload(box: QMessageBox) -> None:
        said.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Reload").click()

    def edit_again(dialog: TalkDialog) -> None:
        dialog.form.title.setPlainText("Летнее чтение — вторая попытка")
        answer_dialog(qtbot, reload, QMessageBox)
        dialog.accept()

    answer_dialog(qtbot, edit_again, TalkDialog)
    tab.edit_selected()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    wait_idle(qtbot, window)
    index = tab.model.index_of_talk(talk_id)
    assert tab.model.index(index.row(), TITLE, index.parent()).data() == "Летнее чтение — версия Ивановой"
    assert _stored_title(ivanova, talk_id) == "Летнее чтение — версия Ивановой"
    # now the window holds the current version: the edit goes through, and undo restores without a conflict
    tab.select("talk", talk_id)
    assert tab.selected() is not None
    window_title = "Летнее чтение — окончательно"

    def final_edit(dialog: TalkDialog) -> None:
        dialog.form.title.setPlainText(window_title)
        dialog.accept()

    answer_dialog(qtbot, final_edit, TalkDialog)
    tab.edit_selected()
    wait_idle(qtbot, window)
    assert _stored_title(ivanova, talk_id) == window_title
    stack = window.ws.history.stack()
    assert stack is not None
    stack.undo()
    wait_idle(qtbot, window)
    assert _stored_title(ivanova, talk_id) == "Летнее чтение — версия Ивановой"
    with ivanova.reading() as s:
        talk = s.get(Talk, talk_id)
        assert talk is not None and talk.updated_by == window.ws.db.user


def test_quick_edits_in_a_row_and_their_undo_do_not_conflict_with_themselves(
    qtbot: QtBot, window: MainWindow, ivanova: Database
) -> None:
    seminar_id, talk_id = _seed(ivanova)
    tab = _open_programme(qtbot, window, seminar_id)
    talk = next(t for t in tab.model.programme.all_talks() if t.id == talk_id)  # type: ignore[union-attr]
    # two in-place edits from the same stale copy, before the view re-read the talk
    tab.edits.set_talk_field(seminar_id, talk, "title", "Первая правка")
    tab.edits.set_talk_field(seminar_id, talk, "duration_minutes", 35)
    wait_idle(qtbot, window)
    with ivanova.reading() as s:
        stored = s.get(Talk, talk_id)
        assert stored is not None and (stored.title, stored.duration_minutes) == ("Первая правка", 35)
    stack = window.ws.history.stack()
    assert stack is not None and stack.count() == 2
    stack.undo()
    stack.undo()
    wait_idle(qtbot, window)
    assert _stored_title(ivanova, talk_id) == "Летнее чтение: итоги"
    stack.redo()
    wait_idle(qtbot, window)
    assert _stored_title(ivanova, talk_id) == "Первая правка"


def test_a_registration_and_the_overview_changed_elsewhere_are_reloaded(
    qtbot: QtBot, window: MainWindow, ivanova: Database
) -> None:
    seminar_id, _ = _seed(ivanova)
    with ivanova.transaction() as s:
        person = add_person(s, "Кузнецова", "Ольга", "Игоревна")
        participation_id, _ = participants.register(s, seminar_id, person)
    window.seminar_list.select(seminar_id)
    wait_idle(qtbot, window)
    tab = window.seminar_panel.page(ParticipantsTab)
    assert isinstance(tab, ParticipantsTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    shown = tab.model.records[0]
    with ivanova.transaction() as s:
        participants.set_role(s, participation_id, Role.SPEAKER)

    said: list[str] = []

    def reload(box: QMessageBox) -> None:
        said.append(box.text())
        assert box.button(QMessageBox.StandardButton.Cancel) is not None  # beside Reload, the default
        assert box.defaultButton().text().replace("&", "") == "Reload"
        box.defaultButton().click()

    answer_dialog(qtbot, reload, QMessageBox)
    tab.set_rows([shown], "attended", True)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
    wait_idle(qtbot, window)
    assert said[0].startswith("The registration of «Кузнецова Ольга Игоревна» was changed by ivanova at ")
    assert tab.model.records[0].role == Role.SPEAKER and not tab.model.records[0].attended

    # the overview: Cancel leaves the user's text in the field, nothing is saved
    overview = window.seminar_panel.page(OverviewTab)
    assert isinstance(overview, OverviewTab)
    window.seminar_panel.tabs.setCurrentWidget(overview)
    wait_idle(qtbot, window)
    with ivanova.transaction() as s:
        record = seminars.get_seminar(s, seminar_id)
        seminars.update_seminar(s, seminar_id, dataclasses.replace(data_of(record), venue_room="Зал ивановой"))

    def cancel(box: QMessageBox) -> None:
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(qtbot, cancel, QMessageBox)
    type_into(overview.form.venue_room, "Малый зал")
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    wait_idle(qtbot, window)
    assert said[1].startswith("The seminar «Семинар «Книжное лето»» was changed by ivanova at ")
    assert overview.form.venue_room.text() == "Малый зал"
    with ivanova.reading() as s:
        assert seminars.get_seminar(s, seminar_id).venue_room == "Зал ивановой"


def test_every_conflict_and_busy_message_has_a_row_to_translate_it(tmp_path: Path) -> None:
    """The real messages, made by the services and storage, are each matched by a row of service_messages."""
    from tests.test_concurrent_edits import CASES  # the edits of every kind of record, with a version

    seen_by_second: dict[str, int] = {}
    first, second = open_database(tmp_path / "rows.sqlite3"), open_database(tmp_path / "rows.sqlite3")
    first.user = "ivanova"
    messages = [BUSY_MESSAGE, STALE_MESSAGE]
    try:
        seminar_id, talk_id = _seed(first)
        with second.reading() as s:
            seen_by_second["talk"] = programme.get_programme(s, seminar_id).all_talks()[0].version
        _rename_elsewhere(first, talk_id, "Летнее чтение — версия Ивановой")
        with pytest.raises(ConflictError) as talk_conflict, second.transaction() as s:
            programme.update_talk(s, talk_id, TalkData("Из окна", 20), expected_version=seen_by_second["talk"])
        messages.append(str(talk_conflict.value))
        for what, (read_version, edit, _named) in CASES.items():
            with first.transaction() as s:
                if what == "resolution item":
                    resolution.add_item(s, seminar_id, ResolutionSection.NOTED, "Пункт")
                edit(s, seminar_id, "Исходный текст", None)
            with second.reading() as s:
                seen = read_version(s, seminar_id)
            with first.transaction() as s:
                edit(s, seminar_id, "Правка Ивановой", None)
            with pytest.raises(ConflictError) as conflict, second.transaction() as s:
                edit(s, seminar_id, "Правка из окна", seen)
            messages.append(str(conflict.value))
    finally:
        first.dispose()
        second.dispose()
    for message in messages:
        assert any(row.pattern.fullmatch(message) for row in ROWS), message


def test_a_database_locked_by_another_writer_is_one_sentence_in_the_window(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    ivanova: Database,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seminar_id, _ = _seed(ivanova)  # the file exists and is in WAL mode
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 150)  # the window's connections wait briefly
    window = open_window(db_path)
    window.seminar_list.select(seminar_id)
    wait_idle(qtbot, window)
    overview = window.seminar_panel.page(OverviewTab)
    assert isinstance(overview, OverviewTab)
    holder = sqlite3.connect(db_path, isolation_level=None)  # another process in the middle of a long write
    holder.execute("BEGIN IMMEDIATE")
    fake_messages.expect_errors = True
    try:
        type_into(overview.form.venue_room, "Малый зал")
        wait_idle(qtbot, window)
    finally:
        holder.rollback()
        holder.close()
    assert fake_messages.errors == [
        "The database is busy: another Kafedra window or command is writing to it. Try again in a moment."
    ]
    assert overview.form.venue_room.text() == "Малый зал"  # the typed text stays; the next edit saves it
    type_into(overview.form.venue_room, "Малый зал, 2 этаж")
    wait_idle(qtbot, window)
    with ivanova.reading() as s:
        assert seminars.get_seminar(s, seminar_id).venue_room == "Малый зал, 2 этаж"


def test_an_undo_over_another_writers_change_is_a_conflict_and_overwrites_nothing(
    qtbot: QtBot, window: MainWindow, ivanova: Database
) -> None:
    seminar_id, talk_id = _seed(ivanova)
    tab = _open_programme(qtbot, window, seminar_id)
    talk = next(t for t in tab.model.programme.all_talks() if t.id == talk_id)  # type: ignore[union-attr]
    tab.edits.set_talk_field(seminar_id, talk, "title", "Правка в окне")
    wait_idle(qtbot, window)
    _rename_elsewhere(ivanova, talk_id, "Летнее чтение — версия Ивановой")  # after the window's edit
    said: list[str] = []

    def reload(box: QMessageBox) -> None:
        said.append(box.text())
        box.defaultButton().click()

    answer_dialog(qtbot, reload, QMessageBox)
    stack = window.ws.history.stack()
    assert stack is not None and stack.count() == 1
    stack.undo()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
    wait_idle(qtbot, window)
    assert said[0].startswith("The talk «Летнее чтение — версия Ивановой» was changed by ivanova at ")
    assert _stored_title(ivanova, talk_id) == "Летнее чтение — версия Ивановой"
    assert stack.count() == 0  # the history no longer matches the file
    index = tab.model.index_of_talk(talk_id)
    assert tab.model.index(index.row(), TITLE, index.parent()).data() == "Летнее чтение — версия Ивановой"
