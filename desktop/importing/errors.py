"""The one error an import raises before anything is written: the file itself cannot be used."""

from __future__ import annotations

from desktop.domain.errors import KafedraError


class ImportFileError(KafedraError):
    """A file that cannot be read as a table: missing, empty, binary, an unknown encoding, no name column."""


class ImportCancelledError(KafedraError):
    """Raised by a progress callback to stop an import; the transaction rolls back and nothing changes."""
