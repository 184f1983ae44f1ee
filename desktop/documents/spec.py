"""DocumentSpec: a document described once, in plain frozen dataclasses, for both renderers.

Builders (`desktop/documents/builders/`) turn seminar records into a spec; `render_pdf` and `render_docx`
turn a spec into bytes. Everything a reader sees is decided here — text, sizes (already shrunk to fit),
widths, what repeats and what stays together — so the two renderers have nothing to disagree about.
`to_json` dumps a spec for debugging and for tests that assert on content rather than on PDF bytes.

Units: lengths are millimetres, font sizes and paragraph spacing are points.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.enums import Language

A4_MM = (210.0, 297.0)

# Characters XML 1.0 forbids (DOCX would refuse them) and that no printed page wants: C0 controls except
# tab and newline, and the non-characters U+FFFE/U+FFFF. Removed from every run as it is created.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class Family(StrEnum):
    SERIF = "serif"  # PT Serif: running text
    SANS = "sans"  # PT Sans: headings, tables, badges


class Borders(StrEnum):
    GRID = "grid"  # every cell boxed: programmes, attendance sheets
    NONE = "none"  # layout only: signatures
    CUT = "cut"  # dashed lines to cut along: badge sheets


@dataclass(frozen=True)
class TextStyle:
    family: Family = Family.SERIF
    size: float = 11.0
    bold: bool = False
    italic: bool = False
    align: Align = Align.LEFT
    leading: float = 1.25  # line height as a multiple of the size
    space_before: float = 0.0
    space_after: float = 4.0
    left_indent: float = 0.0  # mm; a list label hangs in it
    first_line_indent: float = 0.0  # mm
    keep_with_next: bool = False  # a heading never ends a page alone
    color: str = "000000"

    def but(self, **changes: Any) -> TextStyle:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Run:
    """A piece of text with one emphasis. None keeps what the paragraph's style says."""

    text: str
    bold: bool | None = None
    italic: bool | None = None

    def __post_init__(self) -> None:
        if _ILLEGAL.search(self.text):
            object.__setattr__(self, "text", _ILLEGAL.sub("", self.text))


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: TextStyle = TextStyle()
    label: str = ""  # "1." or "—", hung in the left indent
    outline: int = 0  # 1, 2…: a heading that PDF bookmarks and DOCX navigation show; 0: body text

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Spacer:
    height: float  # mm


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Image:
    data: bytes  # PNG or JPEG
    width: float  # mm; the height follows the picture's proportions
    align: Align = Align.CENTER


@dataclass(frozen=True)
class Cell:
    paragraphs: tuple[Paragraph, ...]
    span: int = 1  # columns this cell covers
    shade: str = ""  # background colour, hex; "" for none


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    keep_with_next: bool = False  # a block title stays with its first talk
    min_height: float = 0.0  # mm; room to sign on an attendance sheet


@dataclass(frozen=True)
class Table:
    widths: tuple[float, ...]  # mm per column
    rows: tuple[Row, ...]
    header: tuple[Row, ...] = ()  # repeated at the top of every page the table runs onto
    borders: Borders = Borders.GRID
    padding: float = 1.5  # mm inside each cell


@dataclass(frozen=True)
class Signatory:
    title: str  # «Директор», «Заведующий отделом…»
    name: str  # «Т.М. Вірьовка»


@dataclass(frozen=True)
class Signatures:
    """Up to three people who sign: side by side (certificates) or one under another (a resolution)."""

    signatories: tuple[Signatory, ...]
    side_by_side: bool = False
    style: TextStyle = TextStyle()


@dataclass(frozen=True)
class Card:
    blocks: tuple[Paragraph | Spacer, ...]  # top down; spacers place the parts within the card


@dataclass(frozen=True)
class CardSheet:
    """One page of equal cards (badges) with dashed lines to cut along; cards fill rows left to right."""

    columns: int
    rows: int
    card_width: float  # mm
    card_height: float  # mm
    cards: tuple[Card, ...]
    padding: float = 4.0  # mm inside each card


# Content of a fixed page: what one certificate is made of.
FixedBlock = Paragraph | Spacer | Image | Signatures


@dataclass(frozen=True)
class FixedPage:
    """Content known to fit one page (builders shrink and cut it so): laid out top down, never split.

    The PDF renderer draws it in one go, which is what makes a thousand certificates fast; the DOCX renderer
    writes its paragraphs and starts the next page after it.
    """

    blocks: tuple[FixedBlock, ...]


Block = Paragraph | Spacer | PageBreak | Image | Table | Signatures | CardSheet | FixedPage


@dataclass(frozen=True)
class PageSetup:
    orientation: Orientation = Orientation.PORTRAIT
    margins: tuple[float, float, float, float] = (20.0, 15.0, 20.0, 25.0)  # mm: top, right, bottom, left
    border: bool = False  # a double frame inside the margins (certificates)
    page_numbers: bool = False  # centred at the foot of each page

    @property
    def size(self) -> tuple[float, float]:
        width, height = A4_MM
        return (height, width) if self.orientation is Orientation.LANDSCAPE else (width, height)

    @property
    def text_width(self) -> float:
        return self.size[0] - self.margins[1] - self.margins[3]

    @property
    def text_height(self) -> float:
        return self.size[1] - self.margins[0] - self.margins[2]


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str = ""
    subject: str = ""
    language: Language = Language.RU


@dataclass(frozen=True)
class DocumentSpec:
    meta: Metadata
    body: tuple[Block, ...]
    page: PageSetup = field(default_factory=PageSetup)

    def to_json(self, *, indent: int | None = 1) -> str:
        """The whole description as JSON (images shortened to their size), e.g. to find which stage is wrong."""
        return json.dumps(_jsonable(self), ensure_ascii=False, indent=indent)


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, **fields}
    if isinstance(value, bytes):
        return f"<{len(value)} bytes starting {base64.b16encode(value[:4]).decode()}>"
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, StrEnum):
        return value.value
    return value


def text_of(spec: DocumentSpec) -> list[str]:
    """Every paragraph's text in reading order; what tests compare with the text extracted from a file."""
    lines: list[str] = []
    for block in spec.body:
        lines.extend(_block_text(block))
    return lines


def _block_text(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.label + " " + block.text if block.label else block.text]
    if isinstance(block, Table):
        return [p.text for row in (*block.header, *block.rows) for cell in row.cells for p in cell.paragraphs]
    if isinstance(block, Signatures):
        return [part for s in block.signatories for part in (s.title, s.name) if part]
    if isinstance(block, CardSheet):
        return [p.text for card in block.cards for p in card.blocks if isinstance(p, Paragraph)]
    if isinstance(block, FixedPage):
        return [line for inner in block.blocks for line in _block_text(inner)]
    return []
