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

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute

from desktop.domain import names
from desktop.domain.enums import Gender, Role
from desktop.importing.cleaning import CleanRow, organisation_key
from desktop.services._registration_match import Candidate, Resolution
from desktop.storage.keys import organisation_keys, person_keys
from desktop.storage.models import Organisation, Participation, Person

Progress = Callable[[int, int], None]
T = TypeVar("T")

CHUNK = 2000  # rows per statement batch: progress is reported, and a cancel honoured, between batches
_FILLABLE = ("position", "city", "email", "phone")


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
            params = [
                {
                    "full_name": row.organisation,
                    "city": cities.get(key, ""),
                    **organisation_keys(row.organisation, "", cities.get(key, "")),
                    "updated_by": self.user,
                }
                for key, row in batch
            ]
            ids = _insert_returning_ids(self.connection, Organisation, params, (Organisation.key,))
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
            params = [self._new_person(candidate) for candidate in batch]
            ids = _insert_returning_ids(self.connection, Person, params, (Person.name_key, Person.email_key))
            for candidate, person_id in zip(batch, ids, strict=True):
                candidate.person_id = person_id
            self.advance(len(batch))
        return len(new)

    def _new_person(self, candidate: Candidate) -> dict[str, Any]:
        rows = candidate.rows
        first = rows[0]
        values: dict[str, Any] = {
            "surname": first.surname,
            "given_name": first.given_name,
            "patronymic": first.patronymic,
            "gender": names.infer_gender(first.given_name, first.patronymic).value,
            "organisation_id": self.organisation_of(rows),
            "updated_by": self.user,
        }
        if len(rows) == 1:  # most people are on one row: its values are the first ones
            values.update(position=first.position, city=first.city, email=first.email, phone=first.phone)
        else:
            values.update({name: _first(rows, name) for name in _FILLABLE})
        if candidate.keys is not None and values["email"] == first.email:
            values.update(candidate.keys)
        else:  # a later row of the same person gave the e-mail the first one lacked
            values.update(person_keys(first.surname, first.given_name, first.patronymic, values["email"]))
        return values

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
        for batch in _chunks(participants):
            params = [
                {
                    "seminar_id": seminar_id,
                    "person_id": candidate.person_id,
                    "role": (candidate.role or Role.PARTICIPANT).value,
                    "mode": (candidate.mode or default_mode).value,
                    "registered_at": registered_at,
                    "attended": False,
                    "updated_by": self.user,
                }
                for candidate in batch
            ]
            self.connection.execute(insert(Participation), params)
            self.advance(len(batch))
        return len(participants)


def _insert_returning_ids(
    connection: Connection,
    entity: type[Organisation] | type[Person],
    params: list[dict[str, Any]],
    keys: tuple[InstrumentedAttribute[str], ...],
) -> list[int]:
    """The ids of the inserted rows, in the order of `params`.

    Asking RETURNING to keep the order of the parameters (`sort_by_parameter_order`) makes SQLAlchemy send one
    statement per row on SQLite, which has no column that ties a returned row to its parameters. The rows an
    import adds are told apart by their keys instead (one new organisation per key; one new person per name
    and e-mail, as the matching guarantees), so they go in multi-row batches and the ids are put back in order
    by key. Rows whose keys repeat, which the matching never produces, take the row-by-row way.
    """
    wanted = [tuple(row[column.key] for column in keys) for row in params]
    if len(set(wanted)) < len(wanted):
        statement = insert(entity).returning(entity.id, sort_by_parameter_order=True)
        return list(connection.execute(statement, params).scalars())
    returned = connection.execute(insert(entity).returning(entity.id, *keys), params)
    ids = {tuple(row[1:]): row[0] for row in returned}
    return [ids[key] for key in wanted]


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
