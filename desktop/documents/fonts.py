"""PT Serif and PT Sans: the files, their reportlab names, registration once, and text measurement.

The 14 standard PDF fonts have no Cyrillic, so every font a document names is one of these TrueType files,
registered with reportlab once per process behind a lock (as Indico's `init_reportlab_fonts` does) with
`addMapping`, so that `<b>` and `<i>` in a paragraph find their face. The DOCX renderer names the same
families and uses the same measurements when it shrinks text, so both formats shrink a long name alike.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from desktop.documents.spec import Family
from desktop.resources import resource_path


@dataclass(frozen=True)
class Face:
    family: Family
    bold: bool
    italic: bool

    @property
    def pdf_name(self) -> str:
        """The name reportlab knows the face by, e.g. `PTSerif-BoldItalic`."""
        return f"{_FILE_STEM[self.family]}-{_suffix(self.bold, self.italic)}"

    @property
    def file_name(self) -> str:
        return f"{self.pdf_name}.ttf"


_FILE_STEM = {Family.SERIF: "PTSerif", Family.SANS: "PTSans"}
# What Word and LibreOffice call the families (the names in the fonts' own name tables).
DOCX_FAMILY = {Family.SERIF: "PT Serif", Family.SANS: "PT Sans"}
FACES = tuple(Face(family, bold, italic) for family in Family for bold in (False, True) for italic in (False, True))

_lock = threading.Lock()
_registered = threading.Event()


def _suffix(bold: bool, italic: bool) -> str:
    return {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}[
        (bold, italic)
    ]


@cache
def face_name(family: Family, bold: bool = False, italic: bool = False) -> str:
    return Face(family, bold, italic).pdf_name


def register_fonts() -> None:
    """Make the eight faces known to reportlab; cheap after the first call, safe from any thread."""
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for face in FACES:
            pdfmetrics.registerFont(TTFont(face.pdf_name, str(resource_path("fonts", face.file_name))))
        for face in FACES:
            bold: Literal[0, 1] = 1 if face.bold else 0
            italic: Literal[0, 1] = 1 if face.italic else 0
            addMapping(_FILE_STEM[face.family], bold, italic, face.pdf_name)
        _registered.set()


def string_width(text: str, family: Family, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width of `text` in points, from the font's own metrics."""
    return _width(text, face_name(family, bold, italic)) * size


@lru_cache(maxsize=1 << 16)
def _width(text: str, face: str) -> float:
    # per point of size: the same words recur on every certificate and every row, so they are measured once
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, face, 1000)) / 1000


def missing_characters(text: str) -> set[str]:
    """Characters the fonts cannot draw (they would print as empty boxes); spaces and line breaks excepted."""
    widths = _drawable()
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in widths}


@cache
def _drawable() -> dict[int, float]:
    """The code points PT Serif has a glyph for (asked of every name on every certificate)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = pdfmetrics.getFont(face_name(Family.SERIF))
    assert isinstance(font, TTFont)
    widths: dict[int, float] = font.face.charWidths
    return widths
