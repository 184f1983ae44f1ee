"""Finding people the way a programme editor thinks of them: by name, e-mail or their organisation's name;
and the seminars one person took part in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import names
from desktop.domain.enums import Role
from desktop.domain.records import PersonRecord
from desktop.services._common import get_or_raise
from desktop.services.people import person_record
from desktop.storage.models import (
    Block,
    BlockModerator,
    Organisation,
    Participation,
    Person,
    Seminar,
    Talk,
    TalkSpeaker,
)


def find_people(session: Session, query: str = "", limit: int | None = 200) -> list[PersonRecord]:
    """Every word must occur in the person's name or e-mail or in their organisation's name (case and ё ignored)."""
    statement = (
        select(Person)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .options(selectinload(Person.organisation), selectinload(Person.name_forms))
        .order_by(Person.name_key, Person.id)
    )
    for word in names.fold(query).split():
        statement = statement.where(
            or_(
                Person.search_key.contains(word, autoescape=True),
                Organisation.search_key.contains(word, autoescape=True),
            )
        )
    if limit is not None:
        statement = statement.limit(limit)
    return [person_record(row) for row in session.scalars(statement)]


@dataclass(frozen=True)
class PersonSeminar:
    """One seminar in a person's history, with what they did there."""

    seminar_id: int
    title: str
    starts_at: dt.datetime
    roles: tuple[str, ...]  # «participant», «speaker», «moderator»… from registration and programme


def person_seminars(session: Session, person_id: int) -> list[PersonSeminar]:
    """The seminars a person was registered for, spoke at or moderated, newest first."""
    get_or_raise(session, Person, person_id, "person")
    roles: dict[int, set[str]] = {}
    for seminar_id, role in session.execute(
        select(Participation.seminar_id, Participation.role).where(Participation.person_id == person_id)
    ):
        roles.setdefault(seminar_id, set()).add(Role(role).value)
    for (seminar_id,) in session.execute(
        select(Talk.seminar_id)
        .join(TalkSpeaker, TalkSpeaker.talk_id == Talk.id)
        .where(TalkSpeaker.person_id == person_id)
    ):
        roles.setdefault(seminar_id, set()).add(Role.SPEAKER.value)
    for (seminar_id,) in session.execute(
        select(Block.seminar_id)
        .join(BlockModerator, BlockModerator.block_id == Block.id)
        .where(BlockModerator.person_id == person_id)
    ):
        roles.setdefault(seminar_id, set()).add(Role.MODERATOR.value)
    if not roles:
        return []
    rows = session.execute(
        select(Seminar.id, Seminar.title, Seminar.starts_at)
        .where(Seminar.id.in_(roles))
        .order_by(Seminar.starts_at.desc())
    )
    return [PersonSeminar(sid, title, starts, tuple(sorted(roles[sid]))) for sid, title, starts in rows]
