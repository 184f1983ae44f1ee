"""The programme: blocks and talks, their order, automatic times, totals and conflicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.enums import Mode, TalkKind
from desktop.domain.errors import ValidationError
from desktop.domain.records import BlockData, BlockRecord, PersonRef, TalkData, TalkRecord
from desktop.domain.schedule import BlockInput, Conflict, Schedule, SlotInput, build_schedule
from desktop.services._common import check_url, check_version, clean, clean_long, get_or_raise, require, touch
from desktop.storage.models import Block, BlockModerator, Person, Seminar, Talk, TalkSpeaker

MAX_TALK_MINUTES = 24 * 60


@dataclass(frozen=True)
class ProgrammeRecord:
    seminar_id: int
    loose_talks: tuple[TalkRecord, ...]  # talks outside any block; they open the programme
    blocks: tuple[BlockRecord, ...]
    conflicts: tuple[Conflict, ...]
    talk_count: int
    talk_minutes: int
    pause_minutes: int
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None

    def all_talks(self) -> tuple[TalkRecord, ...]:
        return self.loose_talks + tuple(t for b in self.blocks for t in b.talks)


def person_ref(person: Person) -> PersonRef:
    return PersonRef(
        person_id=person.id,
        surname=person.surname,
        given_name=person.given_name,
        patronymic=person.patronymic,
        position=person.position,
        degree=person.degree,
        organisation_name=person.organisation.full_name if person.organisation else "",
        city=person.city,
    )


# --- reading -----------------------------------------------------------------------------------------


def _load(session: Session, seminar_id: int) -> Seminar:
    seminar = session.scalars(
        select(Seminar)
        .where(Seminar.id == seminar_id)
        .options(
            selectinload(Seminar.blocks).selectinload(Block.moderators).selectinload(BlockModerator.person),
            selectinload(Seminar.talks).selectinload(Talk.speakers).selectinload(TalkSpeaker.person),
        )
    ).first()
    return seminar if seminar is not None else get_or_raise(session, Seminar, seminar_id, "seminar")


def _loose(seminar: Seminar) -> list[Talk]:
    return sorted((t for t in seminar.talks if t.block_id is None), key=lambda t: (t.position, t.id))


def _slot(talk: Talk) -> SlotInput:
    return SlotInput(
        id=talk.id,
        title=talk.title,
        duration_minutes=talk.duration_minutes,
        pinned_start=talk.pinned_start,
        speaker_ids=tuple(s.person_id for s in talk.speakers),
        kind=TalkKind(talk.kind),
    )


def _schedule(seminar: Seminar) -> Schedule:
    return build_schedule(
        seminar.starts_at,
        seminar.ends_at,
        [_slot(t) for t in _loose(seminar)],
        [BlockInput(b.id, b.title, b.starts_at, b.room, tuple(_slot(t) for t in b.talks)) for b in seminar.blocks],
    )


def _talk_record(talk: Talk, schedule: Schedule) -> TalkRecord:
    timed = schedule.talk(talk.id)
    return TalkRecord(
        id=talk.id,
        block_id=talk.block_id,
        position=talk.position,
        title=talk.title,
        kind=TalkKind(talk.kind),
        duration_minutes=talk.duration_minutes,
        pinned_start=talk.pinned_start,
        starts_at=timed.starts_at,
        ends_at=timed.ends_at,
        mode=Mode(talk.mode),
        materials_url=talk.materials_url,
        notes=talk.notes,
        speakers=tuple(person_ref(s.person) for s in talk.speakers),
        version=talk.version,
    )


def get_programme(session: Session, seminar_id: int) -> ProgrammeRecord:
    seminar = _load(session, seminar_id)
    schedule = _schedule(seminar)
    block_times = {b.id: b for b in schedule.blocks}
    blocks = tuple(
        BlockRecord(
            id=b.id,
            position=b.position,
            title=b.title,
            starts_at=b.starts_at,
            ends_at=block_times[b.id].ends_at,
            room=b.room,
            notes=b.notes,
            moderators=tuple(person_ref(m.person) for m in b.moderators),
            talks=tuple(_talk_record(t, schedule) for t in b.talks),
            version=b.version,
        )
        for b in seminar.blocks
    )
    return ProgrammeRecord(
        seminar_id=seminar.id,
        loose_talks=tuple(_talk_record(t, schedule) for t in _loose(seminar)),
        blocks=blocks,
        conflicts=schedule.conflicts,
        talk_count=schedule.talk_count,
        talk_minutes=schedule.talk_minutes,
        pause_minutes=schedule.pause_minutes,
        starts_at=schedule.starts_at,
        ends_at=schedule.ends_at,
    )


# --- blocks ------------------------------------------------------------------------------------------


def _people(session: Session, ids: tuple[int, ...]) -> list[int]:
    unique = list(dict.fromkeys(ids))
    for person_id in unique:
        get_or_raise(session, Person, person_id, "person")
    return unique


def _apply_block(session: Session, block: Block, data: BlockData) -> None:
    # check everything before changing anything: a refused edit leaves the block as it was
    title = require(clean(data.title), "title", "The block's title")
    wanted = _people(session, data.moderator_ids)
    # compared before any field changes: loading the list would flush them, bumping the version twice
    new_moderators = [m.person_id for m in block.moderators] != wanted
    block.title = title
    block.starts_at = data.starts_at.replace(second=0, microsecond=0, tzinfo=None)
    block.room, block.notes = clean(data.room), clean_long(data.notes)
    if new_moderators:
        if block.id is not None:
            touch(block)  # before the flush below, so the edit bumps the version once
        block.moderators.clear()
        session.flush()
        for person_id in wanted:
            block.moderators.append(BlockModerator(person_id=person_id))


def add_block(session: Session, seminar_id: int, data: BlockData, index: int | None = None) -> int:
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    block = Block()
    _apply_block(session, block, data)
    seminar.blocks.insert(len(seminar.blocks) if index is None else max(0, min(index, len(seminar.blocks))), block)
    seminar.blocks.reorder()
    session.flush()
    return block.id


def update_block(session: Session, block_id: int, data: BlockData, expected_version: int | None = None) -> None:
    """Replace a block's fields; with `expected_version`, refuse when someone else changed it since."""
    block = get_or_raise(session, Block, block_id, "block")
    check_version(session, block, expected_version, f"The block «{block.title}»")
    _apply_block(session, block, data)


def move_block(session: Session, block_id: int, index: int) -> None:
    block = get_or_raise(session, Block, block_id, "block")
    blocks = block.seminar.blocks
    blocks.remove(block)
    blocks.insert(max(0, min(index, len(blocks))), block)
    blocks.reorder()


def delete_block(session: Session, block_id: int, keep_talks: bool = False) -> None:
    """Delete a block; its talks go with it, or with `keep_talks` move to the end of the loose talks."""
    block = get_or_raise(session, Block, block_id, "block")
    seminar = block.seminar
    if keep_talks:
        loose = _loose(seminar)
        for talk in list(block.talks):
            block.talks.remove(talk)
            talk.block_id = None
            loose.append(talk)
        _renumber(loose)
    else:
        for talk in list(block.talks):
            session.delete(talk)
    seminar.blocks.remove(block)  # delete-orphan: removing it from the seminar deletes it
    seminar.blocks.reorder()
    session.flush()


# --- talks -------------------------------------------------------------------------------------------


def _apply_talk(session: Session, talk: Talk, data: TalkData) -> None:
    kind = TalkKind(data.kind)
    if not 0 < data.duration_minutes <= MAX_TALK_MINUTES:
        raise ValidationError(
            f"a talk lasts from 1 minute to 24 hours, not {data.duration_minutes} minutes", "duration_minutes"
        )
    # check everything before changing anything: a refused edit leaves the talk as it was
    title = require(clean(data.title), "title", "The talk's title")
    mode = Mode(data.mode)
    materials_url = check_url(data.materials_url, "materials_url", "The materials link")
    wanted = _people(session, data.speaker_ids)
    # compared before any field changes: loading the list would flush them, bumping the version twice
    new_speakers = [s.person_id for s in talk.speakers] != wanted
    talk.title, talk.kind, talk.mode = title, kind.value, mode.value
    talk.duration_minutes = data.duration_minutes
    talk.pinned_start = data.pinned_start.replace(second=0, microsecond=0, tzinfo=None) if data.pinned_start else None
    talk.materials_url = materials_url
    talk.notes = clean_long(data.notes)
    if new_speakers:
        if talk.id is not None:
            touch(talk)  # before the flush below, so the edit bumps the version once
        talk.speakers.clear()
        session.flush()
        for person_id in wanted:
            talk.speakers.append(TalkSpeaker(person_id=person_id))


def _renumber(talks: list[Talk]) -> None:
    for position, talk in enumerate(talks):
        talk.position = position


def _container(session: Session, seminar: Seminar, block_id: int | None) -> list[Talk]:
    if block_id is None:
        return _loose(seminar)
    block = get_or_raise(session, Block, block_id, "block")
    if block.seminar_id != seminar.id:
        raise ValidationError(f"block {block_id} belongs to another seminar", "block_id")
    return list(block.talks)


def add_talk(
    session: Session, seminar_id: int, data: TalkData, block_id: int | None = None, index: int | None = None
) -> int:
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    siblings = _container(session, seminar, block_id)
    talk = Talk(seminar_id=seminar.id, block_id=block_id)
    _apply_talk(session, talk, data)
    session.add(talk)
    siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), talk)
    _renumber(siblings)
    session.flush()
    session.expire(seminar, ["talks"])
    if block_id is not None:
        session.expire(get_or_raise(session, Block, block_id, "block"), ["talks"])
    return talk.id


def update_talk(session: Session, talk_id: int, data: TalkData, expected_version: int | None = None) -> None:
    """Replace a talk's fields; with `expected_version`, refuse when someone else changed it since."""
    talk = get_or_raise(session, Talk, talk_id, "talk")
    check_version(session, talk, expected_version, f"The talk «{talk.title}»")
    _apply_talk(session, talk, data)


def delete_talk(session: Session, talk_id: int) -> None:
    talk = get_or_raise(session, Talk, talk_id, "talk")
    seminar, block_id = talk.seminar, talk.block_id
    session.delete(talk)
    session.flush()
    session.expire(seminar, ["talks"])
    if block_id is not None:
        session.expire(get_or_raise(session, Block, block_id, "block"), ["talks"])
    _renumber(_container(session, seminar, block_id))


def move_talk(session: Session, talk_id: int, block_id: int | None, index: int) -> None:
    """Move a talk to position `index` of a block (or of the loose talks when `block_id` is None)."""
    talk = get_or_raise(session, Talk, talk_id, "talk")
    seminar = talk.seminar
    target = _container(session, seminar, block_id)  # refused before anything moves
    source = target if talk.block_id == block_id else _container(session, seminar, talk.block_id)
    source.remove(talk)
    _renumber(source)
    talk.block_id = block_id
    target.insert(max(0, min(index, len(target))), talk)
    _renumber(target)
    session.flush()
    session.expire(seminar, ["talks"])
    for block in seminar.blocks:
        session.expire(block, ["talks"])
