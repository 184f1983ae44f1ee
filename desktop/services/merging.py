"""Merging two directory entries with the user's choice, field by field, of which value survives.

`people.merge_people` and `organisations.merge_organisations` move every link and fill the survivor's empty
fields from the other; here the user's choices are applied afterwards, so an empty value can win on purpose.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.records import OrganisationData, PersonData
from desktop.services import organisations, people

PERSON_FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "gender",
    "position",
    "degree",
    "organisation_id",
    "city",
    "email",
    "phone",
)
ORGANISATION_FIELDS = ("full_name", "short_name", "city", "region")


def _check(fields: Collection[str], known: tuple[str, ...]) -> None:
    unknown = sorted(set(fields) - set(known))
    if unknown:
        raise ValidationError(f"cannot choose {', '.join(unknown)} when merging")


def merge_people_choosing(session: Session, keep_id: int, other_id: int, from_other: Collection[str]) -> None:
    """Fold `other` into `keep`; the fields named in `from_other` take the other's value, the rest keep's.

    Notes are joined, not chosen: nothing anyone wrote down is lost.
    """
    _check(from_other, PERSON_FIELDS)
    keep, other = people.get_person(session, keep_id), people.get_person(session, other_id)
    chosen = {field: getattr(other if field in from_other else keep, field) for field in PERSON_FIELDS}
    people.merge_people(session, keep_id, other_id)
    merged_notes = people.get_person(session, keep_id).notes
    people.update_person(session, keep_id, PersonData(**chosen, notes=merged_notes))


def merge_organisations_choosing(session: Session, keep_id: int, other_id: int, from_other: Collection[str]) -> None:
    """Fold `other` into `keep`; the fields named in `from_other` take the other's value, the rest keep's."""
    _check(from_other, ORGANISATION_FIELDS)
    keep = organisations.get_organisation(session, keep_id)
    other = organisations.get_organisation(session, other_id)
    chosen = {field: getattr(other if field in from_other else keep, field) for field in ORGANISATION_FIELDS}
    organisations.merge_organisations(session, keep_id, other_id)
    organisations.update_organisation(session, keep_id, OrganisationData(**chosen))
