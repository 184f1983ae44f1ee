"""The closed vocabularies of Kafedra.

Values are stable English identifiers: they are stored in the database and written to the JSON
exchange format, so renaming one is a schema change.
"""

from __future__ import annotations

from enum import StrEnum


class SeminarKind(StrEnum):
    SEMINAR = "seminar"
    CONFERENCE = "conference"
    WEBINAR = "webinar"
    ROUND_TABLE = "round_table"
    MASTER_CLASS = "master_class"
    TRAINING = "training"
    OTHER = "other"


class EventFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class SeminarStatus(StrEnum):
    PLANNED = "planned"
    REGISTRATION_OPEN = "registration_open"
    HELD = "held"
    ARCHIVED = "archived"


class Language(StrEnum):
    RU = "ru"
    UK = "uk"
    EN = "en"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class TalkKind(StrEnum):
    TALK = "talk"
    KEYNOTE = "keynote"
    DISCUSSION = "discussion"
    OPENING = "opening"
    CLOSING = "closing"
    BREAK = "break"
    LUNCH = "lunch"

    @property
    def is_pause(self) -> bool:
        """Breaks and lunch have no speakers and are not «talks heard» in a resolution."""
        return self in (TalkKind.BREAK, TalkKind.LUNCH)


class Mode(StrEnum):
    """How one person takes part: in the room or over the link."""

    IN_PERSON = "in_person"
    ONLINE = "online"


class Role(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    ORGANISER = "organiser"
    GUEST = "guest"


class PartnerRole(StrEnum):
    CO_ORGANISER = "co_organiser"
    PARTNER = "partner"


class CertificateKind(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"


class ResolutionSection(StrEnum):
    NOTED = "noted"
    RECOMMENDATION = "recommendation"
