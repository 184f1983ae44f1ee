"""Registering people in the Participants tab: from the directory, as a new person, edits in place, bulk actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from desktop.domain.enums import Mode, Role
from desktop.domain.records import OrganisationData, PersonData, SeminarData
from desktop.gui.directory.person_dialog import PersonDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.participants.model import ATTENDED, ROLE
from desktop.gui.participants.tab import ParticipantsTab
from desktop.gui.pickers import PersonPicker
from desktop.services import organisations, participants, people, seminars
from desktop.storage.database import Database
from tests.gui.conftest import answer_dialog, wait_idle


def seed(reader: Database) -> int:
    with reader.transaction() as session:
        library = organisations.find_or_create_organisation(
            session, OrganisationData("МБУК «ЦБС г. Сарапула»", city="Сарапул", region="Удмуртская Республика")
        )
        for surname, given in (("Иванова", "Мария"), ("Иванов", "Пётр"), ("Сидорова", "Анна")):
            people.add_person(session, PersonData(surname, given, organisation_id=library))
        return seminars.create_seminar(
            session,
            SeminarData("Семинар библиотекарей", dt.datetime(2026, 3, 3, 10), dt.datetime(2026, 3, 3, 16)),
        )


def open_tab(qtbot: QtBot, window: MainWindow) -> ParticipantsTab:
    tab = window.seminar_panel.page(ParticipantsTab)
    assert isinstance(tab, ParticipantsTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return tab


def select_all(tab: ParticipantsTab) -> None:
    tab.table.selectAll()


def counts(reader: Database, seminar_id: int) -> tuple[int, int, int, int]:
    with reader.transaction() as session:
        c = participants.count_participants(session, seminar_id)
    return c.total, c.in_person, c.online, c.attended


def test_register_from_the_directory_and_as_a_new_person_then_edit_in_bulk(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    seminar_id = seed(reader)
    window = open_window(db_path)
    tab = open_tab(qtbot, window)
    assert "Nobody is registered" in tab.counts.text()

    def pick(picker: PersonPicker) -> None:
        picker.search.setText("ИВАНОВ")  # the two Ivanovs, whatever the case
        qtbot.waitUntil(lambda: len(picker.model.visible) == 2)
        picker.table.selectAll()
        picker.buttons.button(picker.buttons.StandardButton.Ok).click()

    answer_dialog(qtbot, pick, PersonPicker)
    tab.add_action.trigger()
    wait_idle(qtbot, window)
    assert [r.person_name for r in tab.model.visible] == ["Иванов Пётр", "Иванова Мария"]
    summary = "2 registered · 2 in person · 0 online · 0 attended · 1 organisation · 1 region"
    assert tab.counts.text().startswith(summary)

    def new_person(dialog: PersonDialog) -> None:
        dialog.form.surname.setText("Ґалаґан")
        dialog.form.given_name.setText("Олена")
        dialog.form.patronymic.setText("Миколаївна")
        dialog.form.organisation.setEditText("Бібліотека «Світоч»")
        dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()

    answer_dialog(qtbot, new_person, PersonDialog)
    tab.new_action.trigger()
    wait_idle(qtbot, window)
    assert "Ґалаґан Олена Миколаївна" in [r.person_name for r in tab.model.visible]
    assert tab.counts.text().startswith("3 registered · 3 in person · 0 online · 0 attended · 2 organisations")

    # tick attendance in place
    first = tab.model.index(0, ATTENDED)
    assert tab.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot, window)
    assert counts(reader, seminar_id) == (3, 3, 0, 1)
    assert "1 attended" in tab.counts.text()

    # a role chosen in place
    tab.table.clearSelection()
    assert tab.model.setData(tab.model.index(1, ROLE), Role.SPEAKER)
    wait_idle(qtbot, window)
    assert tab.model.visible[1].role == Role.SPEAKER

    # bulk: everybody online, then undo
    select_all(tab)
    tab.set_selected("mode", Mode.ONLINE)
    wait_idle(qtbot, window)
    assert counts(reader, seminar_id) == (3, 0, 3, 1)
    assert tab.counts.text().startswith("3 registered · 0 in person · 3 online")
    window.window_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert counts(reader, seminar_id) == (3, 3, 0, 1)

    # filter, then remove what is shown and selected; undo brings them back with their attendance
    tab.filter.setText("галаган")
    assert [r.person_name for r in tab.model.visible] == []  # ґ is not г: Ukrainian letters stay distinct
    tab.filter.setText("ґалаґан")
    assert len(tab.model.visible) == 1
    tab.filter.setText("")
    select_all(tab)
    tab.remove_action.trigger()
    wait_idle(qtbot, window)
    assert counts(reader, seminar_id) == (0, 0, 0, 0)
    window.window_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert counts(reader, seminar_id) == (3, 3, 0, 1)
    assert len(tab.model.visible) == 3


def test_one_row_changed_in_place_changes_the_whole_selection(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    seminar_id = seed(reader)
    with reader.transaction() as session:
        for person in people.search_people(session):
            participants.register(session, seminar_id, person.id)
    window = open_window(db_path)
    tab = open_tab(qtbot, window)
    selection = tab.table.selectionModel()
    for row in (0, 2):
        selection.select(
            tab.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    tab.model.setData(tab.model.index(0, ATTENDED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot, window)
    assert counts(reader, seminar_id)[3] == 2
