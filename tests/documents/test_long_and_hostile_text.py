"""Data a user can really type: a 5,000-word field, a 3,000-character title, a name with markup in it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.documents.registry import Format, prepare, render
from desktop.documents.spec import text_of
from desktop.domain.enums import Mode, ResolutionSection, Role
from desktop.domain.records import OrganisationData, PersonData, SeminarData, TalkData
from desktop.services import organisations, participants, people, programme, resolution, seminars
from tests.documents.conftest import docx_text, needs_poppler, pdf_pages, pdf_text, words

HOSTILE_SURNAME = 'Иванова<img src="/etc/passwd"/>&amp;'
LONG_TITLE = ("Очень длинное название доклада о библиотеках " * 80)[:3000].strip()
LONG_FIELD = " ".join(f"слово{n % 89}" for n in range(5000))


def _seminar(session: Session) -> int:
    organiser = organisations.find_or_create_organisation(
        session, OrganisationData("МБУК «ЦБС г. Тест» <script>", "ЦБС", "Тест", "Тестовая область")
    )
    seminar_id = seminars.create_seminar(
        session,
        SeminarData(
            title="Семинар & <b>разметка</b>",
            starts_at=dt.datetime(2026, 11, 24, 10, 0),
            ends_at=dt.datetime(2026, 11, 24, 17, 0),
            organiser_id=organiser,
            audience=LONG_FIELD,
            academic_hours=1.5,
        ),
    )
    speaker = people.add_person(
        session, PersonData(HOSTILE_SURNAME, "Анна", "Петровна", position="методист", organisation_id=organiser)
    )
    long_name = people.add_person(session, PersonData("Очень" * 60, "Длинное", "Имяевна"))
    programme.add_talk(session, seminar_id, TalkData(LONG_TITLE, 30, speaker_ids=(speaker,)))
    programme.add_talk(session, seminar_id, TalkData("Короткий доклад", 20, speaker_ids=(long_name,)))
    for person in (speaker, long_name):
        participants.register(session, seminar_id, person, Role.SPEAKER, Mode.IN_PERSON, attended=True)
    resolution.add_item(session, seminar_id, ResolutionSection.RECOMMENDATION, LONG_FIELD)
    return seminar_id


@needs_poppler
def test_programme_with_a_5000_word_field_and_a_3000_character_title(session: Session) -> None:
    seminar_id = _seminar(session)
    prepared = prepare(session, "programme", seminar_id)
    pdf = render(prepared.spec, Format.PDF)
    assert pdf_pages(pdf) >= 5
    text = words(pdf_text(pdf))
    assert text.count("слово88") == 5000 // 89  # the whole field, wrapped across pages
    assert "доклада" in text
    assert words(docx_text(render(prepared.spec, Format.DOCX))) == words("\n".join(text_of(prepared.spec)))


@needs_poppler
def test_resolution_with_a_5000_word_recommendation(session: Session) -> None:
    prepared = prepare(session, "resolution", _seminar(session))
    pdf = render(prepared.spec, Format.PDF)
    assert pdf_pages(pdf) >= 5 and words(pdf_text(pdf)).count("слово88") == 5000 // 89


@needs_poppler
def test_hostile_and_overlong_names_on_every_kind(session: Session) -> None:
    seminar_id = _seminar(session)
    for kind in ("programme", "certificates", "speaker-certificates", "attendance", "badges", "resolution"):
        prepared = prepare(session, kind, seminar_id)
        pdf = render(prepared.spec, Format.PDF)
        assert b"/Subtype /Image" not in pdf, kind  # <img> was not obeyed
        joined = " ".join(words(pdf_text(pdf)))
        assert "<img" in joined and "&amp;" in joined, kind
        assert "<img" in docx_text(render(prepared.spec, Format.DOCX)), kind
    certificates = prepare(session, "certificates", seminar_id)
    # the overlong name is cut on its certificate with a visible «…», and the run says so
    assert any("name was too long" in w and "ОченьОчень" in w for w in certificates.warnings)
    assert any("…" in line for line in text_of(certificates.parts[-1].spec) + text_of(certificates.parts[0].spec))
    assert pdf_pages(render(certificates.spec, Format.PDF)) == 2
    assert "1,5\u00a0академического часа" in " ".join(text_of(certificates.spec))
