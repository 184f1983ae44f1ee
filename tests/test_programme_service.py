"""The programme: automatic times, order of blocks and talks, totals and conflicts, stored in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, TalkKind
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import BlockData, SeminarData, TalkData, TalkRecord
from desktop.domain.schedule import ConflictKind
from desktop.services import programme, seminars
from desktop.storage.database import Database
from desktop.storage.models import Block, BlockModerator, Talk, TalkSpeaker
from tests.conftest import add_person

DAY = dt.date(2026, 11, 24)  # the conftest seminar runs 10:00–16:00 on this day


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute))


def _talk(
    session: Session, seminar_id: int, title: str, minutes: int = 20, block: int | None = None, **extra: object
) -> int:
    return programme.add_talk(
        session,
        seminar_id,
        TalkData(title, minutes, **extra),
        block_id=block,  # type: ignore[arg-type]
    )


def _block(
    session: Session,
    seminar_id: int,
    title: str,
    starts: dt.datetime,
    room: str = "",
    index: int | None = None,
    **extra: object,
) -> int:
    data = BlockData(title, starts, room, **extra)  # type: ignore[arg-type]
    return programme.add_block(session, seminar_id, data, index=index)


def _times(talks: Iterable[TalkRecord]) -> list[tuple[str, str, str]]:
    return [(t.title, f"{t.starts_at:%H:%M}", f"{t.ends_at:%H:%M}") for t in talks]


def _stored(session: Session, seminar_id: int, block_id: int | None) -> list[tuple[str, int]]:
    """(title, position) as the database holds them, in position order."""
    where = Talk.block_id.is_(None) if block_id is None else Talk.block_id == block_id
    rows = session.execute(
        select(Talk.title, Talk.position).where(Talk.seminar_id == seminar_id, where).order_by(Talk.position, Talk.id)
    )
    return [(title, position) for title, position in rows]


def _assert_order(session: Session, seminar_id: int, block_id: int | None, titles: list[str]) -> None:
    assert _stored(session, seminar_id, block_id) == [(title, i) for i, title in enumerate(titles)]


def _block_talks(session: Session, seminar_id: int, block_id: int) -> tuple[TalkRecord, ...]:
    return next(b for b in programme.get_programme(session, seminar_id).blocks if b.id == block_id).talks


# --- automatic times -----------------------------------------------------------------------------


def test_times_follow_from_seminar_start_and_block_start(session: Session, seminar_id: int) -> None:
    _talk(session, seminar_id, "Открытие семинара", 15, kind=TalkKind.OPENING)
    _talk(session, seminar_id, "Приветственное слово", 10)
    block = _block(session, seminar_id, "Секция «Детское чтение»", at(11))
    _talk(session, seminar_id, "Читаем вместе", 20, block)
    _talk(session, seminar_id, "Летнее чтение", 30, block)

    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.loose_talks) == [
        ("Открытие семинара", "10:00", "10:15"),
        ("Приветственное слово", "10:15", "10:25"),
    ]
    [section] = prog.blocks
    assert _times(section.talks) == [("Читаем вместе", "11:00", "11:20"), ("Летнее чтение", "11:20", "11:50")]
    assert (section.starts_at, section.ends_at) == (at(11), at(11, 50))
    assert (prog.starts_at, prog.ends_at) == (at(10), at(11, 50))
    assert [t.block_id for t in prog.all_talks()] == [None, None, block, block]
    assert prog.conflicts == ()


def test_seconds_are_dropped_from_block_start(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", dt.datetime.combine(DAY, dt.time(11, 0, 59, 999)))
    _talk(session, seminar_id, "Доклад", 20, block)
    assert _times(_block_talks(session, seminar_id, block)) == [("Доклад", "11:00", "11:20")]
    assert session.get(Block, block).starts_at == at(11)  # type: ignore[union-attr]


def test_a_pinned_start_and_the_talk_after_it(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", at(11))
    _talk(session, seminar_id, "Первый доклад", 20, block)
    _talk(session, seminar_id, "После перерыва", 30, block, pinned_start=at(11, 40))
    _talk(session, seminar_id, "Следующий", 25, block)
    talks = _block_talks(session, seminar_id, block)
    assert _times(talks) == [
        ("Первый доклад", "11:00", "11:20"),
        ("После перерыва", "11:40", "12:10"),
        ("Следующий", "12:10", "12:35"),
    ]
    assert [t.pinned_start for t in talks] == [None, at(11, 40), None]
    assert programme.get_programme(session, seminar_id).conflicts == ()


def test_update_talk_changes_times_of_the_rest(session: Session, seminar_id: int) -> None:
    first = _talk(session, seminar_id, "Открытие", 15)
    _talk(session, seminar_id, "Доклад", 20)
    programme.update_talk(session, first, TalkData("Открытие и приветствие", 40, mode=Mode.ONLINE))
    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.loose_talks) == [("Открытие и приветствие", "10:00", "10:40"), ("Доклад", "10:40", "11:00")]
    assert prog.loose_talks[0].mode is Mode.ONLINE


# --- adding and moving talks ---------------------------------------------------------------------


def test_add_talk_at_an_index(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", at(11))
    for title in ("А", "Б", "В"):
        _talk(session, seminar_id, title, 10, block)
    programme.add_talk(session, seminar_id, TalkData("Вставка", 5), block_id=block, index=1)
    _assert_order(session, seminar_id, block, ["А", "Вставка", "Б", "В"])
    programme.add_talk(session, seminar_id, TalkData("В начало", 5), block_id=block, index=-3)
    programme.add_talk(session, seminar_id, TalkData("В конец", 5), block_id=block, index=99)
    _assert_order(session, seminar_id, block, ["В начало", "А", "Вставка", "Б", "В", "В конец"])
    assert _times(_block_talks(session, seminar_id, block)) == [
        ("В начало", "11:00", "11:05"),
        ("А", "11:05", "11:15"),
        ("Вставка", "11:15", "11:20"),
        ("Б", "11:20", "11:30"),
        ("В", "11:30", "11:40"),
        ("В конец", "11:40", "11:45"),
    ]


def test_add_loose_talk_at_an_index(session: Session, seminar_id: int) -> None:
    _talk(session, seminar_id, "Открытие", 10)
    _talk(session, seminar_id, "Закрытие", 10)
    programme.add_talk(session, seminar_id, TalkData("Приветствие", 5), index=1)
    _assert_order(session, seminar_id, None, ["Открытие", "Приветствие", "Закрытие"])


def test_move_talk_within_a_block(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", at(11))
    ids = {
        title: _talk(session, seminar_id, title, minutes, block)
        for title, minutes in [("А", 10), ("Б", 20), ("В", 30), ("Г", 40)]
    }
    programme.move_talk(session, ids["Г"], block, 0)
    _assert_order(session, seminar_id, block, ["Г", "А", "Б", "В"])
    assert _times(_block_talks(session, seminar_id, block)) == [
        ("Г", "11:00", "11:40"),
        ("А", "11:40", "11:50"),
        ("Б", "11:50", "12:10"),
        ("В", "12:10", "12:40"),
    ]
    programme.move_talk(session, ids["Г"], block, 2)
    _assert_order(session, seminar_id, block, ["А", "Б", "Г", "В"])
    programme.move_talk(session, ids["А"], block, 99)
    _assert_order(session, seminar_id, block, ["Б", "Г", "В", "А"])
    assert [t.position for t in _block_talks(session, seminar_id, block)] == [0, 1, 2, 3]


def test_move_talk_between_blocks(session: Session, seminar_id: int) -> None:
    first = _block(session, seminar_id, "Секция 1", at(11), "Зал 1")
    second = _block(session, seminar_id, "Секция 2", at(11), "Зал 2")
    ids = {title: _talk(session, seminar_id, title, 20, first) for title in ("А", "Б", "В")}
    for title in ("Х", "Ц"):
        ids[title] = _talk(session, seminar_id, title, 15, second)

    programme.move_talk(session, ids["Б"], second, 1)

    _assert_order(session, seminar_id, first, ["А", "В"])
    _assert_order(session, seminar_id, second, ["Х", "Б", "Ц"])
    assert _times(_block_talks(session, seminar_id, first)) == [("А", "11:00", "11:20"), ("В", "11:20", "11:40")]
    assert _times(_block_talks(session, seminar_id, second)) == [
        ("Х", "11:00", "11:15"),
        ("Б", "11:15", "11:35"),
        ("Ц", "11:35", "11:50"),
    ]
    moved = next(t for t in programme.get_programme(session, seminar_id).all_talks() if t.id == ids["Б"])
    assert moved.block_id == second

    # and back again, to the end
    programme.move_talk(session, ids["Б"], first, 5)
    _assert_order(session, seminar_id, first, ["А", "В", "Б"])
    _assert_order(session, seminar_id, second, ["Х", "Ц"])


def test_move_talk_to_and_from_the_loose_talks(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", at(11))
    opening = _talk(session, seminar_id, "Открытие", 15)
    greeting = _talk(session, seminar_id, "Приветствие", 10)
    talk_a = _talk(session, seminar_id, "А", 20, block)
    _talk(session, seminar_id, "Б", 20, block)

    programme.move_talk(session, talk_a, None, 1)
    _assert_order(session, seminar_id, None, ["Открытие", "А", "Приветствие"])
    _assert_order(session, seminar_id, block, ["Б"])
    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.loose_talks) == [
        ("Открытие", "10:00", "10:15"),
        ("А", "10:15", "10:35"),
        ("Приветствие", "10:35", "10:45"),
    ]
    assert _times(prog.blocks[0].talks) == [("Б", "11:00", "11:20")]

    programme.move_talk(session, opening, block, 0)
    programme.move_talk(session, greeting, block, 99)
    _assert_order(session, seminar_id, None, ["А"])
    _assert_order(session, seminar_id, block, ["Открытие", "Б", "Приветствие"])
    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.loose_talks) == [("А", "10:00", "10:20")]
    assert _times(prog.blocks[0].talks) == [
        ("Открытие", "11:00", "11:15"),
        ("Б", "11:15", "11:35"),
        ("Приветствие", "11:35", "11:45"),
    ]


def test_moves_are_stored_for_the_next_session(db: Database) -> None:
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(session, SeminarData("Семинар", at(10), at(16)))
        first = _block(session, seminar_id, "Секция 1", at(11))
        second = _block(session, seminar_id, "Секция 2", at(14))
        ids = {title: _talk(session, seminar_id, title, 20, first) for title in ("А", "Б", "В")}
        _talk(session, seminar_id, "Х", 20, second)
    with db.transaction() as session:
        programme.move_talk(session, ids["А"], second, 0)
        programme.move_talk(session, ids["В"], None, 0)
        programme.move_block(session, second, 0)
    with db.transaction() as session:
        _assert_order(session, seminar_id, first, ["Б"])
        _assert_order(session, seminar_id, second, ["А", "Х"])
        _assert_order(session, seminar_id, None, ["В"])
        prog = programme.get_programme(session, seminar_id)
        assert [b.title for b in prog.blocks] == ["Секция 2", "Секция 1"]
        assert _times(prog.all_talks()) == [
            ("В", "10:00", "10:20"),
            ("А", "14:00", "14:20"),
            ("Х", "14:20", "14:40"),
            ("Б", "11:00", "11:20"),
        ]


def test_move_talk_to_a_block_of_another_seminar_is_rejected(session: Session, seminar_id: int) -> None:
    other_seminar = seminars.create_seminar(session, SeminarData("Другой семинар", at(10), at(12)))
    foreign = _block(session, other_seminar, "Чужая секция", at(10))
    own = _block(session, seminar_id, "Своя секция", at(11))
    _talk(session, other_seminar, "Чужой доклад", 20, foreign)
    ids = [_talk(session, seminar_id, title, 20, own) for title in ("А", "Б", "В")]
    with pytest.raises(ValidationError) as caught:
        programme.move_talk(session, ids[0], foreign, 0)
    assert caught.value.field == "block_id"
    assert str(foreign) in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        programme.add_talk(session, seminar_id, TalkData("Ещё доклад"), block_id=foreign)
    assert caught.value.field == "block_id"
    # a refused move leaves both programmes as they were
    _assert_order(session, seminar_id, own, ["А", "Б", "В"])
    _assert_order(session, other_seminar, foreign, ["Чужой доклад"])
    assert _times(_block_talks(session, seminar_id, own)) == [
        ("А", "11:00", "11:20"),
        ("Б", "11:20", "11:40"),
        ("В", "11:40", "12:00"),
    ]


def test_move_talk_to_a_missing_block_changes_nothing(session: Session, seminar_id: int) -> None:
    own = _block(session, seminar_id, "Своя секция", at(11))
    ids = [_talk(session, seminar_id, title, 20, own) for title in ("А", "Б", "В")]
    with pytest.raises(NotFoundError, match="block"):
        programme.move_talk(session, ids[1], 4040, 0)
    _assert_order(session, seminar_id, own, ["А", "Б", "В"])


# --- blocks --------------------------------------------------------------------------------------


def _block_positions(session: Session, seminar_id: int) -> list[tuple[str, int]]:
    rows = session.execute(
        select(Block.title, Block.position).where(Block.seminar_id == seminar_id).order_by(Block.position, Block.id)
    )
    return [(title, position) for title, position in rows]


def test_add_and_move_block(session: Session, seminar_id: int) -> None:
    ids = {title: _block(session, seminar_id, title, at(11)) for title in ("Секция 1", "Секция 2", "Секция 3")}
    _block(session, seminar_id, "Пленарное заседание", at(10), index=0)
    assert _block_positions(session, seminar_id) == [
        ("Пленарное заседание", 0),
        ("Секция 1", 1),
        ("Секция 2", 2),
        ("Секция 3", 3),
    ]
    programme.move_block(session, ids["Секция 3"], 1)
    assert _block_positions(session, seminar_id) == [
        ("Пленарное заседание", 0),
        ("Секция 3", 1),
        ("Секция 1", 2),
        ("Секция 2", 3),
    ]
    programme.move_block(session, ids["Секция 1"], 99)
    programme.move_block(session, ids["Секция 2"], -1)
    assert _block_positions(session, seminar_id) == [
        ("Секция 2", 0),
        ("Пленарное заседание", 1),
        ("Секция 3", 2),
        ("Секция 1", 3),
    ]
    assert [b.title for b in programme.get_programme(session, seminar_id).blocks] == [
        "Секция 2",
        "Пленарное заседание",
        "Секция 3",
        "Секция 1",
    ]


def test_update_block_and_its_moderators(session: Session, seminar_id: int) -> None:
    first = add_person(session, "Соловьёв", "Пётр", "Ильич")
    second = add_person(session, "Ковальчук", "Олена", "Степанівна")
    block = _block(session, seminar_id, "Секция", at(11), moderator_ids=(first, second, first))
    _talk(session, seminar_id, "Доклад", 20, block)
    [record] = programme.get_programme(session, seminar_id).blocks
    assert [m.person_id for m in record.moderators] == [first, second]  # a repeated id counts once
    assert record.moderators[0].full_name == "Соловьёв Пётр Ильич"

    programme.update_block(session, block, BlockData("Секция «Онлайн»", at(12), "Зал 2", moderator_ids=(second,)))
    [record] = programme.get_programme(session, seminar_id).blocks
    assert (record.title, record.room, [m.person_id for m in record.moderators]) == (
        "Секция «Онлайн»",
        "Зал 2",
        [second],
    )
    assert _times(record.talks) == [("Доклад", "12:00", "12:20")]
    assert session.scalar(select(func.count()).select_from(BlockModerator)) == 1


def test_a_refused_block_edit_changes_nothing(session: Session, seminar_id: int) -> None:
    moderator = add_person(session, "Соловьёв", "Пётр", "Ильич")
    block = _block(session, seminar_id, "Секция «Онлайн»", at(12), "Зал 2", moderator_ids=(moderator,))
    with pytest.raises(NotFoundError, match="9999"):
        programme.update_block(session, block, BlockData("Секция 3", at(15), moderator_ids=(9999,)))
    [record] = programme.get_programme(session, seminar_id).blocks
    assert (record.title, record.starts_at, record.room) == ("Секция «Онлайн»", at(12), "Зал 2")
    assert [m.person_id for m in record.moderators] == [moderator]


def test_delete_block_with_its_talks(session: Session, seminar_id: int) -> None:
    first = _block(session, seminar_id, "Секция 1", at(11))
    second = _block(session, seminar_id, "Секция 2", at(13))
    third = _block(session, seminar_id, "Секция 3", at(14))
    speaker = add_person(session, "Мамедов", "Эльдар", "Рашид оглы")
    _talk(session, seminar_id, "Открытие", 10)
    for title in ("А", "Б"):
        _talk(session, seminar_id, title, 20, second, speaker_ids=(speaker,))
    _talk(session, seminar_id, "В", 20, third)

    programme.delete_block(session, second)

    assert _block_positions(session, seminar_id) == [("Секция 1", 0), ("Секция 3", 1)]
    assert session.scalar(select(func.count()).select_from(Talk)) == 2
    assert session.scalar(select(func.count()).select_from(TalkSpeaker)) == 0
    prog = programme.get_programme(session, seminar_id)
    assert [t.title for t in prog.all_talks()] == ["Открытие", "В"]
    assert [b.id for b in prog.blocks] == [first, third]
    assert [b.position for b in prog.blocks] == [0, 1]


def test_delete_block_keeping_its_talks(session: Session, seminar_id: int) -> None:
    _talk(session, seminar_id, "Открытие", 15)
    block = _block(session, seminar_id, "Секция", at(11))
    _block(session, seminar_id, "Секция 2", at(13))
    for title in ("А", "Б"):
        _talk(session, seminar_id, title, 20, block)

    programme.delete_block(session, block, keep_talks=True)

    _assert_order(session, seminar_id, None, ["Открытие", "А", "Б"])
    assert _block_positions(session, seminar_id) == [("Секция 2", 0)]
    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.loose_talks) == [
        ("Открытие", "10:00", "10:15"),
        ("А", "10:15", "10:35"),
        ("Б", "10:35", "10:55"),
    ]
    assert session.get(Block, block) is None


def test_delete_talk_renumbers(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", at(11))
    ids = {title: _talk(session, seminar_id, title, 10, block) for title in ("А", "Б", "В", "Г")}
    loose = {title: _talk(session, seminar_id, title, 10) for title in ("Открытие", "Приветствие", "Итоги")}

    programme.delete_talk(session, ids["Б"])
    programme.delete_talk(session, loose["Открытие"])

    _assert_order(session, seminar_id, block, ["А", "В", "Г"])
    _assert_order(session, seminar_id, None, ["Приветствие", "Итоги"])
    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.blocks[0].talks) == [("А", "11:00", "11:10"), ("В", "11:10", "11:20"), ("Г", "11:20", "11:30")]
    assert _times(prog.loose_talks) == [("Приветствие", "10:00", "10:10"), ("Итоги", "10:10", "10:20")]
    with pytest.raises(NotFoundError):
        programme.delete_talk(session, ids["Б"])


# --- totals and conflicts ------------------------------------------------------------------------


def test_totals(session: Session, seminar_id: int) -> None:
    _talk(session, seminar_id, "Открытие", 15, kind=TalkKind.OPENING)
    block = _block(session, seminar_id, "Секция", at(11))
    _talk(session, seminar_id, "Доклад 1", 20, block)
    _talk(session, seminar_id, "Кофе-брейк", 15, block, kind=TalkKind.BREAK)
    _talk(session, seminar_id, "Доклад 2", 25, block, kind=TalkKind.KEYNOTE)
    _talk(session, seminar_id, "Обед", 60, block, kind=TalkKind.LUNCH)
    _talk(session, seminar_id, "Дискуссия", 30, block, kind=TalkKind.DISCUSSION)
    prog = programme.get_programme(session, seminar_id)
    assert prog.talk_count == 4
    assert prog.talk_minutes == 15 + 20 + 25 + 30
    assert prog.pause_minutes == 15 + 60
    assert prog.ends_at == at(13, 30)


def test_empty_programme(session: Session, seminar_id: int) -> None:
    prog = programme.get_programme(session, seminar_id)
    assert (prog.talk_count, prog.talk_minutes, prog.pause_minutes) == (0, 0, 0)
    assert (prog.starts_at, prog.ends_at) == (None, None)
    assert prog.blocks == prog.loose_talks == prog.conflicts == ()


def test_conflict_speaker_in_two_parallel_blocks(session: Session, seminar_id: int) -> None:
    speaker = add_person(session, "Алиева", "Лейла", "Намик кызы")
    other = add_person(session, "Ткаченко", "Ірина", "Василівна")
    hall = _block(session, seminar_id, "Секция 1", at(11), "Зал 1")
    studio = _block(session, seminar_id, "Секция 2", at(11), "Зал 2")
    first = _talk(session, seminar_id, "Подкасты", 30, hall, speaker_ids=(speaker, other))
    second = _talk(session, seminar_id, "Клубы", 30, studio, speaker_ids=(speaker,))
    conflicts = programme.get_programme(session, seminar_id).conflicts
    assert [c.kind for c in conflicts] == [ConflictKind.SPEAKER_OVERLAP]
    [conflict] = conflicts
    assert conflict.person_id == speaker
    assert set(conflict.talk_ids) == {first, second}
    assert "Подкасты" in conflict.message and "Клубы" in conflict.message

    # moving one of them later removes the conflict
    programme.update_block(session, studio, BlockData("Секция 2", at(11, 30), "Зал 2"))
    assert programme.get_programme(session, seminar_id).conflicts == ()


def test_conflict_two_blocks_in_one_room(session: Session, seminar_id: int) -> None:
    first = _block(session, seminar_id, "Секция 1", at(11), "Конференц-зал")
    second = _block(session, seminar_id, "Секция 2", at(11, 30), " конференц-зал ")
    _talk(session, seminar_id, "Доклад 1", 60, first)
    _talk(session, seminar_id, "Доклад 2", 60, second)
    conflicts = programme.get_programme(session, seminar_id).conflicts
    assert [c.kind for c in conflicts] == [ConflictKind.ROOM_OVERLAP]
    assert set(conflicts[0].block_ids) == {first, second}
    assert "Секция 1" in conflicts[0].message and "Секция 2" in conflicts[0].message
    assert "Конференц-зал" in conflicts[0].message

    programme.update_block(session, second, BlockData("Секция 2", at(11, 30), "Малый зал"))
    assert programme.get_programme(session, seminar_id).conflicts == ()


def test_blocks_without_a_room_share_one_hall(session: Session, seminar_id: int) -> None:
    first = _block(session, seminar_id, "Секция 1", at(11))
    second = _block(session, seminar_id, "Секция 2", at(11))
    _talk(session, seminar_id, "Доклад 1", 30, first)
    _talk(session, seminar_id, "Доклад 2", 30, second)
    assert [c.kind for c in programme.get_programme(session, seminar_id).conflicts] == [ConflictKind.ROOM_OVERLAP]


def test_conflict_programme_past_the_end(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Вечерняя секция", at(15))
    _talk(session, seminar_id, "Успевает", 45, block)
    late = _talk(session, seminar_id, "Не успевает", 30, block)
    conflicts = programme.get_programme(session, seminar_id).conflicts
    assert [(c.kind, c.talk_ids) for c in conflicts] == [(ConflictKind.PAST_END, (late,))]
    assert "Не успевает" in conflicts[0].message
    assert "16:15" in conflicts[0].message and "16:00" in conflicts[0].message


def test_conflict_pinned_talk_overlapping_its_predecessor(session: Session, seminar_id: int) -> None:
    block = _block(session, seminar_id, "Секция", at(11))
    long_talk = _talk(session, seminar_id, "Длинный доклад", 45, block)
    pinned = _talk(session, seminar_id, "Выступление губернатора", 15, block, pinned_start=at(11, 30))
    conflicts = programme.get_programme(session, seminar_id).conflicts
    assert [(c.kind, c.talk_ids) for c in conflicts] == [(ConflictKind.PINNED_OVERLAP, (long_talk, pinned))]
    assert "11:30" in conflicts[0].message and "11:45" in conflicts[0].message


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [0, -5, 1441, 100_000])
def test_bad_duration_is_rejected(session: Session, seminar_id: int, minutes: int) -> None:
    with pytest.raises(ValidationError) as caught:
        programme.add_talk(session, seminar_id, TalkData("Доклад", minutes))
    assert caught.value.field == "duration_minutes"
    assert str(minutes) in str(caught.value)
    assert session.scalar(select(func.count()).select_from(Talk)) == 0


def test_longest_and_shortest_durations_are_allowed(session: Session, seminar_id: int) -> None:
    one = _talk(session, seminar_id, "Минута", 1)
    day = _talk(session, seminar_id, "Сутки", 1440)
    talks = {t.id: t for t in programme.get_programme(session, seminar_id).all_talks()}
    assert talks[one].duration_minutes == 1
    assert talks[day].ends_at - talks[day].starts_at == dt.timedelta(days=1)


def test_update_talk_validates(session: Session, seminar_id: int) -> None:
    talk = _talk(session, seminar_id, "Доклад", 20)
    with pytest.raises(ValidationError) as caught:
        programme.update_talk(session, talk, TalkData("Доклад", 0))
    assert caught.value.field == "duration_minutes"
    with pytest.raises(ValidationError) as caught:
        programme.update_talk(session, talk, TalkData("Доклад", 20, materials_url="disk.yandex.ru/slides"))
    assert caught.value.field == "materials_url"
    with pytest.raises(ValidationError) as caught:
        programme.update_talk(session, talk, TalkData("  ", 20))
    assert caught.value.field == "title"


def test_a_block_without_title_is_rejected_and_leaves_nothing_behind(session: Session, seminar_id: int) -> None:
    kept = _block(session, seminar_id, "Секция 1", at(11))
    with pytest.raises(ValidationError) as caught:
        programme.add_block(session, seminar_id, BlockData(" ", at(13)))
    assert caught.value.field == "title"
    # the programme still reads, and the rest of the transaction can be committed
    assert [b.id for b in programme.get_programme(session, seminar_id).blocks] == [kept]
    assert _block_positions(session, seminar_id) == [("Секция 1", 0)]


def test_a_block_with_an_unknown_moderator_is_not_added(session: Session, seminar_id: int) -> None:
    kept = _block(session, seminar_id, "Секция 1", at(11))
    with pytest.raises(NotFoundError, match="4040"):
        programme.add_block(session, seminar_id, BlockData("Секция 2", at(13), moderator_ids=(4040,)))
    assert [b.title for b in programme.get_programme(session, seminar_id).blocks] == ["Секция 1"]
    assert [b.id for b in programme.get_programme(session, seminar_id).blocks] == [kept]


def test_speakers_are_kept_in_order_without_repeats(session: Session, seminar_id: int) -> None:
    first = add_person(session, "Вірьовка", "Тетяна", "Миколаївна")
    second = add_person(session, "Мамедов", "Эльдар", "Рашид оглы")
    talk = _talk(session, seminar_id, "Доклад", 20, speaker_ids=(second, first, second))
    [record] = programme.get_programme(session, seminar_id).loose_talks
    assert [s.person_id for s in record.speakers] == [second, first]
    programme.update_talk(session, talk, TalkData("Доклад", 20, speaker_ids=(first,)))
    [record] = programme.get_programme(session, seminar_id).loose_talks
    assert [s.full_name for s in record.speakers] == ["Вірьовка Тетяна Миколаївна"]


def test_a_refused_talk_edit_changes_nothing(session: Session, seminar_id: int) -> None:
    speaker = add_person(session, "Вірьовка", "Тетяна", "Миколаївна")
    talk = _talk(session, seminar_id, "Доклад", 20, speaker_ids=(speaker,))
    _talk(session, seminar_id, "Следующий", 20)
    with pytest.raises(NotFoundError, match="4040"):
        programme.update_talk(session, talk, TalkData("Новый доклад", 45, speaker_ids=(speaker, 4040)))
    prog = programme.get_programme(session, seminar_id)
    assert _times(prog.loose_talks) == [("Доклад", "10:00", "10:20"), ("Следующий", "10:20", "10:40")]
    assert [s.person_id for s in prog.loose_talks[0].speakers] == [speaker]
