"""Words the window shows for the stored identifiers, and the date and duration formats it uses.

The tables hold the English text marked for pyside6-lupdate (context "Labels"); a `Translated` mapping looks each
one up in the running application's language when it is read, so `labels.ROLES[role]` is always current.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TypeVar

from desktop.domain.enums import EventFormat, Gender, Language, Mode, Role, SeminarKind, SeminarStatus, TalkKind
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate

K = TypeVar("K")


class Translated(Mapping[K, str]):
    """A read-only table of English labels whose values come out translated (context "Labels")."""

    def __init__(self, english: dict[K, str]) -> None:
        self.english = english

    def __getitem__(self, key: K) -> str:
        return translate("Labels", self.english[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


SEMINAR_KINDS = Translated(
    {
        SeminarKind.SEMINAR: QT_TRANSLATE_NOOP("Labels", "Seminar"),
        SeminarKind.CONFERENCE: QT_TRANSLATE_NOOP("Labels", "Conference"),
        SeminarKind.WEBINAR: QT_TRANSLATE_NOOP("Labels", "Webinar"),
        SeminarKind.ROUND_TABLE: QT_TRANSLATE_NOOP("Labels", "Round table"),
        SeminarKind.MASTER_CLASS: QT_TRANSLATE_NOOP("Labels", "Master class"),
        SeminarKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
        SeminarKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    }
)
FORMATS = Translated(
    {
        EventFormat.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
        EventFormat.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
        EventFormat.HYBRID: QT_TRANSLATE_NOOP("Labels", "Hybrid"),
    }
)
STATUSES = Translated(
    {
        SeminarStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
        SeminarStatus.REGISTRATION_OPEN: QT_TRANSLATE_NOOP("Labels", "Registration open"),
        SeminarStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
        SeminarStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
    }
)
LANGUAGES = Translated(
    {
        Language.RU: QT_TRANSLATE_NOOP("Labels", "Russian (русский)"),
        Language.UK: QT_TRANSLATE_NOOP("Labels", "Ukrainian (українська)"),
        Language.EN: QT_TRANSLATE_NOOP("Labels", "English"),
    }
)
GENDERS = Translated(
    {
        Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
        Gender.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
        Gender.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    }
)
TALK_KINDS = Translated(
    {
        TalkKind.TALK: QT_TRANSLATE_NOOP("Labels", "Talk"),
        TalkKind.KEYNOTE: QT_TRANSLATE_NOOP("Labels", "Keynote"),
        TalkKind.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Discussion"),
        TalkKind.OPENING: QT_TRANSLATE_NOOP("Labels", "Opening"),
        TalkKind.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
        TalkKind.BREAK: QT_TRANSLATE_NOOP("Labels", "Break"),
        TalkKind.LUNCH: QT_TRANSLATE_NOOP("Labels", "Lunch"),
    }
)
MODES = Translated(
    {Mode.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"), Mode.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online")}
)
ROLES = Translated(
    {
        Role.PARTICIPANT: QT_TRANSLATE_NOOP("Labels", "Participant"),
        Role.SPEAKER: QT_TRANSLATE_NOOP("Labels", "Speaker"),
        Role.MODERATOR: QT_TRANSLATE_NOOP("Labels", "Moderator"),
        Role.ORGANISER: QT_TRANSLATE_NOOP("Labels", "Organiser"),
        Role.GUEST: QT_TRANSLATE_NOOP("Labels", "Guest"),
    }
)


def day(moment: dt.date) -> str:
    return f"{moment:%d.%m.%Y}"


def clock(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"


def span(starts: dt.datetime, ends: dt.datetime) -> str:
    """«24.11.2026 10:00–16:00», or both dates when the event runs over several days."""
    if starts.date() == ends.date():
        return f"{day(starts)} {clock(starts)}–{clock(ends)}"
    return f"{day(starts)} {clock(starts)} – {day(ends)} {clock(ends)}"


def dates(starts: dt.datetime, ends: dt.datetime) -> str:
    if starts.date() == ends.date():
        return day(starts)
    if (starts.year, starts.month) == (ends.year, ends.month):
        return f"{starts:%d}–{day(ends)}"
    return f"{day(starts)}–{day(ends)}"


def minutes(total: int) -> str:
    """«45 min», «1 h 30 min», «2 h»."""
    hours, rest = divmod(total, 60)
    if not hours:
        return translate("Labels", "{minutes} min").format(minutes=rest)
    if rest:
        return translate("Labels", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    return translate("Labels", "{hours} h").format(hours=hours)
