"""Matching imported rows against the directory and against each other, in memory.

The directory's keys are loaded once (three queries), then every row is matched with dict look-ups, so an
import of 20,000 rows costs no more queries than one of 20. The rules are those of
`people.find_or_create_person` applied row after row: the same folded full name is the same person when the
e-mails agree or one of them is missing, a match fills in the e-mail it lacked, and an exact e-mail match is
preferred over an entry without one. Organisations match by `organisation_key`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import names
from desktop.domain.enums import EventFormat, Mode, Role
from desktop.importing.cleaning import CleanRow, NoteKind, RowNote, organisation_key
from desktop.services._common import get_or_raise
from desktop.storage.keys import person_keys
from desktop.storage.models import Organisation, Participation, Person, Seminar

# the role a merged row keeps: the one that means more on a certificate (as people.merge_people does)
ROLE_WEIGHT = {Role.SPEAKER: 5, Role.MODERATOR: 4, Role.ORGANISER: 3, Role.GUEST: 2, Role.PARTICIPANT: 1}


class Outcome(StrEnum):
    ADDED = "added"  # a new person in the directory
    MATCHED = "matched"  # a person already in the directory
    MERGED = "merged"  # the same person as an earlier row of the file
    ALREADY = "already"  # a person of the directory who was already registered for the seminar


@dataclass(eq=False, slots=True)  # compared by identity: two namesakes without e-mail are still two people
class Candidate:
    """A person rows can match: one of the directory (`person_id`) or one this import adds (`new_index`)."""

    email_key: str
    person_id: int | None = None
    new_index: int = -1
    label: str = ""  # a directory entry's name, for the report
    rows: list[CleanRow] = field(default_factory=list)
    mode: Mode | None = None
    role: Role | None = None
    keys: dict[str, str] | None = None  # person_keys() of a new person's first row, computed once while matching

    @property
    def order(self) -> tuple[int, int]:
        # people added by this import get ids after every existing one, as find_person would see them
        return (0, self.person_id) if self.person_id is not None else (1, self.new_index)


class Namesakes:
    """The people under one name key, indexed so that a match costs the same for 1 or 10,000 namesakes.

    One exists per distinct name in the directory and the file, so it is kept small: slots, and the e-mail
    index made only when a second namesake with an e-mail arrives.
    """

    __slots__ = ("by_email", "first_with_email", "without_email")

    def __init__(self) -> None:
        self.by_email: dict[str, list[Candidate]] | None = None
        # in `order`, oldest first; short: rows without an e-mail merge into the oldest entry without one
        self.without_email: list[Candidate] = []
        self.first_with_email: Candidate | None = None

    def add(self, candidate: Candidate) -> None:
        """Candidates arrive in `order`: the directory by id, then the new people."""
        if not candidate.email_key:
            self.without_email.append(candidate)
            return
        if self.first_with_email is None:
            self.first_with_email = candidate
            return
        if self.by_email is None:
            self.by_email = {self.first_with_email.email_key: [self.first_with_email]}
        self.by_email.setdefault(candidate.email_key, []).append(candidate)
        if candidate.order < self.first_with_email.order:
            self.first_with_email = candidate

    def pick(self, email_key: str) -> Candidate | None:
        """find_person's choice: an exact e-mail first, then the oldest entry without one."""
        if email_key:
            if self.by_email is not None:
                exact = self.by_email.get(email_key)
                if exact:
                    return exact[0]
            elif self.first_with_email is not None and self.first_with_email.email_key == email_key:
                return self.first_with_email
            return self.without_email[0] if self.without_email else None
        return self.without_email[0] if self.without_email else self.first_with_email

    def give_email(self, candidate: Candidate, email_key: str) -> None:
        """The match takes the e-mail it lacked: other addresses no longer match it."""
        self.without_email.remove(candidate)  # it is the oldest, at the front: no scan
        candidate.email_key = email_key
        self.add(candidate)


@dataclass
class Snapshot:
    seminar_id: int
    default_mode: Mode
    people: dict[str, Namesakes]  # by name_key
    organisations: dict[str, int]  # organisation_key → id
    registered: set[int]  # people already registered for the seminar


@dataclass
class Resolution:
    snapshot: Snapshot
    outcomes: list[tuple[CleanRow, Outcome, Candidate]]
    new_people: list[Candidate]
    matched_people: list[Candidate]  # directory people the file names, each once
    new_organisations: dict[str, CleanRow]  # key → the first row that names it
    notes: list[RowNote]

    def participants(self) -> list[Candidate]:
        """Everyone to register: the new people and the matched ones not registered yet."""
        fresh = [c for c in self.matched_people if c.person_id not in self.snapshot.registered]
        return self.new_people + fresh


def load_snapshot(session: Session, seminar_id: int) -> Snapshot:
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    default_mode = Mode.ONLINE if seminar.format == EventFormat.ONLINE.value else Mode.IN_PERSON
    people: dict[str, Namesakes] = {}
    rows = session.execute(
        select(
            Person.id, Person.name_key, Person.email_key, Person.surname, Person.given_name, Person.patronymic
        ).order_by(Person.id)
    )
    for person_id, name_key, email_key, surname, given, patronymic in rows:
        label = names.full_name(surname, given, patronymic)
        people.setdefault(name_key, Namesakes()).add(Candidate(email_key or "", person_id=person_id, label=label))
    organisations = {key: org_id for org_id, key in session.execute(select(Organisation.id, Organisation.key))}
    registered = set(session.scalars(select(Participation.person_id).where(Participation.seminar_id == seminar_id)))
    return Snapshot(seminar_id, default_mode, people, organisations, registered)


def resolve(rows: list[CleanRow], snapshot: Snapshot) -> Resolution:
    """Decide for each row who it is. Rows are taken in file order; earlier rows win."""
    resolution = Resolution(snapshot, [], [], [], {}, [])
    for row in rows:
        candidate, outcome = _match(row, snapshot, resolution)
        candidate.rows.append(row)
        if row.mode is not None and candidate.mode is None:
            candidate.mode = row.mode
        if row.role is not None and ROLE_WEIGHT[row.role] > ROLE_WEIGHT.get(candidate.role or Role.PARTICIPANT, 0):
            candidate.role = row.role
        resolution.outcomes.append((row, outcome, candidate))
        if row.organisation:
            key = organisation_key(row.organisation)
            if key not in snapshot.organisations and key not in resolution.new_organisations:
                resolution.new_organisations[key] = row
    return resolution


def _match(row: CleanRow, snapshot: Snapshot, resolution: Resolution) -> tuple[Candidate, Outcome]:
    # the very keys the ORM events would store; a new person's row is written with them
    keys = person_keys(row.surname, row.given_name, row.patronymic, row.email)
    name_key, email_key = keys["name_key"], keys["email_key"]
    namesakes = snapshot.people.get(name_key)
    if namesakes is None:
        namesakes = snapshot.people[name_key] = Namesakes()
    candidate = namesakes.pick(email_key)
    if candidate is None:
        candidate = Candidate(email_key, new_index=len(resolution.new_people), keys=keys)
        namesakes.add(candidate)
        resolution.new_people.append(candidate)
        return candidate, Outcome.ADDED
    if email_key and not candidate.email_key:
        namesakes.give_email(candidate, email_key)
    notes = resolution.notes
    if candidate.rows:
        notes.append(RowNote(row.row, NoteKind.MERGED, f"duplicate of row {candidate.rows[0].row}, merged"))
        return candidate, Outcome.MERGED
    assert candidate.person_id is not None  # a new candidate always has its first row
    resolution.matched_people.append(candidate)
    who = f"{candidate.label} (#{candidate.person_id})"
    if candidate.person_id in snapshot.registered:
        notes.append(RowNote(row.row, NoteKind.ALREADY, f"{who} is already registered for this seminar"))
        return candidate, Outcome.ALREADY
    notes.append(RowNote(row.row, NoteKind.MATCHED, f"matched to {who} in the directory"))
    return candidate, Outcome.MATCHED
