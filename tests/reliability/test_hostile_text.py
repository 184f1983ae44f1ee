"""Hostile text (Hypothesis): whatever a user types or pastes, every document kind is produced in PDF and DOCX,
opens, and carries the text; file names stay in their folder; spreadsheet cells never start a formula.

Each field of a seminar gets its own marker word followed by generated text: any Unicode (no surrogates),
control characters, 5,000-character runs, reportlab and XML markup, template braces, right-to-left marks and
emoji. The PDF is read back with pdftotext and the DOCX with python-docx. A marker must be in both files
wherever the kind prints that field, and the DOCX words must equal the words the builder meant to print
(the PDF's may differ by line-end hyphenation, so for the PDF the markers are checked).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from desktop.documents.registry import KINDS, Format, prepare, render
from desktop.documents.spec import text_of
from desktop.domain.enums import Mode, ResolutionSection, Role
from desktop.domain.records import (
    BlockData,
    OrganisationData,
    PersonData,
    ProfileData,
    SeminarData,
    SignatoryData,
    TalkData,
)
from desktop.services import organisations, participants, people, profile, programme, resolution, seminars
from desktop.storage.database import Database, open_database
from tests.documents.conftest import (
    convert_with_libreoffice,
    docx_text,
    needs_libreoffice,
    needs_poppler,
    pdf_text,
    words,
)

SNIPPETS = (
    "<b>",
    "</para>",
    "<para>",
    "&amp;",
    "&",
    "]]>",
    "<![CDATA[x]]>",
    "{{ user }}",
    "{% if %}",
    "{seq:04d}",
    "%s%d",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "שלום",
    "مرحبا",
    "👩🏽‍🔬",
    "🇺🇦",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x0c",
    "\u2028",
    "\ufeff",
    "Ґалаґан Мар’яна",
    "ё",
    "<font name='x' size='500'>",
    '<img src="x"/>',
    "\\",
)

any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
hostile = st.lists(st.one_of(st.sampled_from(SNIPPETS), any_text), min_size=1, max_size=6).map("".join)
long_text = st.sampled_from(("а", "ab ", "€", "🙂 ", "\u0301x")).map(lambda piece: (piece * 5000)[:5000])
field_text = hostile

SEMINAR_FIELDS = ("title", "subtitle", "venue_address", "venue_room", "organiser_department", "audience", "notes")
OTHER_FIELDS = (
    "organisation",
    "organisation_short",
    "city",
    "region",
    "surname",
    "given_name",
    "patronymic",
    "position",
    "degree",
    "block_title",
    "block_room",
    "talk_title",
    "talk_notes",
    "preamble",
    "noted",
    "recommendation",
    "profile_name",
    "department",
    "address",
    "signatory",
    "signatory_title",
)
FIELDS = SEMINAR_FIELDS + OTHER_FIELDS
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def marker(number: int) -> str:
    """A word no generated text can merge with: Latin letters and digits only, different for every field."""
    return f"Mk{chr(ord('a') + number // 10)}{chr(ord('a') + number % 10)}q"


MARKERS = {name: marker(number) for number, name in enumerate(FIELDS)}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("hostile") / "kafedra.sqlite3")
    yield database
    database.dispose()


def fill(session: Session, values: dict[str, str]) -> int:
    """A seminar with every printed field set to «marker + hostile text», held by our own organisation."""
    v = {name: f"{MARKERS[name]} {text}" for name, text in values.items()}
    organiser = organisations.find_or_create_organisation(
        session, OrganisationData(v["organisation"], v["organisation_short"], v["city"], v["region"])
    )
    profile.update_profile(
        session,
        ProfileData(
            name=v["profile_name"],
            department=v["department"],
            address=v["address"],
            signatories=(SignatoryData(v["signatory"], v["signatory_title"]),),
        ),
    )
    starts = dt.datetime(2026, 11, 24, 10, 0)
    seminar_id = seminars.create_seminar(
        session,
        SeminarData(
            title=v["title"],
            subtitle=v["subtitle"],
            starts_at=starts,
            ends_at=starts.replace(hour=17),
            venue_address=v["venue_address"],
            venue_room=v["venue_room"],
            organiser_id=organiser,
            organiser_department=v["organiser_department"],
            audience=v["audience"],
            notes=v["notes"],
            academic_hours=2,
        ),
    )
    person = people.add_person(
        session,
        PersonData(
            v["surname"],
            v["given_name"],
            v["patronymic"],
            position=v["position"],
            degree=v["degree"],
            organisation_id=organiser,
        ),
    )
    block = programme.add_block(session, seminar_id, BlockData(v["block_title"], starts, room=v["block_room"]))
    programme.add_talk(
        session, seminar_id, TalkData(v["talk_title"], 30, speaker_ids=(person,), notes=v["talk_notes"]), block
    )
    participants.register(session, seminar_id, person, Role.SPEAKER, Mode.IN_PERSON, attended=True)
    resolution.set_preamble(session, seminar_id, v["preamble"], dt.date(2026, 11, 24))
    resolution.add_item(session, seminar_id, ResolutionSection.NOTED, v["noted"])
    resolution.add_item(session, seminar_id, ResolutionSection.RECOMMENDATION, v["recommendation"])
    return seminar_id


def flat(text: str) -> str:
    """Text as compared: no control characters, NFC, one space between words, no lines to sign on."""
    text = unicodedata.normalize("NFC", CONTROL.sub("", text)).replace("\u00ad", "")
    return " ".join(word for word in text.replace("\u00a0", " ").split() if set(word) != {"_"})


def printed_markers(spec_text: str) -> set[str]:
    return {m for m in MARKERS.values() if m in spec_text}


@needs_poppler
@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(
    values=st.fixed_dictionaries({name: field_text for name in FIELDS}),
    long_field=st.one_of(st.none(), st.sampled_from(FIELDS)),
    long=long_text,
)
def test_every_kind_in_both_formats_is_made_and_carries_hostile_text(
    db: Database, values: dict[str, str], long_field: str | None, long: str
) -> None:
    """Short hostile text in every field, and in one field (or none) a 5,000-character run."""
    if long_field is not None:
        values = {**values, long_field: values[long_field] + long}
    check_every_kind(db, values)


def test_every_field_5000_characters_long_at_once(db: Database) -> None:
    """The worst case in one go: every field a 5,000-character run with spaces, and with none."""
    check_every_kind(db, dict.fromkeys(FIELDS, ("ab " * 2500)[:5000]))
    check_every_kind(db, dict.fromkeys(FIELDS, "ё" * 5000))


def check_every_kind(db: Database, values: dict[str, str]) -> None:
    with db.sessions() as session, session.begin():
        seminar_id = fill(session, values)
        for kind in KINDS:
            prepared = prepare(session, kind.identifier, seminar_id)
            meant = flat(" ".join(text_of(prepared.spec)))
            shown = printed_markers(meant)
            assert MARKERS["title"] in shown or kind.identifier == "badges", kind.identifier
            pdf = render(prepared.spec, Format.PDF)
            docx = render(prepared.spec, Format.DOCX)
            pdf_words = flat(pdf_text(pdf))
            docx_words = flat(docx_text(docx))
            assert printed_markers(pdf_words) == shown, kind.identifier
            assert docx_words.split() == words(meant), kind.identifier
            assert not CONTROL.search(docx_text(docx)), kind.identifier
        session.rollback()


def test_the_markers_are_checked_against_real_user_text(db: Database) -> None:
    """Without hostile parts: the whole of each short field is in the programme and the resolution, as typed."""
    typed = "Текст поля: <b>разметка</b> & <para> ]]> {{ шаблон }} {% if %} 👩🏽‍🔬 שלום \u200f"
    values = dict.fromkeys(FIELDS, typed)
    with db.sessions() as session, session.begin():
        seminar_id = fill(session, values)
        programme_docx = flat(docx_text(render(prepare(session, "programme", seminar_id).spec, Format.DOCX)))
        resolution_docx = flat(docx_text(render(prepare(session, "resolution", seminar_id).spec, Format.DOCX)))
        session.rollback()
    typed = flat(typed)
    for name in ("title", "talk_title", "block_title", "surname"):
        assert f"{MARKERS[name]} {typed}" in programme_docx, name
    for name in ("noted", "recommendation"):
        assert f"{MARKERS[name]} {typed}" in resolution_docx, name


@needs_libreoffice
@needs_poppler
def test_libreoffice_opens_the_hostile_docx_files(db: Database, tmp_path: Path) -> None:
    """A few examples only (LibreOffice takes seconds to start): what Word users will open."""
    values = dict.fromkeys(FIELDS, "".join(SNIPPETS))
    with db.sessions() as session, session.begin():
        seminar_id = fill(session, values)
        files = []
        for kind in ("programme", "certificates", "resolution"):
            path = tmp_path / f"{kind}.docx"
            path.write_bytes(render(prepare(session, kind, seminar_id).spec, Format.DOCX))
            files.append(path)
        session.rollback()
    out = tmp_path / "pdf"
    convert_with_libreoffice(files, out, tmp_path / "profile")
    for path in files:
        converted = out / f"{path.stem}.pdf"
        assert converted.exists(), path.name
        assert MARKERS["title"] in pdf_text(converted.read_bytes()), path.name
