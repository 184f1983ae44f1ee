"""Gathering what a document needs, through the ordinary services, as plain records.

This is the only part of `desktop.documents` that takes a Session (on the GUI's database worker, inside its
transaction); builders and renderers work on what it returns and can run anywhere. Issuing certificate
numbers is the one write, and it goes through `desktop.services.certificates`, so the register's rules
(never reuse a number, skip numbers taken by imports) hold here too. The people of a seminar are read in
batches and turned into records by the services' own `person_record`, not looked up one by one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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
from desktop.services import certificates, organisations, participants, people, profile, resolution, seminars
from desktop.services.programme import ProgrammeRecord, get_programme
from desktop.storage.models import Person


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


def _directory_entries(
    session: Session, person_ids: list[int]
) -> tuple[dict[int, PersonRecord], dict[int, OrganisationRecord]]:
    """The people (with their corrected datives) and their organisations, a few hundred per query.

    A conference of 2,000 would otherwise cost 2,000 lookups plus two lazy loads each; the records are the
    services' own, so a person prints the same here as anywhere else.
    """
    found: dict[int, PersonRecord] = {}
    organisations_found: dict[int, OrganisationRecord] = {}
    for start in range(0, len(person_ids), _CHUNK):
        statement = (
            select(Person)
            .where(Person.id.in_(person_ids[start : start + _CHUNK]))
            .options(selectinload(Person.organisation), selectinload(Person.name_forms))
        )
        for row in session.scalars(statement):
            found[row.id] = people.person_record(row)
            if row.organisation is not None and row.organisation.id not in organisations_found:
                organisations_found[row.organisation.id] = organisations.organisation_record(row.organisation)
    return found, organisations_found


_CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


def seminar_participants(session: Session, seminar_id: int) -> tuple[Participant, ...]:
    """Everyone registered, with their directory entry, in the order a reader expects (ґ after г, і after и)."""
    rows = participants.list_participants(session, seminar_id)
    entries, organisations_found = _directory_entries(session, [row.person_id for row in rows])
    found = []
    for row in rows:
        person = entries[row.person_id]
        organisation = None if person.organisation_id is None else organisations_found[person.organisation_id]
        found.append(Participant(row, person, organisation))
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
