"""The certificate register: numbers from the pattern, gap-free per year, never issued twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from desktop.domain.enums import CertificateKind, Role
from desktop.domain.errors import ConflictError
from desktop.domain.names import full_name, sort_key
from desktop.domain.numbering import check_pattern, format_number
from desktop.domain.records import CertificateRecord
from desktop.services._common import get_or_raise
from desktop.services.profile import number_pattern
from desktop.storage.locks import lock_certificate_year
from desktop.storage.models import Certificate, CertificateCounter, Participation, Person, Seminar

_Item = TypeVar("_Item")

CONCURRENT_ISSUE = (
    "Someone else issued certificates to some of these participants at the same moment; nothing was issued"
    " this time, try again"
)


def certificate_record(row: Certificate) -> CertificateRecord:
    return CertificateRecord(
        id=row.id,
        number=row.number,
        year=row.year,
        sequence=row.sequence,
        kind=CertificateKind(row.kind),
        issued_on=row.issued_on,
        person_id=row.person_id,
        seminar_id=row.seminar_id,
        person_name=row.person_name,
        seminar_title=row.seminar_title,
    )


def reserve_sequences(session: Session, year: int, count: int) -> range:
    """Take the next `count` numbers of the year. The UPDATE comes first so that it holds the write lock.

    On a server database the year's numbering lock is taken first: two users issuing at once queue up, so even
    the first certificates of a new year (no counter row yet) get distinct numbers; a rollback frees them again.
    """
    lock_certificate_year(session, year)
    last = session.execute(
        update(CertificateCounter)
        .where(CertificateCounter.year == year)
        .values(last_sequence=CertificateCounter.last_sequence + count)
        .returning(CertificateCounter.last_sequence)
    ).scalar()
    if last is None:
        session.execute(insert(CertificateCounter).values(year=year, last_sequence=count))
        last = count
    return range(int(last) - count + 1, int(last) + 1)


def _free_numbers(session: Session, pattern: str, year: int, count: int) -> list[tuple[str, int]]:
    # a number may already be taken by a certificate imported from another database: skip past it
    found: list[tuple[str, int]] = []
    while len(found) < count:
        candidates = [
            (format_number(pattern, year, seq), seq) for seq in reserve_sequences(session, year, count - len(found))
        ]
        taken = set(
            session.scalars(select(Certificate.number).where(Certificate.number.in_([n for n, _ in candidates])))
        )
        found += [(number, seq) for number, seq in candidates if number not in taken]
    return found


def _chunks(items: Sequence[_Item], size: int = 500) -> Iterator[Sequence[_Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def issue_certificates(
    session: Session,
    wanted: Sequence[tuple[int, CertificateKind | None]],
    issued_on: dt.date | None = None,
) -> list[CertificateRecord]:
    """Number many participations at once, in the order given; one already numbered keeps its number.

    The kind defaults to speaker for a speaker's registration. One counter update reserves the whole range and
    the rows go in bulk, so a batch of hundreds costs about what one certificate does.
    """
    issued_on = issued_on or dt.date.today()
    ids = [participation_id for participation_id, _ in wanted]
    loaded: dict[int, Participation] = {}
    for chunk in _chunks(ids):
        statement = (
            select(Participation).where(Participation.id.in_(chunk)).options(selectinload(Participation.certificate))
        )
        loaded.update((p.id, p) for p in session.scalars(statement))
    for participation_id in ids:
        if participation_id not in loaded:
            get_or_raise(session, Participation, participation_id, "participation")
    records = {pid: certificate_record(p.certificate) for pid, p in loaded.items() if p.certificate is not None}
    kinds = dict(wanted)
    todo = list(dict.fromkeys(pid for pid in ids if pid not in records))
    if todo:
        records.update(_issue(session, [(loaded[pid], kinds[pid]) for pid in todo], issued_on))
    return [records[pid] for pid in ids]


def _register_row(record: CertificateRecord) -> dict[str, object]:
    """The register's columns of a new certificate (the id comes from the insert); `dataclasses.asdict` would
    deep-copy every value, which a batch of thousands notices."""
    return {
        "number": record.number,
        "year": record.year,
        "sequence": record.sequence,
        "kind": record.kind.value,
        "issued_on": record.issued_on,
        "person_id": record.person_id,
        "seminar_id": record.seminar_id,
        "person_name": record.person_name,
        "seminar_title": record.seminar_title,
    }


def _issue(
    session: Session, todo: list[tuple[Participation, CertificateKind | None]], issued_on: dt.date
) -> dict[int, CertificateRecord]:
    pattern = check_pattern(number_pattern(session))
    numbers = _free_numbers(session, pattern, issued_on.year, len(todo))
    seminar_ids = {p.seminar_id for p, _ in todo}
    # the names as the register keeps them, read as plain columns: the people's ORM rows are not needed here
    names: dict[int, str] = {}
    for chunk in _chunks([p.person_id for p, _ in todo]):
        people = session.execute(
            select(Person.id, Person.surname, Person.given_name, Person.patronymic).where(Person.id.in_(chunk))
        )
        names.update((row.id, full_name(row.surname, row.given_name, row.patronymic)) for row in people)
    titles = {
        row.id: row.title
        for row in session.execute(select(Seminar.id, Seminar.title).where(Seminar.id.in_(seminar_ids)))
    }
    drafts = []
    for (participation, asked), (number, sequence) in zip(todo, numbers, strict=True):
        speaker = participation.role == Role.SPEAKER.value
        drafts.append(
            CertificateRecord(
                id=0,  # given by the insert below
                number=number,
                year=issued_on.year,
                sequence=sequence,
                kind=CertificateKind(asked or (CertificateKind.SPEAKER if speaker else CertificateKind.PARTICIPANT)),
                issued_on=issued_on,
                person_id=participation.person_id,
                seminar_id=participation.seminar_id,
                person_name=names[participation.person_id],
                seminar_title=titles[participation.seminar_id],
            )
        )
    session.flush()  # anything the caller changed goes first; the statements below bypass the unit of work
    # One executemany, then the ids read back by their numbers (unique): asking for RETURNING in parameter order
    # made SQLAlchemy send one INSERT per row on SQLite.
    session.execute(insert(Certificate), [_register_row(d) for d in drafts])
    ids_by_number: dict[str, int] = {}
    for some in _chunks([d.number for d in drafts]):
        found = session.execute(select(Certificate.number, Certificate.id).where(Certificate.number.in_(some)))
        ids_by_number.update((row.number, row.id) for row in found)
    # The link is written without bumping the participation's version: a register number is not an edit of the
    # registration, so someone changing its role or mode meanwhile must not be told of a conflict.
    links = cast(Table, Participation.__table__)
    pairs = [
        {"participation": participation.id, "certificate": ids_by_number[draft.number]}
        for (participation, _), draft in zip(todo, drafts, strict=True)
    ]
    # Only a registration still without a certificate takes the link: on a server another user may have issued
    # one (or removed the registration) since this batch read them. Then nothing of this batch is kept.
    session.execute(
        update(links)
        .where(links.c.id == bindparam("participation"), links.c.certificate_id.is_(None))
        .values(certificate_id=bindparam("certificate")),
        pairs,
    )
    linked = 0
    for some_ids in _chunks([pair["certificate"] for pair in pairs]):
        linked += session.scalar(select(func.count()).where(links.c.certificate_id.in_(some_ids))) or 0
    if linked != len(pairs):
        raise ConflictError(CONCURRENT_ISSUE)
    issued = {}
    for (participation, _), draft in zip(todo, drafts, strict=True):
        issued[participation.id] = dataclasses.replace(draft, id=ids_by_number[draft.number])
        session.expire(participation, ["certificate_id", "certificate"])  # reloads from the new link when asked
    return issued


def issue_certificate(
    session: Session,
    participation_id: int,
    kind: CertificateKind | None = None,
    issued_on: dt.date | None = None,
) -> CertificateRecord:
    """Give the participant a number; one already given is returned again, never replaced."""
    return issue_certificates(session, [(participation_id, kind)], issued_on)[0]


def issue_for_seminar(
    session: Session, seminar_id: int, issued_on: dt.date | None = None, attended_only: bool = False
) -> list[CertificateRecord]:
    """Number everyone in the seminar who has no certificate yet, in alphabetical order."""
    get_or_raise(session, Seminar, seminar_id, "seminar")
    statement = (
        select(Participation)
        .where(Participation.seminar_id == seminar_id, Participation.certificate_id.is_(None))
        .options(selectinload(Participation.person))
    )
    if attended_only:
        statement = statement.where(Participation.attended.is_(True))
    # alphabetical as a reader expects it (ґ after г, і after и), which the database's ORDER BY cannot do
    waiting = sorted(
        session.scalars(statement).all(),
        key=lambda p: (sort_key(full_name(p.person.surname, p.person.given_name, p.person.patronymic)), p.person_id),
    )
    return issue_certificates(session, [(p.id, None) for p in waiting], issued_on)


def list_register(session: Session, year: int | None = None, seminar_id: int | None = None) -> list[CertificateRecord]:
    statement = select(Certificate).order_by(Certificate.year, Certificate.sequence, Certificate.id)
    if year is not None:
        statement = statement.where(Certificate.year == year)
    if seminar_id is not None:
        statement = statement.where(Certificate.seminar_id == seminar_id)
    return [certificate_record(row) for row in session.scalars(statement)]


def participation_certificates(session: Session, seminar_id: int) -> dict[int, CertificateRecord]:
    """Certificates of a seminar by person id."""
    rows = session.scalars(
        select(Participation)
        .where(Participation.seminar_id == seminar_id, Participation.certificate_id.is_not(None))
        .options(selectinload(Participation.certificate))
    )
    return {p.person_id: certificate_record(p.certificate) for p in rows if p.certificate is not None}
