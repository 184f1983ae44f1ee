"""Paragraph XML for the DOCX renderer, written directly.

python-docx's paragraph and run objects place every property by searching the schema's list of successors,
which made a thousand certificates take twice as long as the text itself; a paragraph here is built in
schema order in one go. The elements still come from python-docx's own factory (`OxmlElement`), so the rest
of python-docx sees ordinary paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from desktop.documents.spec import Paragraph

Element = etree._Element
TWIPS_PER_MM = 1440 / 25.4
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class Extras:
    """Paragraph properties beyond its style."""

    page_break_before: bool = False
    line_height: float | None = None  # points, exactly: a spacer's height
    space_after: float | None = None  # points


PLAIN = Extras()


def _add(parent: Element, tag: str, **attributes: str) -> Element:
    child = OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attributes.items()} if attributes else None)
    parent.append(child)
    return child


# control characters a paste can bring (XML 1.0 forbids most of them, lxml refuses them; the C1 ones print
# as nothing or as boxes), and two non-characters; tabs and line breaks are kept
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return XML_UNSAFE.sub("", text)


def _text(run: Element, text: str) -> None:
    # \n is a line break and \t a tab inside a run, as python-docx's run.text does
    text = xml_safe(text)
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            _add(run, "w:br")
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                _add(run, "w:tab")
            if piece:
                element = _add(run, "w:t")
                element.text = piece
                if piece != piece.strip():
                    element.set(_PRESERVE, "preserve")


def paragraph_element(paragraph: Paragraph, style_id: str, extras: Extras = PLAIN) -> Element:
    style = paragraph.style
    p = OxmlElement("w:p")
    properties = _add(p, "w:pPr")
    # children in schema order: pStyle, pageBreakBefore, tabs, spacing, ind, outlineLvl
    _add(properties, "w:pStyle", val=style_id)
    if extras.page_break_before:
        _add(properties, "w:pageBreakBefore")
    indent = round(style.left_indent * TWIPS_PER_MM)
    if paragraph.label:
        tabs = _add(properties, "w:tabs")
        _add(tabs, "w:tab", val="left", pos=str(indent))
    if extras.line_height is not None or extras.space_after is not None:
        spacing = _add(properties, "w:spacing")
        if extras.space_after is not None:
            spacing.set(qn("w:after"), str(round(extras.space_after * 20)))
        if extras.line_height is not None:
            spacing.set(qn("w:line"), str(max(round(extras.line_height * 20), 20)))
            spacing.set(qn("w:lineRule"), "exact")
    if paragraph.label:
        # the label hangs in the indent, a tab takes the text to the indent's edge
        _add(properties, "w:ind", left=str(indent), hanging=str(indent))
    if paragraph.outline:
        _add(properties, "w:outlineLvl", val=str(paragraph.outline - 1))
    if paragraph.label:
        _text(_add(p, "w:r"), paragraph.label + "\t")
    for run in paragraph.runs:
        if not run.text:
            continue
        r = _add(p, "w:r")
        bold = run.bold is not None and run.bold != style.bold
        italic = run.italic is not None and run.italic != style.italic
        if bold or italic:
            run_properties = _add(r, "w:rPr")
            if bold:
                _add(run_properties, "w:b", val="1" if run.bold else "0")
            if italic:
                _add(run_properties, "w:i", val="1" if run.italic else "0")
        _text(r, run.text)
    return p
