"""Seminars: create, edit, list, delete, and copy one as a template for the next."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import names
from desktop.domain.enums import EventFormat, Language, PartnerRole, SeminarKind, SeminarStatus, TalkKind
from desktop.domain.errors import ValidationError
from desktop.domain.records import PartnerRecord, SeminarData, SeminarRecord, SeminarSummary
from desktop.services._common import check_url, check_version, clean, clean_long, get_or_raise, require, touch
from desktop.storage.models import (
    Block,
    BlockModerator,
    Organisation,
    Participation,
    Seminar,
    SeminarPartner,
    Talk,
    TalkSpeaker,
)


def _cleaned(session: Session, data: SeminarData) -> SeminarData:
    starts_at = data.starts_at.replace(second=0, microsecond=0, tzinfo=None)
    ends_at = data.ends_at.replace(second=0, microsecond=0, tzinfo=None)
    if ends_at < starts_at:
        raise ValidationError(
            f"the seminar ends ({data.ends_at:%Y-%m-%d %H:%M}) before it starts ({data.starts_at:%Y-%m-%d %H:%M})",
            "ends_at",
        )
    if data.academic_hours is not None and data.academic_hours < 0:
        raise ValidationError("academic hours cannot be negative", "academic_hours")
    if data.organiser_id is not None:
        get_or_raise(session, Organisation, data.organiser_id, "organisation")
    return SeminarData(
        title=require(clean(data.title), "title", "The seminar's title"),
        subtitle=clean(data.subtitle),
        kind=SeminarKind(data.kind),
        format=EventFormat(data.format),
        starts_at=starts_at,
        ends_at=ends_at,
        venue_address=clean(data.venue_address),
        venue_room=clean(data.venue_room),
        stream_url=check_url(data.stream_url, "stream_url", "The stream link"),
        recording_url=check_url(data.recording_url, "recording_url", "The recording link"),
        registration_url=check_url(data.registration_url, "registration_url", "The registration link"),
        organiser_id=data.organiser_id,
        organiser_department=clean(data.organiser_department),
        language=Language(data.language),
        status=SeminarStatus(data.status),
        academic_hours=data.academic_hours,
        audience=clean(data.audience),
        notes=clean_long(data.notes),
    )


_FIELDS = tuple(SeminarData.__dataclass_fields__)


def _apply(row: Seminar, data: SeminarData) -> None:
    for field in _FIELDS:
        value = getattr(data, field)
        setattr(
            row,
            field,
            value.value if isinstance(value, SeminarKind | EventFormat | Language | SeminarStatus) else value,
        )


def create_seminar(session: Session, data: SeminarData, uid: str | None = None) -> int:
    row = Seminar(uid=uid or uuid.uuid4().hex)
    _apply(row, _cleaned(session, data))
    session.add(row)
    session.flush()
    return row.id


def update_seminar(session: Session, seminar_id: int, data: SeminarData, expected_version: int | None = None) -> None:
    """Replace a seminar's fields; with `expected_version`, refuse when someone else changed it since."""
    row = get_or_raise(session, Seminar, seminar_id, "seminar")
    check_version(session, row, expected_version, f"The seminar «{row.title}»")
    _apply(row, _cleaned(session, data))


def delete_seminar(session: Session, seminar_id: int) -> None:
    """Delete a seminar with its programme and participants; its certificates stay in the register."""
    session.delete(get_or_raise(session, Seminar, seminar_id, "seminar"))
    session.flush()


def seminar_record(row: Seminar) -> SeminarRecord:
    return SeminarRecord(
        id=row.id,
        uid=row.uid,
        version=row.version,
        partners=tuple(
            PartnerRecord(p.organisation_id, p.organisation.full_name, PartnerRole(p.role)) for p in row.partners
        ),
        title=row.title,
        subtitle=row.subtitle,
        kind=SeminarKind(row.kind),
        format=EventFormat(row.format),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        venue_address=row.venue_address,
        venue_room=row.venue_room,
        stream_url=row.stream_url,
        recording_url=row.recording_url,
        registration_url=row.registration_url,
        organiser_id=row.organiser_id,
        organiser_department=row.organiser_department,
        language=Language(row.language),
        status=SeminarStatus(row.status),
        academic_hours=row.academic_hours,
        audience=row.audience,
        notes=row.notes,
    )


def get_seminar(session: Session, seminar_id: int) -> SeminarRecord:
    return seminar_record(get_or_raise(session, Seminar, seminar_id, "seminar"))


def find_seminar_by_uid(session: Session, uid: str) -> int | None:
    return session.scalars(select(Seminar.id).where(Seminar.uid == uid)).first()


def set_partners(session: Session, seminar_id: int, partners: list[tuple[int, PartnerRole]]) -> None:
    """Replace the co-organisers and partners, in the given order."""
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    seen: set[tuple[int, PartnerRole]] = set()
    seminar.partners.clear()
    session.flush()
    for organisation_id, role in partners:
        get_or_raise(session, Organisation, organisation_id, "organisation")
        if (organisation_id, role) in seen:
            continue
        seen.add((organisation_id, role))
        seminar.partners.append(SeminarPartner(organisation_id=organisation_id, role=PartnerRole(role).value))
    touch(seminar)
    session.flush()


def list_seminars(
    session: Session,
    query: str = "",
    year: int | None = None,
    status: SeminarStatus | None = None,
    kind: SeminarKind | None = None,
) -> list[SeminarSummary]:
    """The seminar list, newest first, with counts of talks (breaks excluded) and participants."""
    talks = (
        select(Talk.seminar_id, func.count().label("n"))
        .where(Talk.kind.not_in([TalkKind.BREAK.value, TalkKind.LUNCH.value]))
        .group_by(Talk.seminar_id)
        .subquery()
    )
    people = select(Participation.seminar_id, func.count().label("n")).group_by(Participation.seminar_id).subquery()
    statement = (
        select(Seminar, func.coalesce(talks.c.n, 0), func.coalesce(people.c.n, 0))
        .outerjoin(talks, talks.c.seminar_id == Seminar.id)
        .outerjoin(people, people.c.seminar_id == Seminar.id)
        .order_by(Seminar.starts_at.desc(), Seminar.id.desc())
    )
    for word in names.fold(query).split():
        statement = statement.where(Seminar.search_key.contains(word, autoescape=True))
    if year is not None:
        statement = statement.where(
            Seminar.starts_at >= dt.datetime(year, 1, 1), Seminar.starts_at < dt.datetime(year + 1, 1, 1)
        )
    if status is not None:
        statement = statement.where(Seminar.status == status.value)
    if kind is not None:
        statement = statement.where(Seminar.kind == kind.value)
    return [
        SeminarSummary(
            id=row.id,
            uid=row.uid,
            title=row.title,
            kind=SeminarKind(row.kind),
            format=EventFormat(row.format),
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            status=SeminarStatus(row.status),
            language=Language(row.language),
            talk_count=talk_count,
            participant_count=participant_count,
        )
        for row, talk_count, participant_count in session.execute(statement)
    ]


def copy_seminar_as_template(
    session: Session, seminar_id: int, new_start: dt.datetime, title: str | None = None
) -> int:
    """A new planned seminar with the programme and settings of an old one, moved to `new_start`.

    Participants, the resolution and certificates stay behind; speakers and moderators come along, since
    a programme names them.
    """
    source = session.scalars(
        select(Seminar)
        .where(Seminar.id == seminar_id)
        .options(selectinload(Seminar.blocks), selectinload(Seminar.talks), selectinload(Seminar.partners))
    ).first()
    if source is None:
        get_or_raise(session, Seminar, seminar_id, "seminar")
        raise AssertionError("unreachable")
    shift = new_start.replace(second=0, microsecond=0) - source.starts_at
    data = seminar_record(source)
    copy = Seminar(uid=uuid.uuid4().hex)
    _apply(
        copy,
        _cleaned(
            session,
            SeminarData(
                **{f: getattr(data, f) for f in _FIELDS}
                | {
                    "title": title or data.title,
                    "starts_at": data.starts_at + shift,
                    "ends_at": data.ends_at + shift,
                    "status": SeminarStatus.PLANNED,
                    "recording_url": "",
                }
            ),
        ),
    )
    session.add(copy)
    for partner in source.partners:
        copy.partners.append(SeminarPartner(organisation_id=partner.organisation_id, role=partner.role))
    session.flush()
    new_blocks: dict[int | None, Block | None] = {None: None}
    for block in source.blocks:
        clone = Block(title=block.title, starts_at=block.starts_at + shift, room=block.room, notes=block.notes)
        clone.moderators = [BlockModerator(person_id=m.person_id) for m in block.moderators]  # type: ignore[assignment]
        copy.blocks.append(clone)
        new_blocks[block.id] = clone
    session.flush()
    for talk in source.talks:
        target = new_blocks[talk.block_id]
        clone_talk = Talk(
            seminar_id=copy.id,
            block_id=target.id if target else None,
            position=talk.position,
            title=talk.title,
            kind=talk.kind,
            duration_minutes=talk.duration_minutes,
            pinned_start=talk.pinned_start + shift if talk.pinned_start else None,
            mode=talk.mode,
            materials_url="",
            notes=talk.notes,
        )
        for speaker in talk.speakers:
            clone_talk.speakers.append(TalkSpeaker(person_id=speaker.person_id))
        session.add(clone_talk)
    session.flush()
    return copy.id
