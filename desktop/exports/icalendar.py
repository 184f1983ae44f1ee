"""The programme as iCalendar (RFC 5545): one VEVENT per talk, in the seminar's time zone.

Written by hand rather than with a library: the subset is small, and the two rules that matter are kept here
and tested: TEXT values escape backslash, semicolon, comma and line breaks (3.3.11), and content lines are
folded at 75 octets without splitting a UTF-8 character (3.1). The VTIMEZONE is derived from the zoneinfo
database for the years the programme spans, so a calendar shows the right hour even across a DST change.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from desktop import __version__
from desktop.domain.enums import EventFormat
from desktop.domain.records import BlockRecord, SeminarRecord, TalkRecord
from desktop.exports.programme import Slot, aware, slots, speaker_line

MAX_OCTETS = 75
_UTC = dt.UTC


def escape_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Split a content line into pieces of at most 75 octets; continuation lines start with one space."""
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1  # the leading space counts
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _local(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _offset(delta: dt.timedelta | None) -> str:
    seconds = int((delta or dt.timedelta()).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """UTC instants where the zone's offset changes between start and end (a day scan, then bisection)."""
    found: list[dt.datetime] = []
    moment = start
    while moment < end:
        following = moment + dt.timedelta(days=1)
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            low, high = moment, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        moment = following
    return found


def vtimezone(zone: ZoneInfo, first: dt.datetime, last: dt.datetime) -> list[str]:
    """Observances in force from a year before the first talk to a year after the last."""
    start = first.replace(tzinfo=zone).astimezone(_UTC) - dt.timedelta(days=366)
    end = last.replace(tzinfo=zone).astimezone(_UTC) + dt.timedelta(days=366)
    initial = start.astimezone(zone)
    lines = [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone.key}",
        # the offset in force before the first change, as an observance since 1970
        "BEGIN:DAYLIGHT" if initial.dst() else "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        f"TZOFFSETFROM:{_offset(initial.utcoffset())}",
        f"TZOFFSETTO:{_offset(initial.utcoffset())}",
        f"TZNAME:{escape_text(initial.tzname() or zone.key)}",
        "END:DAYLIGHT" if initial.dst() else "END:STANDARD",
    ]
    for instant in _transitions(zone, start, end):
        before = (instant - dt.timedelta(seconds=1)).astimezone(zone)
        after = instant.astimezone(zone)
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        onset = (instant + (before.utcoffset() or dt.timedelta())).replace(tzinfo=None)  # local time, old offset
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{_local(onset)}",
            f"TZOFFSETFROM:{_offset(before.utcoffset())}",
            f"TZOFFSETTO:{_offset(after.utcoffset())}",
            f"TZNAME:{escape_text(after.tzname() or zone.key)}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def _location(seminar: SeminarRecord, slot: Slot) -> str:
    if seminar.format == EventFormat.ONLINE:
        return seminar.stream_url or slot.room
    return ", ".join(p for p in (seminar.venue_address, slot.room) if p)


def _event(seminar: SeminarRecord, slot: Slot, zone: ZoneInfo, stamp: str) -> list[str]:
    talk = slot.talk
    description = [line for line in (speaker_line(talk), talk.notes) if line]
    if slot.block is not None:
        description.insert(0, slot.block.title)
    links = [url for url in (talk.materials_url, seminar.stream_url, seminar.recording_url) if url]
    description.extend(links)
    lines = [
        "BEGIN:VEVENT",
        f"UID:talk-{talk.id}.{seminar.uid}@kafedra",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={zone.key}:{_local(aware(talk.starts_at, zone))}",
        f"DTEND;TZID={zone.key}:{_local(aware(talk.ends_at, zone))}",
        f"SUMMARY:{escape_text(talk.title)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(chr(10).join(description))}")
    if location := _location(seminar, slot):
        lines.append(f"LOCATION:{escape_text(location)}")
    if links:
        lines.append(f"URL:{links[0]}")
    if seminar.stream_url and seminar.format != EventFormat.IN_PERSON:
        # RFC 7986: how to join; clients that know it show a «join» button
        lines.append(f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{seminar.stream_url}")
    if talk.speakers:
        lines.append(f"CATEGORIES:{escape_text(talk.kind.value)}")
    lines.append("END:VEVENT")
    return lines


def programme_ics(
    seminar: SeminarRecord,
    loose_talks: tuple[TalkRecord, ...],
    blocks: tuple[BlockRecord, ...],
    zone: ZoneInfo,
    now: dt.datetime | None = None,
) -> bytes:
    stamp = (now or dt.datetime.now(_UTC)).astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")
    chosen = slots(seminar, loose_talks, blocks)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Kafedra//Kafedra {__version__}//{seminar.language.value.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(seminar.title)}",
        f"X-WR-TIMEZONE:{zone.key}",
    ]
    first = min((s.talk.starts_at for s in chosen), default=seminar.starts_at)
    last = max((s.talk.ends_at for s in chosen), default=seminar.ends_at)
    lines += vtimezone(zone, first, last)
    for slot in chosen:
        lines += _event(seminar, slot, zone, stamp)
    lines.append("END:VCALENDAR")
    return "".join(f"{fold_line(line)}\r\n" for line in lines).encode("utf-8")
