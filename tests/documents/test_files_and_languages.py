"""Safe file names, the registry, the resource helper, and documents in English."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desktop.documents.filenames import safe_stem, unique
from desktop.documents.registry import KINDS, Format, kind_named, prepare, render
from desktop.documents.spec import text_of
from desktop.domain.enums import Language, Mode, Role, SeminarKind
from desktop.domain.errors import ValidationError
from desktop.domain.records import PersonData, SeminarData, TalkData
from desktop.resources import resource_path
from desktop.services import participants, people, programme, seminars
from tests.documents.conftest import docx_text, needs_poppler, pdf_text, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-0001 Петрова-Водкина Мария Кузьминична", "2026-0001 Петрова-Водкина Мария Кузьминична"),
        ("Ґалаґан Мар’яна Сергіївна", "Ґалаґан Мар’яна Сергіївна"),
        ("../../etc/passwd", "etc passwd"),
        ("..\\..\\Windows\\system32", "Windows system32"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("«Маршруты: чтение?» <новое> | *", "Маршруты чтение новое"),
        ("...", "document"),
        ("\x00\x1f", "document"),
        ("а" * 300, "а" * 100),
    ],
)
def test_safe_file_names(text: str, expected: str) -> None:
    assert safe_stem(text) == expected


def test_colliding_names_are_numbered() -> None:
    assert unique(["Иванова Анна", "иванова анна", "Петров"]) == ["Иванова Анна", "иванова анна (2)", "Петров"]


def test_the_registry_lists_every_kind_once() -> None:
    identifiers = [kind.identifier for kind in KINDS]
    assert identifiers == ["programme", "certificates", "speaker-certificates", "resolution", "attendance", "badges"]
    assert all(set(kind.formats) == {Format.PDF, Format.DOCX} for kind in KINDS)
    assert all(set(kind.names) == set(Language) for kind in KINDS)
    with pytest.raises(ValidationError):
        kind_named("invoice")


def test_fonts_ship_with_their_licence() -> None:
    assert resource_path("fonts", "PTSerif-Regular.ttf").stat().st_size > 100_000
    assert "ParaType" in resource_path("fonts", "LICENSE-ParaType.txt").read_text(encoding="utf-8")


@needs_poppler
def test_an_english_seminar(session: Session) -> None:
    seminar_id = seminars.create_seminar(
        session,
        SeminarData(
            title='Reading "aloud" online',
            starts_at=dt.datetime(2026, 11, 24, 10, 0),
            ends_at=dt.datetime(2026, 11, 25, 16, 0),
            kind=SeminarKind.WEBINAR,
            language=Language.EN,
            academic_hours=2,
        ),
    )
    speaker, _ = people.find_or_create_person(session, PersonData("Вірьовка", "Тетяна", "Миколаївна"))
    programme.add_talk(session, seminar_id, TalkData("Podcasts for teenagers", 20, speaker_ids=(speaker,)))
    participants.register(session, seminar_id, speaker, Role.SPEAKER, Mode.ONLINE, attended=True)
    texts = {}
    for kind in ("programme", "certificates", "resolution", "attendance", "badges"):
        prepared = prepare(session, kind, seminar_id)
        texts[kind] = " ".join(text_of(prepared.spec))
        pdf = render(prepared.spec, Format.PDF)
        assert b"/Lang (en-GB)" in pdf
        assert words(docx_text(render(prepared.spec, Format.DOCX))) == words(texts[kind])
        assert "Вірьовка" in pdf_text(pdf)
    assert "PROGRAMME" in texts["programme"] and "24–25 November 2026" in texts["programme"]
    assert "“Reading ‘aloud’ online”" in texts["programme"]
    assert "is awarded to" in texts["certificates"] and "for giving the talk" in texts["certificates"]
    assert "Вірьовка Тетяна Миколаївна" in texts["certificates"]  # no dative in English
    assert "Volume: 2\u00a0academic hours" in texts["certificates"]
    assert "1\u00a0specialist took part in the webinar." in texts["resolution"]
    assert "Registered: 1\u00a0participant." in texts["attendance"]
    assert "SPEAKER" in texts["badges"]
