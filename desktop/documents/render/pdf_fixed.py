"""Fixed pages (certificates) drawn straight onto the canvas.

A certificate is a dozen short lines whose sizes the builder has already chosen, so a full paragraph parser
per line is wasted work: lines are broken with the fonts' metrics (`fitting.break_lines`) and drawn with
`drawString`. Text is never parsed as markup here, so nothing a user typed can act as a tag.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.documents.fitting import (
    IMAGE_GAP,
    SIGNATURE_GAP,
    block_height,
    break_lines,
    image_size,
    signatory_paragraphs,
    signatures_height,
)
from desktop.documents.fonts import face_name
from desktop.documents.images import reader
from desktop.documents.spec import Align, FixedPage, Image, Paragraph, Signatures, Spacer

MM = 72 / 25.4
ASCENT = 0.8  # share of the font size above the baseline, near enough for PT Serif and PT Sans
SIGNATURE_LINE = 40 * MM  # length of the line to sign on


def draw_paragraph(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> float:
    """Draw from `top` down; return the height used (the same as `paragraph_height`)."""
    style = paragraph.style
    indent = style.left_indent * MM
    line_height = style.size * style.leading
    y = top - style.space_before
    canvas.setFillColor(HexColor(f"#{style.color}"))
    for line in break_lines(paragraph, width - indent):
        baseline = y - (line_height - style.size) / 2 - style.size * ASCENT
        if style.align is Align.CENTER:
            start = x + indent + (width - indent - line.width) / 2
        elif style.align is Align.RIGHT:
            start = x + width - line.width
        else:
            start = x + indent
        for fragment in line.fragments:
            canvas.setFont(face_name(style.family, fragment.bold, fragment.italic), style.size)
            canvas.drawString(start, baseline, fragment.text)
            start += fragment.width
        y -= line_height
    return top - y + style.space_after


def _draw_image(canvas: Canvas, image: Image, x: float, top: float, width: float) -> float:
    w, h = image_size(image)
    if image.align is Align.CENTER:
        x += (width - w) / 2
    elif image.align is Align.RIGHT:
        x += width - w
    canvas.drawImage(reader(image.data), x, top - h, w, h, mask="auto")
    return h + IMAGE_GAP * MM


def _draw_signatures(canvas: Canvas, signatures: Signatures, x: float, top: float, width: float) -> float:
    """Side by side, each: title, room to sign above a line, the name. (Fixed pages always put them side by side.)"""
    column = width / max(len(signatures.signatories), 1)
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.5)
    top -= signatures.style.space_before
    for n, signatory in enumerate(signatures.signatories):
        left = x + n * column
        title, name = signatory_paragraphs(signatory, signatures)
        rule_y = top - draw_paragraph(canvas, title, left, top, column) - SIGNATURE_GAP * MM
        middle = left + column / 2
        canvas.line(middle - SIGNATURE_LINE / 2, rule_y, middle + SIGNATURE_LINE / 2, rule_y)
        draw_paragraph(canvas, name, left, rule_y, column)
    return signatures_height(signatures, width)


def draw_fixed_page(canvas: Canvas, page: FixedPage, x: float, top: float, width: float, height: float) -> None:
    """Lay the page out top down; content taller than the box (a builder's mistake) is scaled to fit."""
    total = sum(block_height(block, width) for block in page.blocks)
    canvas.saveState()
    if total > height:
        scale = height / total
        canvas.translate(x, top)
        canvas.scale(scale, scale)
        canvas.translate(-x, -top)
    y = top
    for block in page.blocks:
        if isinstance(block, Paragraph):
            y -= draw_paragraph(canvas, block, x, y, width)
        elif isinstance(block, Spacer):
            y -= block.height * MM
        elif isinstance(block, Image):
            y -= _draw_image(canvas, block, x, y, width)
        else:
            y -= _draw_signatures(canvas, block, x, y, width)
    canvas.restoreState()


class FixedPageFlowable(Flowable):
    """A fixed page inside a flowing document: takes the whole frame and draws itself."""

    def __init__(self, page: FixedPage) -> None:
        super().__init__()
        self.page = page
        self._size = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._size = (available_width, available_height * 0.999)
        return self._size

    def draw(self) -> None:
        width, height = self._size
        draw_fixed_page(self.canv, self.page, 0, height, width, height)
