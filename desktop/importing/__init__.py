"""Reading registration tables (CSV, XLSX, XLS, ODS), mapping their columns and cleaning their rows.

No database and no Qt here: `desktop.services.registrations` matches the cleaned rows against the directory
and writes them; the GUI's mapping dialog shows `columns.ColumnMapping` and `reading.Table.preview()`.
"""

from desktop.importing.cleaning import CleanRow, NoteKind, RowNote, clean_row
from desktop.importing.columns import FIELD_LABELS, ColumnMapping, Field, guess_mapping
from desktop.importing.errors import ImportCancelledError, ImportFileError
from desktop.importing.memory import MappingMemory
from desktop.importing.reading import SourceRow, Table, read_table

__all__ = [
    "FIELD_LABELS",
    "CleanRow",
    "ColumnMapping",
    "Field",
    "ImportCancelledError",
    "ImportFileError",
    "MappingMemory",
    "NoteKind",
    "RowNote",
    "SourceRow",
    "Table",
    "clean_row",
    "guess_mapping",
    "read_table",
]
