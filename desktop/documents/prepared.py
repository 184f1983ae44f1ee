"""What the first step of an export hands to the second: plain data, cheap to import.

Kept apart from the builders so the CLI can list the document kinds (and the GUI can hold a result) without
loading Babel, the declension libraries, reportlab or python-docx.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.spec import DocumentSpec


@dataclass(frozen=True)
class ExportOptions:
    issue_numbers: bool = True  # certificates: give numbers from the register to those who have none
    attended_only: bool | None = None  # certificates: None means «if attendance was taken, only those present»
    badges_per_page: int = 8  # 8 or 6
    issued_on: dt.date | None = None  # the date new certificate numbers are issued on (default: today)


@dataclass(frozen=True)
class NameCheck:
    """A name to look at before printing, and why (English, for the CLI's warnings and the GUI's list, where
    the dative can be corrected in place with `desktop.services.people.set_dative`)."""

    person_id: int
    full_name: str
    printed: str  # the dative form on the certificate
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Part:
    """One person's document in a per-person export."""

    stem: str  # the file name without extension, not yet made safe
    spec: DocumentSpec


@dataclass(frozen=True)
class Prepared:
    spec: DocumentSpec
    seminar_title: str
    seminar_date: dt.date
    parts: tuple[Part, ...] = ()
    warnings: tuple[str, ...] = ()  # in English: printed by the CLI, shown by the GUI
    checks: tuple[NameCheck, ...] = ()  # names to look at before printing
