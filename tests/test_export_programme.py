"""The programme as iCalendar and as frab schedule.xml, checked on the demo seminars."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import xmlschema
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.exports.frab import programme_frab
from desktop.exports.icalendar import escape_text, fold_line, programme_ics
from desktop.exports.programme import local_zone, zone_named
from desktop.services.demo import load_demo
from desktop.services.programme import get_programme
from desktop.services.seminars import get_seminar

SCHEMA = Path(__file__).parent / "fixtures" / "frab" / "schedule.xml.xsd"
MOSCOW, KYIV = ZoneInfo("Europe/Moscow"), ZoneInfo("Europe/Kyiv")
STAMP = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo_ids(session: Session) -> list[int]:
    return [result.seminar_id for result in load_demo(session)]


def _unfold(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _events(lines: list[str]) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and line != "END:VEVENT" and "END:VEVENT" not in events[-1]:
            name, _, value = line.partition(":")
            events[-1][name] = value
    return events


def test_fold_and_escape() -> None:
    line = "SUMMARY:" + "Ж" * 60
    folded = fold_line(line)
    assert all(len(piece.encode("utf-8")) <= 75 for piece in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line  # no character split, nothing lost
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_ics_has_one_event_per_talk_in_the_zone(session: Session, demo_ids: list[int]) -> None:
    for seminar_id in demo_ids:
        seminar, programme = get_seminar(session, seminar_id), get_programme(session, seminar_id)
        data = programme_ics(seminar, programme.loose_talks, programme.blocks, MOSCOW, now=STAMP)
        assert all(len(line) <= 75 for line in data.split(b"\r\n"))
        lines = _unfold(data)
        assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
        talks = [t for t in programme.all_talks() if not t.kind.is_pause]
        events = _events(lines)
        assert len(events) == len(talks) > 0
        first = min(talks, key=lambda t: t.starts_at)
        assert f"DTSTART;TZID=Europe/Moscow:{first.starts_at:%Y%m%dT%H%M%S}" in lines
        assert len({e["UID"] for e in events}) == len(events)
        assert all(e["DTSTAMP"] == "20261101T120000Z" for e in events)
        assert "TZID:Europe/Moscow" in lines and "TZOFFSETTO:+0300" in lines


def test_ics_location_and_links(session: Session, demo_ids: list[int]) -> None:
    conference = next(i for i in demo_ids if get_seminar(session, i).format == "in_person")
    seminar, programme = get_seminar(session, conference), get_programme(session, conference)
    events = _events(_unfold(programme_ics(seminar, programme.loose_talks, programme.blocks, MOSCOW, now=STAMP)))
    assert all(seminar.venue_address.replace(",", "\\,") in e["LOCATION"] for e in events)
    with_materials = [t for t in programme.all_talks() if t.materials_url]
    assert sum(1 for e in events if "URL" in e) >= len(with_materials)


def test_vtimezone_follows_daylight_saving_time() -> None:
    from desktop.exports.icalendar import vtimezone

    lines = vtimezone(KYIV, dt.datetime(2026, 3, 20, 10), dt.datetime(2026, 4, 2, 12))
    assert "BEGIN:DAYLIGHT" in lines and "BEGIN:STANDARD" in lines
    # EET → EEST on the last Sunday of March, at 03:00 local time before the change
    index = lines.index("DTSTART:20260329T030000")
    assert lines[index + 1 : index + 3] == ["TZOFFSETFROM:+0200", "TZOFFSETTO:+0300"]


def test_frab_validates_against_the_schema(session: Session, demo_ids: list[int]) -> None:
    schema = xmlschema.XMLSchema(str(SCHEMA))
    for seminar_id in demo_ids:
        seminar, programme = get_seminar(session, seminar_id), get_programme(session, seminar_id)
        data = programme_frab(seminar, programme.loose_talks, programme.blocks, KYIV, version="1")
        schema.validate(data.decode("utf-8"))
        root = ET.fromstring(data)
        events = root.findall("day/room/event")
        assert len(events) == len([t for t in programme.all_talks() if not t.kind.is_pause])
        first = min((t for t in programme.all_talks() if not t.kind.is_pause), key=lambda t: (t.starts_at, t.id))
        offset = first.starts_at.replace(tzinfo=KYIV).isoformat()[-6:]  # EEST in October, EET in November
        assert events[0].findtext("date") == f"{first.starts_at:%Y-%m-%dT%H:%M:%S}{offset}"
        assert root.findtext("conference/time_zone_name") == "Europe/Kyiv"
        # the same export twice gives the same GUIDs: players recognise the talks
        again = ET.fromstring(programme_frab(seminar, programme.loose_talks, programme.blocks, KYIV, version="1"))
        assert [e.get("guid") for e in again.findall("day/room/event")] == [e.get("guid") for e in events]


def _first_event(root: ET.Element) -> ET.Element:
    event = root.find("day/room/event")
    assert event is not None
    return event


def _set_text(root: ET.Element, path: str, text: str) -> None:
    element = _first_event(root).find(path)
    assert element is not None
    element.text = text


def _drop_conference(root: ET.Element) -> None:
    conference = root.find("conference")
    assert conference is not None
    root.remove(conference)


def _guid_twice(root: ET.Element) -> None:
    first, second = root.findall("day/room/event")[:2]
    second.set("guid", first.get("guid", ""))


def _slug_after_title(root: ET.Element) -> None:
    event = _first_event(root)
    slug = event.find("slug")
    assert slug is not None
    event.remove(slug)
    event.insert([child.tag for child in event].index("title") + 1, slug)


def _no_persons(root: ET.Element) -> None:
    event = _first_event(root)
    persons = event.find("persons")
    assert persons is not None
    event.remove(persons)


# ways to spoil a good export, each of which the schema must notice
BREAKAGES: dict[str, Callable[[ET.Element], None]] = {
    "no conference": _drop_conference,
    "duration in minutes": lambda root: _set_text(root, "duration", "90"),
    "duration with 75 minutes": lambda root: _set_text(root, "duration", "1:75"),
    "duration in words": lambda root: _set_text(root, "duration", "1h30"),
    "start past midnight": lambda root: _set_text(root, "start", "24:10"),
    "date without offset": lambda root: _set_text(root, "date", "2026-10-20T10:00:00"),
    "guid not a UUID": lambda root: _first_event(root).set("guid", "kafedra-1-1"),
    "guid repeated": _guid_twice,
    "event without id or guid": lambda root: _first_event(root).attrib.clear(),
    "slug after title": _slug_after_title,
    "no persons": _no_persons,
}


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_frab_schema_rejects_broken_documents(
    session: Session, demo_ids: list[int], breakage: Callable[[ET.Element], None]
) -> None:
    schema = xmlschema.XMLSchema(str(SCHEMA))
    seminar_id = max(demo_ids, key=lambda i: len(get_programme(session, i).all_talks()))
    seminar, programme = get_seminar(session, seminar_id), get_programme(session, seminar_id)
    root = ET.fromstring(programme_frab(seminar, programme.loose_talks, programme.blocks, KYIV, version="1"))
    assert len(root.findall("day/room/event")) >= 2
    assert schema.is_valid(ET.tostring(root, encoding="unicode"))  # unspoilt, it passes
    breakage(root)
    assert not schema.is_valid(ET.tostring(root, encoding="unicode"))


def test_zones() -> None:
    assert zone_named("Europe/Kyiv").key == "Europe/Kyiv"
    with pytest.raises(ValidationError, match="not a time zone"):
        zone_named("Moscow/Kremlin")
    assert local_zone().key  # whatever this computer says, a usable zone
