"""Organisations in the directory: find-or-create by normalised name, edit, search, merge."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain import names
from desktop.domain.errors import ValidationError
from desktop.domain.records import OrganisationData, OrganisationRecord
from desktop.services._common import check_version, clean, get_or_raise, require
from desktop.storage.models import Organisation, Person, Seminar, SeminarPartner


def organisation_record(row: Organisation) -> OrganisationRecord:
    return OrganisationRecord(
        id=row.id,
        full_name=row.full_name,
        short_name=row.short_name,
        city=row.city,
        region=row.region,
        version=row.version,
    )


def _cleaned(data: OrganisationData) -> OrganisationData:
    full_name = require(clean(data.full_name), "full_name", "The organisation's name")
    if not names.organisation_key(full_name):
        raise ValidationError(f"«{full_name}» is not an organisation name (no letters or digits)", "full_name")
    return OrganisationData(full_name, clean(data.short_name), clean(data.city), clean(data.region))


def find_organisation(session: Session, full_name: str) -> Organisation | None:
    key = names.organisation_key(full_name)
    return session.scalars(select(Organisation).where(Organisation.key == key)).first() if key else None


def find_or_create_organisation(session: Session, data: OrganisationData) -> int:
    """Return the organisation with this name typed any way; fill its empty fields from `data`."""
    data = _cleaned(data)
    row = find_organisation(session, data.full_name)
    if row is None:
        row = Organisation(full_name=data.full_name, short_name=data.short_name, city=data.city, region=data.region)
        session.add(row)
        session.flush()
        return row.id
    row.short_name = row.short_name or data.short_name
    row.city = row.city or data.city
    row.region = row.region or data.region
    return row.id


def update_organisation(
    session: Session, organisation_id: int, data: OrganisationData, expected_version: int | None = None
) -> None:
    """Replace an organisation's fields; with `expected_version`, refuse when someone else changed it since."""
    row = get_or_raise(session, Organisation, organisation_id, "organisation")
    check_version(session, row, expected_version, f"The organisation «{row.full_name}»")
    data = _cleaned(data)
    twin = find_organisation(session, data.full_name)
    if twin is not None and twin.id != row.id:
        raise ValidationError(
            f"«{data.full_name}» is already in the directory (id {twin.id}); merge the two instead",
            "full_name",
        )
    row.full_name, row.short_name, row.city, row.region = (
        data.full_name,
        data.short_name,
        data.city,
        data.region,
    )


def get_organisation(session: Session, organisation_id: int) -> OrganisationRecord:
    return organisation_record(get_or_raise(session, Organisation, organisation_id, "organisation"))


def search_organisations(session: Session, query: str = "", limit: int | None = None) -> list[OrganisationRecord]:
    """Every word of the query must occur in the name, short name or city, ignoring case and ё."""
    statement = select(Organisation).order_by(Organisation.key)
    for word in names.fold(query).split():
        statement = statement.where(Organisation.search_key.contains(word, autoescape=True))
    if limit is not None:
        statement = statement.limit(limit)
    return [organisation_record(row) for row in session.scalars(statement)]


def merge_organisations(session: Session, keep_id: int, other_id: int) -> None:
    """Fold `other` into `keep`: its people, seminars and partnerships move; then it is deleted."""
    if keep_id == other_id:
        raise ValidationError("an organisation cannot be merged with itself")
    keep = get_or_raise(session, Organisation, keep_id, "organisation")
    other = get_or_raise(session, Organisation, other_id, "organisation")
    session.execute(update(Person).where(Person.organisation_id == other_id).values(organisation_id=keep_id))
    session.execute(update(Seminar).where(Seminar.organiser_id == other_id).values(organiser_id=keep_id))
    for link in session.scalars(select(SeminarPartner).where(SeminarPartner.organisation_id == other_id)):
        already = session.get(SeminarPartner, (link.seminar_id, keep_id, link.role))
        if already is None:
            session.add(
                SeminarPartner(
                    seminar_id=link.seminar_id,
                    organisation_id=keep_id,
                    role=link.role,
                    position=link.position,
                )
            )
        session.delete(link)
    keep.short_name = keep.short_name or other.short_name
    keep.city = keep.city or other.city
    keep.region = keep.region or other.region
    session.flush()
    session.delete(other)
    session.flush()
    session.expire_all()
