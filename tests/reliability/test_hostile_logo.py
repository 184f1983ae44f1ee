"""A hostile or huge logo is refused at Settings with one sentence, and one already stored (by an older
version, or damaged since) never stops a document: the papers are made without it."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

import pytest
from PIL import Image
from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.documents.preparation import LOGO_LEFT_OUT
from desktop.documents.registry import Format, prepare, render
from desktop.domain.errors import ValidationError
from desktop.domain.records import ProfileData
from desktop.services import participants, profile
from desktop.storage.models import OrganisationProfile
from tests.conftest import add_person


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 30, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb(side: int = 20_000) -> bytes:
    """A PNG of side×side one-bit pixels: some 50 KB on disk, 400 megapixels once decoded."""
    row = b"\x00" + bytes(side // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def cut(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real JPEG whose frame header was rewritten to claim another size."""
    data = bytearray(jpeg(16, 16))
    frame = data.index(b"\xff\xc0")
    data[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(data)


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "text-with-a-png-header": (lambda: b"\x89PNG\r\n\x1a\n" + b"not a picture at all" * 50, "not a whole PNG or JPEG"),
    "cut-short-png": (lambda: cut(png(300, 200)), "not a whole PNG or JPEG"),
    "cut-short-jpeg": (lambda: cut(jpeg(300, 200)), "not a whole PNG or JPEG"),
    "decompression-bomb": (bomb, "20000×20000 pixels"),
    "huge-jpeg-header": (lambda: jpeg_claiming(20_000, 20_000), "20000×20000 pixels"),
    "zero-sized": (lambda: jpeg_claiming(0, 10), "not a whole PNG or JPEG"),
    "thirty-megabytes": (lambda: png(10, 10) + bytes(30 * 1024 * 1024), "larger than 5 MB"),
    "svg": (lambda: b'<svg xmlns="http://www.w3.org/2000/svg"/>', "must be a PNG or JPEG"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_logo_is_refused_with_one_sentence_and_the_profile_is_kept(session: Session, kind: str) -> None:
    good = png(400, 200)
    profile.update_profile(session, ProfileData(name="ЦБС", logo=good))
    make, said = HOSTILE[kind]
    with pytest.raises(ValidationError) as refused:
        profile.update_profile(session, ProfileData(name="ЦБС", logo=make()))
    assert refused.value.field == "logo" and said in str(refused.value) and "\n" not in str(refused.value)
    assert profile.get_profile(session).logo == good


def with_a_participant(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Иванова", "Анна", "Петровна")
    participants.register(session, seminar_id, person, attended=True)


def test_a_sound_logo_is_accepted_and_printed(session: Session, seminar_id: int) -> None:
    profile.update_profile(session, ProfileData(name="ЦБС", logo=jpeg(800, 400)))
    with_a_participant(session, seminar_id)
    prepared = prepare(session, "certificates", seminar_id)
    assert b"/Subtype /Image" in render(prepared.spec, Format.PDF)
    assert LOGO_LEFT_OUT not in prepared.warnings


@pytest.mark.parametrize("kind", ["text-with-a-png-header", "cut-short-png", "decompression-bomb", "huge-jpeg-header"])
def test_a_stored_hostile_logo_never_stops_a_document(session: Session, seminar_id: int, kind: str) -> None:
    profile.update_profile(session, ProfileData(name="ЦБС"))
    session.execute(update(OrganisationProfile).values(logo=HOSTILE[kind][0](), logo_mime="image/png"))
    with_a_participant(session, seminar_id)
    for identifier in ("certificates", "programme", "badges"):
        prepared = prepare(session, identifier, seminar_id)
        pdf = render(prepared.spec, Format.PDF)
        docx = render(prepared.spec, Format.DOCX)
        assert pdf.startswith(b"%PDF") and b"/Subtype /Image" not in pdf, identifier
        assert docx.startswith(b"PK") and b"word/media/" not in docx, identifier
        assert LOGO_LEFT_OUT in prepared.warnings, identifier  # the user is told why the logo is missing
