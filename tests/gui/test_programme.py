"""Building a programme in the real window: blocks, talks, moves by keyboard and by drop, undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.records import BlockData
from desktop.gui.main_window import MainWindow
from desktop.gui.overview import OverviewTab
from desktop.gui.programme.dialogs import TalkDialog
from desktop.gui.programme.model import LENGTH, TIME, TITLE
from desktop.gui.programme.tab import ProgrammeTab
from desktop.services import programme
from desktop.storage.database import Database
from tests.gui.conftest import answer_dialog, type_into, wait_idle

DAY = dt.date(2026, 11, 24)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute))


def new_seminar(qtbot: QtBot, window: MainWindow, title: str) -> int:
    window.window_actions.new_seminar.trigger()
    wait_idle(qtbot, window)
    seminar_id = window.seminar_list.current_id()
    assert seminar_id is not None
    overview = window.seminar_panel.page(OverviewTab)
    assert isinstance(overview, OverviewTab)
    type_into(overview.form.title, title)
    overview.form.starts_at.setDateTime(QDateTime(2026, 11, 24, 10, 0, 0))
    overview.form.starts_at.editingFinished.emit()
    wait_idle(qtbot, window)
    return seminar_id


def open_programme(qtbot: QtBot, window: MainWindow) -> ProgrammeTab:
    tab = window.seminar_panel.page(ProgrammeTab)
    assert isinstance(tab, ProgrammeTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return tab


def add_talk_through_dialog(qtbot: QtBot, window: MainWindow, tab: ProgrammeTab, title: str, minutes: int) -> None:
    def fill(dialog: TalkDialog) -> None:
        dialog.form.title.setPlainText(title)
        dialog.form.duration.setValue(minutes)
        dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()

    answer_dialog(qtbot, fill, TalkDialog)
    tab.actions_by_name["add_talk"].trigger()
    wait_idle(qtbot, window)


def row_texts(tab: ProgrammeTab, parent_row: int | None = None) -> list[tuple[str, str]]:
    model = tab.model
    parent = model.index(parent_row, 0) if parent_row is not None else None
    count = model.rowCount(parent) if parent is not None else model.rowCount()
    rows = []
    for row in range(count):
        index = model.index(row, TIME, parent) if parent is not None else model.index(row, TIME)
        rows.append((str(model.data(index)), str(model.data(index.siblingAtColumn(TITLE)))))
    return rows


def stored(reader: Database, seminar_id: int) -> dict[str, list[tuple[str, str]]]:
    with reader.transaction() as session:
        record = programme.get_programme(session, seminar_id)
    return {b.title: [(f"{t.starts_at:%H:%M}", t.title) for t in b.talks] for b in record.blocks}


def test_build_a_programme_then_move_a_talk_to_the_other_block_and_undo(
    qtbot: QtBot, window: MainWindow, reader: Database
) -> None:
    seminar_id = new_seminar(qtbot, window, "Семинар «Читаем вместе»")
    assert window.seminar_list.model.visible[0].title == "Семинар «Читаем вместе»"
    tab = open_programme(qtbot, window)
    assert "empty" in tab.totals.text()

    tab.add_block_with(BlockData("Пленарное заседание", at(10)))
    wait_idle(qtbot, window)
    add_talk_through_dialog(qtbot, window, tab, "Открытие семинара", 10)
    add_talk_through_dialog(qtbot, window, tab, "Детское чтение: итоги года", 30)
    tab.tree.setCurrentIndex(tab.model.index(0, 0))  # the first block
    tab.add_block_with(BlockData("Секция «Дети и книги»", at(13)))
    wait_idle(qtbot, window)
    add_talk_through_dialog(qtbot, window, tab, "Громкие чтения в библиотеке", 20)

    assert row_texts(tab, 0) == [("10:00–10:10", "Открытие семинара"), ("10:10–10:40", "Детское чтение: итоги года")]
    assert row_texts(tab, 1) == [("13:00–13:20", "Громкие чтения в библиотеке")]
    assert tab.model.data(tab.model.index(0, LENGTH)) == "40 min"
    assert "3 talks" in tab.totals.text()

    # Alt+Down on the last talk of the first block takes it to the top of the next one
    tab.select("talk", tab.model.record(tab.model.index(1, 0, tab.model.index(0, 0))).id)  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, window)
    moved = [("13:00–13:30", "Детское чтение: итоги года"), ("13:30–13:50", "Громкие чтения в библиотеке")]
    assert row_texts(tab, 1) == moved
    assert row_texts(tab, 0) == [("10:00–10:10", "Открытие семинара")]
    assert stored(reader, seminar_id)["Секция «Дети и книги»"] == [(t[:5], title) for t, title in moved]
    assert tab.model.record(tab.tree.currentIndex()).title == "Детское чтение: итоги года"  # type: ignore[union-attr]

    window.window_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert row_texts(tab, 0)[1] == ("10:10–10:40", "Детское чтение: итоги года")
    assert stored(reader, seminar_id)["Пленарное заседание"][1] == ("10:10", "Детское чтение: итоги года")

    window.window_actions.redo.trigger()
    wait_idle(qtbot, window)
    assert row_texts(tab, 1)[0] == ("13:00–13:30", "Детское чтение: итоги года")


def test_drop_a_talk_on_another_block_recomputes_times(qtbot: QtBot, window: MainWindow, reader: Database) -> None:
    seminar_id = new_seminar(qtbot, window, "Вебинар для сельских библиотек")
    tab = open_programme(qtbot, window)
    tab.add_block_with(BlockData("Утро", at(10)))
    tab.add_block_with(BlockData("День", at(14)))
    wait_idle(qtbot, window)
    first, second = tab.model.blocks()
    for title, block in (("Первый доклад", first), ("Второй доклад", first), ("Третий доклад", second)):
        tab.edits.add_talk(seminar_id, tab_talk(title), place(block.id, 99))
    wait_idle(qtbot, window)

    model = tab.model
    dragged = model.index_of_talk(model.blocks()[0].talks[0].id)
    data = model.mimeData([dragged])
    target = model.index_of_block(model.blocks()[1].id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target)  # between «Третий доклад» and the end
    wait_idle(qtbot, window)
    assert row_texts(tab, 0) == [("10:00–10:20", "Второй доклад")]
    assert row_texts(tab, 1) == [("14:00–14:20", "Третий доклад"), ("14:20–14:40", "Первый доклад")]
    assert stored(reader, seminar_id)["День"] == [("14:00", "Третий доклад"), ("14:20", "Первый доклад")]

    window.window_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert stored(reader, seminar_id)["Утро"] == [("10:00", "Первый доклад"), ("10:20", "Второй доклад")]


def test_edit_in_place_delete_duplicate_and_undo_everything(qtbot: QtBot, window: MainWindow, reader: Database) -> None:
    seminar_id = new_seminar(qtbot, window, "Круглый стол")
    tab = open_programme(qtbot, window)
    tab.add_block_with(BlockData("Блок", at(10)))
    wait_idle(qtbot, window)
    block = tab.model.blocks()[0]
    tab.edits.add_talk(seminar_id, tab_talk("Доклад"), place(block.id, 0))
    wait_idle(qtbot, window)
    talk_index = tab.model.index_of_talk(tab.model.blocks()[0].talks[0].id)

    assert tab.model.setData(talk_index.siblingAtColumn(LENGTH), 45)
    assert tab.model.setData(talk_index.siblingAtColumn(TITLE), "Доклад о «Пушкинской карте»")
    wait_idle(qtbot, window)
    assert stored(reader, seminar_id)["Блок"] == [("10:00", "Доклад о «Пушкинской карте»")]
    assert row_texts(tab, 0) == [("10:00–10:45", "Доклад о «Пушкинской карте»")]

    tab.select("talk", tab.model.blocks()[0].talks[0].id)
    tab.actions_by_name["duplicate"].trigger()
    wait_idle(qtbot, window)
    assert [t for _, t in row_texts(tab, 0)] == ["Доклад о «Пушкинской карте»"] * 2
    assert row_texts(tab, 0)[1][0] == "10:45–11:30"

    tab.select("block", tab.model.blocks()[0].id)
    tab.actions_by_name["delete"].trigger()
    wait_idle(qtbot, window)
    assert stored(reader, seminar_id) == {}

    undo = window.window_actions.undo
    undo.trigger()  # the block and both talks come back under new ids
    wait_idle(qtbot, window)
    assert [t for _, t in stored(reader, seminar_id)["Блок"]] == ["Доклад о «Пушкинской карте»"] * 2
    for _ in range(3):  # the duplicate, the title, the length: each by the id the talk has now
        undo.trigger()
        wait_idle(qtbot, window)
    assert stored(reader, seminar_id)["Блок"] == [("10:00", "Доклад")]
    assert row_texts(tab, 0) == [("10:00–10:20", "Доклад")]


def tab_talk(title: str) -> object:
    from desktop.domain.records import TalkData

    return TalkData(title=title, duration_minutes=20)


def place(block_id: int, index: int) -> object:
    from desktop.gui.programme.model import Place

    return Place(block_id, index)
