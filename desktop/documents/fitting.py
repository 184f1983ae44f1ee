"""Line breaking by the fonts' own metrics: shrink a name until it fits two lines, or cut it with a visible «…».

Builders use `fit` to decide a paragraph's final size before the spec is written, so the PDF and the DOCX
print a long name at the same size. The PDF renderer uses `break_lines` to draw fixed pages (certificates)
without the cost of a full paragraph parser; words break only at ordinary spaces, never at a no-break space
(«Т.М. Вірьовка» stays on one line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.documents.fonts import string_width
from desktop.documents.spec import Align, FixedBlock, Image, Paragraph, Run, Signatory, Signatures, Spacer, TextStyle

MM = 72 / 25.4  # points per millimetre
ELLIPSIS = "…"
# Word and LibreOffice measure text a little differently from reportlab (kerning, rounding): a line filled to
# the last point in the PDF could wrap in a word processor. Fitting aims at this share of the width.
SAFE_WIDTH = 0.95
SIZE_STEP = 0.5  # DOCX stores sizes in half-points


@dataclass(frozen=True)
class Fragment:
    text: str
    bold: bool
    italic: bool
    width: float  # points


@dataclass(frozen=True)
class Line:
    fragments: tuple[Fragment, ...]
    width: float  # points


def _words(paragraph: Paragraph) -> list[tuple[str, bool, bool] | None]:
    """Words with their emphasis, in order; None marks a forced line break (a newline in the text)."""
    style = paragraph.style
    words: list[tuple[str, bool, bool] | None] = []
    for run in paragraph.runs:
        bold = style.bold if run.bold is None else run.bold
        italic = style.italic if run.italic is None else run.italic
        for n, piece in enumerate(run.text.split("\n")):
            if n:
                words.append(None)
            words.extend((word, bold, italic) for word in piece.split(" ") if word)
    return words


def _split_long_word(word: str, style: TextStyle, bold: bool, italic: bool, width: float) -> list[str]:
    # a link or a 300-letter "word" must still fit: break it between letters
    pieces, current = [], ""
    for ch in word:
        if current and string_width(current + ch, style.family, style.size, bold, italic) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def break_lines(paragraph: Paragraph, width: float) -> tuple[Line, ...]:
    """Greedy line breaking of the paragraph's runs into lines no wider than `width` points.

    Cached: a certificate's fixed lines («СЕРТИФИКАТ», the event's title) are the same on every page, and each
    paragraph is measured by the builder, then by the renderer.
    """
    return _break_lines(paragraph, round(width, 3))


@lru_cache(maxsize=4096)
def _break_lines(paragraph: Paragraph, width: float) -> tuple[Line, ...]:
    one_line = _one_line(paragraph, width)
    return (one_line,) if one_line is not None else _word_by_word(paragraph, width)


def _word_by_word(paragraph: Paragraph, width: float) -> tuple[Line, ...]:
    style = paragraph.style
    space = {
        (bold, italic): string_width(" ", style.family, style.size, bold, italic)
        for bold in (False, True)
        for italic in (False, True)
    }
    lines: list[Line] = []
    current: list[Fragment] = []
    used = 0.0

    def finish() -> None:
        nonlocal current, used
        lines.append(Line(_merged(current), used))
        current, used = [], 0.0

    for word in _words(paragraph):
        if word is None:
            finish()
            continue
        text, bold, italic = word
        word_width = string_width(text, style.family, style.size, bold, italic)
        gap = space[(bold, italic)] if current else 0.0
        if current and used + gap + word_width > width:
            finish()
            gap = 0.0
        if word_width > width:
            for piece in _split_long_word(text, style, bold, italic, width):
                if current:
                    finish()
                piece_width = string_width(piece, style.family, style.size, bold, italic)
                current, used = [Fragment(piece, bold, italic, piece_width)], piece_width
            continue
        if gap:
            last = current[-1]
            current[-1] = Fragment(last.text + " ", last.bold, last.italic, last.width + gap)
        current.append(Fragment(text, bold, italic, word_width))
        used += gap + word_width
    if current or not lines:
        finish()
    return tuple(lines)


def _one_line(paragraph: Paragraph, width: float) -> Line | None:
    """The line a short paragraph of one run makes (a number, a date), measured in one go; None when it needs
    breaking or when its spaces need tidying (word by word, doubled and outer spaces are dropped)."""
    runs = [run for run in paragraph.runs if run.text]
    if len(runs) != 1:
        return None  # separate runs are separate words, which the word by word way puts a space between
    run, style = runs[0], paragraph.style
    text = run.text
    if "\n" in text or "  " in text or text.startswith(" ") or text.endswith(" "):
        return None
    bold = style.bold if run.bold is None else run.bold
    italic = style.italic if run.italic is None else run.italic
    text_width = string_width(text, style.family, style.size, bold, italic)
    if text_width > width:
        return None
    return Line((Fragment(text, bold, italic, text_width),), text_width)


def _merged(fragments: list[Fragment]) -> tuple[Fragment, ...]:
    """Neighbouring words of one face as one fragment: one drawString per line, not per word."""
    merged: list[Fragment] = []
    for fragment in fragments:
        if merged and (merged[-1].bold, merged[-1].italic) == (fragment.bold, fragment.italic):
            last = merged[-1]
            merged[-1] = Fragment(last.text + fragment.text, last.bold, last.italic, last.width + fragment.width)
        else:
            merged.append(fragment)
    return tuple(merged)


@dataclass(frozen=True)
class Fitted:
    paragraph: Paragraph
    cut: bool  # the text did not fit even at the smallest size and ends in «…»


def fit(paragraph: Paragraph, width_mm: float, max_lines: int, min_size: float) -> Fitted:
    """The paragraph at the largest size (down to `min_size`) at which it takes at most `max_lines` lines.

    If even `min_size` is too big, the text is cut at the end of the last allowed line and ends in «…», so it
    never overflows its box; the caller reports the cut.
    """
    width = width_mm * MM * SAFE_WIDTH - paragraph.style.left_indent * MM
    size = paragraph.style.size
    while True:
        candidate = _sized(paragraph, size)
        lines = break_lines(candidate, width)
        if len(lines) <= max_lines:
            return Fitted(candidate, cut=False)
        if size - SIZE_STEP < min_size:
            return Fitted(_cut(candidate, lines[:max_lines], width), cut=True)
        size -= SIZE_STEP


def _sized(paragraph: Paragraph, size: float) -> Paragraph:
    if size == paragraph.style.size:
        return paragraph
    return Paragraph(paragraph.runs, paragraph.style.but(size=size), paragraph.label, paragraph.outline)


def _cut(paragraph: Paragraph, lines: tuple[Line, ...], width: float) -> Paragraph:
    style = paragraph.style
    last = list(lines[-1].fragments)
    # drop letters from the end of the last line until the ellipsis fits after them
    while last:
        tail = last[-1]
        used = sum(f.width for f in last[:-1])
        text = tail.text.rstrip()
        while text and used + string_width(text + ELLIPSIS, style.family, style.size, tail.bold, tail.italic) > width:
            text = text[:-1].rstrip()
        if text != tail.text.rstrip() and len(last) > 1:
            last.pop()  # rather end after a whole word than in the middle of one
            continue
        if text:
            last[-1] = Fragment(text + ELLIPSIS, tail.bold, tail.italic, 0.0)
            break
        last.pop()
    runs: list[Run] = []
    for line in lines[:-1]:
        runs.extend(Run(f.text, f.bold, f.italic) for f in line.fragments)
        runs.append(Run(" "))  # the space the line broke at
    runs.extend(Run(f.text, f.bold, f.italic) for f in last or [Fragment(ELLIPSIS, style.bold, style.italic, 0.0)])
    return Paragraph(tuple(runs), style, paragraph.label, paragraph.outline)


# --- heights of fixed-page content (certificates): the PDF renderer draws by them, builders check by them --

SIGNATURE_GAP = 9.0  # mm above the line to sign on
IMAGE_GAP = 2.0  # mm under a picture


def image_size(image: Image) -> tuple[float, float]:
    """Width and height in points; the height keeps the picture's proportions."""
    from desktop.documents.images import pixel_size

    pixels_wide, pixels_high = pixel_size(image.data)
    width = image.width * MM
    return width, width * pixels_high / max(pixels_wide, 1)


def paragraph_height(paragraph: Paragraph, width: float) -> float:
    """Points; `width` in points."""
    style = paragraph.style
    lines = break_lines(paragraph, width - style.left_indent * MM)
    return style.space_before + len(lines) * style.size * style.leading + style.space_after


def signatory_paragraphs(signatory: Signatory, signatures: Signatures) -> tuple[Paragraph, Paragraph]:
    centred = signatures.style.but(align=Align.CENTER, space_before=0, space_after=0)
    return Paragraph((Run(signatory.title),), centred), Paragraph((Run(signatory.name),), centred.but(bold=True))


def signatures_height(signatures: Signatures, width: float) -> float:
    column = width / max(len(signatures.signatories), 1)
    tallest = 0.0
    for signatory in signatures.signatories:
        title, name = signatory_paragraphs(signatory, signatures)
        drawn = paragraph_height(title, column) + SIGNATURE_GAP * MM + paragraph_height(name, column)
        tallest = max(tallest, drawn)
    return signatures.style.space_before + tallest + signatures.style.space_after


def block_height(block: FixedBlock, width: float) -> float:
    """Points taken by one block of a fixed page `width` points wide."""
    if isinstance(block, Paragraph):
        return paragraph_height(block, width)
    if isinstance(block, Spacer):
        return block.height * MM
    if isinstance(block, Image):
        return image_size(block)[1] + IMAGE_GAP * MM
    return signatures_height(block, width)


class HeightCache:
    """Heights of fixed-page blocks `width` points wide, by identity: the blocks every certificate of a batch
    shares (the heading, the event's title, the signatures) are measured once, not once per page.

    Each entry keeps its block alive, so no other block can come to have its id while the cache lives."""

    def __init__(self, width: float) -> None:
        self.width = width
        self._known: dict[int, tuple[FixedBlock, float]] = {}

    def __call__(self, block: FixedBlock) -> float:
        known = self._known.get(id(block))
        if known is not None and known[0] is block:
            return known[1]
        height = block_height(block, self.width)
        self._known[id(block)] = (block, height)
        return height

    def total(self, blocks: Sequence[FixedBlock]) -> float:
        """The blocks one under another (a certificate asks this of its fifteen blocks on every page)."""
        known, total = self._known, 0.0
        for block in blocks:
            entry = known.get(id(block))
            total += entry[1] if entry is not None and entry[0] is block else self(block)
        return total


def fixed_height(blocks: tuple[FixedBlock, ...] | list[FixedBlock], width_mm: float) -> float:
    """Millimetres the blocks take one under another."""
    return sum(block_height(block, width_mm * MM) for block in blocks) / MM
