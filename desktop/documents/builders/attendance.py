"""The attendance (registration) sheet: everyone registered, by surname, with room to sign.

The header row repeats on every page; each row is at least 10 mm high so there is room for a signature.
People who take part online have «онлайн» in the signature cell: nobody waits for their signature.
"""

from __future__ import annotations

from desktop.documents import styles
from desktop.documents.builders.common import event_kind_line, event_title, header, metadata, para, place, words
from desktop.documents.data import Participant, SeminarContext
from desktop.documents.formatting import counted, date_range
from desktop.documents.spec import Block, Cell, DocumentSpec, Orientation, PageSetup, Paragraph, Row, Run, Spacer, Table
from desktop.documents.typography import join_nonempty, tidy
from desktop.domain.enums import Language, Mode

# landscape: room for long organisation names and a signature column wide enough to sign in
PAGE = PageSetup(orientation=Orientation.LANDSCAPE, margins=(14.0, 12.0, 14.0, 15.0), page_numbers=True)
ROW_HEIGHT = 10.0  # mm: room for a signature
CELL = styles.TABLE_TEXT.but(size=10)
BLANK_ROWS = 22
# №, name, organisation, position, signature
WIDTHS = (10.0, 68.0, 72.0, 65.0, 55.0)


def _row(n: int, participant: Participant, online_word: str, language: Language) -> Row:
    person = participant.person
    texts = (str(n), person.full_name, participant.organisation_short, person.position)
    cells = [Cell((Paragraph((Run(tidy(text, language, narrow=True)),), CELL),)) for text in texts]
    signature = (
        (Paragraph((Run(online_word, italic=True),), styles.TABLE_SMALL),) if participant.mode is Mode.ONLINE else ()
    )
    cells.append(Cell(signature))
    return Row(tuple(cells), min_height=ROW_HEIGHT)


def build_attendance(context: SeminarContext, participants: tuple[Participant, ...]) -> DocumentSpec:
    seminar = context.seminar
    language = seminar.language
    w = words(context)
    when = date_range(seminar.starts_at.date(), seminar.ends_at.date(), language)
    head_texts = (w.number_column, w.name_column, w.organisation_column, w.position_column, w.signature_column)
    head = Row(tuple(Cell((para(text, styles.TABLE_HEAD),)) for text in head_texts))
    rows = tuple(_row(n, p, w.online_mark, language) for n, p in enumerate(participants, start=1))
    if not rows:
        # nobody registered yet: a blank sheet to fill in by hand at the door
        rows = tuple(
            Row((Cell((para(str(n), styles.TABLE_TEXT),)), *(Cell(()) for _ in WIDTHS[1:])), min_height=ROW_HEIGHT)
            for n in range(1, BLANK_ROWS + 1)
        )
    scale = PAGE.text_width / sum(WIDTHS)
    body: list[Block] = [
        *header(context, with_partners=False, with_logo=False),
        para(w.attendance, styles.DOCUMENT_TITLE, outline=1),
        para(event_kind_line(context), styles.SUBTITLE),
        para(event_title(context), styles.EVENT_TITLE.but(size=13)),
        para(join_nonempty([when, place(context)]), styles.CENTRED_DETAIL.but(space_after=8)),
        Table(widths=tuple(width * scale for width in WIDTHS), rows=rows, header=(head,)),
    ]
    if participants:
        total = w.registered_total.format(people=counted(len(participants), w.participants, language))
        body += [Spacer(3), para(total, styles.DETAIL)]
    return DocumentSpec(meta=metadata(context, w.attendance.capitalize()), body=tuple(body), page=PAGE)
