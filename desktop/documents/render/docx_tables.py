"""Tables in DOCX: fixed layout with widths in both the grid and every cell, repeated header rows, rows kept
with the next, room to sign, badge sheets with dashed lines to cut along.

Word and LibreOffice disagree about tables whose widths are given in only one place; giving `w:tblW`,
`w:gridCol` and every `w:tcW` the same twips, with `w:tblLayout fixed`, makes both draw exactly the columns
the spec asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.table import _Cell, _Row
from lxml import etree

from desktop.documents.fitting import SIGNATURE_GAP
from desktop.documents.spec import Align, Borders, CardSheet, Paragraph, Row, Run, Signatures, Spacer, Table, TextStyle

Element = etree._Element
TWIPS_PER_MM = 1440 / 25.4
GRID_COLOUR = "808080"
SIGNATURE_LINE = "_" * 18
CUT_COLOUR = "9A9A9A"

WriteParagraph = Callable[[_Cell, Paragraph, bool], None]


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _element(tag: str, **attributes: str) -> Element:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


# Schema order of the children of w:tblPr and w:tcPr: Word refuses a file whose elements are out of order.
TABLE_PROPERTIES = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
]
CELL_PROPERTIES = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
]


def put(parent: Element, child: Element, order: Sequence[str]) -> None:
    """Put `child` into `parent` in its schema place, replacing an element of the same name."""
    old = parent.find(child.tag)
    if old is not None:
        parent.remove(old)
    rank = order.index(child.tag.rsplit("}", 1)[-1])
    later = {qn(f"w:{name}") for name in order[rank + 1 :]}
    for existing in parent:
        if existing.tag in later:
            existing.addprevious(child)
            return
    parent.append(child)


def _set_table_properties(table: DocxTable, widths: Sequence[float], borders: Borders, padding: float) -> None:
    tbl = table._tbl
    properties = tbl.tblPr
    put(properties, _element("w:tblW", w=str(sum(twips(w) for w in widths)), type="dxa"), TABLE_PROPERTIES)
    put(properties, _element("w:tblLayout", type="fixed"), TABLE_PROPERTIES)
    edges = _element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if borders is Borders.GRID:
            edges.append(_element(f"w:{side}", val="single", sz="4", space="0", color=GRID_COLOUR))
        elif borders is Borders.CUT:
            edges.append(_element(f"w:{side}", val="dashed", sz="4", space="0", color=CUT_COLOUR))
        else:
            edges.append(_element(f"w:{side}", val="nil"))
    put(properties, edges, TABLE_PROPERTIES)
    margins = _element("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(_element(f"w:{side}", w=str(twips(padding)), type="dxa"))
    put(properties, margins, TABLE_PROPERTIES)
    grid = tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(twips(width)))


def _row_properties(row: _Row) -> Element:
    return row._tr.get_or_add_trPr()


def _fill_cell(cell: _Cell, width: float, paragraphs: Sequence[Paragraph], write: WriteParagraph) -> None:
    put(cell._tc.get_or_add_tcPr(), _element("w:tcW", w=str(twips(width)), type="dxa"), CELL_PROPERTIES)
    for n, paragraph in enumerate(paragraphs):
        write(cell, paragraph, n == 0)


def _shade(cell: _Cell, colour: str) -> None:
    put(cell._tc.get_or_add_tcPr(), _element("w:shd", val="clear", color="auto", fill=colour.upper()), CELL_PROPERTIES)


def _write_row(table: DocxTable, row: Row, widths: Sequence[float], write: WriteParagraph, header: bool) -> None:
    added: _Row = table.add_row()  # type: ignore[no-untyped-call]  # unannotated in python-docx
    properties = _row_properties(added)
    if header:
        properties.append(_element("w:tblHeader"))
    if header or row.keep_with_next:
        properties.append(_element("w:cantSplit"))
    if row.min_height:
        properties.append(_element("w:trHeight", val=str(twips(row.min_height)), hRule="atLeast"))
    cells = added.cells
    column = 0
    for cell in row.cells:
        target = cells[column]
        width = sum(widths[column : column + cell.span])
        if cell.span > 1:
            target = target.merge(cells[column + cell.span - 1])
        paragraphs = cell.paragraphs
        if row.keep_with_next:
            # Word keeps a row with the next one when its paragraphs keep with the next
            paragraphs = tuple(Paragraph(p.runs, p.style.but(keep_with_next=True), p.label) for p in paragraphs)
        _fill_cell(target, width, paragraphs, write)
        if cell.shade:
            _shade(target, cell.shade)
        column += cell.span


def write_table(document: Document, spec: Table, write: WriteParagraph) -> None:
    table = document.add_table(rows=0, cols=len(spec.widths))
    table.autofit = False
    _set_table_properties(table, spec.widths, spec.borders, spec.padding)
    for row in spec.header:
        _write_row(table, row, spec.widths, write, header=True)
    for row in spec.rows:
        _write_row(table, row, spec.widths, write, header=False)


def write_signatures(document: Document, signatures: Signatures, text_width: float, write: WriteParagraph) -> None:
    """Title, room to sign above a line, the name: side by side (certificates) or one under another."""
    people = signatures.signatories
    if signatures.side_by_side:
        style = signatures.style.but(align=Align.CENTER, space_before=0, space_after=0)
        # the same room to sign as the PDF leaves above its line
        line_style = style.but(space_before=SIGNATURE_GAP * 72 / 25.4 - style.size * style.leading)
        widths = [text_width / max(len(people), 1)] * len(people)
        table = document.add_table(rows=0, cols=len(people))
        _set_table_properties(table, widths, Borders.NONE, 0.0)
        cells = table.add_row().cells
        for cell, person in zip(cells, people, strict=True):
            parts = (
                Paragraph((Run(person.title),), style),
                Paragraph((Run(SIGNATURE_LINE),), line_style),
                Paragraph((Run(person.name),), style.but(bold=True)),
            )
            _fill_cell(cell, widths[0], parts, write)
        return
    style = signatures.style
    widths = [text_width * 0.45, text_width * 0.2, text_width * 0.35]
    table = document.add_table(rows=0, cols=3)
    _set_table_properties(table, widths, Borders.NONE, 1.0)
    for person in people:
        cells = table.add_row().cells
        texts = (person.title, SIGNATURE_LINE, person.name)
        for n, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            paragraph = Paragraph((Run(text),), style.but(bold=n == 2))
            _fill_cell(cell, widths[n], (paragraph,), write)
            put(cell._tc.get_or_add_tcPr(), _element("w:vAlign", val="bottom"), CELL_PROPERTIES)


def _as_paragraph(block: Paragraph | Spacer) -> Paragraph:
    """A spacer in a cell is an empty paragraph exactly as tall."""
    if isinstance(block, Paragraph):
        return block
    return Paragraph((), TextStyle(size=max(block.height * 72 / 25.4, 1.0), leading=1.0, space_after=0))


def write_card_sheet(document: Document, sheet: CardSheet, write: WriteParagraph) -> None:
    widths = [sheet.card_width] * sheet.columns
    table = document.add_table(rows=0, cols=sheet.columns)
    _set_table_properties(table, widths, Borders.CUT, sheet.padding)
    put(table._tbl.tblPr, _element("w:jc", val="center"), TABLE_PROPERTIES)
    for r in range(sheet.rows):
        row = table.add_row()
        trpr = _row_properties(row)
        trpr.append(_element("w:cantSplit"))
        trpr.append(_element("w:trHeight", val=str(twips(sheet.card_height)), hRule="exact"))
        for c, cell in enumerate(row.cells):
            index = r * sheet.columns + c
            blocks = sheet.cards[index].blocks if index < len(sheet.cards) else ()
            _fill_cell(cell, sheet.card_width, tuple(_as_paragraph(b) for b in blocks), write)
