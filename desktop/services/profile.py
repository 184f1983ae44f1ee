"""Our organisation's profile: the organiser printed on programmes, signatories on certificates."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.documents.images import UnusableImageError, check_picture
from desktop.domain.errors import ValidationError
from desktop.domain.numbering import check_pattern
from desktop.domain.records import ProfileData, SignatoryData
from desktop.services._common import check_version, clean, touch
from desktop.storage.models import DEFAULT_NUMBER_PATTERN, OrganisationProfile, Signatory

PROFILE_ID = 1
MAX_SIGNATORIES = 3
MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def _row(session: Session) -> OrganisationProfile | None:
    return session.get(OrganisationProfile, PROFILE_ID)


def get_profile(session: Session) -> ProfileData:
    row = _row(session)
    if row is None:
        return ProfileData()
    return ProfileData(
        name=row.name,
        short_name=row.short_name,
        department=row.department,
        address=row.address,
        logo=row.logo,
        logo_mime=row.logo_mime,
        certificate_number_pattern=row.certificate_number_pattern,
        signatories=tuple(SignatoryData(s.name, s.title) for s in row.signatories),
        version=row.version,
    )


def number_pattern(session: Session) -> str:
    row = _row(session)
    return row.certificate_number_pattern if row is not None else DEFAULT_NUMBER_PATTERN


def logo_mime(logo: bytes) -> str:
    """PNG or JPEG, told by content, not by the file's name."""
    for magic, mime in LOGO_TYPES.items():
        if logo.startswith(magic):
            return mime
    raise ValidationError("the logo must be a PNG or JPEG image", "logo")


def check_logo(logo: bytes) -> str:
    """The logo's MIME type, once it is known to be a whole PNG or JPEG of a printable size."""
    if len(logo) > MAX_LOGO_BYTES:
        raise ValidationError("the logo is larger than 5 MB; use a smaller image", "logo")
    mime = logo_mime(logo)
    try:
        check_picture(logo)
    except UnusableImageError as exc:
        raise ValidationError(str(exc), "logo") from exc
    return mime


def update_profile(session: Session, data: ProfileData, expected_version: int | None = None) -> None:
    """Replace the profile; with `expected_version` (`data.version` as read), refuse another's newer change."""
    pattern = check_pattern(data.certificate_number_pattern)
    signatories = [s for s in data.signatories if clean(s.name)]
    if len(signatories) > MAX_SIGNATORIES:
        raise ValidationError(f"at most {MAX_SIGNATORIES} signatories", "signatories")
    mime = ""
    if data.logo:
        if len(data.logo) > MAX_LOGO_BYTES:
            raise ValidationError("the logo is larger than 5 MB; use a smaller image", "logo")
        mime = check_logo(data.logo)
    row = _row(session)
    if row is None:
        row = OrganisationProfile(id=PROFILE_ID)
        session.add(row)
    else:
        check_version(session, row, expected_version, "The organisation profile")
        touch(row)  # its signatories count as part of it: a change of them alone is a change too
    row.name, row.short_name = clean(data.name), clean(data.short_name)
    row.department, row.address = clean(data.department), clean(data.address)
    row.logo, row.logo_mime = data.logo or None, mime
    row.certificate_number_pattern = pattern
    row.signatories.clear()
    session.flush()
    for signatory in signatories:
        row.signatories.append(Signatory(name=clean(signatory.name), title=clean(signatory.title)))
    session.flush()
