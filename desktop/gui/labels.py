"""Words the window shows for the stored identifiers, and the date and duration formats it uses.

English for now: the languages issue translates these strings with Qt's translator.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.enums import EventFormat, Gender, Language, Mode, Role, SeminarKind, SeminarStatus, TalkKind

SEMINAR_KINDS = {
    SeminarKind.SEMINAR: "Seminar",
    SeminarKind.CONFERENCE: "Conference",
    SeminarKind.WEBINAR: "Webinar",
    SeminarKind.ROUND_TABLE: "Round table",
    SeminarKind.MASTER_CLASS: "Master class",
    SeminarKind.TRAINING: "Training",
    SeminarKind.OTHER: "Other",
}
FORMATS = {EventFormat.IN_PERSON: "In person", EventFormat.ONLINE: "Online", EventFormat.HYBRID: "Hybrid"}
STATUSES = {
    SeminarStatus.PLANNED: "Planned",
    SeminarStatus.REGISTRATION_OPEN: "Registration open",
    SeminarStatus.HELD: "Held",
    SeminarStatus.ARCHIVED: "Archived",
}
LANGUAGES = {Language.RU: "Russian (русский)", Language.UK: "Ukrainian (українська)", Language.EN: "English"}
GENDERS = {Gender.FEMALE: "Female", Gender.MALE: "Male", Gender.UNKNOWN: "Not known"}
TALK_KINDS = {
    TalkKind.TALK: "Talk",
    TalkKind.KEYNOTE: "Keynote",
    TalkKind.DISCUSSION: "Discussion",
    TalkKind.OPENING: "Opening",
    TalkKind.CLOSING: "Closing",
    TalkKind.BREAK: "Break",
    TalkKind.LUNCH: "Lunch",
}
MODES = {Mode.IN_PERSON: "In person", Mode.ONLINE: "Online"}
ROLES = {
    Role.PARTICIPANT: "Participant",
    Role.SPEAKER: "Speaker",
    Role.MODERATOR: "Moderator",
    Role.ORGANISER: "Organiser",
    Role.GUEST: "Guest",
}


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
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
