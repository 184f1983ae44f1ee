"""render_docx(spec) -> bytes, with python-docx.

Paragraph formatting lives in named styles (one per TextStyle, see `docx_styles`); runs carry only the
emphasis that differs from their style. A page break is the next paragraph's "page break before", so no
empty paragraph can spill onto a page of its own; only before a table is a one-point carrier paragraph
needed.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell

from desktop.documents.fitting import IMAGE_GAP
from desktop.documents.fonts import DOCX_FAMILY, register_fonts
from desktop.documents.render.docx_styles import StyleBook, set_fonts, set_up_document
from desktop.documents.render.docx_tables import write_card_sheet, write_signatures, write_table
from desktop.documents.render.docx_xml import PLAIN, Element, Extras, paragraph_element
from desktop.documents.spec import (
    Align,
    Block,
    CardSheet,
    DocumentSpec,
    Family,
    FixedPage,
    Image,
    PageBreak,
    Paragraph,
    Signatures,
    Spacer,
    Table,
)

Progress = Callable[[int, int], None]

IMAGE_ALIGN = {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT}


class _Writer:
    def __init__(self, spec: DocumentSpec) -> None:
        self.spec = spec
        self.document: Document = docx.Document()
        set_up_document(self.document, spec)
        self.styles = StyleBook(self.document)
        section = self.document.element.body.find(qn("w:sectPr"))
        assert section is not None  # python-docx's template always has one
        self.section: Element = section
        self.break_pending = False  # the next paragraph starts a new page
        self.last_was_table = False

    # --- paragraphs ------------------------------------------------------------------------------------

    def _element(self, paragraph: Paragraph, extras: Extras = PLAIN) -> Element:
        if self.break_pending:
            extras = Extras(True, extras.line_height, extras.space_after)
            self.break_pending = False
        self.last_was_table = False
        return paragraph_element(paragraph, self.styles.style_id(paragraph.style), extras)

    def _append(self, element: Element) -> None:
        # before the section properties, which stay last (len() and insert() on lxml count every child)
        self.section.addprevious(element)

    def paragraph(self, paragraph: Paragraph) -> None:
        self._append(self._element(paragraph))

    def cell_paragraph(self, cell: _Cell, paragraph: Paragraph, first: bool) -> None:
        pending, self.break_pending = self.break_pending, False
        element = self._element(paragraph)
        self.break_pending = pending
        tc = cell._tc
        if first:
            # a new cell holds one empty paragraph: it is replaced, not followed
            tc.replace(tc.p_lst[0], element)
        else:
            tc.append(element)

    def _carrier(self, height_pt: float = 1.0) -> None:
        """A tiny empty paragraph: before a table that must start a new page, between two tables, or a spacer."""
        style = Paragraph(()).style.but(size=1, leading=1, space_after=0)
        self._append(self._element(Paragraph((), style), Extras(line_height=height_pt, space_after=0)))

    # --- blocks ----------------------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, Spacer):
            self._spacer(block.height)
        elif isinstance(block, PageBreak):
            self.break_pending = True
        elif isinstance(block, Image):
            self.image(block)
        elif isinstance(block, Table | Signatures | CardSheet):
            self._table_like(block)
        else:
            self.fixed_page(block)

    def _spacer(self, height_mm: float) -> None:
        self._carrier(max(height_mm * 72 / 25.4, 1.0))

    def image(self, image: Image) -> None:
        holder = self.document.add_paragraph()
        self.styles.apply(holder, Paragraph(()).style.but(space_after=6))
        holder.alignment = IMAGE_ALIGN.get(image.align, WD_ALIGN_PARAGRAPH.CENTER)
        # an exact line height (what every style here uses) would crop the picture to one line of text
        holder.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        holder.paragraph_format.space_after = Pt(IMAGE_GAP * 72 / 25.4)
        holder.add_run().add_picture(BytesIO(image.data), width=Mm(image.width))
        if self.break_pending:
            holder.paragraph_format.page_break_before = True
            self.break_pending = False
        self.last_was_table = False

    def _table_like(self, block: Table | Signatures | CardSheet) -> None:
        # two tables in a row would merge into one; a page break needs a paragraph to sit on
        if self.break_pending or self.last_was_table:
            self._carrier()
        if isinstance(block, Table):
            write_table(self.document, block, self.cell_paragraph)
        elif isinstance(block, Signatures):
            spacer = block.style.space_before
            if spacer:
                self._spacer(spacer * 25.4 / 72)
            write_signatures(self.document, block, self.spec.page.text_width, self.cell_paragraph)
        else:
            write_card_sheet(self.document, block, self.cell_paragraph)
        self.last_was_table = True

    def fixed_page(self, page: FixedPage) -> None:
        for inner in page.blocks:
            self.block(inner)
        self.break_pending = True

    # --- the whole document ----------------------------------------------------------------------------

    def page_numbers(self) -> None:
        footer = self.document.sections[0].footer
        holder = footer.paragraphs[0]
        self.styles.apply(holder, Paragraph(()).style.but(family=Family.SANS, size=9, align=Align.CENTER))
        run = holder.add_run()
        for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
            if tag:
                field = OxmlElement("w:fldChar")
                field.set(qn("w:fldCharType"), tag)
                run._r.append(field)
            else:
                instruction = OxmlElement("w:instrText")
                instruction.set(qn("xml:space"), "preserve")
                instruction.text = text
                run._r.append(instruction)
        set_fonts(run._r.get_or_add_rPr(), DOCX_FAMILY[Family.SANS])

    def finish(self) -> bytes:
        self.break_pending = False  # nothing follows the last page
        if self.last_was_table:
            # Word adds a paragraph after a final table anyway; make it one point high, not a line
            self._carrier()
        if self.spec.page.page_numbers:
            self.page_numbers()
        buffer = BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def render_docx(spec: DocumentSpec, progress: Progress | None = None) -> bytes:
    """The document as DOCX bytes. `progress(done, total)` is called after each block; an exception raised
    inside it (the user pressed Cancel) stops the rendering."""
    register_fonts()
    writer = _Writer(spec)
    total = len(spec.body)
    for done, block in enumerate(spec.body, start=1):
        writer.block(block)
        if progress is not None:
            progress(done, total)
    return writer.finish()
