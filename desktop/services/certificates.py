"""The certificate register: numbers from the pattern, gap-free per year, never issued twice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from desktop.domain.enums import CertificateKind, Role
from desktop.domain.names import full_name, sort_key
from desktop.domain.numbering import check_pattern, format_number
from desktop.domain.records import CertificateRecord
from desktop.services._common import get_or_raise
from desktop.services.profile import number_pattern
from desktop.storage.models import Certificate, CertificateCounter, Participation, Person, Seminar


def certificate_record(row: Certificate) -> CertificateRecord:
    return CertificateRecord(
        id=row.id,
        number=row.number,
        year=row.year,
        sequence=row.sequence,
        kind=CertificateKind(row.kind),
        issued_on=row.issued_on,
        person_id=row.person_id,
        seminar_id=row.seminar_id,
        person_name=row.person_name,
        seminar_title=row.seminar_title,
    )


def next_sequence(session: Session, year: int) -> int:
    """Take the next number of the year. The UPDATE comes first so that it holds the write lock."""
    bumped = session.execute(
        update(CertificateCounter)
        .where(CertificateCounter.year == year)
        .values(last_sequence=CertificateCounter.last_sequence + 1)
        .returning(CertificateCounter.last_sequence)
    ).scalar()
    if bumped is None:
        session.execute(insert(CertificateCounter).values(year=year, last_sequence=1))
        return 1
    return int(bumped)


def _free_number(session: Session, pattern: str, year: int) -> tuple[str, int]:
    # a number may already be taken by a certificate imported from another database: skip past it
    while True:
        sequence = next_sequence(session, year)
        number = format_number(pattern, year, sequence)
        if session.scalars(select(Certificate.id).where(Certificate.number == number)).first() is None:
            return number, sequence


def issue_certificate(
    session: Session,
    participation_id: int,
    kind: CertificateKind | None = None,
    issued_on: dt.date | None = None,
) -> CertificateRecord:
    """Give the participant a number; one already given is returned again, never replaced."""
    participation = get_or_raise(session, Participation, participation_id, "participation")
    if participation.certificate is not None:
        return certificate_record(participation.certificate)
    issued_on = issued_on or dt.date.today()
    pattern = check_pattern(number_pattern(session))
    number, sequence = _free_number(session, pattern, issued_on.year)
    person: Person = participation.person
    seminar = get_or_raise(session, Seminar, participation.seminar_id, "seminar")
    if kind is None:
        kind = CertificateKind.SPEAKER if participation.role == Role.SPEAKER.value else CertificateKind.PARTICIPANT
    certificate = Certificate(
        number=number,
        year=issued_on.year,
        sequence=sequence,
        kind=CertificateKind(kind).value,
        issued_on=issued_on,
        person_id=person.id,
        seminar_id=seminar.id,
        person_name=full_name(person.surname, person.given_name, person.patronymic),
        seminar_title=seminar.title,
    )
    session.add(certificate)
    session.flush()
    participation.certificate_id = certificate.id
    session.flush()
    return certificate_record(certificate)


def issue_for_seminar(
    session: Session, seminar_id: int, issued_on: dt.date | None = None, attended_only: bool = False
) -> list[CertificateRecord]:
    """Number everyone in the seminar who has no certificate yet, in alphabetical order."""
    get_or_raise(session, Seminar, seminar_id, "seminar")
    statement = (
        select(Participation)
        .where(Participation.seminar_id == seminar_id, Participation.certificate_id.is_(None))
        .options(selectinload(Participation.person))
    )
    if attended_only:
        statement = statement.where(Participation.attended.is_(True))
    # alphabetical as a reader expects it (ґ after г, і after и), which the database's ORDER BY cannot do
    waiting = sorted(
        session.scalars(statement).all(),
        key=lambda p: (sort_key(full_name(p.person.surname, p.person.given_name, p.person.patronymic)), p.person_id),
    )
    return [issue_certificate(session, p.id, issued_on=issued_on) for p in waiting]


def list_register(session: Session, year: int | None = None, seminar_id: int | None = None) -> list[CertificateRecord]:
    statement = select(Certificate).order_by(Certificate.year, Certificate.sequence, Certificate.id)
    if year is not None:
        statement = statement.where(Certificate.year == year)
    if seminar_id is not None:
        statement = statement.where(Certificate.seminar_id == seminar_id)
    return [certificate_record(row) for row in session.scalars(statement)]


def participation_certificates(session: Session, seminar_id: int) -> dict[int, CertificateRecord]:
    """Certificates of a seminar by person id."""
    rows = session.scalars(
        select(Participation)
        .where(Participation.seminar_id == seminar_id, Participation.certificate_id.is_not(None))
        .options(selectinload(Participation.certificate))
    )
    return {p.person_id: certificate_record(p.certificate) for p in rows if p.certificate is not None}
