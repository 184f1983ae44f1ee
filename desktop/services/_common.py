"""Small helpers shared by the services."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.names import collapse_spaces

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
