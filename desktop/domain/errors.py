"""Errors a user can act on. Their message is one plain sentence, shown as is by the CLI and the GUI."""

from __future__ import annotations


class KafedraError(Exception):
    """Base of every expected failure: bad data, a missing record, an unusable file."""


class NotFoundError(KafedraError):
    """A record the user named by id does not exist."""


class ValidationError(KafedraError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DatabaseFileError(KafedraError):
    """The database cannot be used: not a database, damaged, made by a newer Kafedra, unreachable."""


class ConflictError(KafedraError):
    """Someone else changed the record since it was read; reload and try again."""


class DatabaseBusyError(KafedraError):
    """Another window or command held the write lock for longer than the busy timeout."""


class ExchangeFormatError(KafedraError):
    """A seminar exchange file that Kafedra cannot read."""
