"""Plain records that describe a demo seminar; `desktop.services.demo` loads them through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.enums import (
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
class DemoOrganisation:
    full_name: str
    short_name: str = ""
    city: str = ""
    region: str = ""


@dataclass(frozen=True)
class DemoPerson:
    surname: str
    given_name: str
    patronymic: str = ""
    gender: Gender | None = None  # None: let the service infer it
    position: str = ""
    degree: str = ""
    organisation: DemoOrganisation | None = None
    city: str = ""
    email: str = ""
    phone: str = ""
    # hand-corrected dative forms per document language, e.g. {Language.RU: "Тауль Ольге Михайловне"}
    dative: dict[Language, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoTalk:
    title: str
    speakers: tuple[DemoPerson, ...] = ()
    kind: TalkKind = TalkKind.TALK
    minutes: int = 20
    mode: Mode = Mode.IN_PERSON
    materials_url: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DemoBlock:
    title: str
    starts_at: dt.datetime
    talks: tuple[DemoTalk, ...]
    moderators: tuple[DemoPerson, ...] = ()
    room: str = ""


@dataclass(frozen=True)
class DemoParticipant:
    person: DemoPerson
    role: Role = Role.PARTICIPANT
    mode: Mode = Mode.IN_PERSON
    attended: bool = True


@dataclass(frozen=True)
class DemoSeminar:
    uid: str  # fixed, so loading the demo twice finds the seminar and skips it
    title: str
    subtitle: str
    kind: SeminarKind
    format: EventFormat
    starts_at: dt.datetime
    ends_at: dt.datetime
    language: Language
    status: SeminarStatus
    organiser: DemoOrganisation
    organiser_department: str = ""
    venue_address: str = ""
    venue_room: str = ""
    stream_url: str = ""
    recording_url: str = ""
    registration_url: str = ""
    academic_hours: float | None = None
    audience: str = ""
    notes: str = ""
    partners: tuple[tuple[DemoOrganisation, PartnerRole], ...] = ()
    # talks outside any block (used when the programme has no blocks)
    talks: tuple[DemoTalk, ...] = ()
    blocks: tuple[DemoBlock, ...] = ()
    # everyone registered, speakers included (a speaker appears here with Role.SPEAKER)
    participants: tuple[DemoParticipant, ...] = ()
    resolution_preamble: str = ""
    resolution_items: tuple[tuple[ResolutionSection, str], ...] = ()
    resolution_adopted_on: dt.date | None = None
