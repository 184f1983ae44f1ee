"""Paragraphs for reportlab: user text escaped into markup, and one ParagraphStyle per TextStyle.

Every character a user typed goes through `xml.sax.saxutils.escape` before reportlab sees it: reportlab's
paragraph markup is XML-like, and its `<img src=…>` tag would read a local file named in a participant's
surname. Only the tags this module writes itself (<b>, <i>, <br/>, <bullet>) are markup.
"""

from __future__ import annotations

from functools import cache
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as PdfParagraph

from desktop.documents.fonts import face_name, register_fonts
from desktop.documents.spec import Align, Paragraph, TextStyle

MM = 72 / 25.4
ALIGNMENT: dict[Align, Literal[0, 1, 2, 4]] = {
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
    Align.JUSTIFY: TA_JUSTIFY,
}
LABEL_GAP = 1.5  # mm between a list label and its text when the label is wider than the indent


@cache
def paragraph_style(style: TextStyle, labelled: bool = False) -> ParagraphStyle:
    register_fonts()
    font = face_name(style.family, style.bold, style.italic)
    return ParagraphStyle(
        name=f"k{hash((style, labelled)) & 0xFFFFFFFF:x}",
        fontName=font,
        fontSize=style.size,
        leading=style.size * style.leading,
        alignment=ALIGNMENT[style.align],
        spaceBefore=style.space_before,
        spaceAfter=style.space_after,
        leftIndent=style.left_indent * MM,
        firstLineIndent=0 if labelled else style.first_line_indent * MM,
        bulletIndent=0,
        bulletFontName=font,
        bulletFontSize=style.size,
        keepWithNext=int(style.keep_with_next),
        textColor=HexColor(f"#{style.color}"),
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=1,  # a long link or a glued word wraps instead of running off the page
        embeddedHyphenation=1,  # «справочно-библиографический» may break after its hyphen, as in Word
    )


def markup(paragraph: Paragraph) -> str:
    """The paragraph's runs as reportlab markup, every piece of text escaped."""
    style = paragraph.style
    parts: list[str] = []
    if paragraph.label:
        parts.append(f"<bullet>{escape(paragraph.label)}</bullet>")
    for run in paragraph.runs:
        text = escape(run.text).replace("\n", "<br/>")
        if not text:
            continue
        bold = style.bold if run.bold is None else run.bold
        italic = style.italic if run.italic is None else run.italic
        if (bold, italic) != (style.bold, style.italic):
            # the face by name: no guessing through font-family mappings
            text = f'<font name="{face_name(style.family, bold, italic)}">{text}</font>'
        parts.append(text)
    return "".join(parts)


class _Heading(PdfParagraph):
    """A paragraph that also appears in the PDF viewer's outline (bookmarks)."""

    def __init__(self, text: str, style: ParagraphStyle, title: str, level: int) -> None:
        super().__init__(text, style)
        self._title, self._level = title, level

    def draw(self) -> None:
        key = f"h{id(self)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self._title, key, level=self._level, closed=False)
        super().draw()


def pdf_paragraph(paragraph: Paragraph) -> PdfParagraph:
    style = paragraph_style(paragraph.style, bool(paragraph.label))
    if paragraph.outline:
        return _Heading(markup(paragraph), style, paragraph.text, paragraph.outline - 1)
    return PdfParagraph(markup(paragraph), style)
