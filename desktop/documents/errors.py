"""Failures of a document export that the user can act on."""

from __future__ import annotations

from desktop.domain.errors import KafedraError


class NothingToPrintError(KafedraError):
    """The chosen document would be empty: no participants, no speakers, no talks."""
