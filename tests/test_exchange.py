"""The JSON exchange format at the service level: schema, matching, certificates, refusals."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import ExchangeFormatError
from desktop.services import certificates, exchange, people, seminars
from desktop.services.demo import load_demo
from desktop.services.participants import register as register_person
from desktop.storage.database import Database, open_database
from desktop.storage.models import Certificate, Organisation, Person

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo(db: Database) -> list[int]:
    with db.transaction() as session:
        return [r.seminar_id for r in load_demo(session)]


def exported(db: Database, seminar_id: int) -> dict[str, Any]:
    with db.transaction() as session:
        return exchange.export_seminar(session, seminar_id)


def test_the_published_schema_is_the_one_the_importer_uses() -> None:
    published = json.loads((ROOT / "docs" / "seminar-exchange.schema.json").read_text(encoding="utf-8"))
    assert published == exchange.schema()


def test_every_demo_seminar_validates_against_the_schema(db: Database, demo: list[int]) -> None:
    for seminar_id in demo:
        document = exported(db, seminar_id)
        assert exchange.validate(json.loads(exchange.dumps(document))) == document


def test_import_into_a_database_that_knows_the_people_creates_no_twins(db: Database, demo: list[int]) -> None:
    document = exported(db, demo[1])
    with db.transaction() as session:
        people_before = session.scalar(select(func.count()).select_from(Person))
        organisations_before = session.scalar(select(func.count()).select_from(Organisation))
        new_id, warnings = exchange.import_seminar(session, document, as_copy=True)
        assert session.scalar(select(func.count()).select_from(Person)) == people_before
        assert session.scalar(select(func.count()).select_from(Organisation)) == organisations_before
        summary = next(s for s in seminars.list_seminars(session) if s.id == new_id)
        assert (summary.talk_count, summary.participant_count) == (16, 143)
        assert warnings == []
        assert seminars.get_seminar(session, new_id).uid != document["seminar"]["uid"]


def test_certificates_travel_and_numbering_continues_after_them(db: Database, demo: list[int], tmp_path: Path) -> None:
    with db.transaction() as session:
        issued = certificates.issue_for_seminar(session, demo[2], issued_on=dt.date(2026, 11, 12))
    document = exported(db, demo[2])
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as session:
            exchange.import_seminar(session, document)
            register = certificates.list_register(session, year=2026)
            assert [c.number for c in register] == [c.number for c in issued]
            seminar_id = seminars.list_seminars(session)[0].id
            person = people.add_person(session, people.PersonData(surname="Їжакевич", given_name="Ярослава"))
            participation, _ = register_person(session, seminar_id, person)
            fresh = certificates.issue_certificate(session, participation, issued_on=dt.date(2026, 11, 20))
            assert fresh.sequence == len(issued) + 1
    finally:
        other.dispose()


def test_a_number_already_in_the_register_is_not_attached_twice(db: Database, demo: list[int]) -> None:
    with db.transaction() as session:
        certificates.issue_for_seminar(session, demo[2], issued_on=dt.date(2026, 11, 12))
    document = exported(db, demo[2])
    with db.transaction() as session:
        _, warnings = exchange.import_seminar(session, document, as_copy=True)
        assert len(warnings) == 35
        assert "already in this database's register" in warnings[0]
        assert session.scalar(select(func.count()).select_from(Certificate)) == 35


def test_the_same_uid_is_refused(db: Database, demo: list[int]) -> None:
    document = exported(db, demo[0])
    with (
        pytest.raises(ExchangeFormatError, match=rf"already in the database \(id {demo[0]}\)"),
        db.transaction() as s,
    ):
        exchange.import_seminar(s, document)


def broken(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    result = copy.deepcopy(document)
    target: Any = result
    parts = path.split("/")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if value is KeyError:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return result


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("seminar/title", "", "at seminar/title"),
        ("seminar/kind", "party", "at seminar/kind"),
        ("seminar/starts_at", "24.11.2026", "at seminar/starts_at"),
        ("people/0/surname", KeyError, "at people/0"),
        ("participants/0/person_id", 99999, "refers to person 99999"),
        ("seminar/starts_at", "2026-02-30T10:00", "day is out of range"),
    ],
)
def test_broken_documents_are_refused_with_the_place_of_the_fault(
    db: Database, demo: list[int], path: str, value: Any, message: str
) -> None:
    document = broken(exported(db, demo[2]), path, value)
    with db.transaction() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    with pytest.raises(ExchangeFormatError, match=message), db.transaction() as session:
        exchange.import_seminar(session, document, as_copy=True)
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before  # nothing half-imported


def test_a_document_without_its_parts_is_refused(session: Session) -> None:
    with pytest.raises(ExchangeFormatError, match="at the top level"):
        exchange.import_seminar(session, {"format": "kafedra.seminar"})
