"""Loading the demo seminars through the ordinary services, so the demo exercises the real rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.demo.catalogue import all_demo_seminars
from desktop.demo.model import DemoOrganisation, DemoPerson, DemoSeminar, DemoTalk
from desktop.domain.enums import Role
from desktop.domain.records import BlockData, OrganisationData, PersonData, SeminarData, TalkData
from desktop.services import organisations, participants, people, programme, resolution, seminars


@dataclass(frozen=True)
class DemoResult:
    seminar_id: int
    title: str
    created: bool  # False: it was already there and was left alone


class _Loader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.orgs: dict[DemoOrganisation, int] = {}

    def organisation(self, org: DemoOrganisation | None) -> int | None:
        if org is None:
            return None
        if org not in self.orgs:
            self.orgs[org] = organisations.find_or_create_organisation(
                self.session, OrganisationData(org.full_name, org.short_name, org.city, org.region)
            )
        return self.orgs[org]

    def person(self, p: DemoPerson) -> int:
        person_id, _ = people.find_or_create_person(
            self.session,
            PersonData(
                surname=p.surname,
                given_name=p.given_name,
                patronymic=p.patronymic,
                gender=p.gender,
                position=p.position,
                degree=p.degree,
                organisation_id=self.organisation(p.organisation),
                city=p.city,
                email=p.email,
                phone=p.phone,
            ),
        )
        for language, dative in p.dative.items():
            people.set_dative(self.session, person_id, language, dative)
        return person_id

    def talk(self, t: DemoTalk) -> TalkData:
        return TalkData(
            title=t.title,
            duration_minutes=t.minutes,
            kind=t.kind,
            speaker_ids=tuple(self.person(s) for s in t.speakers),
            mode=t.mode,
            materials_url=t.materials_url,
            notes=t.notes,
        )

    def seminar(self, demo: DemoSeminar) -> int:
        s = self.session
        seminar_id = seminars.create_seminar(
            s,
            SeminarData(
                title=demo.title,
                subtitle=demo.subtitle,
                kind=demo.kind,
                format=demo.format,
                starts_at=demo.starts_at,
                ends_at=demo.ends_at,
                venue_address=demo.venue_address,
                venue_room=demo.venue_room,
                stream_url=demo.stream_url,
                recording_url=demo.recording_url,
                registration_url=demo.registration_url,
                organiser_id=self.organisation(demo.organiser),
                organiser_department=demo.organiser_department,
                language=demo.language,
                status=demo.status,
                academic_hours=demo.academic_hours,
                audience=demo.audience,
                notes=demo.notes,
            ),
            uid=demo.uid,
        )
        seminars.set_partners(
            s,
            seminar_id,
            [(org_id, role) for org, role in demo.partners if (org_id := self.organisation(org))],
        )
        for talk in demo.talks:
            programme.add_talk(s, seminar_id, self.talk(talk))
        for block in demo.blocks:
            block_id = programme.add_block(
                s,
                seminar_id,
                BlockData(
                    title=block.title,
                    starts_at=block.starts_at,
                    room=block.room,
                    moderator_ids=tuple(self.person(m) for m in block.moderators),
                ),
            )
            for talk in block.talks:
                programme.add_talk(s, seminar_id, self.talk(talk), block_id=block_id)
        registration_opened = (demo.starts_at - dt.timedelta(days=14)).replace(hour=0, minute=0)
        for n, entry in enumerate(demo.participants):
            participants.register(
                s,
                seminar_id,
                self.person(entry.person),
                role=Role(entry.role),
                mode=entry.mode,
                # spread over the fortnight, in office hours (9:00–18:00), as real registrations come in
                registered_at=registration_opened + dt.timedelta(days=n % 14, hours=9, minutes=(37 * n) % 540),
                attended=entry.attended,
            )
        if demo.resolution_preamble or demo.resolution_items:
            resolution.set_preamble(s, seminar_id, demo.resolution_preamble, demo.resolution_adopted_on)
            for section, text in demo.resolution_items:
                resolution.add_item(s, seminar_id, section, text)
        return seminar_id


def load_demo(session: Session) -> list[DemoResult]:
    """Add the demo seminars that are not in the database yet (recognised by their fixed uid)."""
    loader = _Loader(session)
    results = []
    for demo in all_demo_seminars():
        existing = seminars.find_seminar_by_uid(session, demo.uid)
        if existing is not None:
            results.append(DemoResult(existing, demo.title, created=False))
            continue
        results.append(DemoResult(loader.seminar(demo), demo.title, created=True))
    return results
