"""Pieces every document shares: the organiser's header, the event line, place, people as printed."""

from __future__ import annotations

from desktop.documents import styles
from desktop.documents.data import SeminarContext
from desktop.documents.phrases import Phrases, phrases
from desktop.documents.spec import Image, Metadata, Paragraph, Run, Signatory, TextStyle
from desktop.documents.typography import join_nonempty, quoted, tidy
from desktop.domain.enums import EventFormat, Language, PartnerRole
from desktop.domain.names import initials_surname, organisation_key, split_full_name
from desktop.domain.records import PersonRef

LOGO_WIDTH = 22.0  # mm on programmes and certificates


def para(text: str, style: TextStyle, *, label: str = "", outline: int = 0) -> Paragraph:
    return Paragraph((Run(text),), style, label=label, outline=outline)


def language_of(context: SeminarContext) -> Language:
    return context.seminar.language


def words(context: SeminarContext) -> Phrases:
    return phrases(context.seminar.language)


def organiser_name(context: SeminarContext) -> str:
    """Who holds the event: the seminar's organiser, else our own organisation's profile."""
    if context.organiser is not None:
        return context.organiser.full_name
    return context.profile.name


def issuer_name(context: SeminarContext) -> str:
    """Who issues certificates: our organisation (its signatories sign them), else the seminar's organiser."""
    return context.profile.name or organiser_name(context)


def department(context: SeminarContext) -> str:
    return context.seminar.organiser_department or (context.profile.department if context.organiser is None else "")


def logo(context: SeminarContext, width: float = LOGO_WIDTH) -> list[Image]:
    """The profile's logo, unless it cannot be printed (a file stored by an older version, or damaged since):
    a document is then made without it rather than not at all."""
    from desktop.documents.images import usable

    found = context.profile.logo
    return [Image(found, width)] if found and usable(found) else []


def held_by_us(context: SeminarContext) -> bool:
    """Is the event held or co-held by our own organisation (the profile), whose logo may head its papers?"""
    if context.organiser is None:
        return bool(context.profile.name)
    mine = {organisation_key(context.profile.name), organisation_key(context.profile.short_name)} - {""}
    theirs = {organisation_key(context.organiser.full_name), organisation_key(context.organiser.short_name)}
    theirs |= {organisation_key(p.organisation_name) for p in context.seminar.partners}
    return bool(mine & theirs)


def header(context: SeminarContext, *, with_partners: bool = True, with_logo: bool = True) -> list[Paragraph | Image]:
    """The organiser (and co-organisers) in bold, the department, the partners; our logo if the event is ours."""
    language = language_of(context)
    seminar = context.seminar
    blocks: list[Paragraph | Image] = [*logo(context)] if with_logo and held_by_us(context) else []
    organisers = [organiser_name(context)] + [
        p.organisation_name for p in seminar.partners if p.role is PartnerRole.CO_ORGANISER
    ]
    blocks.extend(para(tidy(name, language), styles.ORGANISER) for name in organisers if name)
    if department(context):
        blocks.append(para(tidy(department(context), language), styles.DEPARTMENT))
    partners = [p.organisation_name for p in seminar.partners if p.role is PartnerRole.PARTNER]
    if with_partners and partners:
        text = f"{words(context).partners}: {'; '.join(tidy(p, language) for p in partners)}"
        blocks.append(para(text, styles.PARTNERS))
    return blocks


def event_kind_line(context: SeminarContext) -> str:
    """«Межрегиональный семинар» from the subtitle, else the kind: «Семинар»."""
    seminar = context.seminar
    if seminar.subtitle:
        return tidy(seminar.subtitle, seminar.language)
    kind = words(context).kinds[seminar.kind].nominative
    return kind[:1].upper() + kind[1:]


def event_title(context: SeminarContext) -> str:
    return quoted(context.seminar.title, context.seminar.language)


def place(context: SeminarContext, *, where_adopted: bool = False) -> str:
    """Where it happened, as a certificate says it: the town of the venue, else the organiser's town; «онлайн»
    for an online event. A resolution (`where_adopted`) names the organiser's town even for an online event."""
    seminar = context.seminar
    if seminar.format is EventFormat.ONLINE:
        if where_adopted and context.organiser is not None and context.organiser.city:
            return tidy(context.organiser.city, seminar.language)
        return words(context).online_place
    if seminar.venue_address:
        return tidy(seminar.venue_address.split(",")[0].strip(), seminar.language)
    if context.organiser is not None and context.organiser.city:
        return tidy(context.organiser.city, seminar.language)
    return ""


def venue(context: SeminarContext) -> str:
    seminar = context.seminar
    return tidy(join_nonempty([seminar.venue_address, seminar.venue_room]), seminar.language)


def person_line(person: PersonRef, language: Language) -> str:
    """«Королёва Алёна Фёдоровна, директор, КГБУК «…»»: the way a programme and a resolution name a speaker."""
    return tidy(join_nonempty([person.full_name, person.position, person.degree, person.organisation_name]), language)


def metadata(context: SeminarContext, document_name: str) -> Metadata:
    seminar = context.seminar
    return Metadata(
        title=f"{document_name}: {seminar.title}",
        author=organiser_name(context),
        subject=seminar.title,
        language=seminar.language,
    )


def signatories_of(context: SeminarContext) -> tuple[Signatory, ...]:
    result = []
    for signatory in context.profile.signatories:
        # «Вірьовка Тетяна Миколаївна» and «Т.М. Вірьовка» both sign as «Т.М. Вірьовка»
        surname, given, patronymic = split_full_name(signatory.name)
        short = initials_surname(surname, given, patronymic) if surname and given else signatory.name
        result.append(Signatory(tidy(signatory.title, context.seminar.language), short))
    return tuple(result)
