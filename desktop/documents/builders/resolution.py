"""The resolution, shaped like the ones our users adopt (reference seeds 001 and 004), only cleaner.

Title, place and date; the preamble (the user's, or one made from the seminar when there is none) with the
counts «приняли участие 143 специалиста из 38 организаций» unless the preamble already states the total;
the talks heard, numbered, as «Title», speaker, position, organisation; what the participants noted; the
numbered recommendations; the adoption date and the signatures.
"""

from __future__ import annotations

import re

from desktop.documents import styles
from desktop.documents.builders.common import (
    event_title,
    header,
    metadata,
    organiser_name,
    para,
    person_line,
    place,
    signatories_of,
    words,
)
from desktop.documents.data import ResolutionData, SeminarContext
from desktop.documents.formatting import counted, date_range, long_date, plural_category
from desktop.documents.spec import Block, DocumentSpec, PageSetup, Paragraph, Run, Signatures, Spacer
from desktop.documents.typography import join_nonempty, quoted, tidy
from desktop.domain.enums import Language, ResolutionSection

PAGE = PageSetup(margins=(20.0, 15.0, 20.0, 25.0), page_numbers=True)


def _counts_sentence(context: SeminarContext, data: ResolutionData) -> str:
    seminar = context.seminar
    language = seminar.language
    w = words(context)
    counts = data.counts
    template = w.took_part_one if plural_category(counts.total, language) == "one" else w.took_part
    people = counted(counts.total, w.specialists, language)
    organisations = counted(counts.organisations, w.from_organisations, language) if counts.organisations else ""
    sentence = template.format(
        kind=w.kinds[seminar.kind].genitive,
        people=people,
        organisations=w.from_word + organisations if organisations else "",
    )
    sentence = sentence[:1].upper() + sentence[1:]
    if data.talks:
        sentence += " " + w.talks_heard_count.format(talks=counted(len(data.talks), w.talks, language))
    return sentence


def _states_total(preamble: str, total: int) -> bool:
    """The user's preamble already gives the number of participants: do not say it twice."""
    # «143 специалиста» counts, «1 143» or «2143» does not
    return re.search(rf"(?<!\d)(?<!\d )(?<!\d\u00a0){total}(?!\d)", preamble) is not None


def _opening(context: SeminarContext) -> str:
    """A preamble for a resolution whose author wrote none: what, when, who organised it."""
    seminar = context.seminar
    w = words(context)
    kind = w.kinds[seminar.kind]
    when = date_range(seminar.starts_at.date(), seminar.ends_at.date(), seminar.language)
    if seminar.language.value == "en":
        sentence = f"On {when} the {kind.nominative} {event_title(context)} {kind.took_place}."
    else:
        sentence = f"{when} {kind.took_place} {kind.nominative} {event_title(context)}."
    organiser = organiser_name(context)
    if organiser:
        sentence += " " + w.organised_by.format(organiser=tidy(organiser, seminar.language))
    return sentence


def _preamble(context: SeminarContext, data: ResolutionData) -> list[Block]:
    language = context.seminar.language
    text = data.resolution.preamble.strip() or _opening(context)
    paragraphs = [para(tidy(p.strip(), language), styles.BODY) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if data.counts.total and not _states_total(text, data.counts.total):
        paragraphs.append(para(_counts_sentence(context, data), styles.BODY))
    return list(paragraphs)


def _talks(context: SeminarContext, data: ResolutionData) -> list[Block]:
    if not data.talks:
        return []
    language = context.seminar.language
    w = words(context)
    kind = w.kinds[context.seminar.kind].genitive
    blocks: list[Block] = [para(w.talks_heard.format(kind=kind), styles.LEAD_IN)]
    for n, talk in enumerate(data.talks, start=1):
        speakers = "; ".join(person_line(s, language) for s in talk.speakers)
        text = join_nonempty([quoted(talk.title, language), speakers]) + "."
        blocks.append(para(text, styles.LIST_ITEM, label=f"{n}."))
    return blocks


def _items(
    data: ResolutionData, section: ResolutionSection, lead_in: str, numbered: bool, language: Language
) -> list[Block]:
    items = data.resolution.section(section)
    if not items:
        return []
    blocks: list[Block] = [para(lead_in, styles.LEAD_IN)]
    for n, item in enumerate(items, start=1):
        label = f"{n}." if numbered else "—"
        blocks.append(para(tidy(item.text, language), styles.LIST_ITEM, label=label))
    return blocks


def build_resolution(context: SeminarContext, data: ResolutionData) -> DocumentSpec:
    seminar = context.seminar
    language = seminar.language
    w = words(context)
    kind = w.kinds[seminar.kind].genitive
    when = date_range(seminar.starts_at.date(), seminar.ends_at.date(), language)
    body: list[Block] = [
        *header(context, with_partners=False),
        para(w.resolution, styles.DOCUMENT_TITLE, outline=1),
        para(w.resolution_of.format(kind=kind), styles.SUBTITLE),
        para(event_title(context), styles.EVENT_TITLE.but(space_after=2)),
    ]
    if seminar.subtitle:
        body.append(para(tidy(seminar.subtitle, language), styles.SUBTITLE.but(italic=True)))
    where = place(context, where_adopted=True)
    body.append(para(join_nonempty([where, when]), styles.CENTRED_DETAIL.but(space_before=6, space_after=10)))
    body += _preamble(context, data)
    body += _talks(context, data)
    body += _items(data, ResolutionSection.NOTED, w.noted.format(kind=kind), False, language)
    body += _items(data, ResolutionSection.RECOMMENDATION, w.recommend.format(kind=kind), True, language)
    if seminar.recording_url:
        recording = Paragraph((Run(f"{w.recording}: ", bold=True), Run(seminar.recording_url)), styles.BODY_PLAIN)
        body.append(recording)
    if data.resolution.adopted_on is not None:
        adopted = w.adopted.format(date=long_date(data.resolution.adopted_on, language))
        body.append(para(adopted, styles.BODY_PLAIN.but(space_before=6)))
    signatories = signatories_of(context)
    if signatories:
        body += [Spacer(4), Signatures(signatories, side_by_side=False, style=styles.SIGNATURE)]
    return DocumentSpec(meta=metadata(context, w.resolution.capitalize()), body=tuple(body), page=PAGE)
