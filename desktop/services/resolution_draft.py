"""A first draft of a resolution's preamble, written from the seminar and its counts in the seminar's language.

The user edits it afterwards; only the edited text is stored (`resolution.set_preamble`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.domain.enums import EventFormat, Language, SeminarKind
from desktop.domain.records import ParticipantCounts, SeminarRecord
from desktop.services import organisations, participants, seminars

RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
UK_MONTHS = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# the kind's name and the gender its verb agrees with: m, f, n
RU_KINDS = {
    SeminarKind.SEMINAR: ("семинар", "m"),
    SeminarKind.CONFERENCE: ("конференция", "f"),
    SeminarKind.WEBINAR: ("вебинар", "m"),
    SeminarKind.ROUND_TABLE: ("круглый стол", "m"),
    SeminarKind.MASTER_CLASS: ("мастер-класс", "m"),
    SeminarKind.TRAINING: ("тренинг", "m"),
    SeminarKind.OTHER: ("мероприятие", "n"),
}
UK_KINDS = {
    SeminarKind.SEMINAR: ("семінар", "m"),
    SeminarKind.CONFERENCE: ("конференція", "f"),
    SeminarKind.WEBINAR: ("вебінар", "m"),
    SeminarKind.ROUND_TABLE: ("круглий стіл", "m"),
    SeminarKind.MASTER_CLASS: ("майстер-клас", "m"),
    SeminarKind.TRAINING: ("тренінг", "m"),
    SeminarKind.OTHER: ("захід", "m"),
}
RU_HELD = {"m": "состоялся", "f": "состоялась", "n": "состоялось"}
UK_HELD = {"m": "відбувся", "f": "відбулася", "n": "відбулося"}


def slavic_plural(count: int, one: str, few: str, many: str) -> str:
    """Russian and Ukrainian agree a noun with a number: 1 специалист, 3 специалиста, 5 специалистов, 21 …"""
    if count % 10 == 1 and count % 100 != 11:
        return one
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return few
    return many


def _date(moment: dt.datetime, language: Language) -> str:
    if language == Language.RU:
        return f"{moment.day} {RU_MONTHS[moment.month - 1]} {moment.year} г."
    if language == Language.UK:
        return f"{moment.day} {UK_MONTHS[moment.month - 1]} {moment.year} р."
    return f"{moment.day} {EN_MONTHS[moment.month - 1]} {moment.year}"


def compose_preamble(seminar: SeminarRecord, organiser: str, counts: ParticipantCounts) -> str:
    """The preamble from plain records: when, what, who organised it, how many took part from how many places."""
    people = counts.attended or counts.total
    places = counts.organisations
    when = _date(seminar.starts_at, seminar.language)
    mixed = seminar.format == EventFormat.HYBRID and counts.in_person and counts.online
    if seminar.language == Language.EN:
        text = f"On {when} the {seminar.kind.value.replace('_', ' ')} «{seminar.title}» was held."
        if organiser:
            text += f" Organiser: {organiser}."
        if people:
            text += f" It brought together {people} specialist{'s' if people != 1 else ''}"
            text += f" from {places} organisation{'s' if places != 1 else ''}" if places else ""
            text += f" ({counts.in_person} in person, {counts.online} online)." if mixed else "."
        return text
    russian = seminar.language == Language.RU
    name, gender = (RU_KINDS if russian else UK_KINDS)[seminar.kind]
    held = (RU_HELD if russian else UK_HELD)[gender]
    text = f"{when} {held} {name} «{seminar.title}»."
    if organiser:
        text += f" Организатор — {organiser}." if russian else f" Організатор — {organiser}."
    if people:
        if russian:
            specialists = slavic_plural(people, "специалист", "специалиста", "специалистов")
            text += f" В работе приняли участие {people} {specialists}"
            text += (
                f" из {places} {slavic_plural(places, 'организации', 'организаций', 'организаций')}" if places else ""
            )
            text += f" (очно — {counts.in_person}, онлайн — {counts.online})." if mixed else "."
        else:
            text += f" У роботі взяли участь {people} {slavic_plural(people, 'фахівець', 'фахівці', 'фахівців')}"
            text += (
                f" з {places} {slavic_plural(places, 'організації', 'організацій', 'організацій')}" if places else ""
            )
            text += f" (очно — {counts.in_person}, онлайн — {counts.online})." if mixed else "."
    return text


def draft_preamble(session: Session, seminar_id: int) -> str:
    seminar = seminars.get_seminar(session, seminar_id)
    organiser = organisations.get_organisation(session, seminar.organiser_id).full_name if seminar.organiser_id else ""
    return compose_preamble(seminar, organiser, participants.count_participants(session, seminar_id))
