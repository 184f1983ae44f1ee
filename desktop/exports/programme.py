"""What the programme exports share: the talks in order with their block, room and time zone.

A seminar has no time zone of its own yet (times are stored as the organisers' wall-clock time), so the caller
passes one; `local_zone()` is the computer's own zone, which is where a methodology department plans its
seminars. See docs/decisions/0007-exports-and-backups.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain.enums import EventFormat, Language, Mode
from desktop.domain.errors import ValidationError
from desktop.domain.records import BlockRecord, SeminarRecord, TalkRecord

FALLBACK_ZONE = "Europe/Moscow"

_MAIN_ROOM = {Language.RU: "Основной зал", Language.UK: "Основна зала", Language.EN: "Main room"}
_ONLINE_ROOM = {Language.RU: "Онлайн", Language.UK: "Онлайн", Language.EN: "Online"}


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"«{name}» is not a time zone name such as Europe/Moscow or Europe/Kyiv", "tz") from exc


def local_zone() -> ZoneInfo:
    """The computer's IANA zone (tzlocal reads it on Windows and Linux); Moscow time if it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises its own errors on a misconfigured system; any of them means «unknown»
        name = None
    try:
        return ZoneInfo(name or FALLBACK_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(FALLBACK_ZONE)


@dataclass(frozen=True)
class Slot:
    """One talk of the exported programme, in order, with where it happens."""

    talk: TalkRecord
    block: BlockRecord | None
    room: str


def room_of(seminar: SeminarRecord, block: BlockRecord | None, talk: TalkRecord) -> str:
    if block is not None and block.room:
        return block.room
    if seminar.venue_room:
        return seminar.venue_room
    if seminar.format == EventFormat.ONLINE or talk.mode == Mode.ONLINE:
        return _ONLINE_ROOM[seminar.language]
    return _MAIN_ROOM[seminar.language]


def slots(seminar: SeminarRecord, loose_talks: tuple[TalkRecord, ...], blocks: tuple[BlockRecord, ...]) -> list[Slot]:
    """Every talk that is not a break or lunch (calendars and players list what one attends), in time order."""
    chosen = [Slot(t, None, room_of(seminar, None, t)) for t in loose_talks if not t.kind.is_pause]
    for block in blocks:
        chosen.extend(Slot(t, block, room_of(seminar, block, t)) for t in block.talks if not t.kind.is_pause)
    return sorted(chosen, key=lambda s: (s.talk.starts_at, s.talk.id))


def aware(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A stored wall-clock time in the seminar's zone."""
    return moment.replace(tzinfo=zone)


def speaker_line(talk: TalkRecord) -> str:
    parts = []
    for speaker in talk.speakers:
        details = ", ".join(p for p in (speaker.position, speaker.organisation_name) if p)
        parts.append(f"{speaker.full_name} ({details})" if details else speaker.full_name)
    return "; ".join(parts)
