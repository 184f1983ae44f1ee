"""Derived key columns, recomputed whenever a row is written, so search and de-duplication never go stale.

Keys are folded in Python (ё→е, casefold) rather than in SQL: SQLite's lower() and LIKE fold ASCII only,
and doing it here keeps the SQL the same on every engine. Bulk inserts that bypass the ORM (the import of
registrations) call `person_keys` and `organisation_keys` themselves, so there is one definition of each key.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from desktop.domain import names
from desktop.storage.models import Organisation, Person, Seminar


def person_keys(surname: str, given_name: str, patronymic: str, email: str) -> dict[str, str]:
    """The derived columns of a `people` row."""
    name_key = names.plain_name_key(surname, given_name, patronymic)
    if name_key is not None and email.isascii() and "`" not in email:
        # plain words and an ASCII address (no «`», which folds to «'»): folding the whole is folding the parts
        email_key = names.email_key(email)
        return {
            "name_key": name_key,
            "email_key": email_key,
            "search_key": names.collapse_spaces(f"{name_key} {email.lower()}"),
        }
    return {
        "name_key": names.person_key(surname, given_name, patronymic),
        "email_key": names.email_key(email),
        "search_key": names.fold(" ".join((surname, given_name, patronymic, email))),
    }


def organisation_keys(full_name: str, short_name: str, city: str) -> dict[str, str]:
    """The derived columns of an `organisations` row."""
    return {
        "key": names.organisation_key(full_name),
        "search_key": names.fold(" ".join((full_name, short_name, city))),
    }


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_keys(_mapper: Any, _connection: Any, person: Person) -> None:
    keys = person_keys(person.surname, person.given_name or "", person.patronymic or "", person.email or "")
    person.name_key, person.email_key, person.search_key = keys["name_key"], keys["email_key"], keys["search_key"]


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
def _organisation_keys(_mapper: Any, _connection: Any, organisation: Organisation) -> None:
    keys = organisation_keys(organisation.full_name, organisation.short_name or "", organisation.city or "")
    organisation.key, organisation.search_key = keys["key"], keys["search_key"]


@event.listens_for(Seminar, "before_insert")
@event.listens_for(Seminar, "before_update")
def _seminar_keys(_mapper: Any, _connection: Any, seminar: Seminar) -> None:
    seminar.search_key = names.fold(" ".join((seminar.title, seminar.subtitle or "")))
