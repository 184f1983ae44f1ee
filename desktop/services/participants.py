"""Participants of a seminar: register, change role and mode, mark attendance, count."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import names
from desktop.domain.enums import Mode, Role
from desktop.domain.errors import ValidationError
from desktop.domain.records import CountRow, ParticipantCounts, ParticipationRecord
from desktop.services._common import check_version, get_or_raise
from desktop.storage.models import Participation, Person, Seminar

UNKNOWN_ORGANISATION = "—"


def _record(row: Participation) -> ParticipationRecord:
    person = row.person
    return ParticipationRecord(
        id=row.id,
        seminar_id=row.seminar_id,
        person_id=row.person_id,
        person_name=names.full_name(person.surname, person.given_name, person.patronymic),
        organisation_name=person.organisation.full_name if person.organisation else "",
        role=Role(row.role),
        mode=Mode(row.mode),
        registered_at=row.registered_at,
        attended=row.attended,
        certificate_number=row.certificate.number if row.certificate else None,
        version=row.version,
    )


def register(
    session: Session,
    seminar_id: int,
    person_id: int,
    role: Role = Role.PARTICIPANT,
    mode: Mode = Mode.IN_PERSON,
    registered_at: dt.datetime | None = None,
    attended: bool = False,
) -> tuple[int, bool]:
    """Register a person; if already registered, keep the row and return (id, False)."""
    get_or_raise(session, Seminar, seminar_id, "seminar")
    get_or_raise(session, Person, person_id, "person")
    existing = session.scalars(
        select(Participation).where(Participation.seminar_id == seminar_id, Participation.person_id == person_id)
    ).first()
    if existing is not None:
        return existing.id, False
    row = Participation(
        seminar_id=seminar_id,
        person_id=person_id,
        role=Role(role).value,
        mode=Mode(mode).value,
        registered_at=(registered_at or dt.datetime.now()).replace(microsecond=0, tzinfo=None),
        attended=attended,
    )
    session.add(row)
    session.flush()
    return row.id, True


def unregister(session: Session, participation_id: int) -> None:
    """Remove a registration; a certificate already issued stays in the register."""
    session.delete(get_or_raise(session, Participation, participation_id, "participation"))
    session.flush()


def _checked(session: Session, participation_id: int, expected_version: int | None) -> Participation:
    row = get_or_raise(session, Participation, participation_id, "participation")
    if expected_version is not None:
        person = row.person
        name = names.full_name(person.surname, person.given_name, person.patronymic)
        check_version(session, row, expected_version, f"The registration of «{name}»")
    return row


def set_role(session: Session, participation_id: int, role: Role, expected_version: int | None = None) -> None:
    """With `expected_version`, refuse when someone else changed the registration since."""
    _checked(session, participation_id, expected_version).role = Role(role).value


def set_mode(session: Session, participation_id: int, mode: Mode, expected_version: int | None = None) -> None:
    _checked(session, participation_id, expected_version).mode = Mode(mode).value


def mark_attendance(
    session: Session,
    participation_ids: list[int],
    attended: bool = True,
    expected_versions: dict[int, int] | None = None,
) -> int:
    """Mark many at once (a ticked attendance sheet); return how many rows changed.

    `expected_versions` maps a registration's id to the version the user saw (ids left out are not checked).
    """
    changed = 0
    for participation_id in participation_ids:
        row = _checked(session, participation_id, (expected_versions or {}).get(participation_id))
        if row.attended != attended:
            row.attended = attended
            changed += 1
    return changed


def _rows(session: Session, seminar_id: int) -> list[Participation]:
    get_or_raise(session, Seminar, seminar_id, "seminar")
    return list(
        session.scalars(
            select(Participation)
            .where(Participation.seminar_id == seminar_id)
            .options(
                selectinload(Participation.person).selectinload(Person.organisation),
                selectinload(Participation.certificate),
            )
        )
    )


def list_participants(session: Session, seminar_id: int) -> list[ParticipationRecord]:
    records = [_record(row) for row in _rows(session, seminar_id)]
    return sorted(records, key=lambda r: (names.sort_key(r.person_name), r.id))


def find_participation(session: Session, seminar_id: int, person_id: int) -> int:
    row_id = session.scalars(
        select(Participation.id).where(Participation.seminar_id == seminar_id, Participation.person_id == person_id)
    ).first()
    if row_id is None:
        raise ValidationError(f"person {person_id} is not registered for seminar {seminar_id}")
    return row_id


def _table(counter: Counter[str]) -> tuple[CountRow, ...]:
    return tuple(CountRow(label, n) for label, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def count_participants(session: Session, seminar_id: int) -> ParticipantCounts:
    """Totals by mode, organisation, region and role (people with no organisation count under «—»)."""
    rows = _rows(session, seminar_id)
    by_organisation: Counter[str] = Counter()
    by_region: Counter[str] = Counter()
    for row in rows:
        organisation = row.person.organisation
        by_organisation[organisation.full_name if organisation else UNKNOWN_ORGANISATION] += 1
        region = (organisation.region if organisation else "") or UNKNOWN_ORGANISATION
        by_region[region] += 1
    return ParticipantCounts(
        total=len(rows),
        in_person=sum(1 for r in rows if r.mode == Mode.IN_PERSON.value),
        online=sum(1 for r in rows if r.mode == Mode.ONLINE.value),
        attended=sum(1 for r in rows if r.attended),
        organisations=len([k for k in by_organisation if k != UNKNOWN_ORGANISATION]),
        regions=len([k for k in by_region if k != UNKNOWN_ORGANISATION]),
        by_organisation=_table(by_organisation),
        by_region=_table(by_region),
        by_role=_table(Counter(r.role for r in rows)),
    )
