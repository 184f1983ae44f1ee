"""Gathering what a document needs, through the ordinary services, as plain records.

This is the only part of `desktop.documents` that takes a Session (on the GUI's database worker, inside its
transaction); builders and renderers work on what it returns and can run anywhere. Issuing certificate
numbers is the one write, and it goes through `desktop.services.certificates`, so the register's rules
(never reuse a number, skip numbers taken by imports) hold here too. A seminar's registrations and people
are the exception to «through the services»: a batch of thousands is read with plain SELECTs into the very
records the services give, not looked up one by one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import CertificateKind, Mode, Role
from desktop.domain.names import sort_key
from desktop.domain.records import (
    CertificateRecord,
    OrganisationRecord,
    ParticipantCounts,
    ParticipationRecord,
    PersonRecord,
    ProfileData,
    ResolutionRecord,
    SeminarRecord,
    TalkRecord,
)
from desktop.services import certificates, organisations, participants, profile, resolution, seminars
from desktop.services.directory_listing import PERSON_COLUMNS, dative_forms, person_from_row
from desktop.services.programme import ProgrammeRecord, get_programme
from desktop.storage.models import Certificate, Organisation, Participation, Person


@dataclass(frozen=True)
class SeminarContext:
    seminar: SeminarRecord
    organiser: OrganisationRecord | None
    profile: ProfileData


@dataclass(frozen=True)
class Participant:
    participation: ParticipationRecord
    person: PersonRecord
    organisation: OrganisationRecord | None = None

    @property
    def organisation_short(self) -> str:
        """The short name where there is one («СОУНБ им. И. А. Ветлугина»): badges and sheets have little room."""
        if self.organisation is None:
            return self.person.organisation_name
        return self.organisation.short_name or self.organisation.full_name

    @property
    def role(self) -> Role:
        return self.participation.role

    @property
    def mode(self) -> Mode:
        return self.participation.mode


@dataclass(frozen=True)
class ResolutionData:
    resolution: ResolutionRecord
    counts: ParticipantCounts
    talks: tuple[TalkRecord, ...]


def seminar_context(session: Session, seminar_id: int) -> SeminarContext:
    seminar = seminars.get_seminar(session, seminar_id)
    organiser = (
        organisations.get_organisation(session, seminar.organiser_id) if seminar.organiser_id is not None else None
    )
    return SeminarContext(seminar, organiser, profile.get_profile(session))


def seminar_participants(session: Session, seminar_id: int) -> tuple[Participant, ...]:
    """Everyone registered, with their directory entry, in the order a reader expects (ґ after г, і after и).

    Read with three plain SELECTs (registrations with their people, the people's corrected datives, their
    organisations) into the same records `participants.list_participants`, `people.get_person` and
    `organisations.get_organisation` give (a test holds them equal): loading ORM objects for a conference of
    2,000 took longer than laying out its certificates.
    """
    registered = select(Participation.person_id).where(Participation.seminar_id == seminar_id)
    datives = dative_forms(session, registered)
    organisations_found = {
        row.id: organisations.organisation_record(row)
        for row in session.scalars(
            select(Organisation).where(
                Organisation.id.in_(select(Person.organisation_id).where(Person.id.in_(registered)))
            )
        )
    }
    roles, modes = {r.value: r for r in Role}, {m.value: m for m in Mode}
    rows = session.execute(
        select(
            Participation.id,
            Participation.seminar_id,
            Participation.role,
            Participation.mode,
            Participation.registered_at,
            Participation.attended,
            Participation.version,
            Certificate.number,
            *PERSON_COLUMNS,
        )
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(Certificate, Certificate.id == Participation.certificate_id)
        .where(Participation.seminar_id == seminar_id)
    )
    found = []
    for row in rows:
        organisation = None if row.organisation_id is None else organisations_found[row.organisation_id]
        organisation_name = organisation.full_name if organisation is not None else ""
        person = person_from_row(row, organisation_name, datives.get(row.person_id, {}))
        participation = ParticipationRecord(
            id=row.id,
            seminar_id=row.seminar_id,
            person_id=row.person_id,
            person_name=person.full_name,
            organisation_name=organisation_name,
            role=roles[row.role],
            mode=modes[row.mode],
            registered_at=row.registered_at,
            attended=row.attended,
            certificate_number=row.number,
            version=row.version,
        )
        found.append(Participant(participation, person, organisation))
    return tuple(sorted(found, key=lambda p: (sort_key(p.person.full_name), p.person.id)))


def programme(session: Session, seminar_id: int) -> ProgrammeRecord:
    return get_programme(session, seminar_id)


def resolution_data(session: Session, seminar_id: int) -> ResolutionData:
    return ResolutionData(
        resolution=resolution.get_resolution(session, seminar_id),
        counts=participants.count_participants(session, seminar_id),
        talks=tuple(resolution.talks_heard(session, seminar_id)),
    )


def speaker_ids(programme_record: ProgrammeRecord) -> frozenset[int]:
    """People who speak in the programme (breaks have no speakers)."""
    return frozenset(s.person_id for t in programme_record.all_talks() if not t.kind.is_pause for s in t.speakers)


def number_certificates(
    session: Session,
    chosen: tuple[Participant, ...],
    speakers: frozenset[int],
    issue: bool,
    issued_on: dt.date | None = None,
) -> dict[int, CertificateRecord]:
    """The register's certificate for each chosen participant, by person id.

    With `issue`, those without a number get the next ones now, in the order given (alphabetical): a number
    once issued is never reused, and exporting again prints the same number. Without it (a preview), only
    numbers already issued are returned.
    """
    existing = certificates.participation_certificates(session, chosen[0].participation.seminar_id) if chosen else {}
    result = {p.person.id: existing[p.person.id] for p in chosen if p.person.id in existing}
    if issue:
        # one batch: the counter reserves the whole range at once, in the order given
        waiting = [p for p in chosen if p.person.id not in existing]
        wanted = [
            (p.participation.id, CertificateKind.SPEAKER if p.person.id in speakers else CertificateKind.PARTICIPANT)
            for p in waiting
        ]
        issued = certificates.issue_certificates(session, wanted, issued_on=issued_on)
        result.update((p.person.id, record) for p, record in zip(waiting, issued, strict=True))
    return result
