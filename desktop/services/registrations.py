"""Importing registrations (a CSV or spreadsheet from an online form) into a seminar.

The flow, for the GUI's mapping dialog and for the command line alike:

1. `open_registrations(path)` reads the header and proposes a column mapping (remembered or guessed); no
   database is needed, and the first rows can be shown as a preview.
2. `plan_import(session, seminar_id, source, mapping)` cleans every row and matches it against the directory
   and the other rows. It writes nothing: the plan has the counts and the row report the user sees before
   committing.
3. `commit_import(session, plan)` writes the plan in the caller's transaction (`Database.transaction()`), so a
   failed or cancelled import changes nothing. It matches again against the database as it is then, in case
   the directory changed since the preview, and returns the counts and the report of what it did.

`import_registrations` does 1–3 in one go for scripts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.importing.cleaning import CleanRow, NoteKind, RowNote, clean_row
from desktop.importing.columns import ColumnMapping, check_mapping, guess_mapping, header_row_index
from desktop.importing.memory import MappingMemory
from desktop.importing.reading import SourceRow, Table, read_table
from desktop.services._registration_match import Outcome, Resolution, load_snapshot, resolve
from desktop.services._registration_write import Progress, Written, write_resolution
from desktop.storage.concurrency import USER_KEY

__all__ = [
    "ImportCounts",
    "ImportPlan",
    "ImportResult",
    "Outcome",
    "PlannedRow",
    "RegistrationSource",
    "commit_import",
    "import_registrations",
    "open_registrations",
    "plan_import",
]


@dataclass(frozen=True)
class RegistrationSource:
    """A file opened for import: its table, the proposed mapping and whether it was remembered."""

    table: Table
    mapping: ColumnMapping
    remembered: bool

    def preview(self, count: int = 20) -> list[SourceRow]:
        return self.table.preview(count)


@dataclass(frozen=True)
class ImportCounts:
    rows: int  # rows under the header that are not blank
    added: int  # new people in the directory
    matched: int  # rows that are people already in the directory
    merged: int  # rows that repeat an earlier row of the file
    skipped: int  # rows not imported at all
    already_registered: int  # matched people who were registered for the seminar before
    registered: int  # new registrations for the seminar
    blank: int = 0  # empty rows, ignored

    def summary(self) -> str:
        return (
            f"added {self.added}, matched to existing people {self.matched}, merged {self.merged},"
            f" skipped {self.skipped}; {self.registered} newly registered"
            + (f", {self.already_registered} already registered" if self.already_registered else "")
        )


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One imported row as the preview shows it: the cleaned values and what will happen to them."""

    row: CleanRow
    outcome: Outcome
    person_id: int | None  # the directory entry it matched; None for a person still to be added


@dataclass(frozen=True)
class ImportPlan:
    seminar_id: int
    source: str
    mapping: ColumnMapping
    rows: tuple[CleanRow, ...]
    planned: tuple[PlannedRow, ...]
    notes: tuple[RowNote, ...]  # in row order
    counts: ImportCounts
    cleaning_notes: tuple[RowNote, ...]  # the part of `notes` that does not depend on the directory
    blank_rows: int
    organisations_to_add: int


@dataclass(frozen=True)
class ImportResult:
    seminar_id: int
    counts: ImportCounts
    notes: tuple[RowNote, ...]
    organisations_added: int
    people_updated: int


def open_registrations(path: str | Path, memory: MappingMemory | None = None) -> RegistrationSource:
    """Read the header of a registration file and propose a mapping; the remembered one wins over a guess."""
    table = read_table(path, choose_header=lambda rows: header_row_index([r.cells for r in rows]))
    remembered = memory.recall(table.headers) if memory is not None else None
    mapping = remembered or guess_mapping(table.headers)
    return RegistrationSource(table, mapping, remembered is not None)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hold off Python's cycle collector while an import builds its rows, matches and writes them.

    An import makes a few objects per row (the cleaned row, its candidate, its statement parameters), none of
    them in a reference cycle, and all alive until it ends; the collector, woken every few hundred new objects,
    walked over all of them again and again: a fifth of the time of a 50,000-row import. Memory is still freed
    as usual when the last reference goes; only cycles wait, and are collected when the collector is back.
    (Kafedra freezes no objects of its own, so the freeze and unfreeze below only move objects between
    generations: Python's documentation says `unfreeze` puts them back into the oldest one.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # what the import made is still alive (the plan, its rows): put it with the old objects at once,
            # as the young ones' first collection would after walking all of them (0.05 s for 50,000 rows)
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _clean_rows(table: Table, mapping: ColumnMapping) -> tuple[list[CleanRow], list[RowNote], int]:
    rows: list[CleanRow] = []
    notes: list[RowNote] = []
    blank = 0
    for source_row in table.rows():
        clean, row_notes = clean_row(source_row, mapping)
        if clean is None and not row_notes:
            blank += 1
        if clean is not None:
            rows.append(clean)
        notes.extend(row_notes)
    return rows, notes, blank


def _counts(rows: list[CleanRow], resolution: Resolution, cleaning_notes: list[RowNote], blank: int) -> ImportCounts:
    outcomes = Counter(outcome for _row, outcome, _candidate in resolution.outcomes)
    skipped = sum(1 for note in cleaning_notes if note.kind is NoteKind.SKIPPED)
    return ImportCounts(
        rows=len(rows) + skipped,
        added=outcomes[Outcome.ADDED],
        matched=outcomes[Outcome.MATCHED] + outcomes[Outcome.ALREADY],
        merged=outcomes[Outcome.MERGED],
        skipped=skipped,
        already_registered=outcomes[Outcome.ALREADY],
        registered=len(resolution.participants()),
        blank=blank,
    )


def _report(cleaning_notes: list[RowNote] | tuple[RowNote, ...], resolution: Resolution) -> tuple[RowNote, ...]:
    # sorted() is stable: for one row, the cleaning notes come before the note about who it is
    return tuple(sorted((*cleaning_notes, *resolution.notes), key=lambda note: note.row))


def _plan(
    session: Session, seminar_id: int, source: RegistrationSource, mapping: ColumnMapping
) -> tuple[ImportPlan, Resolution]:
    mapping = check_mapping(mapping, source.table.headers, source.table.source)
    rows, cleaning_notes, blank = _clean_rows(source.table, mapping)
    resolution = resolve(rows, load_snapshot(session, seminar_id))
    planned = tuple(PlannedRow(row, outcome, candidate.person_id) for row, outcome, candidate in resolution.outcomes)
    plan = ImportPlan(
        seminar_id=seminar_id,
        source=source.table.source,
        mapping=mapping,
        rows=tuple(rows),
        planned=planned,
        notes=_report(cleaning_notes, resolution),
        counts=_counts(rows, resolution, cleaning_notes, blank),
        cleaning_notes=tuple(cleaning_notes),
        blank_rows=blank,
        organisations_to_add=len(resolution.new_organisations),
    )
    return plan, resolution


def plan_import(session: Session, seminar_id: int, source: RegistrationSource, mapping: ColumnMapping) -> ImportPlan:
    """Clean and match every row; write nothing. Raises ImportFileError when the mapping names nobody."""
    with _no_cycle_collection():
        return _plan(session, seminar_id, source, mapping)[0]


def _write(
    session: Session,
    plan: ImportPlan,
    resolution: Resolution,
    progress: Progress | None,
    registered_at: dt.datetime | None,
) -> ImportResult:
    when = (registered_at or dt.datetime.now()).replace(microsecond=0, tzinfo=None)
    user = session.info.get(USER_KEY) or None  # who writes, as the flush of the ORM's rows would stamp it
    written: Written = write_resolution(session.connection(), resolution, when, progress, user)
    # Core statements went around the identity map: objects loaded earlier must be read again
    session.expire_all()
    return ImportResult(
        seminar_id=plan.seminar_id,
        counts=_counts(list(plan.rows), resolution, list(plan.cleaning_notes), plan.blank_rows),
        notes=_report(plan.cleaning_notes, resolution),
        organisations_added=written.organisations_added,
        people_updated=written.people_updated,
    )


def commit_import(
    session: Session,
    plan: ImportPlan,
    progress: Progress | None = None,
    registered_at: dt.datetime | None = None,
) -> ImportResult:
    """Write the plan in the caller's transaction. `progress(done, total)` may raise ImportCancelledError to stop.

    The rows are matched again against the database as it is now: the directory may have changed since the
    plan was shown.
    """
    session.flush()
    with _no_cycle_collection():
        resolution = resolve(list(plan.rows), load_snapshot(session, plan.seminar_id))
        return _write(session, plan, resolution, progress, registered_at)


def import_registrations(
    session: Session,
    seminar_id: int,
    source: RegistrationSource,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> tuple[ImportPlan, ImportResult]:
    """Plan with the source's own mapping and, unless `dry_run`, write in the same transaction. Never asks."""
    session.flush()
    with _no_cycle_collection():
        plan, resolution = _plan(session, seminar_id, source, source.mapping)
        if dry_run:
            return plan, ImportResult(seminar_id, plan.counts, plan.notes, plan.organisations_to_add, 0)
        return plan, _write(session, plan, resolution, progress, None)
