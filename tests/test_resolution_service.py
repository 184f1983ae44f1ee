"""The resolution: preamble, adoption date, items in two sections, and the talks heard from the programme."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ResolutionSection, TalkKind
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import BlockData, SeminarData, TalkData
from desktop.services import programme, resolution, seminars
from desktop.storage.database import Database
from desktop.storage.models import Resolution, ResolutionItem
from tests.conftest import add_person

NOTED = ResolutionSection.NOTED
RECOMMENDATION = ResolutionSection.RECOMMENDATION


def _texts(session: Session, seminar_id: int, section: ResolutionSection | None = None) -> list[str]:
    record = resolution.get_resolution(session, seminar_id)
    items = record.items if section is None else record.section(section)
    return [item.text for item in items]


def _stored_positions(session: Session) -> list[tuple[str, int]]:
    rows = session.execute(select(ResolutionItem.text, ResolutionItem.position).order_by(ResolutionItem.position))
    return [(text, position) for text, position in rows]


def test_empty_resolution(session: Session, seminar_id: int) -> None:
    record = resolution.get_resolution(session, seminar_id)
    assert (record.seminar_id, record.preamble, record.adopted_on, record.items) == (seminar_id, "", None, ())
    # reading does not create a row
    assert session.scalar(select(func.count()).select_from(Resolution)) == 0
    with pytest.raises(NotFoundError, match="seminar"):
        resolution.get_resolution(session, 999)


def test_preamble_and_adoption_date(session: Session, seminar_id: int) -> None:
    resolution.set_preamble(
        session,
        seminar_id,
        "  Заслушав и обсудив выступления,  \nучастники семинара отметили:\n\n",
        dt.date(2026, 11, 24),
    )
    record = resolution.get_resolution(session, seminar_id)
    assert record.preamble == "Заслушав и обсудив выступления,\nучастники семинара отметили:"
    assert record.adopted_on == dt.date(2026, 11, 24)
    resolution.set_preamble(session, seminar_id, "Участники вебинара отметили:", None)
    record = resolution.get_resolution(session, seminar_id)
    assert (record.preamble, record.adopted_on) == ("Участники вебинара отметили:", None)
    assert session.scalar(select(func.count()).select_from(Resolution)) == 1


def test_items_in_two_sections_keep_their_order(session: Session, seminar_id: int) -> None:
    resolution.add_item(session, seminar_id, NOTED, "Рост интереса к онлайн-форматам")
    resolution.add_item(session, seminar_id, RECOMMENDATION, "Продолжить проведение вебинаров")
    resolution.add_item(session, seminar_id, NOTED, "Высокий уровень подготовки докладов")
    resolution.add_item(session, seminar_id, RECOMMENDATION, "Обобщить опыт в методическом пособии")
    assert _texts(session, seminar_id, NOTED) == [
        "Рост интереса к онлайн-форматам",
        "Высокий уровень подготовки докладов",
    ]
    assert _texts(session, seminar_id, RECOMMENDATION) == [
        "Продолжить проведение вебинаров",
        "Обобщить опыт в методическом пособии",
    ]
    assert [item.section for item in resolution.get_resolution(session, seminar_id).items] == [
        NOTED,
        RECOMMENDATION,
        NOTED,
        RECOMMENDATION,
    ]


def test_add_item_at_an_index(session: Session, seminar_id: int) -> None:
    for text in ("Первый", "Второй", "Третий"):
        resolution.add_item(session, seminar_id, RECOMMENDATION, text)
    resolution.add_item(session, seminar_id, RECOMMENDATION, "Вставленный", index=1)
    resolution.add_item(session, seminar_id, NOTED, "В начало", index=-5)
    resolution.add_item(session, seminar_id, RECOMMENDATION, "В конец", index=100)
    expected = ["В начало", "Первый", "Вставленный", "Второй", "Третий", "В конец"]
    assert _texts(session, seminar_id) == expected
    assert _stored_positions(session) == [(text, i) for i, text in enumerate(expected)]


def test_edit_item(session: Session, seminar_id: int) -> None:
    item = resolution.add_item(session, seminar_id, NOTED, "Рост интереса")
    resolution.edit_item(session, item, "  Рост интереса к чтению  \nу подростков  ")
    assert _texts(session, seminar_id, NOTED) == ["Рост интереса к чтению\nу подростков"]
    resolution.edit_item(session, item, "Организовать клуб", section=RECOMMENDATION)
    assert _texts(session, seminar_id, NOTED) == []
    assert _texts(session, seminar_id, RECOMMENDATION) == ["Организовать клуб"]
    with pytest.raises(ValidationError) as caught:
        resolution.edit_item(session, item, "   ")
    assert caught.value.field == "text"
    assert _texts(session, seminar_id) == ["Организовать клуб"]
    with pytest.raises(NotFoundError):
        resolution.edit_item(session, 999, "Текст")


def test_empty_item_is_rejected(session: Session, seminar_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        resolution.add_item(session, seminar_id, NOTED, " \n ")
    assert caught.value.field == "text"
    assert session.scalar(select(func.count()).select_from(ResolutionItem)) == 0


def test_move_item(session: Session, seminar_id: int) -> None:
    ids = {text: resolution.add_item(session, seminar_id, RECOMMENDATION, text) for text in ("А", "Б", "В", "Г")}
    resolution.move_item(session, ids["Г"], 0)
    assert _texts(session, seminar_id) == ["Г", "А", "Б", "В"]
    resolution.move_item(session, ids["Г"], 3)
    assert _texts(session, seminar_id) == ["А", "Б", "В", "Г"]
    resolution.move_item(session, ids["А"], 2)
    assert _texts(session, seminar_id) == ["Б", "В", "А", "Г"]
    assert _stored_positions(session) == [("Б", 0), ("В", 1), ("А", 2), ("Г", 3)]
    with pytest.raises(ValidationError, match="4"):
        resolution.move_item(session, ids["А"], 4)
    with pytest.raises(ValidationError):
        resolution.move_item(session, ids["А"], -1)
    assert _texts(session, seminar_id) == ["Б", "В", "А", "Г"]


def test_move_item_is_stored(db: Database) -> None:
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session, SeminarData("Семинар", dt.datetime(2026, 5, 1, 10), dt.datetime(2026, 5, 1, 14))
        )
        ids = [resolution.add_item(session, seminar_id, NOTED, text) for text in ("А", "Б", "В")]
    with db.transaction() as session:
        resolution.move_item(session, ids[2], 0)
    with db.transaction() as session:
        assert _texts(session, seminar_id) == ["В", "А", "Б"]
        assert _stored_positions(session) == [("В", 0), ("А", 1), ("Б", 2)]
        assert session.scalar(select(func.count()).select_from(ResolutionItem)) == 3


def test_delete_item(session: Session, seminar_id: int) -> None:
    ids = {text: resolution.add_item(session, seminar_id, NOTED, text) for text in ("А", "Б", "В")}
    resolution.delete_item(session, ids["Б"])
    assert _texts(session, seminar_id) == ["А", "В"]
    assert _stored_positions(session) == [("А", 0), ("В", 1)]
    assert session.scalar(select(func.count()).select_from(ResolutionItem)) == 2
    with pytest.raises(NotFoundError):
        resolution.delete_item(session, ids["Б"])


def test_talks_heard_come_from_the_programme(session: Session, seminar_id: int) -> None:
    speaker = add_person(session, "Вірьовка", "Тетяна", "Миколаївна")
    programme.add_talk(session, seminar_id, TalkData("Открытие семинара", 10, kind=TalkKind.OPENING))
    first = programme.add_block(session, seminar_id, BlockData("Секция 1", dt.datetime(2026, 11, 24, 11)))
    second = programme.add_block(session, seminar_id, BlockData("Секция 2", dt.datetime(2026, 11, 24, 14)))
    programme.add_talk(session, seminar_id, TalkData("Подкасты", 20, speaker_ids=(speaker,)), block_id=second)
    programme.add_talk(session, seminar_id, TalkData("Онлайн-клубы", 20), block_id=first)
    programme.add_talk(session, seminar_id, TalkData("Кофе-брейк", 15, kind=TalkKind.BREAK), block_id=first)
    programme.add_talk(session, seminar_id, TalkData("Обед", 60, kind=TalkKind.LUNCH), block_id=first)
    programme.add_talk(session, seminar_id, TalkData("Итоги", 15, kind=TalkKind.DISCUSSION), block_id=first)

    heard = resolution.talks_heard(session, seminar_id)
    assert [t.title for t in heard] == ["Открытие семинара", "Онлайн-клубы", "Итоги", "Подкасты"]
    assert heard[-1].speakers[0].full_name == "Вірьовка Тетяна Миколаївна"
    assert heard[-1].starts_at == dt.datetime(2026, 11, 24, 14, 0)

    # the resolution follows a change of the programme at once
    programme.move_block(session, second, 0)
    assert [t.title for t in resolution.talks_heard(session, seminar_id)] == [
        "Открытие семинара",
        "Подкасты",
        "Онлайн-клубы",
        "Итоги",
    ]


def test_talks_heard_of_an_empty_programme(session: Session, seminar_id: int) -> None:
    programme.add_talk(session, seminar_id, TalkData("Кофе-брейк", 15, kind=TalkKind.BREAK))
    assert resolution.talks_heard(session, seminar_id) == []
