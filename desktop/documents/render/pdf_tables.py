"""Tables for reportlab: programme and attendance tables, signature blocks, badge sheets.

Cells hold paragraphs, never bare strings, and every table style names PT Serif, so no cell can fall back to
Helvetica. Header rows repeat on each page (`repeatRows`); a row marked keep-with-next is tied to the row
after it (`NOSPLIT`), so a block title never ends a page alone. A row taller than a page (a 5,000-word cell)
cannot be placed whole: for such documents the renderer builds the tables again with `splitInRow`, which
lets the text flow on to the next page instead of raising LayoutError (it is not the default because
reportlab then sometimes repeats the header in the middle of a page).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Table as PdfTable

from desktop.documents.fonts import face_name
from desktop.documents.render.pdf_text import pdf_paragraph
from desktop.documents.spec import (
    Align,
    Borders,
    Card,
    CardSheet,
    Cell,
    Family,
    Paragraph,
    Row,
    Run,
    Signatory,
    Signatures,
    Table,
)

MM = 72 / 25.4
GRID_COLOUR = HexColor("#808080")
CUT_COLOUR = HexColor("#9a9a9a")


def _cell_flowables(cell: Cell) -> list[Flowable]:
    return [pdf_paragraph(p) for p in cell.paragraphs]


def _base_style(padding: float) -> list[tuple[Any, ...]]:
    pad = padding * MM
    return [
        ("FONT", (0, 0), (-1, -1), face_name(Family.SERIF), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]


def _row_cells(row: Row, columns: int, row_index: int, commands: list[tuple[Any, ...]], padding: float) -> list[Any]:
    cells: list[Any] = []
    column = 0
    for cell in row.cells:
        content: list[Flowable] = _cell_flowables(cell)
        if cell.span > 1:
            commands.append(("SPAN", (column, row_index), (column + cell.span - 1, row_index)))
        if cell.shade:
            commands.append(
                ("BACKGROUND", (column, row_index), (column + cell.span - 1, row_index), HexColor(f"#{cell.shade}"))
            )
        cells.append(content)
        cells.extend("" for _ in range(cell.span - 1))
        column += cell.span
    cells.extend("" for _ in range(columns - column))
    if row.min_height:
        # room to sign: a strut in the emptiest cell makes the row at least this tall, yet lets it grow
        strut = Spacer(0, max(row.min_height - 2 * padding, 0) * MM)
        emptiest = min(range(len(row.cells)), key=lambda i: sum(len(p.text) for p in row.cells[i].paragraphs))
        target = sum(c.span for c in row.cells[:emptiest])
        cells[target] = [strut] if not row.cells[emptiest].paragraphs else [*cells[target], strut]
    return cells


def table(spec: Table, split_in_row: bool = False) -> PdfTable:
    columns = len(spec.widths)
    commands = _base_style(spec.padding)
    data: list[list[Any]] = []
    for index, row in enumerate((*spec.header, *spec.rows)):
        data.append(_row_cells(row, columns, index, commands, spec.padding))
        # a row tied to the next cannot split, so when rows must split inside themselves the tie is dropped
        if row.keep_with_next and not split_in_row and index + 1 < len(spec.header) + len(spec.rows):
            commands.append(("NOSPLIT", (0, index), (-1, index + 1)))
    if spec.borders is Borders.GRID:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR))
    elif spec.borders is Borders.CUT:
        commands.append(("GRID", (0, 0), (-1, -1), 0.4, CUT_COLOUR, None, (3, 2)))
    return PdfTable(
        data,
        colWidths=[w * MM for w in spec.widths],
        repeatRows=len(spec.header),
        splitByRow=1,
        splitInRow=int(split_in_row),
        style=commands,
        hAlign="LEFT",
    )


def signatures_table(signatures: Signatures, text_width: float) -> PdfTable:
    """Title, a line to sign on, the name: side by side (certificates) or one under another (a resolution)."""
    style = signatures.style.but(align=Align.CENTER) if signatures.side_by_side else signatures.style

    def parts(signatory: Signatory) -> list[Flowable]:
        texts = (signatory.title, "_" * 18, signatory.name)
        return [pdf_paragraph(Paragraph((Run(text),), style.but(bold=n == 2))) for n, text in enumerate(texts)]

    data: list[list[Any]]
    if signatures.side_by_side:
        count = max(len(signatures.signatories), 1)
        widths = [text_width / count] * count
        data = [[parts(s) for s in signatures.signatories]]
    else:
        widths = [text_width * 0.45, text_width * 0.2, text_width * 0.35]
        data = [[[flowable] for flowable in parts(s)] for s in signatures.signatories]
    commands = [*_base_style(1.0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    # no header to repeat: a signatory's title longer than a page may split (it would raise LayoutError)
    return PdfTable(data, colWidths=widths, style=commands, hAlign="LEFT", spaceBefore=style.space_before, splitInRow=1)


def _card_flowables(card: Card) -> list[Flowable]:
    return [pdf_paragraph(b) if isinstance(b, Paragraph) else Spacer(0, b.height * MM) for b in card.blocks]


def card_sheet(sheet: CardSheet) -> PdfTable:
    """Badges: cards of one size in a grid, dashed lines to cut along; spacers place the parts in each card."""
    data: list[list[Any]] = []
    for r in range(sheet.rows):
        row: list[Any] = []
        for c in range(sheet.columns):
            index = r * sheet.columns + c
            row.append(_card_flowables(sheet.cards[index]) if index < len(sheet.cards) else "")
        data.append(row)
    commands = [
        *_base_style(sheet.padding),
        ("GRID", (0, 0), (-1, -1), 0.4, CUT_COLOUR, None, (3, 2)),
    ]
    return PdfTable(
        data,
        colWidths=[sheet.card_width * MM] * sheet.columns,
        rowHeights=[sheet.card_height * MM] * sheet.rows,
        style=commands,
        hAlign="CENTER",
    )
