"""Writing a resolved import in bulk through SQLAlchemy Core, inside the caller's transaction.

Multi-row INSERT ... RETURNING (SQLAlchemy's "insertmanyvalues") and executemany UPDATEs instead of one ORM
object per row. The ORM's mapper events do not run for Core statements, so the derived key columns are
computed here by `storage.keys.person_keys` / `organisation_keys`, the very functions those events call, and
the version counter of an updated row is bumped by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, select, update

from desktop.domain import names
from desktop.domain.enums import Gender, Role
from desktop.importing.cleaning import CleanRow, organisation_key
from desktop.services._registration_match import Candidate, Resolution
from desktop.storage import bulk
from desktop.storage.keys import organisation_keys, person_keys
from desktop.storage.models import Organisation, Participation, Person

Progress = Callable[[int, int], None]
T = TypeVar("T")

CHUNK = 2000  # rows per statement batch: progress is reported, and a cancel honoured, between batches
_FILLABLE = ("position", "city", "email", "phone")
_ORGANISATION_COLUMNS = ("full_name", "city", "key", "search_key")
_PERSON_COLUMNS = (
    "surname",
    "given_name",
    "patronymic",
    "gender",
    "organisation_id",
    *_FILLABLE,
    "name_key",
    "email_key",
    "search_key",
)


@dataclass(frozen=True)
class Written:
    organisations_added: int
    people_added: int
    people_updated: int
    participations_added: int


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _first(rows: list[CleanRow], attribute: str) -> str:
    return next((value for row in rows if (value := getattr(row, attribute))), "")


class _Writer:
    def __init__(
        self, connection: Connection, resolution: Resolution, progress: Progress | None, user: str | None
    ) -> None:
        self.connection, self.resolution, self.progress = connection, resolution, progress
        self.user = user  # `updated_by` of every row written, as storage.concurrency stamps the ORM's
        self.organisation_ids = dict(resolution.snapshot.organisations)
        self.done = 0
        self.total = (
            len(resolution.new_organisations)
            + len(resolution.new_people)
            + len(resolution.matched_people)
            + len(resolution.participants())
        )

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)

    def organisation_of(self, rows: list[CleanRow]) -> int | None:
        name = rows[0].organisation if len(rows) == 1 else _first(rows, "organisation")
        return self.organisation_ids.get(organisation_key(name)) if name else None

    def add_organisations(self) -> int:
        cities: dict[str, str] = {}
        for row, _outcome, _candidate in self.resolution.outcomes:
            if row.organisation and row.city:
                cities.setdefault(organisation_key(row.organisation), row.city)
        new = list(self.resolution.new_organisations.items())
        for batch in _chunks(new):
            rows = []
            for key, row in batch:
                city = cities.get(key, "")
                keys = organisation_keys(row.organisation, "", city)
                rows.append((row.organisation, city, keys["key"], keys["search_key"]))
            ids = bulk.insert_returning_ids(
                self.connection, Organisation, _ORGANISATION_COLUMNS, rows, ("key",), {"updated_by": self.user}
            )
            self.organisation_ids.update(zip((key for key, _row in batch), ids, strict=True))
            self.advance(len(batch))
        self._fill_organisation_cities(cities)
        return len(new)

    def _fill_organisation_cities(self, cities: dict[str, str]) -> None:
        """An organisation already in the directory gets the city it lacked, as find_or_create_organisation does."""
        known = {key: org_id for key, org_id in self.resolution.snapshot.organisations.items() if key in cities}
        if not known:
            return
        params = []
        for batch in _chunks(list(known.values()), 500):
            query = select(Organisation.id, Organisation.key, Organisation.full_name, Organisation.short_name)
            rows = self.connection.execute(query.where(Organisation.id.in_(batch), Organisation.city == ""))
            for org_id, key, full_name, short_name in rows:
                city = cities[key]
                params.append(
                    {"b_id": org_id, "b_city": city, **_bound(organisation_keys(full_name, short_name, city))}
                )
        if params:
            statement = (
                update(Organisation)
                .where(Organisation.id == bindparam("b_id"))
                .values(
                    city=bindparam("b_city"),
                    search_key=bindparam("b_search_key"),
                    version=Organisation.version + 1,
                    updated_by=self.user,
                )
            )
            self.connection.execute(statement, params)

    def add_people(self) -> int:
        new = self.resolution.new_people
        for batch in _chunks(new):
            rows = [self._new_person(candidate) for candidate in batch]
            ids = bulk.insert_returning_ids(
                self.connection, Person, _PERSON_COLUMNS, rows, ("name_key", "email_key"), {"updated_by": self.user}
            )
            for candidate, person_id in zip(batch, ids, strict=True):
                candidate.person_id = person_id
            self.advance(len(batch))
        return len(new)

    def _new_person(self, candidate: Candidate) -> tuple[Any, ...]:
        """The values of `_PERSON_COLUMNS` for a new person."""
        rows = candidate.rows
        first = rows[0]
        if len(rows) == 1:  # most people are on one row: its values are the first ones
            position, city, email, phone = first.position, first.city, first.email, first.phone
        else:
            position, city, email, phone = (_first(rows, name) for name in _FILLABLE)
        keys = candidate.keys
        if keys is None or email != first.email:  # a later row of the same person gave the e-mail the first lacked
            keys = person_keys(first.surname, first.given_name, first.patronymic, email)
        return (
            first.surname,
            first.given_name,
            first.patronymic,
            names.infer_gender(first.given_name, first.patronymic).value,
            self.organisation_of(rows),
            position,
            city,
            email,
            phone,
            keys["name_key"],
            keys["email_key"],
            keys["search_key"],
        )

    def fill_in_people(self) -> int:
        """People of the directory keep their data and only get the fields they lacked (find_or_create_person)."""
        matched = {c.person_id: c for c in self.resolution.matched_people if c.person_id is not None}
        params: list[dict[str, Any]] = []
        columns = (
            Person.id,
            Person.surname,
            Person.given_name,
            Person.patronymic,
            Person.gender,
            Person.organisation_id,
        )
        for ids in _chunks(list(matched), 500):
            query = select(*columns, *(getattr(Person, name) for name in _FILLABLE)).where(Person.id.in_(ids))
            for row in self.connection.execute(query).mappings():
                changed = self._filled(dict(row), matched[row["id"]].rows)
                if changed is not None:
                    params.append(changed)
            self.advance(len(ids))
        for batch in _chunks(params):
            statement = (
                update(Person)
                .where(Person.id == bindparam("b_id"))
                .values(
                    {
                        **{name: bindparam(f"b_{name}") for name in (*_FILLABLE, "organisation_id", "gender")},
                        "email_key": bindparam("b_email_key"),
                        "search_key": bindparam("b_search_key"),
                        "version": Person.version + 1,
                        "updated_by": self.user,
                    }
                )
            )
            self.connection.execute(statement, list(batch))
        return len(params)

    def _filled(self, current: dict[str, Any], rows: list[CleanRow]) -> dict[str, Any] | None:
        new = dict(current)
        for name in _FILLABLE:
            new[name] = current[name] or _first(rows, name)
        if new["organisation_id"] is None:
            new["organisation_id"] = self.organisation_of(rows)
        if current["gender"] == Gender.UNKNOWN.value:
            new["gender"] = names.infer_gender(rows[0].given_name, rows[0].patronymic).value
        if new == current:
            return None
        keys = person_keys(new["surname"], new["given_name"], new["patronymic"], new["email"])
        return _bound({**new, "email_key": keys["email_key"], "search_key": keys["search_key"]})

    def register(self, registered_at: dt.datetime) -> int:
        seminar_id = self.resolution.snapshot.seminar_id
        default_mode = self.resolution.snapshot.default_mode
        participants = self.resolution.participants()
        constants = {
            "seminar_id": seminar_id,
            "registered_at": registered_at,
            "attended": False,
            "updated_by": self.user,
        }
        for batch in _chunks(participants):
            rows = [
                (
                    candidate.person_id,
                    (candidate.role or Role.PARTICIPANT).value,
                    (candidate.mode or default_mode).value,
                )
                for candidate in batch
            ]
            bulk.insert_rows(self.connection, Participation, ("person_id", "role", "mode"), rows, constants)
            self.advance(len(batch))
        return len(participants)


def _bound(values: dict[str, Any]) -> dict[str, Any]:
    # executemany UPDATE parameters may not share a column's name
    return {f"b_{name}": value for name, value in values.items()}


def write_resolution(
    connection: Connection,
    resolution: Resolution,
    registered_at: dt.datetime,
    progress: Progress | None = None,
    user: str | None = None,
) -> Written:
    """Insert the new organisations and people, fill in the matched ones, register everyone: in that order.

    `user` is stamped as `updated_by` on every row written or changed.
    """
    writer = _Writer(connection, resolution, progress, user)
    organisations_added = writer.add_organisations()
    people_added = writer.add_people()
    people_updated = writer.fill_in_people()
    participations_added = writer.register(registered_at)
    return Written(organisations_added, people_added, people_updated, participations_added)
