"""The programme: header, what, when and where, then a table of blocks and talks.

Each talk is a row: its time (`10:00–10:20`), «Title», and its speakers with position and organisation;
online talks are marked unless the whole event is online. A block opens with a shaded row (title, time,
room, moderators) that is kept with its first talk, so it never ends a page alone; the table's header
repeats on every page.
"""

from __future__ import annotations

from desktop.documents import styles
from desktop.documents.builders.common import (
    event_kind_line,
    event_title,
    header,
    metadata,
    para,
    person_line,
    venue,
    words,
)
from desktop.documents.data import SeminarContext
from desktop.documents.formatting import date_range
from desktop.documents.spec import (
    Block,
    Cell,
    DocumentSpec,
    PageSetup,
    Paragraph,
    Row,
    Run,
    Spacer,
    Table,
)
from desktop.documents.typography import join_nonempty, quoted, tidy, time_range, unbroken_hyphens
from desktop.domain.enums import EventFormat, Language, Mode, TalkKind
from desktop.domain.records import BlockRecord, TalkRecord
from desktop.services.programme import ProgrammeRecord

PAGE = PageSetup(margins=(18.0, 15.0, 18.0, 22.0), page_numbers=True)
TIME_COLUMN = 26.0
BLOCK_SHADE = "efe9e1"
# Talks whose title is a name for the item rather than a talk's title: no quotes around them.
_UNQUOTED = (TalkKind.OPENING, TalkKind.CLOSING, TalkKind.DISCUSSION, TalkKind.BREAK, TalkKind.LUNCH)


def _detail(label: str, value: str) -> Paragraph:
    return Paragraph((Run(f"{label}: ", bold=True), Run(value)), styles.DETAIL)


def _details(context: SeminarContext) -> list[Block]:
    seminar = context.seminar
    language = seminar.language
    w = words(context)
    when = date_range(seminar.starts_at.date(), seminar.ends_at.date(), language)
    if seminar.starts_at.date() == seminar.ends_at.date():
        when += f", {time_range(seminar.starts_at, seminar.ends_at)}"
    blocks: list[Block] = [Paragraph((Run(when, bold=True),), styles.CENTRED_DETAIL.but(space_after=8))]
    where = venue(context)
    if where and seminar.format is not EventFormat.ONLINE:
        blocks.append(_detail(w.venue, where))
    blocks.append(_detail(w.format, w.formats[seminar.format]))
    for label, link in ((w.stream, seminar.stream_url), (w.registration, seminar.registration_url)):
        if link:
            blocks.append(_detail(label, link))
    if seminar.audience:
        blocks.append(_detail(w.audience, tidy(seminar.audience, language)))
    return blocks


def _talk_row(talk: TalkRecord, language: Language, mark_online: bool, online_word: str) -> Row:
    title = tidy(talk.title, language) if talk.kind in _UNQUOTED else quoted(talk.title, language)
    title = unbroken_hyphens(title)
    if talk.kind.is_pause:
        content = [Paragraph((Run(title, italic=True),), styles.TABLE_TEXT)]
    else:
        content = [Paragraph((Run(title, bold=True),), styles.TABLE_TEXT.but(space_after=1.5))]
        content += [
            Paragraph((Run(unbroken_hyphens(person_line(s, language))),), styles.TABLE_TEXT) for s in talk.speakers
        ]
    when = [Paragraph((Run(time_range(talk.starts_at, talk.ends_at)),), styles.TABLE_TEXT)]
    if mark_online and talk.mode is Mode.ONLINE:
        when.append(Paragraph((Run(online_word, italic=True),), styles.TABLE_SMALL))
    return Row((Cell(tuple(when)), Cell(tuple(content))))


def _block_row(block: BlockRecord, context: SeminarContext) -> Row:
    language = context.seminar.language
    w = words(context)
    lines = [Paragraph((Run(unbroken_hyphens(tidy(block.title, language))),), styles.BLOCK_TITLE)]
    when_where = join_nonempty([time_range(block.starts_at, block.ends_at), tidy(block.room, language)])
    lines.append(Paragraph((Run(when_where),), styles.BLOCK_DETAIL))
    if block.moderators:
        label = w.moderator.one if len(block.moderators) == 1 else w.moderator.other
        people = unbroken_hyphens("; ".join(person_line(m, language) for m in block.moderators))
        lines.append(Paragraph((Run(f"{label}: ", bold=True), Run(people)), styles.BLOCK_DETAIL))
    return Row((Cell(tuple(lines), span=2, shade=BLOCK_SHADE),), keep_with_next=True)


def programme_table(context: SeminarContext, programme: ProgrammeRecord) -> Table:
    language = context.seminar.language
    w = words(context)
    mark_online = context.seminar.format is not EventFormat.ONLINE
    rows: list[Row] = [_talk_row(t, language, mark_online, w.online_mark) for t in programme.loose_talks]
    for block in programme.blocks:
        rows.append(_block_row(block, context))
        rows.extend(_talk_row(t, language, mark_online, w.online_mark) for t in block.talks)
    head = Row((Cell((para(w.time, styles.TABLE_HEAD),)), Cell((para(w.talk_column, styles.TABLE_HEAD),))))
    return Table(
        widths=(TIME_COLUMN, PAGE.text_width - TIME_COLUMN),
        rows=tuple(rows),
        header=(head,),
    )


def build_programme(context: SeminarContext, programme: ProgrammeRecord) -> DocumentSpec:
    w = words(context)
    body: list[Block] = [
        *header(context),
        para(w.programme, styles.DOCUMENT_TITLE, outline=1),
        para(event_kind_line(context), styles.SUBTITLE),
        para(event_title(context), styles.EVENT_TITLE),
        *_details(context),
    ]
    if programme.loose_talks or programme.blocks:
        body += [Spacer(3), programme_table(context, programme)]
    return DocumentSpec(meta=metadata(context, w.programme.capitalize()), body=tuple(body), page=PAGE)
