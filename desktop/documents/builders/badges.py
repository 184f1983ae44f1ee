"""Badges: 8 (or 6) cards per A4 sheet with dashed lines to cut along.

Each card: the event in small letters, the surname large, the given name and patronymic below it, position
and organisation small, the role at the foot. Every line is shrunk to fit its card (or cut with «…»), so a
long organisation name never spills into the next badge.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.documents import styles
from desktop.documents.builders.common import words
from desktop.documents.data import Participant, SeminarContext
from desktop.documents.declension import resolved_gender
from desktop.documents.fitting import fit, fixed_height
from desktop.documents.spec import (
    A4_MM,
    Align,
    Card,
    CardSheet,
    DocumentSpec,
    Family,
    Metadata,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    Spacer,
    TextStyle,
)
from desktop.documents.typography import tidy
from desktop.domain.names import full_name


@dataclass(frozen=True)
class SheetLayout:
    columns: int
    rows: int
    card_width: float  # mm
    card_height: float  # mm

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def page(self) -> PageSetup:
        side = (A4_MM[0] - self.columns * self.card_width) / 2
        top = (A4_MM[1] - self.rows * self.card_height) / 2
        # a little less at the foot than at the head, so the grid never touches the bottom margin
        return PageSetup(margins=(top, side, top - 1, side))


LAYOUTS = {8: SheetLayout(2, 4, 90.0, 65.0), 6: SheetLayout(2, 3, 90.0, 88.0)}
PADDING = 4.0
HEIGHT_BUDGET = 0.94  # of a card's inner height: Word and LibreOffice set lines a little taller

EVENT = TextStyle(family=Family.SANS, size=7.5, align=Align.CENTER, color=styles.GREY, space_after=3, leading=1.15)
SURNAME = TextStyle(family=Family.SANS, size=22, bold=True, align=Align.CENTER, space_after=0, leading=1.15)
GIVEN = TextStyle(family=Family.SANS, size=14, align=Align.CENTER, space_after=3, leading=1.2)
SMALL = TextStyle(family=Family.SANS, size=8.5, align=Align.CENTER, space_after=1, leading=1.15)
ROLE = TextStyle(
    family=Family.SANS, size=10, bold=True, align=Align.CENTER, color=styles.ACCENT, space_before=3, space_after=0
)


@dataclass(frozen=True)
class BadgeSheets:
    spec: DocumentSpec
    cut: tuple[str, ...]  # full names whose card had to cut a line short


def _card(participant: Participant, context: SeminarContext, width: float, height: float) -> tuple[Card, bool]:
    """The event at the top, the role at the foot, the person in the middle of what is left."""
    language = context.seminar.language
    person = participant.person
    gender = resolved_gender(person.gender, person.given_name, person.patronymic)
    cut = False

    def line(text: str, style: TextStyle, max_lines: int, min_size: float) -> list[Paragraph]:
        nonlocal cut
        if not text:
            return []
        fitted = fit(Paragraph((Run(text),), style), width, max_lines, min_size)
        cut = cut or fitted.cut
        return [fitted.paragraph]

    top = line(tidy(context.seminar.title, language), EVENT, 2, 6.0)
    middle = [
        *line(person.surname, SURNAME, 1, 12.0),
        *line(full_name("", person.given_name, person.patronymic), GIVEN, 2, 9.0),
        *line(tidy(person.position, language), SMALL, 2, 6.5),
        *line(tidy(participant.organisation_short, language), SMALL, 2, 6.5),
    ]
    foot = line(words(context).roles[participant.role].of(gender).upper(), ROLE, 1, 8.0)
    free = height * HEIGHT_BUDGET - fixed_height([*top, *middle, *foot], width)
    if free <= 0:
        return Card((*top, *middle, *foot)), cut
    return Card((*top, Spacer(free / 2), *middle, Spacer(free / 2), *foot)), cut


def build_badges(context: SeminarContext, participants: tuple[Participant, ...], per_page: int = 8) -> BadgeSheets:
    layout = LAYOUTS[per_page]
    inner_width = layout.card_width - 2 * PADDING
    inner_height = layout.card_height - 2 * PADDING
    cards: list[Card] = []
    cut: list[str] = []
    for participant in participants:
        card, was_cut = _card(participant, context, inner_width, inner_height)
        cards.append(card)
        if was_cut:
            cut.append(participant.person.full_name)
    body: list[CardSheet | PageBreak] = []
    for start in range(0, max(len(cards), 1), layout.per_page):
        if body:
            body.append(PageBreak())
        body.append(
            CardSheet(
                columns=layout.columns,
                rows=layout.rows,
                card_width=layout.card_width,
                card_height=layout.card_height,
                cards=tuple(cards[start : start + layout.per_page]),
                padding=PADDING,
            )
        )
    seminar = context.seminar
    meta = Metadata(title=f"{words(context).badges}: {seminar.title}", subject=seminar.title, language=seminar.language)
    return BadgeSheets(DocumentSpec(meta=meta, body=tuple(body), page=layout.page()), tuple(cut))
