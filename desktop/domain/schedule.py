"""Programme timing: when each talk starts and ends, and what in the programme cannot happen as planned.

Pure functions over plain records, so the same rules serve the services, the documents and the GUI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations, pairwise

from desktop.domain.enums import TalkKind


@dataclass(frozen=True)
class SlotInput:
    id: int
    title: str
    duration_minutes: int
    pinned_start: dt.datetime | None = None
    speaker_ids: tuple[int, ...] = ()
    kind: TalkKind = TalkKind.TALK


@dataclass(frozen=True)
class BlockInput:
    id: int
    title: str
    starts_at: dt.datetime
    room: str
    talks: tuple[SlotInput, ...]


@dataclass(frozen=True)
class TimedTalk:
    id: int
    block_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    pinned: bool


@dataclass(frozen=True)
class TimedBlock:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime


class ConflictKind(StrEnum):
    SPEAKER_OVERLAP = "speaker_overlap"
    ROOM_OVERLAP = "room_overlap"
    PAST_END = "past_end"
    PINNED_OVERLAP = "pinned_overlap"
    BEFORE_START = "before_start"


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    message: str
    talk_ids: tuple[int, ...] = ()
    block_ids: tuple[int, ...] = ()
    person_id: int | None = None


@dataclass(frozen=True)
class Schedule:
    talks: tuple[TimedTalk, ...]
    blocks: tuple[TimedBlock, ...]
    conflicts: tuple[Conflict, ...]
    talk_count: int  # items that are talks, not breaks
    talk_minutes: int
    pause_minutes: int
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None

    def talk(self, talk_id: int) -> TimedTalk:
        return next(t for t in self.talks if t.id == talk_id)


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("%d.%m %H:%M")


def lay_out(start: dt.datetime, slots: Sequence[SlotInput], block_id: int | None) -> list[TimedTalk]:
    """Each talk starts where the one before it ends, unless the user pinned its start."""
    timed: list[TimedTalk] = []
    cursor = start
    for slot in slots:
        begins = slot.pinned_start or cursor
        ends = begins + dt.timedelta(minutes=slot.duration_minutes)
        timed.append(TimedTalk(slot.id, block_id, begins, ends, slot.pinned_start is not None))
        cursor = ends
    return timed


def build_schedule(
    seminar_start: dt.datetime,
    seminar_end: dt.datetime,
    loose_talks: Sequence[SlotInput],
    blocks: Sequence[BlockInput],
) -> Schedule:
    """Time every talk (loose ones from the seminar start, the rest from their block) and find conflicts."""
    slots: dict[int, SlotInput] = {slot.id: slot for slot in loose_talks}
    timed = lay_out(seminar_start, loose_talks, None)
    timed_blocks: list[TimedBlock] = []
    for block in blocks:
        block_talks = lay_out(block.starts_at, block.talks, block.id)
        timed.extend(block_talks)
        slots.update((slot.id, slot) for slot in block.talks)
        ends = max((t.ends_at for t in block_talks), default=block.starts_at)
        timed_blocks.append(TimedBlock(block.id, block.starts_at, ends))

    conflicts = [
        *_pinned_overlaps(timed, slots),
        *_speaker_overlaps(timed, slots),
        *_room_overlaps(blocks, timed_blocks),
        *_outside_seminar(timed, slots, seminar_start, seminar_end),
    ]
    talk_minutes = sum(s.duration_minutes for s in slots.values() if not s.kind.is_pause)
    pause_minutes = sum(s.duration_minutes for s in slots.values() if s.kind.is_pause)
    return Schedule(
        talks=tuple(timed),
        blocks=tuple(timed_blocks),
        conflicts=tuple(conflicts),
        talk_count=sum(1 for s in slots.values() if not s.kind.is_pause),
        talk_minutes=talk_minutes,
        pause_minutes=pause_minutes,
        starts_at=min((t.starts_at for t in timed), default=None),
        ends_at=max((t.ends_at for t in timed), default=None),
    )


def _overlap(a: TimedTalk | TimedBlock, b: TimedTalk | TimedBlock) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _pinned_overlaps(timed: Sequence[TimedTalk], slots: dict[int, SlotInput]) -> list[Conflict]:
    found = []
    for before, after in pairwise(timed):
        if after.pinned and after.block_id == before.block_id and after.starts_at < before.ends_at:
            found.append(
                Conflict(
                    ConflictKind.PINNED_OVERLAP,
                    f"«{slots[after.id].title}» is pinned to {_clock(after.starts_at)}, before «"
                    f"{slots[before.id].title}» ends at {_clock(before.ends_at)}",
                    talk_ids=(before.id, after.id),
                )
            )
    return found


def _speaker_overlaps(timed: Sequence[TimedTalk], slots: dict[int, SlotInput]) -> list[Conflict]:
    found = []
    for a, b in combinations(timed, 2):
        if not _overlap(a, b):
            continue
        for person_id in set(slots[a.id].speaker_ids) & set(slots[b.id].speaker_ids):
            found.append(
                Conflict(
                    ConflictKind.SPEAKER_OVERLAP,
                    f"the same speaker is in «{slots[a.id].title}»"
                    f" ({_clock(a.starts_at)}–{_clock(a.ends_at)}) and «{slots[b.id].title}»"
                    f" ({_clock(b.starts_at)}–{_clock(b.ends_at)})",
                    talk_ids=(a.id, b.id),
                    person_id=person_id,
                )
            )
    return found


def _room_overlaps(blocks: Sequence[BlockInput], timed_blocks: Sequence[TimedBlock]) -> list[Conflict]:
    found = []
    by_id = {b.id: b for b in blocks}
    for a, b in combinations(timed_blocks, 2):
        # blocks with no room named share the seminar's one hall
        room_a, room_b = by_id[a.id].room.strip().casefold(), by_id[b.id].room.strip().casefold()
        if room_a == room_b and _overlap(a, b):
            where = f"room «{by_id[a.id].room}»" if room_a else "the same room"
            found.append(
                Conflict(
                    ConflictKind.ROOM_OVERLAP,
                    f"blocks «{by_id[a.id].title}» and «{by_id[b.id].title}» overlap in {where}",
                    block_ids=(a.id, b.id),
                )
            )
    return found


def _outside_seminar(
    timed: Sequence[TimedTalk], slots: dict[int, SlotInput], start: dt.datetime, end: dt.datetime
) -> list[Conflict]:
    found = []
    for talk in timed:
        if talk.ends_at > end:
            found.append(
                Conflict(
                    ConflictKind.PAST_END,
                    f"«{slots[talk.id].title}» ends at {talk.ends_at:%Y-%m-%d %H:%M}, after the seminar ends"
                    f" ({end:%Y-%m-%d %H:%M})",
                    talk_ids=(talk.id,),
                )
            )
        elif talk.starts_at < start:
            found.append(
                Conflict(
                    ConflictKind.BEFORE_START,
                    f"«{slots[talk.id].title}» starts at {talk.starts_at:%Y-%m-%d %H:%M}, before the seminar"
                    f" starts ({start:%Y-%m-%d %H:%M})",
                    talk_ids=(talk.id,),
                )
            )
    return found
