"""Certificates of participation and speaker certificates, A4 landscape, one fixed page each.

«СЕРТИФИКАТ / выдан / Абрамкиной Елене Ивановне / в том, что она приняла участие в семинаре / «Title» /
date, place, academic hours / signatures / registration number». «выдан» agrees with «сертификат» (uk:
«видано»), the verb and pronoun with the person's gender («принял(а)» when it is unknown). A speaker's
certificate names the talk. The name and titles shrink to fit their lines or are cut with «…»; if a page
would still be too tall, the whole certificate is set in a smaller preset, so it never runs onto a second page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents import styles
from desktop.documents.builders.common import issuer_name, logo, place, signatories_of, words
from desktop.documents.data import Participant, SeminarContext
from desktop.documents.declension import person_dative
from desktop.documents.fitting import MM, HeightCache, fit
from desktop.documents.fonts import missing_characters
from desktop.documents.formatting import counted, date_range, long_date
from desktop.documents.phrases import phrases
from desktop.documents.prepared import NameCheck
from desktop.documents.spec import (
    Align,
    DocumentSpec,
    Family,
    FixedBlock,
    FixedPage,
    Metadata,
    Orientation,
    PageSetup,
    Paragraph,
    Run,
    Signatures,
    Spacer,
    TextStyle,
)
from desktop.documents.typography import join_nonempty, quoted, tidy
from desktop.domain.enums import Language
from desktop.domain.records import CertificateRecord, TalkRecord

PAGE = PageSetup(orientation=Orientation.LANDSCAPE, margins=(18.0, 22.0, 16.0, 22.0), border=True)
# Word lays text out a little differently: keep this share of the page free so a DOCX page never overflows.
HEIGHT_BUDGET = 0.93


@dataclass(frozen=True)
class Preset:
    scale: float
    logo_width: float
    gap: float  # mm between the parts


PRESETS = (Preset(1.0, 20.0, 4.0), Preset(0.86, 16.0, 2.5), Preset(0.74, 13.0, 1.5))


@dataclass(frozen=True)
class CertificatePage:
    person_id: int
    full_name: str
    number: str  # "" when numbers were not issued (a preview)
    speaker: bool
    page: FixedPage


@dataclass(frozen=True)
class CertificateBatch:
    spec: DocumentSpec  # every certificate, one page each: for printing
    pages: tuple[CertificatePage, ...]
    checks: tuple[NameCheck, ...]

    def single(self, page: CertificatePage) -> DocumentSpec:
        """One person's certificate as a document of its own: for e-mailing."""
        meta = self.spec.meta
        return DocumentSpec(
            Metadata(f"{meta.title} — {page.full_name}", meta.author, meta.subject, meta.language),
            (page.page,),
            self.spec.page,
        )


def _style(size: float, preset: Preset, **changes: object) -> TextStyle:
    base = TextStyle(size=round(size * preset.scale * 2) / 2, align=Align.CENTER, space_after=0, leading=1.2)
    return base.but(**changes)


def _fitted(text: str, style: TextStyle, max_lines: int, min_size: float, cut: list[str], what: str) -> Paragraph:
    result = fit(Paragraph((Run(text),), style), PAGE.text_width, max_lines, min_size)
    if result.cut:
        cut.append(what)
    return result.paragraph


class _Template:
    """Everything one preset prints the same on every certificate of a seminar, made once per batch: the
    issuer, the heading, the event's title, date and place, the signatures. Only the person's lines vary."""

    def __init__(self, context: SeminarContext, preset: Preset) -> None:
        seminar = context.seminar
        language = seminar.language
        w = words(context)
        self.preset = preset
        self.words = w
        self.kind = w.kinds[seminar.kind]
        self.cut: list[str] = []  # what was cut in the shared parts (the event's title)
        self.gap = Spacer(preset.gap)
        self.head: list[FixedBlock] = [*logo(context, preset.logo_width)]
        issuer = issuer_name(context)
        if issuer:
            issuer_style = _style(11, preset, family=Family.SANS, bold=True, color=styles.GREY)
            self.head.append(_fitted(tidy(issuer, language), issuer_style, 2, 7, self.cut, "issuer"))
        self.head += [
            self.gap,
            Paragraph((Run(w.certificate),), _style(40, preset, bold=True, color=styles.ACCENT, leading=1.15)),
            Paragraph((Run(w.issued_to),), _style(15, preset, italic=True, space_before=2 * preset.scale)),
        ]
        self.name_style = _style(28, preset, bold=True, space_before=2, leading=1.15)
        self.body = _style(14, preset, leading=1.3)
        self.talk_style = _style(16, preset, bold=True, leading=1.2)
        title = quoted(seminar.title, language)
        title_style = _style(17, preset, bold=True)
        # a participant's certificate has room for three lines of title, a speaker's (which names the talk) two
        self.titles = {lines: _fitted(title, title_style, lines, 11, self.cut, "title") for lines in (2, 3)}
        when = date_range(seminar.starts_at.date(), seminar.ends_at.date(), language)
        self.tail: list[FixedBlock] = [
            self.gap,
            Paragraph((Run(join_nonempty([when, place(context)])),), _style(13, preset)),
        ]
        hours = _hours(seminar.academic_hours, language)
        if hours:
            self.tail.append(Paragraph((Run(hours),), _style(12, preset)))
        signatories = signatories_of(context)
        self.signatures = [Signatures(signatories, side_by_side=True, style=_style(11, preset))] if signatories else []
        self.number_style = _style(9, preset, color=styles.GREY, space_before=6 * preset.scale)
        self.language = language
        self.height = HeightCache(PAGE.text_width * MM)  # points; what all pages share is measured once
        self._lines: dict[str, Paragraph] = {}  # «в том, что она приняла участие в семинаре»: a few per batch
        self._dates: dict[dt.date, str] = {}

    def _date(self, day: dt.date) -> str:
        """«25 ноября 2026 года»: a batch is issued on one day, so Babel formats it once, not per page."""
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = long_date(day, self.language)
        return found

    def _line(self, text: str) -> Paragraph:
        """A body line many certificates print alike, as one shared block (measured and drawn once)."""
        found = self._lines.get(text)
        if found is None:
            found = self._lines[text] = Paragraph((Run(text),), self.body)
        return found

    def blocks(
        self, name: str, that: str, verb: str, talks: tuple[TalkRecord, ...], number: CertificateRecord | None
    ) -> tuple[list[FixedBlock], list[FixedBlock], list[str]]:
        """The certificate's body (logo to academic hours), its foot (signatures, number), what was cut."""
        cut = list(self.cut)
        body: list[FixedBlock] = [*self.head, _fitted(name, self.name_style, 2, 16, cut, "name"), self.gap]
        if talks:
            body.append(self._line(f"{that} {verb}"))
            titles = ", ".join(quoted(t.title, self.language) for t in talks)
            body.append(_fitted(titles, self.talk_style, 3, 10, cut, "talk title"))
            body += [self._line(self.kind.at_it), self.titles[2]]
        else:
            body += [self._line(f"{that} {verb} {self.kind.in_it}"), self.titles[3]]
        body += self.tail
        foot: list[FixedBlock] = [*self.signatures]
        if number is not None:
            line = self.words.number_line.format(number=number.number, date=self._date(number.issued_on))
            foot.append(Paragraph((Run(line),), self.number_style))
        return body, foot, cut


def _hours(hours: float | None, language: Language) -> str:
    if not hours:
        return ""
    w = phrases(language)
    return w.volume.format(hours=counted(hours, w.academic_hours, language))


def _laid_out(body: list[FixedBlock], foot: list[FixedBlock], height: HeightCache) -> list[FixedBlock] | None:
    """Body a little above the middle, the foot at the bottom; None if it does not fit the page."""
    budget = PAGE.text_height * HEIGHT_BUDGET
    free = budget - height.total(body) / MM - height.total(foot) / MM
    if free < 0:
        return None
    above = free * (0.4 if foot else 0.45)
    return [Spacer(above), *body, Spacer(free - above), *foot]


def build_certificates(
    context: SeminarContext,
    chosen: tuple[Participant, ...],
    numbers: dict[int, CertificateRecord],
    talks_by_person: dict[int, tuple[TalkRecord, ...]],
) -> CertificateBatch:
    """One certificate per chosen participant; speakers (people with talks) get the speaker's text."""
    language = context.seminar.language
    w = words(context)
    templates: dict[Preset, _Template] = {}
    pages: list[CertificatePage] = []
    checks: list[NameCheck] = []
    for participant in chosen:
        person = participant.person
        talks = talks_by_person.get(person.id, ())
        dative = person_dative(person, language)
        verbs = (w.gave_talks if len(talks) > 1 else w.gave_talk) if talks else w.took_part_verb
        that, verb = w.that.of(dative.gender), verbs.of(dative.gender)
        number = numbers.get(person.id)
        laid_out: list[FixedBlock] | None = None
        for preset in PRESETS:
            template = templates.get(preset) or templates.setdefault(preset, _Template(context, preset))
            body, foot, cut = template.blocks(dative.text, that, verb, talks, number)
            laid_out = _laid_out(body, foot, template.height)
            if laid_out is not None:
                break
        if laid_out is None:  # even the smallest preset is too tall: the PDF scales the page down to fit
            laid_out = [*body, *foot]
        reasons = list(dative.doubts)
        missing = missing_characters(dative.text)
        if missing:
            reasons.append(f"the fonts cannot print {''.join(sorted(missing))}")
        reasons += [f"the {what} was too long and is cut short" for what in dict.fromkeys(cut)]
        if reasons:
            checks.append(NameCheck(person.id, person.full_name, dative.text, tuple(reasons)))
        pages.append(
            CertificatePage(
                person.id, person.full_name, number.number if number else "", bool(talks), FixedPage(tuple(laid_out))
            )
        )
    seminar = context.seminar
    meta = Metadata(f"{w.certificates}: {seminar.title}", issuer_name(context), seminar.title, language)
    spec = DocumentSpec(meta=meta, body=tuple(p.page for p in pages), page=PAGE)
    return CertificateBatch(spec, tuple(pages), tuple(checks))
