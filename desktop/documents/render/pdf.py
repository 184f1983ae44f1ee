"""render_pdf(spec) -> bytes, with reportlab.

Flowing documents go through platypus; a document made only of fixed pages (a batch of certificates) is
drawn page by page on one canvas, what the pages share drawn once as a form (`pdf_fixed`). Every font the
file names is a registered PT face: the canvas starts in PT Serif (reportlab would otherwise name Helvetica
on every page) and table styles name PT Serif too.
Long text never sits in an unsplittable box: paragraphs split across pages, and table rows may split inside
themselves when one is taller than a page, so a 5,000-word cell wraps onto the next page instead of raising
LayoutError.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus.doctemplate import LayoutError

from desktop.documents.fitting import image_size
from desktop.documents.fonts import face_name, register_fonts
from desktop.documents.render.pdf_fixed import FixedPageDrawer, FixedPageFlowable
from desktop.documents.render.pdf_tables import card_sheet, signatures_table, table
from desktop.documents.render.pdf_text import pdf_paragraph
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
    Table,
)
from desktop.documents.spec import Spacer as SpecSpacer

MM = 72 / 25.4
BORDER_INSET = 10 * MM  # the certificate frame's distance from the paper's edge
LANGUAGE_TAGS = {"ru": "ru-RU", "uk": "uk-UA", "en": "en-GB"}

Progress = Callable[[int, int], None]


def render_pdf(spec: DocumentSpec, progress: Progress | None = None) -> bytes:
    """The document as PDF bytes. `progress(done, total)` is called as pages or blocks are laid out; an
    exception raised inside it (e.g. the user pressed Cancel) stops the rendering."""
    register_fonts()
    if spec.body and all(isinstance(block, FixedPage) for block in spec.body):
        return _render_fixed_pages(spec, progress)
    return _render_flowing(spec, progress)


def _page_size(spec: DocumentSpec) -> tuple[float, float]:
    width, height = spec.page.size
    return width * MM, height * MM


FRAME_COLOUR, PAGE_NUMBER_COLOUR = HexColor("#6b5a3a"), HexColor("#555555")
FRAME_FORM = "KafedraFrame"


def _draw_frame(canvas: Canvas, page_width: float, page_height: float) -> None:
    """The certificate's double frame."""
    canvas.setStrokeColor(FRAME_COLOUR)
    canvas.setLineWidth(1.6)
    canvas.rect(BORDER_INSET, BORDER_INSET, page_width - 2 * BORDER_INSET, page_height - 2 * BORDER_INSET)
    canvas.setLineWidth(0.5)
    inner = BORDER_INSET + 2.2 * MM
    canvas.rect(inner, inner, page_width - 2 * inner, page_height - 2 * inner)


def _decorate(spec: DocumentSpec, frame_form: str = "") -> Callable[[Canvas, Any], None]:
    """What every page has: the frame (drawn in place, or as the form `frame_form` made once) and its number."""
    page_width, page_height = _page_size(spec)
    bottom_margin = spec.page.margins[2] * MM
    frame_here = spec.page.border and not frame_form

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if spec.page.border and frame_form:
            canvas.doForm(frame_form)
        if not (frame_here or spec.page.page_numbers):
            return
        canvas.saveState()
        if frame_here:
            _draw_frame(canvas, page_width, page_height)
        if spec.page.page_numbers:
            canvas.setFont(face_name(Family.SANS), 9)
            canvas.setFillColor(PAGE_NUMBER_COLOUR)
            canvas.drawCentredString(page_width / 2, bottom_margin / 2, str(canvas.getPageNumber()))
        canvas.restoreState()

    return on_page


def _metadata(canvas: Canvas, spec: DocumentSpec) -> None:
    canvas.setTitle(spec.meta.title)
    canvas.setAuthor(spec.meta.author)
    canvas.setSubject(spec.meta.subject)
    canvas.setCreator("Kafedra")


def _render_fixed_pages(spec: DocumentSpec, progress: Progress | None) -> bytes:
    buffer = BytesIO()
    page_width, page_height = _page_size(spec)
    top, right, bottom, left = (m * MM for m in spec.page.margins)
    canvas = Canvas(
        buffer,
        pagesize=(page_width, page_height),
        initialFontName=face_name(Family.SERIF),  # type: ignore[arg-type]  # the stubs say float; it is a name
        lang=LANGUAGE_TAGS[spec.meta.language.value],
        pageCompression=1,
    )
    _metadata(canvas, spec)
    pages = [page for page in spec.body if isinstance(page, FixedPage)]
    frame_form = ""
    if spec.page.border and len(pages) > 1:  # the same frame on every page: drawn once, referred to
        frame_form = FRAME_FORM
        canvas.beginForm(frame_form)
        _draw_frame(canvas, page_width, page_height)
        canvas.endForm()
    decorate = _decorate(spec, frame_form)
    drawer = FixedPageDrawer(
        canvas, left, page_height - top, page_width - left - right, page_height - top - bottom, pages
    )
    total = len(pages)
    for done, page in enumerate(pages, start=1):
        decorate(canvas, None)
        drawer.draw(page)
        canvas.showPage()
        if progress is not None:
            progress(done, total)
    canvas.save()
    return buffer.getvalue()


def _flowables(block: Block, text_width: float, split_in_row: bool) -> list[Flowable]:
    if isinstance(block, Paragraph):
        return [pdf_paragraph(block)]
    if isinstance(block, SpecSpacer):
        return [Spacer(0, block.height * MM)]
    if isinstance(block, PageBreak):
        return [PdfPageBreak()]
    if isinstance(block, Image):
        width, height = image_size(block)
        picture = PdfImage(BytesIO(block.data), width=width, height=height)
        picture.hAlign = "LEFT" if block.align is Align.LEFT else "RIGHT" if block.align is Align.RIGHT else "CENTER"
        return [picture, Spacer(0, 2 * MM)]
    if isinstance(block, Table):
        return [table(block, split_in_row)]
    if isinstance(block, Signatures):
        return [signatures_table(block, text_width)]
    if isinstance(block, CardSheet):
        return [card_sheet(block)]
    return [FixedPageFlowable(block), PdfPageBreak()]


def _render_flowing(spec: DocumentSpec, progress: Progress | None) -> bytes:
    try:
        return _build(spec, progress, split_in_row=False)
    except LayoutError:
        # a table row taller than a page: build again letting rows split inside themselves
        return _build(spec, progress, split_in_row=True)


def _build(spec: DocumentSpec, progress: Progress | None, *, split_in_row: bool) -> bytes:
    buffer = BytesIO()
    page_width, page_height = _page_size(spec)
    top, right, bottom, left = (m * MM for m in spec.page.margins)
    document = BaseDocTemplate(
        buffer,
        pagesize=(page_width, page_height),
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=spec.meta.title,
        author=spec.meta.author,
        subject=spec.meta.subject,
        creator="Kafedra",
        lang=LANGUAGE_TAGS[spec.meta.language.value],
        initialFontName=face_name(Family.SERIF),
        allowSplitting=1,
    )
    frame = Frame(
        left,
        bottom,
        page_width - left - right,
        page_height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate(spec))])
    if progress is not None:
        document.setProgressCallBack(_progress_adapter(progress))
    story: list[Flowable] = []
    text_width = page_width - left - right
    for block in spec.body:
        story.extend(_flowables(block, text_width, split_in_row))
    document.build(story)
    return buffer.getvalue()


def _progress_adapter(progress: Progress) -> Callable[[str, int], None]:
    total = 1

    def callback(kind: str, value: int) -> None:
        nonlocal total
        if kind == "SIZE_EST":
            total = max(value, 1)
        elif kind == "PROGRESS":
            progress(min(value, total), total)

    return callback
