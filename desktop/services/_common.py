"""Small helpers shared by the services."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.names import collapse_spaces
from desktop.storage.concurrency import own_versions, utc_now
from desktop.storage.models.base import Versioned

T = TypeVar("T")


def get_or_raise(session: Session, model: type[T], ident: int, what: str) -> T:
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(f"no {what} with id {ident}")
    return row


def clean(text: str | None) -> str:
    """Trim and collapse the spaces of a one-line field."""
    return collapse_spaces(text or "")


def clean_long(text: str | None) -> str:
    """Trim a multi-line field, keeping its line breaks."""
    return "\n".join(line.rstrip() for line in (text or "").strip().splitlines())


def require(value: str, field: str, label: str) -> str:
    if not value:
        raise ValidationError(f"{label} must not be empty", field=field)
    return value


def check_url(value: str, field: str, label: str) -> str:
    value = value.strip()
    if value and not value.lower().startswith(("http://", "https://")):
        raise ValidationError(f"{label} must start with http:// or https:// (got «{value[:60]}»)", field=field)
    if any(ch.isspace() for ch in value):
        raise ValidationError(f"{label} must not contain spaces", field=field)
    return value


def touch(row: Versioned) -> None:
    """Count a change of a row's children (speakers, items, signatories) as a change of the row itself."""
    row.updated_at = utc_now()
    flag_modified(row, "updated_at")


def _when(moment: dt.datetime | None) -> str:
    """A stored UTC moment as the local time of day, with the date when it is not today."""
    if moment is None:
        return "an unknown time"
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    today = dt.datetime.now().astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"


def check_version(session: Session, row: Versioned, expected: int | None, what: str) -> None:
    """Refuse an edit made on a copy older than the row, unless every newer version was written by us.

    `expected` is the version the user saw (None: no check, for commands and scripts). `what` names the
    record for the message, e.g. "The talk «Title»". Our own later edits (the same `Database`, e.g. two quick
    edits before the view re-read the row, or an undo) are not conflicts.
    """
    if expected is None or row.version == expected:
        return
    mine = own_versions(session)
    table, ident = row.__tablename__, getattr(row, "id", 0)  # type: ignore[attr-defined]
    if all((table, ident, v) in mine for v in range(expected + 1, row.version + 1)):
        return
    who = row.updated_by or "another user"
    raise ConflictError(
        f"{what} was changed by {who} at {_when(row.updated_at)} after you opened it; reload to see the changes"
    )
