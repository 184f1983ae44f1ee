"""Data for the list exports: every participant of a seminar with the fields a list prints, in one query."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import Language, Mode, Role
from desktop.exports.lists import ParticipantLine, ParticipantList
from desktop.services._common import get_or_raise
from desktop.storage.models import Certificate, Organisation, Participation, Person, Seminar


def participant_list(session: Session, seminar_id: int) -> ParticipantList:
    """Participants in alphabetical order (folded, so «Ёлкина» sorts with «Елкина»)."""
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    statement = (
        select(
            Person.surname,
            Person.given_name,
            Person.patronymic,
            Person.position,
            Organisation.full_name,
            Person.city,
            Person.email,
            Person.phone,
            Participation.mode,
            Participation.role,
            Participation.attended,
            Certificate.number,
        )
        .join(Person, Participation.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(Certificate, Participation.certificate_id == Certificate.id)
        .where(Participation.seminar_id == seminar_id)
        .order_by(Person.name_key, Person.id)
    )
    lines = tuple(
        ParticipantLine(
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            position=position,
            organisation=organisation or "",
            city=city,
            email=email,
            phone=phone,
            mode=Mode(mode),
            role=Role(role),
            attended=bool(attended),
            certificate_number=number or "",
        )
        for surname, given, patronymic, position, organisation, city, email, phone, mode, role, attended, number in (
            session.execute(statement)
        )
    )
    return ParticipantList(seminar.id, seminar.title, Language(seminar.language), lines)
