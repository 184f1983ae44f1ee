"""People in the directory: find-or-create with de-duplication, edit, search, dative overrides, merge."""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, selectinload

from desktop.domain import names
from desktop.domain.enums import Gender, Language
from desktop.domain.errors import ValidationError
from desktop.domain.records import PersonData, PersonRecord
from desktop.services._common import check_version, clean, clean_long, get_or_raise, require
from desktop.storage.models import (
    BlockModerator,
    Certificate,
    Organisation,
    Participation,
    Person,
    PersonNameForm,
    TalkSpeaker,
)

# the role a merged participation keeps: the one that means more on a certificate
_ROLE_WEIGHT = {"speaker": 5, "moderator": 4, "organiser": 3, "guest": 2, "participant": 1}


def person_record(row: Person) -> PersonRecord:
    return PersonRecord(
        id=row.id,
        surname=row.surname,
        given_name=row.given_name,
        patronymic=row.patronymic,
        gender=Gender(row.gender),
        position=row.position,
        degree=row.degree,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation.full_name if row.organisation else "",
        city=row.city,
        email=row.email,
        phone=row.phone,
        notes=row.notes,
        dative={Language(form.language): form.dative for form in row.name_forms},
        version=row.version,
    )


def _cleaned(session: Session, data: PersonData) -> PersonData:
    surname = require(clean(data.surname), "surname", "The surname")
    given_name, patronymic = clean(data.given_name), clean(data.patronymic)
    email = clean(data.email)
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"«{email}» is not an e-mail address", "email")
    if data.organisation_id is not None:
        get_or_raise(session, Organisation, data.organisation_id, "organisation")
    gender = data.gender or names.infer_gender(given_name, patronymic)
    return PersonData(
        surname=surname,
        given_name=given_name,
        patronymic=patronymic,
        gender=gender,
        position=clean(data.position),
        degree=clean(data.degree),
        organisation_id=data.organisation_id,
        city=clean(data.city),
        email=email,
        phone=clean(data.phone),
        notes=clean_long(data.notes),
    )


def _apply(row: Person, data: PersonData) -> None:
    row.surname, row.given_name, row.patronymic = data.surname, data.given_name, data.patronymic
    row.gender = (data.gender or Gender.UNKNOWN).value
    row.position, row.degree, row.organisation_id = data.position, data.degree, data.organisation_id
    row.city, row.email, row.phone, row.notes = data.city, data.email, data.phone, data.notes


def find_person(session: Session, data: PersonData) -> Person | None:
    """The directory entry `data` describes, if any.

    The same folded full name is the same person when the e-mails agree or one of them is missing. An
    e-mail alone proves nothing: a whole library often shares one address.
    """
    name_key = names.person_key(data.surname, data.given_name, data.patronymic)
    email_key = names.email_key(data.email)
    statement = select(Person).where(Person.name_key == name_key).order_by(Person.id)
    if email_key:
        statement = statement.where(or_(Person.email_key == email_key, Person.email_key == ""))
    candidates = list(session.scalars(statement))
    # prefer the exact e-mail match over an entry that has none
    candidates.sort(key=lambda p: (p.email_key != email_key, p.id))
    return candidates[0] if candidates else None


def add_person(session: Session, data: PersonData) -> int:
    """Create a new entry even if a namesake exists (the user asked for a new one)."""
    row = Person()
    _apply(row, _cleaned(session, data))
    session.add(row)
    session.flush()
    return row.id


def find_or_create_person(session: Session, data: PersonData) -> tuple[int, bool]:
    """Return (id, created). A match keeps its data and only fills in the fields it lacked."""
    data = _cleaned(session, data)
    row = find_person(session, data)
    if row is None:
        return add_person(session, data), True
    for field in ("position", "degree", "city", "email", "phone"):
        if not getattr(row, field) and getattr(data, field):
            setattr(row, field, getattr(data, field))
    if row.organisation_id is None:
        row.organisation_id = data.organisation_id
    if row.gender == Gender.UNKNOWN.value and data.gender:
        row.gender = data.gender.value
    return row.id, False


def update_person(session: Session, person_id: int, data: PersonData, expected_version: int | None = None) -> None:
    """Replace a directory entry's fields; with `expected_version`, refuse when someone else changed it since."""
    row = get_or_raise(session, Person, person_id, "person")
    full_name = names.full_name(row.surname, row.given_name, row.patronymic)
    check_version(session, row, expected_version, f"The directory entry «{full_name}»")
    _apply(row, _cleaned(session, data))


def get_person(session: Session, person_id: int) -> PersonRecord:
    return person_record(get_or_raise(session, Person, person_id, "person"))


def search_people(session: Session, query: str = "", limit: int | None = None) -> list[PersonRecord]:
    """Every word of the query must occur in the name or e-mail, ignoring case and ё.

    «соловь» finds Соловьёв: the keys are folded in Python, as SQLite folds ASCII only.
    """
    statement = (
        select(Person)
        .options(selectinload(Person.organisation), selectinload(Person.name_forms))
        .order_by(Person.name_key, Person.id)
    )
    for word in names.fold(query).split():
        statement = statement.where(Person.search_key.contains(word, autoescape=True))
    if limit is not None:
        statement = statement.limit(limit)
    return [person_record(row) for row in session.scalars(statement)]


def set_dative(session: Session, person_id: int, language: Language, dative: str | None) -> None:
    """Store (or, with an empty value, forget) a hand-corrected dative form for certificates."""
    person = get_or_raise(session, Person, person_id, "person")
    value = clean(dative)
    form = next((f for f in person.name_forms if f.language == language.value), None)
    if not value:
        if form is not None:
            person.name_forms.remove(form)
    elif form is None:
        person.name_forms.append(PersonNameForm(language=language.value, dative=value))
    else:
        form.dative = value


def merge_people(session: Session, keep_id: int, other_id: int) -> None:
    """Fold `other` into `keep`: participations, talks, moderation and certificates move; nothing is lost."""
    if keep_id == other_id:
        raise ValidationError("a person cannot be merged with themselves")
    keep = get_or_raise(session, Person, keep_id, "person")
    other = get_or_raise(session, Person, other_id, "person")
    _merge_participations(session, keep_id, other_id)
    for link in session.scalars(select(TalkSpeaker).where(TalkSpeaker.person_id == other_id)):
        if session.get(TalkSpeaker, (link.talk_id, keep_id)) is None:
            session.add(TalkSpeaker(talk_id=link.talk_id, person_id=keep_id, position=link.position))
        session.delete(link)
    for mod in session.scalars(select(BlockModerator).where(BlockModerator.person_id == other_id)):
        if session.get(BlockModerator, (mod.block_id, keep_id)) is None:
            session.add(BlockModerator(block_id=mod.block_id, person_id=keep_id, position=mod.position))
        session.delete(mod)
    session.execute(update(Certificate).where(Certificate.person_id == other_id).values(person_id=keep_id))
    known = {form.language for form in keep.name_forms}
    for form in list(other.name_forms):
        if form.language not in known:
            keep.name_forms.append(PersonNameForm(language=form.language, dative=form.dative))
    for field in ("patronymic", "position", "degree", "city", "email", "phone"):
        if not getattr(keep, field):
            setattr(keep, field, getattr(other, field))
    if other.notes and other.notes not in keep.notes:
        keep.notes = "\n".join(filter(None, (keep.notes, other.notes)))
    keep.organisation_id = keep.organisation_id or other.organisation_id
    if keep.gender == Gender.UNKNOWN.value:
        keep.gender = other.gender
    session.flush()
    session.delete(other)
    session.flush()
    session.expire_all()


def _merge_participations(session: Session, keep_id: int, other_id: int) -> None:
    mine = {p.seminar_id: p for p in session.scalars(select(Participation).where(Participation.person_id == keep_id))}
    for theirs in list(session.scalars(select(Participation).where(Participation.person_id == other_id))):
        ours = mine.get(theirs.seminar_id)
        if ours is None:
            theirs.person_id = keep_id
            continue
        # both were registered for one seminar: keep one row that says the most
        if _ROLE_WEIGHT.get(theirs.role, 0) > _ROLE_WEIGHT.get(ours.role, 0):
            ours.role = theirs.role
        ours.attended = ours.attended or theirs.attended
        ours.registered_at = min(ours.registered_at, theirs.registered_at)
        if ours.certificate_id is None and theirs.certificate_id is not None:
            certificate_id = theirs.certificate_id
            theirs.certificate_id = None
            session.flush()
            ours.certificate_id = certificate_id
        session.delete(theirs)
    session.flush()
