"""The whole People directory for its window, read with two plain SELECTs.

`people.search_people` loads ORM objects with their organisation and name forms: right for a few rows, but
20,000 of them took about two seconds before the People window could show anything. The window needs only
the records, so this reads the columns (with the organisation's name joined in) and the hand-corrected
dative forms, and builds the same `PersonRecord`s in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from desktop.domain.enums import Gender, Language
from desktop.domain.records import PersonRecord
from desktop.storage.models import Organisation, Person, PersonNameForm

# A person's columns as `person_from_row` reads them; labelled so that they can sit beside another table's id
PERSON_COLUMNS = (
    Person.id.label("person_id"),
    Person.surname,
    Person.given_name,
    Person.patronymic,
    Person.gender,
    Person.position,
    Person.degree,
    Person.organisation_id,
    Person.city,
    Person.email,
    Person.phone,
    Person.notes,
    Person.version.label("person_version"),
)
_GENDERS = {gender.value: gender for gender in Gender}


def dative_forms(session: Session, people: Select[Any] | None = None) -> defaultdict[int, dict[Language, str]]:
    """The hand-corrected dative forms by person and language: of everyone, or of the ids `people` selects."""
    statement = select(PersonNameForm.person_id, PersonNameForm.language, PersonNameForm.dative)
    if people is not None:
        statement = statement.where(PersonNameForm.person_id.in_(people))
    found: defaultdict[int, dict[Language, str]] = defaultdict(dict)
    for person_id, language, dative in session.execute(statement):
        found[person_id][Language(language)] = dative
    return found


def person_from_row(row: Row[*tuple[Any, ...]], organisation_name: str, dative: dict[Language, str]) -> PersonRecord:
    """The record `people.get_person` gives, from a row holding `PERSON_COLUMNS`."""
    return PersonRecord(
        id=row.person_id,
        surname=row.surname,
        given_name=row.given_name,
        patronymic=row.patronymic,
        gender=_GENDERS[row.gender],
        position=row.position,
        degree=row.degree,
        organisation_id=row.organisation_id,
        organisation_name=organisation_name,
        city=row.city,
        email=row.email,
        phone=row.phone,
        notes=row.notes,
        dative=dative,
        version=row.person_version,
    )


def people_directory(session: Session) -> list[PersonRecord]:
    """Every person, ordered as `people.search_people` orders them (by name, then id)."""
    datives = dative_forms(session)
    rows = session.execute(
        select(*PERSON_COLUMNS, Organisation.full_name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Person.name_key, Person.id)
    )
    return [person_from_row(row, row.full_name or "", datives.get(row.person_id, {})) for row in rows]
