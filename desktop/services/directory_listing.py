"""The whole People directory for its window, read with two plain SELECTs.

`people.search_people` loads ORM objects with their organisation and name forms: right for a few rows, but
20,000 of them took about two seconds before the People window could show anything. The window needs only
the records, so this reads the columns (with the organisation's name joined in) and the hand-corrected
dative forms, and builds the same `PersonRecord`s in the same order.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import Gender, Language
from desktop.domain.records import PersonRecord
from desktop.storage.models import Organisation, Person, PersonNameForm


def people_directory(session: Session) -> list[PersonRecord]:
    """Every person, ordered as `people.search_people` orders them (by name, then id)."""
    datives: defaultdict[int, dict[Language, str]] = defaultdict(dict)
    for person_id, language, dative in session.execute(
        select(PersonNameForm.person_id, PersonNameForm.language, PersonNameForm.dative)
    ):
        datives[person_id][Language(language)] = dative
    genders = {gender.value: gender for gender in Gender}
    rows = session.execute(
        select(
            Person.id,
            Person.surname,
            Person.given_name,
            Person.patronymic,
            Person.gender,
            Person.position,
            Person.degree,
            Person.organisation_id,
            Organisation.full_name,
            Person.city,
            Person.email,
            Person.phone,
            Person.notes,
            Person.version,
        )
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Person.name_key, Person.id)
    )
    return [
        PersonRecord(
            id=row.id,
            surname=row.surname,
            given_name=row.given_name,
            patronymic=row.patronymic,
            gender=genders[row.gender],
            position=row.position,
            degree=row.degree,
            organisation_id=row.organisation_id,
            organisation_name=row.full_name or "",
            city=row.city,
            email=row.email,
            phone=row.phone,
            notes=row.notes,
            dative=datives.get(row.id, {}),
            version=row.version,
        )
        for row in rows
    ]
