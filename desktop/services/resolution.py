"""The resolution: preamble, adoption date, «noted» items and numbered recommendations.

The talks heard are not stored here: they come from the programme, so the two cannot disagree.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import ResolutionSection
from desktop.domain.errors import ValidationError
from desktop.domain.records import ResolutionItemRecord, ResolutionRecord, TalkRecord
from desktop.services._common import check_version, clean_long, get_or_raise, require, touch
from desktop.services.programme import get_programme
from desktop.storage.models import Resolution, ResolutionItem, Seminar


def _resolution(
    session: Session, seminar_id: int, create: bool, expected_version: int | None = None
) -> Resolution | None:
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    row = session.scalars(select(Resolution).where(Resolution.seminar_id == seminar_id)).first()
    # version 0: the user saw no resolution yet; one written meanwhile by someone else is a conflict too
    if expected_version is not None and row is not None:
        check_version(session, row, expected_version, f"The resolution of «{seminar.title}»")
    if row is None and create:
        row = Resolution(seminar_id=seminar_id, preamble="")
        session.add(row)
        session.flush()
    return row


def get_resolution(session: Session, seminar_id: int) -> ResolutionRecord:
    row = _resolution(session, seminar_id, create=False)
    if row is None:
        return ResolutionRecord(seminar_id, "", None, ())
    return ResolutionRecord(
        seminar_id=seminar_id,
        preamble=row.preamble,
        adopted_on=row.adopted_on,
        items=tuple(ResolutionItemRecord(i.id, ResolutionSection(i.section), i.text) for i in row.items),
        version=row.version,
    )


def talks_heard(session: Session, seminar_id: int) -> list[TalkRecord]:
    """The programme's talks in order, without breaks: «были заслушаны выступления»."""
    return [t for t in get_programme(session, seminar_id).all_talks() if not t.kind.is_pause]


def set_preamble(
    session: Session,
    seminar_id: int,
    preamble: str,
    adopted_on: dt.date | None,
    expected_version: int | None = None,
) -> None:
    """With `expected_version` (the resolution's, as read), refuse when someone else changed it since."""
    row = _resolution(session, seminar_id, create=True, expected_version=expected_version)
    assert row is not None
    row.preamble, row.adopted_on = clean_long(preamble), adopted_on


def add_item(session: Session, seminar_id: int, section: ResolutionSection, text: str, index: int | None = None) -> int:
    row = _resolution(session, seminar_id, create=True)
    assert row is not None
    item = ResolutionItem(section=ResolutionSection(section).value, text=require(clean_long(text), "text", "The item"))
    row.items.insert(len(row.items) if index is None else max(0, min(index, len(row.items))), item)
    row.items.reorder()
    touch(row)
    session.flush()
    return item.id


def edit_item(
    session: Session,
    item_id: int,
    text: str,
    section: ResolutionSection | None = None,
    expected_version: int | None = None,
) -> None:
    """Items have no version of their own: `expected_version` is the resolution's, as read."""
    item = get_or_raise(session, ResolutionItem, item_id, "resolution item")
    resolution = get_or_raise(session, Resolution, item.resolution_id, "resolution")
    _resolution(session, resolution.seminar_id, create=False, expected_version=expected_version)
    item.text = require(clean_long(text), "text", "The item")
    if section is not None:
        item.section = ResolutionSection(section).value
    touch(resolution)


def delete_item(session: Session, item_id: int) -> None:
    item = get_or_raise(session, ResolutionItem, item_id, "resolution item")
    resolution = get_or_raise(session, Resolution, item.resolution_id, "resolution")
    resolution.items.remove(item)
    resolution.items.reorder()
    touch(resolution)
    session.flush()


def move_item(session: Session, item_id: int, index: int) -> None:
    """Move an item to `index` among all items; numbering within a section follows the order."""
    item = get_or_raise(session, ResolutionItem, item_id, "resolution item")
    resolution = get_or_raise(session, Resolution, item.resolution_id, "resolution")
    if not 0 <= index < len(resolution.items):
        raise ValidationError(f"no place {index + 1} among {len(resolution.items)} items")
    resolution.items.remove(item)
    resolution.items.insert(index, item)
    resolution.items.reorder()
    touch(resolution)
