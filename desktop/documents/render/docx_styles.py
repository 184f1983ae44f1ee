"""The DOCX document's defaults: fonts without theme overrides, language, A4 page, one style per TextStyle.

Word decides a run's font from the `w:rFonts` slot that matches each character's script (ascii, hAnsi,
eastAsia, cs), and a theme attribute (`w:asciiTheme`…) in the same element wins over the explicit name. So
every slot is set and every theme attribute is removed, in the defaults and in every style of the template:
otherwise Cyrillic could come out in Calibri. `w:lang` comes from the document's language, so spelling and
hyphenation follow it.
"""

from __future__ import annotations

import copy
import threading

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from desktop.documents.fonts import DOCX_FAMILY
from desktop.documents.render.docx_xml import xml_safe
from desktop.documents.spec import Align, DocumentSpec, Family, Orientation, TextStyle

Element = etree._Element
FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
LANGUAGE_TAGS = {"ru": "ru-RU", "uk": "uk-UA", "en": "en-GB"}
ALIGNMENT = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# Substitutes for a computer without the PT fonts: Word and LibreOffice read w:altName from the font table.
ALTERNATIVES = {Family.SERIF: ("Times New Roman", "roman"), Family.SANS: ("Arial", "swiss")}


def _child(parent: Element, tag: str) -> Element:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_fonts(r_pr: Element, family: str) -> None:
    """All four slots of `w:rFonts` name `family`; no theme attribute is left to override them."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    _drop_theme(fonts)
    for slot in FONT_SLOTS:
        fonts.set(qn(slot), family)


def _drop_theme(fonts: Element) -> None:
    for attribute in THEME_ATTRIBUTES:
        if qn(attribute) in fonts.attrib:
            del fonts.attrib[qn(attribute)]


def _set_language(r_pr: Element, tag: str) -> None:
    lang = _child(r_pr, "w:lang")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), tag)


def set_up_document(document: Document, spec: DocumentSpec) -> None:
    language = LANGUAGE_TAGS[spec.meta.language.value]
    styles_element = document.styles.element
    # no theme font anywhere: the defaults and every style of the template name our families
    for fonts in styles_element.iter(qn("w:rFonts")):
        _drop_theme(fonts)
        # a style that names a face in some slots (the template's «Macro Text»: Courier) names it in all four
        named = next((fonts.get(qn(slot)) for slot in FONT_SLOTS if fonts.get(qn(slot))), DOCX_FAMILY[Family.SERIF])
        for slot in FONT_SLOTS:
            if not fonts.get(qn(slot)):
                fonts.set(qn(slot), named)
    # the template's default paragraph spacing (10 pt after, 1.15 lines) would make every empty table cell,
    # and so every row of an attendance sheet, taller in Word than in the PDF
    spacing = _child(_child(_child(_child(styles_element, "w:docDefaults"), "w:pPrDefault"), "w:pPr"), "w:spacing")
    for attribute, value in (("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")):
        spacing.set(qn(attribute), value)
    defaults = _child(_child(_child(styles_element, "w:docDefaults"), "w:rPrDefault"), "w:rPr")
    set_fonts(defaults, DOCX_FAMILY[Family.SERIF])
    _set_language(defaults, language)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)
    _package_parts(document)
    _page(document, spec)
    properties = document.core_properties
    # the package's properties allow 255 characters and no control characters; a long title is cut
    properties.title = xml_safe(spec.meta.title)[:255]
    properties.author = xml_safe(spec.meta.author)[:255]
    properties.subject = xml_safe(spec.meta.subject)[:255]
    properties.language = language
    properties.comments = "Made with Kafedra"


def _package_parts(document: Document) -> None:
    """Drop the Word 2010 copy of the styles (it would keep the template's theme fonts) and give the font table
    substitutes for a computer that lacks the PT fonts. python-docx loads both parts as plain bytes."""
    for rel_id, rel in list(document.part.rels.items()):
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind == "stylesWithEffects":
            document.part.drop_rel(rel_id)
        elif kind == "fontTable":
            part = rel.target_part
            table = etree.fromstring(part.blob)
            for family in Family:
                name = DOCX_FAMILY[family]
                if any(f.get(qn("w:name")) == name for f in table.findall(qn("w:font"))):
                    continue
                alternative, kind_of_face = ALTERNATIVES[family]
                font = etree.SubElement(table, qn("w:font"))
                font.set(qn("w:name"), name)
                for tag, value in (
                    ("w:altName", alternative),
                    ("w:charset", "CC"),
                    ("w:family", kind_of_face),
                    ("w:pitch", "variable"),
                ):
                    etree.SubElement(font, qn(tag)).set(qn("w:val"), value)
            part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page(document: Document, spec: DocumentSpec) -> None:
    section = document.sections[0]
    width, height = spec.page.size
    section.orientation = WD_ORIENT.LANDSCAPE if spec.page.orientation is Orientation.LANDSCAPE else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    top, right, bottom, left = spec.page.margins
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = Mm(top / 2)
    section.footer_distance = Mm(bottom / 3)
    if spec.page.border:
        _page_border(section._sectPr)


def _page_border(sect_pr: Element) -> None:
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "double")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:space"), "28")  # points from the paper's edge: the PDF frame's 10 mm
        edge.set(qn("w:color"), "6B5A3A")
        borders.append(edge)
    # schema order: pgBorders comes right after pgMar
    margin = sect_pr.find(qn("w:pgMar"))
    if margin is not None:
        margin.addnext(borders)
    else:
        sect_pr.append(borders)


# Styles already made, as XML to copy: one per-person file after another needs the same dozen styles, and
# python-docx takes milliseconds to make each (it looks the name up among the template's 160 styles and
# places every property element one by one). Kept per process, never on disk; a few hundred at most.
_made: dict[tuple[str, TextStyle], Element] = {}
_made_lock = threading.Lock()
_MADE_LIMIT = 512


class StyleBook:
    """One named paragraph style per distinct TextStyle, created on first use.

    Paragraphs get the style's id written straight into `w:pStyle`: python-docx's `paragraph.style = …` looks
    the style up among all the template's styles each time, which made a thousand certificates take seconds.
    A style once made is copied as XML into the next document that needs it (the same name and TextStyle
    always make the same element).
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._ids: dict[TextStyle, str] = {}

    def apply(self, paragraph: DocxParagraph, style: TextStyle) -> None:
        paragraph._p.style = self.style_id(style)

    def style_id(self, style: TextStyle) -> str:
        if style not in self._ids:
            self._ids[style] = self._create(f"Kafedra {len(self._ids) + 1}", style)
        return self._ids[style]

    def _create(self, name: str, style: TextStyle) -> str:
        with _made_lock:
            made = _made.get((name, style))
        if made is None:
            made, style_id = self._make(name, style)
            with _made_lock:
                if len(_made) >= _MADE_LIMIT:
                    _made.clear()
                _made[(name, style)] = copy.deepcopy(made)
            return style_id
        element = copy.deepcopy(made)
        self._document.styles.element.append(element)
        return str(element.get(qn("w:styleId")))

    def _make(self, name: str, style: TextStyle) -> tuple[Element, str]:
        created = self._document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        created.base_style = self._document.styles["Normal"]
        created.quick_style = False
        font = created.font
        font.size = Pt(style.size)
        font.bold = style.bold
        font.italic = style.italic
        font.color.rgb = RGBColor.from_string(style.color.upper())
        set_fonts(created.element.get_or_add_rPr(), DOCX_FAMILY[style.family])
        paragraph = created.paragraph_format
        paragraph.alignment = ALIGNMENT[style.align]
        paragraph.space_before = Pt(style.space_before)
        paragraph.space_after = Pt(style.space_after)
        # an exact line height, the same as the PDF's leading, so pages break in the same places
        paragraph.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        paragraph.line_spacing = Pt(style.size * style.leading)
        paragraph.left_indent = Mm(style.left_indent)
        paragraph.first_line_indent = Mm(style.first_line_indent)
        paragraph.keep_with_next = style.keep_with_next
        paragraph.widow_control = True
        return created.element, str(created.style_id)
