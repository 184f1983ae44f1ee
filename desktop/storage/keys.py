"""Derived key columns, recomputed whenever a row is written, so search and de-duplication never go stale.

Keys are folded in Python (ё→е, casefold) rather than in SQL: SQLite's lower() and LIKE fold ASCII only,
and doing it here keeps the SQL the same on every engine.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from desktop.domain import names
from desktop.storage.models import Organisation, Person, Seminar


def person_search_text(person: Person) -> str:
    return names.fold(" ".join((person.surname, person.given_name, person.patronymic or "", person.email or "")))


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_keys(_mapper: Any, _connection: Any, person: Person) -> None:
    person.name_key = names.person_key(person.surname, person.given_name or "", person.patronymic or "")
    person.email_key = names.email_key(person.email or "")
    person.search_key = person_search_text(person)


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
def _organisation_keys(_mapper: Any, _connection: Any, organisation: Organisation) -> None:
    organisation.key = names.organisation_key(organisation.full_name)
    organisation.search_key = names.fold(
        " ".join((organisation.full_name, organisation.short_name or "", organisation.city or ""))
    )


@event.listens_for(Seminar, "before_insert")
@event.listens_for(Seminar, "before_update")
def _seminar_keys(_mapper: Any, _connection: Any, seminar: Seminar) -> None:
    seminar.search_key = names.fold(" ".join((seminar.title, seminar.subtitle or "")))
