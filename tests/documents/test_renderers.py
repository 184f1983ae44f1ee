"""The two renderers on hand-made specs: fonts, metadata, escaping, page setup, tables, huge text."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from desktop.documents.fitting import fit
from desktop.documents.render.docx_writer import render_docx
from desktop.documents.render.pdf import render_pdf
from desktop.documents.spec import (
    Align,
    Cell,
    DocumentSpec,
    Family,
    FixedPage,
    Metadata,
    Orientation,
    PageSetup,
    Paragraph,
    Row,
    Run,
    Signatory,
    Signatures,
    Table,
    TextStyle,
    text_of,
)
from desktop.domain.enums import Language
from tests.documents.conftest import docx_text, needs_poppler, pdf_fonts, pdf_pages, pdf_text, words

HOSTILE = 'Иванова <img src="/etc/passwd" width="100"/> & <b>Петрова</b> <font name="Helvetica">x</font>'
SAMPLE = "Вірьовка ґ є ї ’ «ёлочки» „лапки“ — № 7 Ёлкина Т.М.\u00a0Вірьовка"
BODY = TextStyle(size=11)
HEAD = TextStyle(family=Family.SANS, size=10, bold=True)


def _spec(*body: object, language: Language = Language.UK, page: PageSetup | None = None) -> DocumentSpec:
    return DocumentSpec(
        Metadata("Програма семінару", "Верхньобузька ОУНБ", "тест", language), tuple(body), page or PageSetup()
    )  # type: ignore[arg-type]


def _table(rows: int, text: str = "«Доповідь»") -> Table:
    head = Row((Cell((Paragraph((Run("Час"),), HEAD),)), Cell((Paragraph((Run("Виступ"),), HEAD),))))
    body = tuple(
        Row((Cell((Paragraph((Run("10:00–10:20"),), BODY),)), Cell((Paragraph((Run(f"{text} {n}"),), BODY),))))
        for n in range(rows)
    )
    return Table(widths=(30.0, 140.0), rows=body, header=(head,))


@needs_poppler
def test_pdf_embeds_every_font_it_names() -> None:
    spec = _spec(
        Paragraph((Run(SAMPLE), Run(" жирний", bold=True), Run(" курсив", italic=True)), BODY),
        _table(80),
        Signatures((Signatory("Директор", "Т.М.\u00a0Вірьовка"),)),
        page=PageSetup(page_numbers=True, border=True),
    )
    fonts = pdf_fonts(render_pdf(spec))
    assert fonts and all(embedded for _, embedded in fonts)
    assert not any("Helvetica" in name or "Times" in name for name, _ in fonts)
    assert {name.split("+")[-1] for name, _ in fonts} >= {"PTSerif-Regular", "PTSans-Bold", "PTSerif-Italic"}


@needs_poppler
def test_pdf_metadata_and_text() -> None:
    data = render_pdf(_spec(Paragraph((Run(SAMPLE),), BODY)))
    assert b"/Lang (uk-UA)" in data
    info = pdf_text(data)
    assert "Вірьовка ґ є ї ’ «ёлочки» „лапки“ — № 7" in info
    import subprocess

    meta = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True).stdout.decode()
    assert "Програма семінару" in meta and "Верхньобузька ОУНБ" in meta


@needs_poppler
@pytest.mark.parametrize("fixed", [False, True])
def test_hostile_text_is_printed_as_text(fixed: bool) -> None:
    paragraph = Paragraph((Run(HOSTILE),), BODY)
    body = FixedPage((paragraph,)) if fixed else paragraph
    data = render_pdf(_spec(body, _table(1, HOSTILE) if not fixed else FixedPage((paragraph,))))
    text = " ".join(words(pdf_text(data)))
    assert '<img src="/etc/passwd" width="100"/>' in text
    assert "<b>Петрова</b>" in text and "&" in text
    assert b"/Subtype /Image" not in data  # no picture was read from disk
    assert all("Helvetica" not in name for name, _ in pdf_fonts(data))


def test_docx_keeps_hostile_and_illegal_text() -> None:
    data = render_docx(_spec(Paragraph((Run(HOSTILE + "\x00\x0b"),), BODY)))
    assert HOSTILE in docx_text(data)


def _xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def test_docx_fonts_language_page_and_tables() -> None:
    spec = _spec(Paragraph((Run(SAMPLE),), BODY), _table(60), page=PageSetup(margins=(20.0, 15.0, 20.0, 25.0)))
    data = render_docx(spec)
    styles = _xml(data, "word/styles.xml")
    document = _xml(data, "word/document.xml")
    # every rFonts names a face in all four slots; no theme font can override them
    assert "Theme=" not in styles and "w:cstheme" not in styles
    for element in re.findall(r"<w:rFonts [^>]*>", styles):
        assert all(f'w:{slot}="' in element for slot in ("ascii", "hAnsi", "cs", "eastAsia")), element
    assert 'w:ascii="PT Serif"' in styles and 'w:ascii="PT Sans"' in styles
    assert '<w:lang w:val="uk-UA" w:eastAsia="uk-UA" w:bidi="uk-UA"/>' in styles
    assert "stylesWithEffects" not in _xml(data, "[Content_Types].xml")
    # A4 in twips, margins as asked
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in document
    assert 'w:top="1134"' in document and 'w:left="1417"' in document
    # widths in the grid and in every cell; the header repeats
    assert '<w:gridCol w:w="1701"/>' in document and '<w:gridCol w:w="7937"/>' in document
    assert document.count('<w:tcW w:w="1701" w:type="dxa"/>') == 61
    assert '<w:tblLayout w:type="fixed"/>' in document
    assert document.count("<w:tblHeader/>") == 1
    core = _xml(data, "docProps/core.xml")
    assert "Програма семінару" in core and "uk-UA" in core


def test_docx_landscape_and_border() -> None:
    spec = _spec(
        FixedPage((Paragraph((Run("СЕРТИФІКАТ"),), BODY),)),
        page=PageSetup(orientation=Orientation.LANDSCAPE, border=True),
    )
    document = _xml(render_docx(spec), "word/document.xml")
    assert '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' in document
    assert "<w:pgBorders" in document


@needs_poppler
def test_a_huge_cell_flows_across_pages_instead_of_failing() -> None:
    """Indico's LayoutError: long text in one table cell. A 5,000-word cell and a 3,000-character title."""
    abstract = " ".join(f"слово{n % 97}" for n in range(5000))
    title = "«" + ("Очень длинное название доклада " * 100)[:3000] + "»"
    table = Table(
        widths=(30.0, 140.0),
        header=(Row((Cell((Paragraph((Run("Время"),), HEAD),)), Cell((Paragraph((Run("Доклад"),), HEAD),)))),),
        rows=(
            Row((Cell((Paragraph((Run("10:00"),), BODY),)), Cell((Paragraph((Run(title, bold=True),), BODY),)))),
            Row((Cell((Paragraph((Run("11:00"),), BODY),)), Cell((Paragraph((Run(abstract),), BODY),)))),
        ),
    )
    spec = _spec(table, language=Language.RU)
    data = render_pdf(spec)
    assert pdf_pages(data) >= 10
    text = words(pdf_text(data))
    assert text.count("слово96") == 5000 // 97  # nothing lost on the way
    assert words(docx_text(render_docx(spec))) == words("\n".join(text_of(spec)))


def test_fit_shrinks_then_cuts_with_a_visible_ellipsis() -> None:
    style = TextStyle(size=28, bold=True, align=Align.CENTER)
    short = fit(Paragraph((Run("Абрамкиной Елене Ивановне"),), style), 250, 2, 16)
    assert short.paragraph.style.size == 28 and not short.cut
    long_name = "Константинопольской-Петропавловской Марии-Антуанетте Александровне"
    shrunk = fit(Paragraph((Run(long_name),), style), 250, 1, 12)
    assert shrunk.paragraph.style.size < 28 and not shrunk.cut and shrunk.paragraph.text == long_name
    cut = fit(Paragraph((Run("слово " * 2000),), TextStyle(size=14)), 250, 3, 10)
    assert cut.cut and cut.paragraph.text.endswith("…") and cut.paragraph.style.size == 10


def test_spec_dumps_to_json() -> None:
    spec = _spec(Paragraph((Run(SAMPLE),), BODY), _table(2))
    dumped = json.loads(spec.to_json())
    assert dumped["type"] == "DocumentSpec" and dumped["meta"]["language"] == "uk"
    assert dumped["body"][1]["type"] == "Table" and dumped["body"][1]["widths"] == [30.0, 140.0]
    assert SAMPLE in spec.to_json()
