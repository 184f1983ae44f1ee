"""Step one of an export, on the database side: gather the records, issue certificate numbers, build the spec.

Each `prepare_*` takes an open Session (the CLI's transaction, or the GUI's database worker) and returns a
`Prepared`: plain data that can be rendered anywhere, any number of times, in either format.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.documents import data
from desktop.documents.builders.attendance import build_attendance
from desktop.documents.builders.badges import build_badges
from desktop.documents.builders.certificates import build_certificates
from desktop.documents.builders.programme import build_programme
from desktop.documents.builders.resolution import build_resolution
from desktop.documents.errors import NothingToPrintError
from desktop.documents.fonts import missing_characters
from desktop.documents.prepared import ExportOptions, Part, Prepared
from desktop.documents.spec import DocumentSpec, text_of
from desktop.domain.records import TalkRecord


def _font_warnings(spec: DocumentSpec) -> list[str]:
    missing = missing_characters(" ".join(set(text_of(spec))))  # a batch repeats most of its lines
    return (
        [f"the fonts cannot print {' '.join(sorted(missing))}; those characters will show as boxes"] if missing else []
    )


LOGO_LEFT_OUT = (
    "the logo in Settings cannot be printed (not a whole PNG or JPEG image, or too large): the document is made"
    " without it; choose the logo again in Settings"
)


def _logo_warnings(context: data.SeminarContext) -> list[str]:
    from desktop.documents.images import usable

    found = context.profile.logo
    return [LOGO_LEFT_OUT] if found and not usable(found) else []


def _prepared(context: data.SeminarContext, spec: DocumentSpec, warnings: list[str], **extra: object) -> Prepared:
    seminar = context.seminar
    return Prepared(
        spec=spec,
        seminar_title=seminar.title,
        seminar_date=seminar.starts_at.date(),
        warnings=tuple([*warnings, *_logo_warnings(context), *_font_warnings(spec)]),
        **extra,  # type: ignore[arg-type]
    )


def prepare_programme(session: Session, seminar_id: int, _options: ExportOptions) -> Prepared:
    context = data.seminar_context(session, seminar_id)
    programme = data.programme(session, seminar_id)
    warnings = [f"programme conflict: {c.message}" for c in programme.conflicts]
    if not programme.all_talks():
        warnings.append("the programme has no talks yet")
    return _prepared(context, build_programme(context, programme), warnings)


def prepare_resolution(session: Session, seminar_id: int, _options: ExportOptions) -> Prepared:
    context = data.seminar_context(session, seminar_id)
    resolution = data.resolution_data(session, seminar_id)
    warnings = []
    if not resolution.resolution.items:
        warnings.append("the resolution has no items yet: only the preamble and the talks are printed")
    if not context.profile.signatories:
        warnings.append("the organisation profile names no signatories: the resolution is printed unsigned")
    return _prepared(context, build_resolution(context, resolution), warnings)


def prepare_attendance(session: Session, seminar_id: int, _options: ExportOptions) -> Prepared:
    context = data.seminar_context(session, seminar_id)
    participants = data.seminar_participants(session, seminar_id)
    warnings = [] if participants else ["nobody is registered yet: the sheet has empty rows to fill in by hand"]
    return _prepared(context, build_attendance(context, participants), warnings)


def prepare_badges(session: Session, seminar_id: int, options: ExportOptions) -> Prepared:
    context = data.seminar_context(session, seminar_id)
    participants = data.seminar_participants(session, seminar_id)
    if not participants:
        raise NothingToPrintError(f"seminar {seminar_id} has no participants to print badges for")
    sheets = build_badges(context, participants, options.badges_per_page)
    warnings = [f"the badge of {name} had a line cut short; check it" for name in sheets.cut]
    return _prepared(context, sheets.spec, warnings)


def _talks_by_person(talks: tuple[TalkRecord, ...]) -> dict[int, tuple[TalkRecord, ...]]:
    found: dict[int, list[TalkRecord]] = {}
    for talk in talks:
        if talk.kind.is_pause:
            continue
        for speaker in talk.speakers:
            found.setdefault(speaker.person_id, []).append(talk)
    return {person_id: tuple(items) for person_id, items in found.items()}


def _prepare_certificates(session: Session, seminar_id: int, options: ExportOptions, speakers_only: bool) -> Prepared:
    context = data.seminar_context(session, seminar_id)
    everyone = data.seminar_participants(session, seminar_id)
    talks = _talks_by_person(data.programme(session, seminar_id).all_talks())
    warnings: list[str] = []
    registered = {p.person.id for p in everyone}
    for person_id, person_talks in talks.items():
        if person_id not in registered:
            name = next(s.full_name for s in person_talks[0].speakers if s.person_id == person_id)
            warnings.append(f"{name} speaks in the programme but is not registered, so gets no certificate")
    attended_only = options.attended_only
    if attended_only is None:
        attended_only = any(p.participation.attended for p in everyone)
    chosen = tuple(p for p in everyone if p.participation.attended or not attended_only)
    if attended_only and len(chosen) < len(everyone):
        warnings.append(f"{len(everyone) - len(chosen)} registered people were not marked present and get none")
    if speakers_only:
        chosen = tuple(p for p in chosen if p.person.id in talks)
    if not chosen:
        who = "speakers" if speakers_only else "participants"
        raise NothingToPrintError(f"seminar {seminar_id} has no {who} to print certificates for")
    numbers = data.number_certificates(session, chosen, frozenset(talks), options.issue_numbers, options.issued_on)
    batch = build_certificates(context, chosen, numbers, talks)
    if not context.profile.signatories:
        warnings.append("the organisation profile names no signatories: certificates are printed unsigned")
    for check in batch.checks:
        warnings.append(f"check «{check.full_name}» → «{check.printed}»: {'; '.join(check.reasons)}")
    parts = tuple(
        Part(" ".join(filter(None, (page.number, page.full_name))), batch.single(page)) for page in batch.pages
    )
    return _prepared(context, batch.spec, warnings, parts=parts, checks=batch.checks)


def prepare_certificates(session: Session, seminar_id: int, options: ExportOptions) -> Prepared:
    return _prepare_certificates(session, seminar_id, options, speakers_only=False)


def prepare_speaker_certificates(session: Session, seminar_id: int, options: ExportOptions) -> Prepared:
    return _prepare_certificates(session, seminar_id, options, speakers_only=True)
