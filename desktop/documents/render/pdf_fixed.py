"""Fixed pages (certificates) drawn straight onto the canvas.

A certificate is a dozen short lines whose sizes the builder has already chosen, so a full paragraph parser
per line is wasted work: lines are broken with the fonts' metrics (`fitting.break_lines`) and drawn with
`drawString`. Text is never parsed as markup here, so nothing a user typed can act as a tag.

Most of a certificate is the same on every page of a batch: the issuer, the heading, the event's title,
date and signatures. The builder hands the renderer the very same block objects for those parts, so a run
of such blocks that lands at the same place on several pages is drawn once into a PDF form (an XObject) and
each page refers to it: the pages look exactly as if every line were drawn on each (the same fonts, text and
positions; a viewer finds and copies the text alike), and the file is smaller and written faster.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.documents.fitting import (
    SIGNATURE_GAP,
    HeightCache,
    break_lines,
    image_size,
    signatory_paragraphs,
)
from desktop.documents.fonts import face_name
from desktop.documents.images import reader
from desktop.documents.spec import Align, FixedBlock, FixedPage, Image, Paragraph, Signatures, Spacer

MM = 72 / 25.4
ASCENT = 0.8  # share of the font size above the baseline, near enough for PT Serif and PT Sans
SIGNATURE_LINE = 40 * MM  # length of the line to sign on

# blocks with the top of each, in page coordinates; a run of them drawn one after another
Placed = tuple[FixedBlock, float]
RunKey = tuple[tuple[int, float], ...]


@cache
def _color(hex_code: str) -> Color:
    return HexColor(f"#{hex_code}")


def draw_paragraph(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> float:
    """Draw from `top` down; return the height used (the same as `paragraph_height`)."""
    style = paragraph.style
    indent = style.left_indent * MM
    line_height = style.size * style.leading
    y = top - style.space_before
    canvas.setFillColor(_color(style.color))
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


def _draw_image(canvas: Canvas, image: Image, x: float, top: float, width: float) -> None:
    w, h = image_size(image)
    if image.align is Align.CENTER:
        x += (width - w) / 2
    elif image.align is Align.RIGHT:
        x += width - w
    canvas.drawImage(reader(image.data), x, top - h, w, h, mask="auto")


def _draw_signatures(canvas: Canvas, signatures: Signatures, x: float, top: float, width: float) -> None:
    """Side by side, each: title, room to sign above a line, the name. (Fixed pages always put them side by side.)"""
    column = width / max(len(signatures.signatories), 1)
    canvas.setStrokeColor(_color("000000"))
    canvas.setLineWidth(0.5)
    top -= signatures.style.space_before
    for n, signatory in enumerate(signatures.signatories):
        left = x + n * column
        title, name = signatory_paragraphs(signatory, signatures)
        rule_y = top - draw_paragraph(canvas, title, left, top, column) - SIGNATURE_GAP * MM
        middle = left + column / 2
        canvas.line(middle - SIGNATURE_LINE / 2, rule_y, middle + SIGNATURE_LINE / 2, rule_y)
        draw_paragraph(canvas, name, left, rule_y, column)


class FixedPageDrawer:
    """Draws fixed pages into a box of the canvas; given the whole batch up front, it draws what repeats at the
    same place on several pages once, as a form each page refers to."""

    def __init__(
        self, canvas: Canvas, x: float, top: float, width: float, height: float, batch: Sequence[FixedPage] = ()
    ) -> None:
        self.canvas = canvas
        self.x, self.top, self.width, self.height = x, top, width, height
        self._heights = HeightCache(width)
        self._forms: dict[RunKey, str] = {}
        self._shared: set[int] = set()  # ids of blocks more than one page has
        self._repeated: set[RunKey] = set()  # runs of them at the same place on more than one page: the forms
        self._plans: dict[int, tuple[FixedPage, _Plan]] = {}  # by the page's id; the entry keeps the page alive
        if len(batch) > 1:
            uses = Counter(id(block) for page in batch for block in page.blocks if not isinstance(block, Spacer))
            self._shared = {block_id for block_id, count in uses.items() if count > 1}
            for page in batch:
                self._plans[id(page)] = (page, self._plan(page))
            runs = Counter(key for _, plan in self._plans.values() for key, _ in plan.runs if key)
            self._repeated = {key for key, count in runs.items() if count > 1}

    def _plan(self, page: FixedPage) -> _Plan:
        """Where each block goes, in runs of blocks other pages share (a block of this page alone has the key ())."""
        runs: list[tuple[RunKey, list[Placed]]] = []
        current: list[Placed] = []
        shared, height = self._shared, self._heights
        y = self.top
        for block in page.blocks:
            if isinstance(block, Spacer):
                y -= block.height * MM  # what `block_height` says of a spacer
                continue
            if id(block) in shared:
                current.append((block, y))
            else:
                if current:
                    runs.append((_key(current), current))
                    current = []
                runs.append(((), [(block, y)]))
            y -= height(block)
        if current:
            runs.append((_key(current), current))
        return _Plan(runs, self.top - y)

    def draw(self, page: FixedPage) -> None:
        """Lay the page out top down; content taller than the box (a builder's mistake) is scaled to fit."""
        canvas = self.canvas
        known = self._plans.get(id(page))
        plan = known[1] if known is not None and known[0] is page else self._plan(page)
        scaled = plan.total > self.height
        if scaled:
            scale = self.height / plan.total
            canvas.saveState()
            canvas.translate(self.x, self.top)
            canvas.scale(scale, scale)
            canvas.translate(-self.x, -self.top)
        for key, items in plan.runs:
            if key not in self._repeated:
                self._draw_blocks(items)
                continue
            name = self._forms.get(key)
            if name is None:
                name = f"KafedraPart{len(self._forms) + 1}"
                canvas.beginForm(name)
                self._draw_blocks(items)
                canvas.endForm()
                self._forms[key] = name
            canvas.doForm(name)
        if scaled:
            canvas.restoreState()

    def _draw_blocks(self, items: list[Placed]) -> None:
        for block, y in items:
            if isinstance(block, Paragraph):
                draw_paragraph(self.canvas, block, self.x, y, self.width)
            elif isinstance(block, Image):
                _draw_image(self.canvas, block, self.x, y, self.width)
            elif isinstance(block, Signatures):
                _draw_signatures(self.canvas, block, self.x, y, self.width)


class _Plan(NamedTuple):
    runs: list[tuple[RunKey, list[Placed]]]
    total: float  # points the blocks take one under another


def _key(items: list[Placed]) -> RunKey:
    return tuple([(id(block), y) for block, y in items])


def draw_fixed_page(canvas: Canvas, page: FixedPage, x: float, top: float, width: float, height: float) -> None:
    """One page on its own (inside a flowing document)."""
    FixedPageDrawer(canvas, x, top, width, height).draw(page)


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
