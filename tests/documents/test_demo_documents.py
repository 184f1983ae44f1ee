"""Every kind for every demo seminar, in both formats: the two renderers say the same, fonts are embedded,
pages are counted, the wording agrees with the people; and LibreOffice opens every DOCX."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.documents.prepared import ExportOptions, Prepared
from desktop.documents.registry import KINDS, Format, prepare, render, render_files
from desktop.documents.spec import CardSheet, FixedPage, Table, text_of
from desktop.services import certificates
from desktop.storage.database import Database
from tests.documents.conftest import (
    convert_with_libreoffice,
    docx_text,
    needs_libreoffice,
    needs_poppler,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    words,
)

SEMINARS = ("children", "conference", "webinar")
Made = dict[tuple[str, str], tuple[Prepared, bytes, bytes]]
KIND_IDS = tuple(kind.identifier for kind in KINDS)


@pytest.fixture(scope="module")
def made(demo_db: Database, demo_ids: dict[str, int]) -> Made:
    """(seminar, kind) → the prepared document, its PDF and its DOCX."""
    result = {}
    for seminar in SEMINARS:
        for kind in KIND_IDS:
            with demo_db.transaction() as session:
                prepared = prepare(session, kind, demo_ids[seminar])
            result[(seminar, kind)] = (prepared, render(prepared.spec, Format.PDF), render(prepared.spec, Format.DOCX))
    return result


def _normal(text_words: list[str]) -> Counter[str]:
    # a word a renderer broke after its hyphen comes back joined (pdftotext removes such hyphens)
    return Counter(w.replace("-", "").replace("\u2011", "") for w in text_words)


@needs_poppler
@pytest.mark.parametrize("seminar", SEMINARS)
@pytest.mark.parametrize("kind", KIND_IDS)
def test_pdf_and_docx_say_the_same(made: Made, seminar: str, kind: str) -> None:
    prepared, pdf, docx = made[(seminar, kind)]
    expected = _normal(words("\n".join(text_of(prepared.spec))))
    in_docx = _normal(words(docx_text(docx)))
    in_pdf = _normal(words(pdf_text(pdf)))
    assert in_docx == expected
    assert not expected - in_pdf, "the PDF lost words"
    # the PDF may add only page numbers and the table header it repeats on each page
    extra = in_pdf - expected
    allowed = {w for w in extra if w.isdigit()} | set(_header_of(prepared))
    assert set(extra) <= allowed, sorted(set(extra) - allowed)[:20]


def _header_of(prepared: Prepared) -> list[str]:
    found: list[str] = []
    for block in prepared.spec.body:
        if isinstance(block, Table):
            found += [w for row in block.header for cell in row.cells for p in cell.paragraphs for w in p.text.split()]
    return [w.replace("-", "") for w in found]


@needs_poppler
@pytest.mark.parametrize("seminar", SEMINARS)
@pytest.mark.parametrize("kind", KIND_IDS)
def test_every_font_is_embedded(made: Made, seminar: str, kind: str) -> None:
    fonts = pdf_fonts(made[(seminar, kind)][1])
    assert fonts and all(embedded for _, embedded in fonts)
    assert all(name.split("+")[-1].startswith(("PTSerif", "PTSans")) for name, _ in fonts)


@needs_poppler
@pytest.mark.parametrize("seminar", SEMINARS)
def test_page_counts(made: Made, seminar: str) -> None:
    certificates_made = made[(seminar, "certificates")]
    assert pdf_pages(certificates_made[1]) == len(certificates_made[0].parts) == len(certificates_made[0].spec.body)
    speakers = made[(seminar, "speaker-certificates")]
    assert pdf_pages(speakers[1]) == len(speakers[0].parts)
    badges = made[(seminar, "badges")]
    cards = sum(len(sheet.cards) for sheet in badges[0].spec.body if isinstance(sheet, CardSheet))
    assert pdf_pages(badges[1]) == math.ceil(cards / 8)
    assert pdf_pages(made[(seminar, "programme")][1]) >= 1


def test_conference_documents(made: Made) -> None:
    programme = "\n".join(text_of(made[("conference", "programme")][0].spec))
    assert "ПРОГРАММА" in programme and "10:00–10:20" in programme and "Пленарное заседание" in programme
    assert "«Краеведческая библиография региона: сводные ресурсы и их читатели»" in programme
    assert "онлайн" not in programme.split("Формат:")[1]  # every talk in the room: nothing marked online
    resolution = "\n".join(text_of(made[("conference", "resolution")][0].spec))
    # the preamble already says 143: the counts are not repeated
    assert resolution.count("143") == 1 and "РЕЗОЛЮЦИЯ" in resolution and "по итогам конференции" in resolution
    assert "16. «Методическая помощь муниципальным библиографам" in resolution.replace("\u2011", "-")
    attendance = made[("conference", "attendance")][0]
    assert "Всего зарегистрировано: 143\u00a0участника." in "\n".join(text_of(attendance.spec))


def test_children_seminar_documents(made: Made) -> None:
    programme = "\n".join(text_of(made[("children", "programme")][0].spec))
    assert "онлайн" in programme.split("Выступление", 1)[1]  # a hybrid seminar marks its online talks
    resolution = "\n".join(text_of(made[("children", "resolution")][0].spec))
    # the user's preamble gives no total, so the resolution states it, in the right plural
    assert "В работе семинара приняли участие 60\u00a0специалистов из 13\u00a0организаций." in resolution
    assert "Заслушано 12\u00a0выступлений." in resolution


def test_ukrainian_certificates(made: Made) -> None:
    prepared = made[("webinar", "certificates")][0]
    text = "\n".join(text_of(prepared.spec))
    assert text.count("СЕРТИФІКАТ") == 35 and text.count("видано") == 35
    assert "Шевченку Андрію Петровичу" in text  # the stored form wins
    assert "Ґалаґан Мар’яні Сергіївні" in text
    assert "Сергіїв Оксані Богданівні" in text
    assert "про те, що вона виступила з доповіддю" in text and "на семінарі" in text
    assert "Обсяг: 4\u00a0академічні години" in text


def test_verbs_agree_with_each_persons_gender(made: Made, demo: Session, demo_ids: dict[str, int]) -> None:
    from desktop.documents.data import seminar_participants
    from desktop.documents.declension import resolved_gender
    from desktop.domain.enums import Gender

    prepared = made[("conference", "certificates")][0]
    people = {p.person.full_name: p.person for p in seminar_participants(demo, demo_ids["conference"])}
    checked = set()
    for part in prepared.parts:
        page = part.spec.body[0]
        assert isinstance(page, FixedPage)
        text = " ".join(text_of(part.spec))
        name = part.stem.split(" ", 1)[1]
        person = people[name]
        gender = resolved_gender(person.gender, person.given_name, person.patronymic)
        if gender is Gender.FEMALE:
            assert "в том, что она" in text and ("приняла участие" in text or "выступила с доклад" in text)
        elif gender is Gender.MALE:
            assert "в том, что он " in text and ("принял участие" in text or "выступил с доклад" in text)
        checked.add(gender)
    assert checked >= {Gender.MALE, Gender.FEMALE}
    assert "выдан" in " ".join(text_of(prepared.spec))


def test_numbers_are_the_registered_ones_and_never_reissued(
    made: Made,
    demo_db: Database,
    demo_ids: dict[str, int],
) -> None:
    seminar_id = demo_ids["children"]
    with demo_db.transaction() as session:
        registered = {c.number for c in certificates.list_register(session, seminar_id=seminar_id)}
        again = prepare(session, "certificates", seminar_id)
        after = {c.number for c in certificates.list_register(session, seminar_id=seminar_id)}
    printed = {part.stem.split(" ", 1)[0] for part in again.parts}
    assert printed == registered == after  # the same numbers, none new
    first = {part.stem for part in made[("children", "certificates")][0].parts}
    assert first == {part.stem for part in again.parts}


def test_preview_issues_no_numbers(demo_db: Database, demo_ids: dict[str, int]) -> None:
    from desktop.domain.enums import Mode, Role
    from desktop.domain.records import PersonData
    from desktop.services import participants, people

    seminar_id = demo_ids["webinar"]
    with demo_db.transaction() as session:
        newcomer, _ = people.find_or_create_person(session, PersonData("Нова", "Учасниця", "Тестівна"))
        participants.register(session, seminar_id, newcomer, Role.PARTICIPANT, Mode.ONLINE, attended=True)
        before = len(certificates.list_register(session))
        preview = prepare(session, "certificates", seminar_id, ExportOptions(issue_numbers=False))
        assert len(certificates.list_register(session)) == before
        assert any(part.stem == "Нова Учасниця Тестівна" for part in preview.parts)  # printed without a number


@needs_poppler
def test_per_person_files_have_safe_unique_names(made: Made) -> None:
    prepared = made[("webinar", "speaker-certificates")][0]
    files = render_files("speaker-certificates", prepared, Format.PDF, per_person=True)
    assert len(files) == len(prepared.parts) == 8
    names = [f.name for f in files]
    assert len(set(names)) == len(names)
    assert any(name.endswith("Ґалаґан Мар’яна Сергіївна.pdf") for name in names)
    assert all("/" not in name and "\\" not in name and not name.startswith(".") for name in names)
    assert all(pdf_pages(f.data) == 1 for f in files)


@needs_libreoffice
@needs_poppler
def test_libreoffice_opens_every_docx_with_the_same_pages(made: Made, tmp_path: Path) -> None:
    files = []
    for (seminar, kind), (_, _, docx) in made.items():
        path = tmp_path / f"{seminar}-{kind}.docx"
        path.write_bytes(docx)
        files.append(path)
    convert_with_libreoffice(files, tmp_path / "out", tmp_path / "profile")
    for (seminar, kind), (_, pdf, _) in made.items():
        converted = (tmp_path / "out" / f"{seminar}-{kind}.pdf").read_bytes()
        ours, theirs = pdf_pages(pdf), pdf_pages(converted)
        if kind in ("certificates", "speaker-certificates", "badges"):
            assert theirs == ours, f"{seminar} {kind}: LibreOffice {theirs} pages, ours {ours}"
        else:  # flowing text: LibreOffice may break a page a few lines earlier or later
            assert abs(theirs - ours) <= max(1, ours // 10), f"{seminar} {kind}: {theirs} vs {ours}"
        assert re.search("[а-яіїєґ]", pdf_text(converted)), f"{seminar} {kind}: no Cyrillic after LibreOffice"
