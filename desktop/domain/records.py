"""Plain records passed between the services and their callers (CLI, GUI, documents).

Callers never see ORM objects: a session belongs to one thread, these records to anyone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain import names
from desktop.domain.enums import (
    CertificateKind,
    EventFormat,
    Gender,
    Language,
    Mode,
    PartnerRole,
    ResolutionSection,
    Role,
    SeminarKind,
    SeminarStatus,
    TalkKind,
)


@dataclass(frozen=True)
class OrganisationData:
    full_name: str
    short_name: str = ""
    city: str = ""
    region: str = ""


@dataclass(frozen=True)
class OrganisationRecord(OrganisationData):
    id: int = 0
    version: int = 1


@dataclass(frozen=True)
class PersonData:
    surname: str
    given_name: str = ""
    patronymic: str = ""
    gender: Gender | None = None  # None: infer from the patronymic and given name
    position: str = ""
    degree: str = ""
    organisation_id: int | None = None
    city: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRecord:
    id: int
    surname: str
    given_name: str
    patronymic: str
    gender: Gender
    position: str
    degree: str
    organisation_id: int | None
    organisation_name: str
    city: str
    email: str
    phone: str
    notes: str
    dative: dict[Language, str] = field(default_factory=dict)
    version: int = 1

    @property
    def full_name(self) -> str:
        return names.full_name(self.surname, self.given_name, self.patronymic)


@dataclass(frozen=True)
class SeminarData:
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: SeminarKind = SeminarKind.SEMINAR
    format: EventFormat = EventFormat.IN_PERSON
    subtitle: str = ""
    venue_address: str = ""
    venue_room: str = ""
    stream_url: str = ""
    recording_url: str = ""
    registration_url: str = ""
    organiser_id: int | None = None
    organiser_department: str = ""
    language: Language = Language.RU
    status: SeminarStatus = SeminarStatus.PLANNED
    academic_hours: float | None = None
    audience: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PartnerRecord:
    organisation_id: int
    organisation_name: str
    role: PartnerRole


@dataclass(frozen=True)
class SeminarRecord(SeminarData):
    id: int = 0
    uid: str = ""
    version: int = 1
    partners: tuple[PartnerRecord, ...] = ()


@dataclass(frozen=True)
class SeminarSummary:
    """A line of the seminar list."""

    id: int
    uid: str
    title: str
    kind: SeminarKind
    format: EventFormat
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: SeminarStatus
    language: Language
    talk_count: int
    participant_count: int


@dataclass(frozen=True)
class BlockData:
    title: str
    starts_at: dt.datetime
    room: str = ""
    notes: str = ""
    moderator_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TalkData:
    title: str
    duration_minutes: int = 20
    kind: TalkKind = TalkKind.TALK
    speaker_ids: tuple[int, ...] = ()
    mode: Mode = Mode.IN_PERSON
    pinned_start: dt.datetime | None = None
    materials_url: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ParticipationRecord:
    id: int
    seminar_id: int
    person_id: int
    person_name: str
    organisation_name: str
    role: Role
    mode: Mode
    registered_at: dt.datetime
    attended: bool
    certificate_number: str | None
    version: int = 1


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


@dataclass(frozen=True)
class ParticipantCounts:
    """The figures a resolution states: «143 специалиста из 38 организаций»."""

    total: int
    in_person: int
    online: int
    attended: int
    organisations: int
    regions: int
    by_organisation: tuple[CountRow, ...]
    by_region: tuple[CountRow, ...]
    by_role: tuple[CountRow, ...]


@dataclass(frozen=True)
class CertificateRecord:
    id: int
    number: str
    year: int
    sequence: int
    kind: CertificateKind
    issued_on: dt.date
    person_id: int | None
    seminar_id: int | None
    person_name: str
    seminar_title: str


@dataclass(frozen=True)
class ResolutionItemRecord:
    id: int
    section: ResolutionSection
    text: str


@dataclass(frozen=True)
class ResolutionRecord:
    seminar_id: int
    preamble: str
    adopted_on: dt.date | None
    items: tuple[ResolutionItemRecord, ...]
    version: int = 0  # 0: no resolution written yet

    def section(self, section: ResolutionSection) -> tuple[ResolutionItemRecord, ...]:
        return tuple(item for item in self.items if item.section == section)


@dataclass(frozen=True)
class SignatoryData:
    name: str
    title: str = ""


@dataclass(frozen=True)
class ProfileData:
    name: str = ""
    short_name: str = ""
    department: str = ""
    address: str = ""
    logo: bytes | None = None
    logo_mime: str = ""
    certificate_number_pattern: str = "{year}-{seq:04d}"
    signatories: tuple[SignatoryData, ...] = ()
    version: int = 0  # as read (0: no profile saved yet); not written by update_profile


@dataclass(frozen=True)
class PersonRef:
    """A person as a programme prints them: name, position, organisation."""

    person_id: int
    surname: str
    given_name: str
    patronymic: str
    position: str
    degree: str
    organisation_name: str
    city: str

    @property
    def full_name(self) -> str:
        return names.full_name(self.surname, self.given_name, self.patronymic)


@dataclass(frozen=True)
class TalkRecord:
    id: int
    block_id: int | None
    position: int
    title: str
    kind: TalkKind
    duration_minutes: int
    pinned_start: dt.datetime | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    mode: Mode
    materials_url: str
    notes: str
    speakers: tuple[PersonRef, ...]
    version: int = 1


@dataclass(frozen=True)
class BlockRecord:
    id: int
    position: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    notes: str
    moderators: tuple[PersonRef, ...]
    talks: tuple[TalkRecord, ...]
    version: int = 1
