"""The text styles Kafedra's documents share: one place to change how a heading or a table cell looks."""

from __future__ import annotations

from desktop.documents.spec import Align, Family, TextStyle

ACCENT = "6b3a1e"  # dark brown: titles and roles, prints well in black and white too
GREY = "555555"

BODY = TextStyle(size=12, align=Align.JUSTIFY, first_line_indent=10, space_after=4, leading=1.3)
BODY_PLAIN = BODY.but(first_line_indent=0)
# left-aligned: justified list items with long compound words leave holes between the words
LIST_ITEM = BODY.but(align=Align.LEFT, first_line_indent=0, left_indent=8, space_after=3)
LEAD_IN = BODY.but(first_line_indent=0, bold=True, space_before=8, keep_with_next=True)

ORGANISER = TextStyle(family=Family.SANS, size=11, bold=True, align=Align.CENTER, space_after=1, leading=1.2)
DEPARTMENT = ORGANISER.but(bold=False, size=10, space_after=1)
PARTNERS = DEPARTMENT.but(italic=True, space_after=6)
DOCUMENT_TITLE = TextStyle(
    family=Family.SANS,
    size=17,
    bold=True,
    align=Align.CENTER,
    space_before=10,
    space_after=4,
    color=ACCENT,
    leading=1.2,
)
SUBTITLE = TextStyle(size=12, align=Align.CENTER, space_after=2, leading=1.25)
EVENT_TITLE = TextStyle(size=15, bold=True, align=Align.CENTER, space_after=6, leading=1.2)
DETAIL = TextStyle(size=11, align=Align.LEFT, space_after=1.5, leading=1.25)
CENTRED_DETAIL = DETAIL.but(align=Align.CENTER)

TABLE_HEAD = TextStyle(family=Family.SANS, size=10, bold=True, space_after=0, leading=1.2)
TABLE_TEXT = TextStyle(size=10, space_after=0, leading=1.25)
TABLE_SMALL = TABLE_TEXT.but(size=9, color=GREY)
BLOCK_TITLE = TextStyle(family=Family.SANS, size=11, bold=True, space_after=1, leading=1.2, keep_with_next=True)
BLOCK_DETAIL = TextStyle(family=Family.SANS, size=9.5, space_after=0, leading=1.25, keep_with_next=True)

SIGNATURE = TextStyle(size=11, space_before=18, space_after=0, leading=1.25)
