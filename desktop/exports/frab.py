"""The programme as frab-compatible `schedule.xml`, the format conference players and recording tools read.

It follows the format frab and the C3VOC document; the tests validate it against Kafedra's own schema of that
format (tests/fixtures/frab/): days with rooms with events; every event has an id, a stable UUID, its room,
date with offset, start, duration, slug and track. Breaks and lunch are left out, as in the calendar.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from itertools import groupby
from zoneinfo import ZoneInfo

from desktop import __version__
from desktop.domain.records import BlockRecord, SeminarRecord, TalkRecord
from desktop.exports.programme import Slot, aware, slots

# a fixed namespace for Kafedra's event GUIDs: the same talk of the same seminar gets the same GUID everywhere
_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://kafedra.invalid/schedule")
_LINK_LABELS = {"ru": ("Материалы", "Трансляция"), "uk": ("Матеріали", "Трансляція"), "en": ("Materials", "Stream")}


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = value
    return element


def acronym(seminar: SeminarRecord) -> str:
    return f"kafedra-{seminar.id}"


def _event(parent: ET.Element, seminar: SeminarRecord, slot: Slot, zone: ZoneInfo) -> None:
    talk = slot.talk
    event = ET.SubElement(
        parent,
        "event",
        id=str(talk.id),
        guid=str(uuid.uuid5(_GUID_NAMESPACE, f"{seminar.uid}/talk/{talk.id}")),
    )
    _text(event, "date", aware(talk.starts_at, zone).isoformat())
    _text(event, "start", talk.starts_at.strftime("%H:%M"))
    _text(event, "duration", _hhmm(talk.duration_minutes))
    _text(event, "room", slot.room)
    _text(event, "slug", f"{acronym(seminar)}-{talk.id}")
    _text(event, "title", talk.title)
    _text(event, "subtitle", "")
    _text(event, "track", slot.block.title if slot.block else "")
    _text(event, "type", talk.kind.value)
    _text(event, "language", seminar.language.value)
    _text(event, "abstract", talk.notes)
    _text(event, "description", "")
    persons = ET.SubElement(event, "persons")
    for speaker in talk.speakers:
        ET.SubElement(persons, "person", id=str(speaker.person_id)).text = speaker.full_name
    links = ET.SubElement(event, "links")
    materials, stream = _LINK_LABELS[seminar.language.value]
    for url, label in ((talk.materials_url, materials), (seminar.stream_url, stream)):
        if url:
            ET.SubElement(links, "link", href=url).text = label


def programme_frab(
    seminar: SeminarRecord,
    loose_talks: tuple[TalkRecord, ...],
    blocks: tuple[BlockRecord, ...],
    zone: ZoneInfo,
    version: str | None = None,
) -> bytes:
    chosen = slots(seminar, loose_talks, blocks)
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name="Kafedra", version=__version__)
    _text(root, "version", version or dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    conference = ET.SubElement(root, "conference")
    days = sorted({s.talk.starts_at.date() for s in chosen}) or [seminar.starts_at.date()]
    _text(conference, "acronym", acronym(seminar))
    _text(conference, "title", seminar.title)
    _text(conference, "start", days[0].isoformat())
    _text(conference, "end", max(days[-1], seminar.ends_at.date()).isoformat())
    _text(conference, "days", str(len(days)))
    _text(conference, "timeslot_duration", "00:05")
    _text(conference, "time_zone_name", zone.key)
    if not chosen:
        ET.SubElement(root, "day", index="1", date=days[0].isoformat())
    for index, (date, day_slots_iter) in enumerate(groupby(chosen, key=lambda s: s.talk.starts_at.date()), start=1):
        day_slots = list(day_slots_iter)
        day = ET.SubElement(
            root,
            "day",
            index=str(index),
            date=date.isoformat(),
            start=aware(min(s.talk.starts_at for s in day_slots), zone).isoformat(),
            end=aware(max(s.talk.ends_at for s in day_slots), zone).isoformat(),
        )
        rooms = list(dict.fromkeys(s.room for s in day_slots))  # in the order the day uses them
        for room_name in rooms:
            room = ET.SubElement(day, "room", name=room_name)
            for slot in day_slots:
                if slot.room == room_name:
                    _event(room, seminar, slot, zone)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
