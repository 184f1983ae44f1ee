"""The two pages of the import dialog: the column mapping with the first rows, and the row report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.importing.cleaning import NoteKind
from desktop.importing.columns import FIELD_LABELS, ColumnMapping, Field
from desktop.services.registrations import ImportPlan, RegistrationSource

NOT_IMPORTED = "— not imported —"
PREVIEW_ROWS = 10
_NOTE_LABELS = {
    NoteKind.SKIPPED: "skipped",
    NoteKind.LEFT_OUT: "value left out",
    NoteKind.FORMULA: "formula kept as text",
    NoteKind.CHANGED: "changed",
    NoteKind.ASSUMED: "assumed",
    NoteKind.MERGED: "merged",
    NoteKind.MATCHED: "already in the directory",
    NoteKind.ALREADY: "already registered",
}


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MappingPage(QWidget):
    """Each column of the file with the field it goes to (a guess, or the mapping remembered for this form)."""

    def __init__(self, source: RegistrationSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        table = source.table
        where = f"{table.source} — header in row {table.header_row}"
        if table.kind == "csv":
            where += f", {table.encoding}, separated by «{table.delimiter if table.delimiter != chr(9) else 'tab'}»"
        how = "the mapping you used for this form last time" if source.remembered else "Kafedra's guess"
        self.intro = QLabel(f"{where}.\nEach column and what it is imported as ({how}); change what is wrong.")
        self.intro.setWordWrap(True)
        preview = source.preview(PREVIEW_ROWS)
        self.columns = QTableWidget(len(table.headers), 3)
        self.columns.setHorizontalHeaderLabels(["Column in the file", "Imported as", "First value"])
        self.columns.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(NOT_IMPORTED, "")
            for field in Field:
                combo.addItem(FIELD_LABELS[field], field.value)
            current = source.mapping.fields[index] if index < len(source.mapping.fields) else None
            combo.setCurrentIndex(combo.findData(current.value if current else ""))
            self.combos.append(combo)
            first = next((row.cells[index] for row in preview if index < len(row.cells) and row.cells[index]), "")
            self.columns.setItem(index, 0, _read_only(header))
            self.columns.setCellWidget(index, 1, combo)
            self.columns.setItem(index, 2, _read_only(first))
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.resizeColumnToContents(1)

        self.preview = QTableWidget(len(preview), len(table.headers))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        self.preview.setVerticalHeaderLabels([str(row.number) for row in preview])  # the spreadsheet's numbers
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(preview):
            for c, cell in enumerate(row.cells[: len(table.headers)]):
                self.preview.setItem(r, c, _read_only(cell))
        self.preview.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(f"The first {len(preview)} rows of the file:"))
        layout.addWidget(self.preview, 2)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(tuple(Field(c.currentData()) if c.currentData() else None for c in self.combos))

    def set_field(self, column: int, field: Field | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field else ""))


class ReportPage(QWidget):
    """What the import will do, and every row not imported exactly as written, before anything is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 3)
        self.report.setHorizontalHeaderLabels(["Row", "What", "Note"])
        self.report.verticalHeader().hide()
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)

    def show_plan(self, plan: ImportPlan) -> None:
        counts = plan.counts
        organisations = f"; {plan.organisations_to_add} new organisations" if plan.organisations_to_add else ""
        nothing = "" if plan.notes else "\nEvery row will be imported as written."
        self.summary.setText(
            f"{counts.rows} rows: {counts.summary()}{organisations}.{nothing}\n"
            "Nothing has been written yet: Import writes it all at once, Cancel leaves the database as it is."
        )
        self.report.setRowCount(len(plan.notes))
        for r, note in enumerate(plan.notes):
            self.report.setItem(r, 0, _read_only(str(note.row)))
            self.report.setItem(r, 1, _read_only(_NOTE_LABELS.get(note.kind, note.kind.value)))
            self.report.setItem(r, 2, _read_only(note.message))
        self.report.resizeColumnToContents(0)
        self.report.resizeColumnToContents(1)
