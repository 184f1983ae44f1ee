"""All ORM models; importing this package registers every table on `Base.metadata`."""

from desktop.storage.models.base import Base
from desktop.storage.models.directory import Organisation, Person, PersonNameForm
from desktop.storage.models.participation import Certificate, CertificateCounter, Participation
from desktop.storage.models.profile import DEFAULT_NUMBER_PATTERN, OrganisationProfile, Signatory
from desktop.storage.models.resolution import Resolution, ResolutionItem
from desktop.storage.models.seminar import Block, BlockModerator, Seminar, SeminarPartner, Talk, TalkSpeaker

__all__ = [
    "DEFAULT_NUMBER_PATTERN",
    "Base",
    "Block",
    "BlockModerator",
    "Certificate",
    "CertificateCounter",
    "Organisation",
    "OrganisationProfile",
    "Participation",
    "Person",
    "PersonNameForm",
    "Resolution",
    "ResolutionItem",
    "Seminar",
    "SeminarPartner",
    "Signatory",
    "Talk",
    "TalkSpeaker",
]
