"""Our organisation's profile: defaults, signatories, logo, certificate number pattern."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.records import ProfileData, SignatoryData
from desktop.services import profile
from desktop.storage.database import Database
from desktop.storage.models import DEFAULT_NUMBER_PATTERN, OrganisationProfile, Signatory


def _png() -> bytes:
    """A real 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _jpeg() -> bytes:
    """A real 1×1 JPEG image (a logo must decode whole, not merely start like a JPEG)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (1, 1), 128).save(buffer, "JPEG")
    return buffer.getvalue()


JPEG = _jpeg()

GAIDAR = ProfileData(
    name="  КГБУ «Краевая детская библиотека им. А. Гайдара» ",
    short_name="КДБ",
    department="Научно-методический отдел",
    address="614000, г. Пермь, ул. Ленина, 52",
    certificate_number_pattern="КДБ/{year}/{seq:03d}",
    signatories=(
        SignatoryData("Т. М. Вірьовка", "Директор"),
        SignatoryData("  И. А. Белова ", "Заведующая научно-методическим отделом"),
        SignatoryData("О. В. Кузнецова"),
    ),
)


def test_defaults_when_empty(session: Session) -> None:
    record = profile.get_profile(session)
    assert record == ProfileData()
    assert record.certificate_number_pattern == DEFAULT_NUMBER_PATTERN == "{year}-{seq:04d}"
    assert record.signatories == ()
    assert record.logo is None
    assert profile.number_pattern(session) == "{year}-{seq:04d}"
    assert session.scalar(select(func.count()).select_from(OrganisationProfile)) == 0


def test_update_and_read_back(session: Session) -> None:
    profile.update_profile(session, GAIDAR)
    record = profile.get_profile(session)
    assert record.name == "КГБУ «Краевая детская библиотека им. А. Гайдара»"
    assert (record.short_name, record.department, record.address) == (
        "КДБ",
        "Научно-методический отдел",
        "614000, г. Пермь, ул. Ленина, 52",
    )
    assert record.certificate_number_pattern == "КДБ/{year}/{seq:03d}"
    assert profile.number_pattern(session) == "КДБ/{year}/{seq:03d}"
    assert record.signatories == (
        SignatoryData("Т. М. Вірьовка", "Директор"),
        SignatoryData("И. А. Белова", "Заведующая научно-методическим отделом"),
        SignatoryData("О. В. Кузнецова", ""),
    )


def test_update_replaces_the_signatories(db: Database) -> None:
    with db.transaction() as session:
        profile.update_profile(session, GAIDAR)
    with db.transaction() as session:
        profile.update_profile(
            session,
            ProfileData(
                name="КДБ", signatories=(SignatoryData("О. В. Кузнецова", "И. о. директора"), SignatoryData(" "))
            ),
        )
    with db.transaction() as session:
        record = profile.get_profile(session)
        assert record.signatories == (SignatoryData("О. В. Кузнецова", "И. о. директора"),)
        assert record.certificate_number_pattern == DEFAULT_NUMBER_PATTERN
        assert session.scalar(select(func.count()).select_from(Signatory)) == 1
        assert session.scalar(select(func.count()).select_from(OrganisationProfile)) == 1
        positions = session.scalars(select(Signatory.position)).all()
        assert positions == [0]


def test_four_signatories_are_too_many(session: Session) -> None:
    four = tuple(
        SignatoryData(name) for name in ("Т. М. Вірьовка", "И. А. Белова", "О. В. Кузнецова", "П. И. Соловьёв")
    )
    with pytest.raises(ValidationError) as caught:
        profile.update_profile(session, ProfileData(name="КДБ", signatories=four))
    assert caught.value.field == "signatories"
    assert "3" in str(caught.value)
    assert profile.get_profile(session) == ProfileData()
    # blank lines do not count
    three_and_blanks = (*four[:3], SignatoryData("   "), SignatoryData(""))
    profile.update_profile(session, ProfileData(name="КДБ", signatories=three_and_blanks))
    assert [s.name for s in profile.get_profile(session).signatories] == list(
        ("Т. М. Вірьовка", "И. А. Белова", "О. В. Кузнецова")
    )


def test_png_and_jpeg_logos_are_accepted(session: Session) -> None:
    png = _png()
    profile.update_profile(session, ProfileData(name="КДБ", logo=png))
    record = profile.get_profile(session)
    assert (record.logo, record.logo_mime) == (png, "image/png")
    profile.update_profile(session, ProfileData(name="КДБ", logo=JPEG))
    assert profile.get_profile(session).logo_mime == "image/jpeg"
    profile.update_profile(session, ProfileData(name="КДБ"))
    record = profile.get_profile(session)
    assert (record.logo, record.logo_mime) == (None, "")


@pytest.mark.parametrize(
    "logo",
    [
        "Логотип КДБ\n".encode(),
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"GIF89a\x01\x00\x01\x00",
        b"\x89PNG",  # a PNG cut short
    ],
)
def test_a_logo_that_is_not_png_or_jpeg_is_rejected(session: Session, logo: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        profile.update_profile(session, ProfileData(name="КДБ", logo=logo))
    assert caught.value.field == "logo"
    assert "PNG" in str(caught.value)
    assert profile.get_profile(session).logo is None


def test_a_logo_over_5_mb_is_rejected(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        profile.update_profile(session, ProfileData(logo=_png() + b"\x00" * (5 * 1024 * 1024)))
    assert caught.value.field == "logo"
    assert "5 MB" in str(caught.value)


@pytest.mark.parametrize("pattern", ["{year}", "{year}-{foo}-{seq}", "{year}-{seq", "", "{seq:q}"])
def test_the_pattern_is_validated(session: Session, pattern: str) -> None:
    with pytest.raises(ValidationError) as caught:
        profile.update_profile(session, ProfileData(certificate_number_pattern=pattern))
    assert caught.value.field == "certificate_number_pattern"
    assert profile.number_pattern(session) == DEFAULT_NUMBER_PATTERN


def test_the_pattern_is_trimmed(session: Session) -> None:
    profile.update_profile(session, ProfileData(certificate_number_pattern="  {year}-{seq:05d} "))
    assert profile.get_profile(session).certificate_number_pattern == "{year}-{seq:05d}"


def test_a_rejected_update_changes_nothing(session: Session) -> None:
    profile.update_profile(session, GAIDAR)
    before = profile.get_profile(session)
    with pytest.raises(ValidationError):
        profile.update_profile(
            session, ProfileData(name="Другая библиотека", short_name="ДБ", certificate_number_pattern="{year}")
        )
    assert profile.get_profile(session) == before
