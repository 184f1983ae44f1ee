"""The Resolution tab: a drafted, then edited preamble; the talks heard; ordered lists edited in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.enums import Language, ResolutionSection
from desktop.domain.records import PersonData, SeminarData, TalkData
from desktop.gui.main_window import MainWindow
from desktop.gui.resolution import ResolutionTab
from desktop.services import participants, people, programme, resolution, seminars
from desktop.storage.database import Database
from tests.gui.conftest import wait_idle


def seed(reader: Database) -> int:
    with reader.transaction() as session:
        seminar_id = seminars.create_seminar(
            session,
            SeminarData(
                "Якість бібліотечних послуг",
                dt.datetime(2026, 10, 8, 10),
                dt.datetime(2026, 10, 8, 15),
                language=Language.UK,
            ),
        )
        speaker = people.add_person(session, PersonData("Вірьовка", "Тетяна", "Миколаївна"))
        programme.add_talk(session, seminar_id, TalkData("Опитування читачів", speaker_ids=(speaker,)))
        programme.add_talk(session, seminar_id, TalkData("Перерва на каву", kind="break"))  # type: ignore[arg-type]
        for surname in ("Коваль", "Мельник"):
            participants.register(session, seminar_id, people.add_person(session, PersonData(surname, "Ірина")))
        return seminar_id


def items(reader: Database, seminar_id: int, section: ResolutionSection) -> list[str]:
    with reader.transaction() as session:
        return [i.text for i in resolution.get_resolution(session, seminar_id).section(section)]


def test_draft_and_edit_the_preamble_and_both_lists(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path, reader: Database
) -> None:
    seminar_id = seed(reader)
    window = open_window(db_path)
    tab = window.seminar_panel.page(ResolutionTab)
    assert isinstance(tab, ResolutionTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    assert [tab.talks.item(i).text() for i in range(tab.talks.count())] == [
        "1. Т.М.\u00a0Вірьовка — «Опитування читачів»"
    ]

    tab.draft.click()
    wait_idle(qtbot, window)
    drafted = tab.preamble.toPlainText()
    assert drafted.startswith("8 жовтня 2026 р. відбувся семінар «Якість бібліотечних послуг».")
    assert "2 фахівці" in drafted
    with reader.transaction() as session:
        assert resolution.get_resolution(session, seminar_id).preamble == drafted

    tab.preamble.setFocus()
    tab.preamble.setPlainText(drafted + " Учасники одностайно ухвалили рішення.")
    tab.save_preamble()  # what leaving the field (or a pause in typing) does
    wait_idle(qtbot, window)
    with reader.transaction() as session:
        assert resolution.get_resolution(session, seminar_id).preamble.endswith("одностайно ухвалили рішення.")

    noted = tab.sections[ResolutionSection.NOTED]
    for text in ("Високий рівень підготовки", "Активність сільських бібліотек"):
        noted.add()
        wait_idle(qtbot, window)
        assert noted.model.setData(noted.view.currentIndex(), text)  # what typing into the row does
        wait_idle(qtbot, window)
    assert items(reader, seminar_id, ResolutionSection.NOTED) == [
        "Високий рівень підготовки",
        "Активність сільських бібліотек",
    ]
    assert noted.model.data(noted.model.index(1)) == "2. Активність сільських бібліотек"

    noted.shift(-1)  # Alt+Up on the second item
    wait_idle(qtbot, window)
    assert items(reader, seminar_id, ResolutionSection.NOTED)[0] == "Активність сільських бібліотек"

    recommendations = tab.sections[ResolutionSection.RECOMMENDATION]
    recommendations.add()
    wait_idle(qtbot, window)
    recommendations.model.setData(recommendations.view.currentIndex(), "Провести опитування у 2027 році")
    wait_idle(qtbot, window)
    assert items(reader, seminar_id, ResolutionSection.RECOMMENDATION) == ["Провести опитування у 2027 році"]

    noted.view.setCurrentIndex(noted.model.index(0))
    noted.delete()
    wait_idle(qtbot, window)
    assert items(reader, seminar_id, ResolutionSection.NOTED) == ["Високий рівень підготовки"]
    for _ in range(2):  # the recommendation is the later edit; undo it, then the delete
        window.window_actions.undo.trigger()
        wait_idle(qtbot, window)
    assert items(reader, seminar_id, ResolutionSection.NOTED) == [
        "Активність сільських бібліотек",
        "Високий рівень підготовки",
    ]
