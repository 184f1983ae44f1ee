"""Programme timing as pure functions: no database, plain records in and out."""

from __future__ import annotations

import datetime as dt

from desktop.domain.enums import TalkKind
from desktop.domain.schedule import BlockInput, ConflictKind, SlotInput, build_schedule, lay_out

START = dt.datetime(2026, 11, 24, 10, 0)
END = dt.datetime(2026, 11, 24, 16, 0)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return START.replace(hour=hour, minute=minute)


def _clock(schedule_talks: object) -> list[tuple[int, str, str]]:
    return [(t.id, f"{t.starts_at:%H:%M}", f"{t.ends_at:%H:%M}") for t in schedule_talks]  # type: ignore[attr-defined]


def test_lay_out_chains_talks_and_respects_a_pinned_start() -> None:
    slots = [
        SlotInput(1, "Открытие", 15),
        SlotInput(2, "Доклад", 20),
        SlotInput(3, "После перерыва", 30, pinned_start=at(11)),
        SlotInput(4, "Дискуссия", 25),
    ]
    timed = lay_out(START, slots, block_id=7)
    assert _clock(timed) == [(1, "10:00", "10:15"), (2, "10:15", "10:35"), (3, "11:00", "11:30"), (4, "11:30", "11:55")]
    assert [t.pinned for t in timed] == [False, False, True, False]
    assert {t.block_id for t in timed} == {7}
    assert lay_out(START, [], None) == []


def test_loose_talks_start_with_the_seminar_and_blocks_with_themselves() -> None:
    schedule = build_schedule(
        START,
        END,
        [SlotInput(1, "Открытие", 10), SlotInput(2, "Приветствие", 5)],
        [
            BlockInput(10, "Секция 1", at(11), "Зал 1", (SlotInput(3, "А", 20), SlotInput(4, "Б", 40))),
            BlockInput(20, "Секция 2", at(14), "Зал 1", (SlotInput(5, "В", 30),)),
        ],
    )
    assert _clock(schedule.talks) == [
        (1, "10:00", "10:10"),
        (2, "10:10", "10:15"),
        (3, "11:00", "11:20"),
        (4, "11:20", "12:00"),
        (5, "14:00", "14:30"),
    ]
    assert [t.block_id for t in schedule.talks] == [None, None, 10, 10, 20]
    assert [(b.id, b.starts_at, b.ends_at) for b in schedule.blocks] == [(10, at(11), at(12)), (20, at(14), at(14, 30))]
    assert (schedule.starts_at, schedule.ends_at) == (at(10), at(14, 30))
    assert schedule.talk(4).ends_at == at(12)
    assert schedule.conflicts == ()


def test_an_empty_block_ends_where_it_starts() -> None:
    schedule = build_schedule(START, END, [], [BlockInput(1, "Пустая секция", at(12), "", ())])
    assert [(b.starts_at, b.ends_at) for b in schedule.blocks] == [(at(12), at(12))]
    assert schedule.talks == ()
    assert (schedule.starts_at, schedule.ends_at) == (None, None)
    assert (schedule.talk_count, schedule.talk_minutes, schedule.pause_minutes) == (0, 0, 0)


def test_totals_separate_talks_from_pauses() -> None:
    schedule = build_schedule(
        START,
        END,
        [SlotInput(1, "Открытие", 10, kind=TalkKind.OPENING)],
        [
            BlockInput(
                10,
                "Секция",
                at(11),
                "",
                (
                    SlotInput(2, "Доклад", 20),
                    SlotInput(3, "Кофе-брейк", 15, kind=TalkKind.BREAK),
                    SlotInput(4, "Пленарный доклад", 40, kind=TalkKind.KEYNOTE),
                    SlotInput(5, "Обед", 45, kind=TalkKind.LUNCH),
                    SlotInput(6, "Закрытие", 5, kind=TalkKind.CLOSING),
                ),
            )
        ],
    )
    assert schedule.talk_count == 4
    assert schedule.talk_minutes == 10 + 20 + 40 + 5
    assert schedule.pause_minutes == 15 + 45


def test_speaker_in_two_parallel_talks() -> None:
    schedule = build_schedule(
        START,
        END,
        [],
        [
            BlockInput(10, "Секция 1", at(11), "Зал 1", (SlotInput(1, "Подкасты", 30, speaker_ids=(101, 102)),)),
            BlockInput(20, "Секция 2", at(11, 15), "Зал 2", (SlotInput(2, "Клубы", 30, speaker_ids=(102, 103)),)),
        ],
    )
    [conflict] = schedule.conflicts
    assert conflict.kind is ConflictKind.SPEAKER_OVERLAP
    assert conflict.person_id == 102
    assert conflict.talk_ids == (1, 2)
    assert "«Подкасты» (24.11 11:00–24.11 11:30)" in conflict.message
    assert "«Клубы» (24.11 11:15–24.11 11:45)" in conflict.message


def test_talks_that_only_touch_do_not_overlap() -> None:
    schedule = build_schedule(
        START,
        END,
        [],
        [
            BlockInput(10, "Секция 1", at(11), "Зал 1", (SlotInput(1, "Подкасты", 30, speaker_ids=(101,)),)),
            BlockInput(20, "Секция 2", at(11, 30), "Зал 1", (SlotInput(2, "Клубы", 30, speaker_ids=(101,)),)),
        ],
    )
    assert schedule.conflicts == ()


def test_two_blocks_in_one_room() -> None:
    blocks = [
        BlockInput(10, "Секция 1", at(11), "Конференц-зал", (SlotInput(1, "А", 60),)),
        BlockInput(20, "Секция 2", at(11, 30), "  КОНФЕРЕНЦ-ЗАЛ", (SlotInput(2, "Б", 30),)),
        BlockInput(30, "Секция 3", at(11), "Малый зал", (SlotInput(3, "В", 60),)),
    ]
    conflicts = build_schedule(START, END, [], blocks).conflicts
    assert [(c.kind, c.block_ids) for c in conflicts] == [(ConflictKind.ROOM_OVERLAP, (10, 20))]
    assert "room «Конференц-зал»" in conflicts[0].message


def test_blocks_without_a_room_share_the_hall() -> None:
    blocks = [
        BlockInput(10, "Секция 1", at(11), "", (SlotInput(1, "А", 60),)),
        BlockInput(20, "Секция 2", at(11, 30), " ", (SlotInput(2, "Б", 30),)),
    ]
    [conflict] = build_schedule(START, END, [], blocks).conflicts
    assert conflict.kind is ConflictKind.ROOM_OVERLAP
    assert "the same room" in conflict.message


def test_a_talk_past_the_end_and_one_before_the_start() -> None:
    schedule = build_schedule(
        START,
        END,
        [SlotInput(1, "Ранний доклад", 30, pinned_start=at(9, 45))],
        [BlockInput(10, "Вечер", at(15, 30), "", (SlotInput(2, "Успевает", 30), SlotInput(3, "Опаздывает", 10)))],
    )
    assert [(c.kind, c.talk_ids) for c in schedule.conflicts] == [
        (ConflictKind.BEFORE_START, (1,)),
        (ConflictKind.PAST_END, (3,)),
    ]
    assert "2026-11-24 16:10" in schedule.conflicts[1].message
    assert "2026-11-24 09:45" in schedule.conflicts[0].message


def test_a_pinned_talk_overlapping_the_one_before() -> None:
    slots = (
        SlotInput(1, "Длинный доклад", 45),
        SlotInput(2, "Губернатор", 15, pinned_start=at(11, 30)),
        SlotInput(3, "После", 15),
    )
    schedule = build_schedule(START, END, [], [BlockInput(10, "Секция", at(11), "", slots)])
    assert [(c.kind, c.talk_ids) for c in schedule.conflicts] == [(ConflictKind.PINNED_OVERLAP, (1, 2))]
    assert "«Губернатор» is pinned to 24.11 11:30" in schedule.conflicts[0].message
    assert "ends at 24.11 11:45" in schedule.conflicts[0].message
    assert _clock(schedule.talks)[2] == (3, "11:45", "12:00")


def test_a_pinned_talk_after_a_gap_is_fine() -> None:
    slots = (SlotInput(1, "Доклад", 20), SlotInput(2, "После перерыва", 20, pinned_start=at(12)))
    schedule = build_schedule(START, END, [], [BlockInput(10, "Секция", at(11), "", slots)])
    assert schedule.conflicts == ()
    assert schedule.blocks[0].ends_at == at(12, 20)


def test_pinned_talks_in_different_blocks_are_not_compared() -> None:
    schedule = build_schedule(
        START,
        END,
        [SlotInput(1, "Открытие", 120)],
        [BlockInput(10, "Секция", at(11), "", (SlotInput(2, "Закреплённый", 20, pinned_start=at(11)),))],
    )
    assert ConflictKind.PINNED_OVERLAP not in {c.kind for c in schedule.conflicts}
