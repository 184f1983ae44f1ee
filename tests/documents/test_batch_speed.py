"""What makes a batch of certificates fast must not change what is printed.

The PDF of a batch draws the parts every certificate shares once (a form each page refers to); pages must
look exactly like the same certificate printed alone. Short lines are measured in one go; the result must be
the word-by-word one. The people of a seminar are read in batches; each must still get their own record.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.documents import data, fitting
from desktop.documents.declension import dative
from desktop.documents.prepared import ExportOptions
from desktop.documents.registry import prepare
from desktop.documents.render import docx_styles
from desktop.documents.render.docx_writer import render_docx
from desktop.documents.render.pdf import render_pdf
from desktop.documents.spec import (
    Align,
    DocumentSpec,
    Family,
    FixedPage,
    Metadata,
    Orientation,
    PageSetup,
    Paragraph,
    Run,
    Signatory,
    Signatures,
    Spacer,
    TextStyle,
)
from desktop.domain.enums import Gender, Language
from desktop.services import organisations, participants, people
from tests.documents.conftest import docx_text, needs_poppler, pdf_pages, pdf_text

PAGE = PageSetup(orientation=Orientation.LANDSCAPE, margins=(18.0, 22.0, 16.0, 22.0), border=True)
CENTRED = TextStyle(size=14, align=Align.CENTER)


def _batch(names: list[str]) -> tuple[DocumentSpec, list[DocumentSpec]]:
    """Certificates sharing their heading, title and signatures (the same objects, as the builder makes them);
    a long name takes two lines and moves everything under it down."""
    heading = Paragraph((Run("СЕРТИФИКАТ"),), CENTRED.but(size=40, bold=True, color="6b3a1f"))
    title = Paragraph((Run("«Краеведческая библиография в цифровой среде»"),), CENTRED.but(bold=True))
    signatures = Signatures((Signatory("Директор", "А.П. Ключевский-Обухов"),), True, CENTRED.but(size=11))
    gap = Spacer(4)
    pages = []
    for n, name in enumerate(names, start=1):
        name_line = Paragraph((Run(name),), CENTRED.but(size=28, bold=True))
        number = Paragraph((Run(f"Регистрационный № 2026-{n:04d}"),), CENTRED.but(size=9, color="777777"))
        pages.append(FixedPage((Spacer(20), heading, name_line, gap, title, Spacer(30), signatures, number)))
    meta = Metadata("Сертификаты")
    return DocumentSpec(meta, tuple(pages), PAGE), [DocumentSpec(meta, (page,), PAGE) for page in pages]


def _page_images(pdf: bytes) -> list[bytes]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "in.pdf")
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(source), f"{folder}/page"], check=True)
        return [image.read_bytes() for image in sorted(Path(folder).glob("page*.png"))]


@needs_poppler
def test_a_batch_looks_exactly_like_its_certificates_printed_one_by_one() -> None:
    long_name = "Константинопольской-Крестовоздвиженской Александре-Антуанетте Вольдемаровне фон Шлиппенбах"
    names = ["Абрамкиной Елене Ивановне", long_name, "Черных Анне Петровне", "Тауль Ирине Олеговне"]
    batch, alone = _batch(names)
    pdf = render_pdf(batch)
    assert pdf.count(b"/Subtype /Form") >= 1  # the shared parts went into forms
    assert pdf_pages(pdf) == len(names)
    batch_images = _page_images(pdf)
    for n, single in enumerate(alone):
        single_pdf = render_pdf(single)
        assert b"/Subtype /Form" not in single_pdf  # nothing repeats in a one-page file
        assert batch_images[n] == _page_images(single_pdf)[0], f"page {n + 1} differs from its certificate alone"
    for n, name in enumerate(names, start=1):
        text = " ".join(pdf_text(_page(pdf, n)).split())
        assert "СЕРТИФИКАТ" in text and "Ключевский-Обухов" in text and f"№ 2026-{n:04d}" in text
        assert " ".join(name.split()[:2]) in text


def _page(pdf: bytes, number: int) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder, "in.pdf"), Path(folder, "page.pdf")
        source.write_bytes(pdf)
        subprocess.run(["pdfseparate", "-f", str(number), "-l", str(number), str(source), str(target)], check=True)
        return target.read_bytes()


@pytest.mark.parametrize(
    "text",
    [
        "Регистрационный № 2026-0001 от 25 ноября 2026 года",
        "Т.М.\u00a0Вірьовка",
        "СЕРТИФИКАТ",
        "Абрамкиной Елене Ивановне",
        "a  doubled space",
        " outer spaces ",
        "two\nlines",
        "«Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества» — и ещё много слов после",
    ],
)
@pytest.mark.parametrize("bold", [False, True])
def test_a_short_line_measured_in_one_go_is_the_word_by_word_line(text: str, bold: bool) -> None:
    paragraph = Paragraph((Run(text),), TextStyle(family=Family.SERIF, size=12, bold=bold))
    for width in (150.0, 700.0):
        quick, slow = fitting.break_lines(paragraph, width), fitting._word_by_word(paragraph, width)
        assert [[f.text for f in line.fragments] for line in quick] == [
            [f.text for f in line.fragments] for line in slow
        ]
        assert [line.width for line in quick] == pytest.approx([line.width for line in slow], abs=1e-9)


def test_runs_are_still_separate_words() -> None:
    paragraph = Paragraph((Run("Кравець"), Run("Ірині", bold=False)), TextStyle())
    (line,) = fitting.break_lines(paragraph, 500)
    assert "".join(f.text for f in line.fragments) == "Кравець Ірині"


def test_heights_are_cached_by_the_block_itself() -> None:
    """Blocks made and dropped one after another may share an id; each must still get its own height."""
    heights = fitting.HeightCache(500.0)
    style = TextStyle(size=12)
    for text in ["Директор", "Директор\nнаучной библиотеки\nим. И. А. Ветлугина", "Заведующая отделом"] * 20:
        block = Paragraph((Run(text),), style)
        assert heights(block) == fitting.block_height(block, 500.0)
        del block


def test_participants_read_in_batches_get_their_own_records(demo: Session, demo_ids: dict[str, int]) -> None:
    found = data.seminar_participants(demo, demo_ids["conference"])
    assert len(found) > 100
    registrations = {r.id: r for r in participants.list_participants(demo, demo_ids["conference"])}
    assert sorted(registrations) == sorted(p.participation.id for p in found)
    for participant in found:
        assert participant.participation == registrations[participant.participation.id]
        person = participant.person
        assert person == people.get_person(demo, person.id)
        expected = (
            None if person.organisation_id is None else organisations.get_organisation(demo, person.organisation_id)
        )
        assert participant.organisation == expected
    assert len({p.person.id for p in found}) == len(found)
    assert any(p.organisation is not None for p in found)


# --- declension is cached per word: what repeats (Елена, Ивановна) is declined once -------------------------


def test_people_sharing_a_given_name_keep_their_own_surnames() -> None:
    female, male = Gender.FEMALE, Gender.MALE
    ru = [
        (("Петрова-Водкина", "Анна", "Ивановна", female), "Петровой-Водкиной Анне Ивановне"),
        (("Черных", "Анна", "Ивановна", female), "Черных Анне Ивановне"),
        (("Иванов", "Пётр", "Иванович", Gender.UNKNOWN), "Иванову Петру Ивановичу"),
        (("Иванова", "Анна", "Ивановна", female), "Ивановой Анне Ивановне"),
        (("Королёв", "Пётр", "Фёдорович", male), "Королёву Петру Фёдоровичу"),
    ]
    uk = [
        (("Шевченко", "Олена", "Петрівна", female), "Шевченко Олені Петрівні"),
        (("Шевченко", "Тарас", "Петрович", male), "Шевченку Тарасу Петровичу"),
        (("Вірьовка", "Олена", "Петрівна", female), "Вірьовці Олені Петрівні"),
        (("Стецька", "Олена", "Петрівна", female), "Стецькій Олені Петрівні"),
    ]
    for _ in range(2):  # the second time every word comes from the cache
        for (surname, given, patronymic, gender), expected in ru:
            assert dative(surname, given, patronymic, gender, Language.RU).text == expected
        for (surname, given, patronymic, gender), expected in uk:
            assert dative(surname, given, patronymic, gender, Language.UK).text == expected


def test_doubts_come_back_with_a_cached_name() -> None:
    first = dative("Рябенька", "Олена", "Петрівна", Gender.FEMALE, Language.UK)
    again = dative("Рябенька", "Олена", "Петрівна", Gender.FEMALE, Language.UK)
    assert first.doubts and again.doubts == first.doubts
    assert again.text == first.text


@needs_poppler
def test_a_changed_correction_is_printed(demo: Session, demo_ids: dict[str, int]) -> None:
    seminar_id = demo_ids["children"]
    options = ExportOptions(issue_numbers=False)
    person = next(p.person for p in data.seminar_participants(demo, seminar_id) if not p.person.dative)
    declined = dative(person.surname, person.given_name, person.patronymic, person.gender, Language.RU).text
    try:
        for corrected in ("Иной Форме Имени", "Совсем Другой Форме"):
            people.set_dative(demo, person.id, Language.RU, corrected)
            printed = pdf_text(render_pdf(prepare(demo, "certificates", seminar_id, options).spec))
            assert corrected in " ".join(printed.split())
        people.set_dative(demo, person.id, Language.RU, None)
        printed = " ".join(pdf_text(render_pdf(prepare(demo, "certificates", seminar_id, options).spec)).split())
        assert declined in printed and "Совсем Другой Форме" not in printed
    finally:
        people.set_dative(demo, person.id, Language.RU, None)


# --- DOCX styles are made once and copied into the next document --------------------------------------------


def _docx_part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


def test_copied_styles_are_the_styles_made_afresh() -> None:
    _, alone = _batch(["Абрамкиной Елене Ивановне", "Черных Анне Петровне"])
    docx_styles._made.clear()
    fresh = [render_docx(spec) for spec in alone]  # the second file copies the styles the first one made
    docx_styles._made.clear()
    second_alone = render_docx(alone[1])
    for part in ("word/styles.xml", "word/document.xml"):
        assert _docx_part(fresh[1], part) == _docx_part(second_alone, part)
    assert docx_text(fresh[1]).split("\n") == docx_text(second_alone).split("\n")


def test_a_style_name_used_for_another_look_is_not_confused() -> None:
    """«Kafedra 1» is whatever style a document needs first: 40 pt here, 9 pt there."""
    big = DocumentSpec(Metadata("a"), (Paragraph((Run("СЕРТИФИКАТ"),), TextStyle(size=40)),), PAGE)
    small = DocumentSpec(Metadata("b"), (Paragraph((Run("№ 2026-0001"),), TextStyle(size=9)),), PAGE)
    for spec, half_points in ((big, "80"), (small, "18"), (big, "80")):
        styles = _docx_part(render_docx(spec), "word/styles.xml").decode()
        kafedra = styles[styles.index('w:styleId="Kafedra1"') :]
        kafedra = kafedra[: kafedra.index("</w:style>")]
        assert f'<w:sz w:val="{half_points}"/>' in kafedra
