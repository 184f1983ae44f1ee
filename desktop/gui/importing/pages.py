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

from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.service_messages import translated
from desktop.importing.cleaning import NoteKind
from desktop.importing.columns import ColumnMapping, Field
from desktop.services.registrations import ImportCounts, ImportPlan, RegistrationSource

FIELD_NAMES = {
    Field.FULL_NAME: QT_TRANSLATE_NOOP("ImportFields", "full name"),
    Field.SURNAME: QT_TRANSLATE_NOOP("ImportFields", "surname"),
    Field.GIVEN_NAME: QT_TRANSLATE_NOOP("ImportFields", "given name"),
    Field.PATRONYMIC: QT_TRANSLATE_NOOP("ImportFields", "patronymic"),
    Field.POSITION: QT_TRANSLATE_NOOP("ImportFields", "position"),
    Field.ORGANISATION: QT_TRANSLATE_NOOP("ImportFields", "organisation"),
    Field.CITY: QT_TRANSLATE_NOOP("ImportFields", "city"),
    Field.EMAIL: QT_TRANSLATE_NOOP("ImportFields", "e-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("ImportFields", "phone"),
    Field.MODE: QT_TRANSLATE_NOOP("ImportFields", "participation format"),
    Field.ROLE: QT_TRANSLATE_NOOP("ImportFields", "role"),
}
PREVIEW_ROWS = 10
_NOTE_LABELS = {
    NoteKind.SKIPPED: QT_TRANSLATE_NOOP("ImportNotes", "skipped"),
    NoteKind.LEFT_OUT: QT_TRANSLATE_NOOP("ImportNotes", "value left out"),
    NoteKind.FORMULA: QT_TRANSLATE_NOOP("ImportNotes", "formula kept as text"),
    NoteKind.CHANGED: QT_TRANSLATE_NOOP("ImportNotes", "changed"),
    NoteKind.ASSUMED: QT_TRANSLATE_NOOP("ImportNotes", "assumed"),
    NoteKind.MERGED: QT_TRANSLATE_NOOP("ImportNotes", "merged"),
    NoteKind.MATCHED: QT_TRANSLATE_NOOP("ImportNotes", "already in the directory"),
    NoteKind.ALREADY: QT_TRANSLATE_NOOP("ImportNotes", "already registered"),
}


def counts_summary(counts: ImportCounts) -> str:
    """`ImportCounts.summary()` in the interface language."""
    text = translate(
        "ImportCounts",
        "added {added}, matched to existing people {matched}, merged {merged}, skipped {skipped}; "
        "{registered} newly registered",
    ).format(
        added=counts.added,
        matched=counts.matched,
        merged=counts.merged,
        skipped=counts.skipped,
        registered=counts.registered,
    )
    if counts.already_registered:
        text += translate("ImportCounts", ", {count} already registered").format(count=counts.already_registered)
    return text


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
        where = self.tr("{file} — header in row {row}").format(file=table.source, row=table.header_row)
        if table.kind == "csv":
            delimiter = table.delimiter if table.delimiter != chr(9) else self.tr("tab")
            where += self.tr(", {encoding}, separated by «{delimiter}»").format(
                encoding=table.encoding, delimiter=delimiter
            )
        how = (
            self.tr("the mapping you used for this form last time") if source.remembered else self.tr("Kafedra's guess")
        )
        self.intro = QLabel(
            self.tr("{where}.\nEach column and what it is imported as ({how}); change what is wrong.").format(
                where=where, how=how
            )
        )
        self.intro.setWordWrap(True)
        preview = source.preview(PREVIEW_ROWS)
        self.columns = QTableWidget(len(table.headers), 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("First value")]
        )
        self.columns.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for field in Field:
                combo.addItem(translate("ImportFields", FIELD_NAMES[field]), field.value)
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
        layout.addWidget(QLabel(self.tr("The first rows of the file (%n):", "", len(preview))))
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
        self.report.setHorizontalHeaderLabels([self.tr("Row"), self.tr("What"), self.tr("Note")])
        self.report.verticalHeader().hide()
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)

    def show_plan(self, plan: ImportPlan) -> None:
        counts = plan.counts
        organisations = (
            self.tr("; %n new organisation(s)", "", plan.organisations_to_add) if plan.organisations_to_add else ""
        )
        nothing = "" if plan.notes else "\n" + self.tr("Every row will be imported as written.")
        self.summary.setText(
            self.tr("%n row(s): ", "", counts.rows)
            + counts_summary(counts)
            + organisations
            + "."
            + nothing
            + "\n"
            + self.tr(
                "Nothing has been written yet: Import writes it all at once, Cancel leaves the database as it is."
            )
        )
        self.report.setRowCount(len(plan.notes))
        for r, note in enumerate(plan.notes):
            self.report.setItem(r, 0, _read_only(str(note.row)))
            self.report.setItem(
                r,
                1,
                _read_only(
                    translate("ImportNotes", _NOTE_LABELS[note.kind]) if note.kind in _NOTE_LABELS else note.kind.value
                ),
            )
            self.report.setItem(r, 2, _read_only(translated(note.message)))
        self.report.resizeColumnToContents(0)
        self.report.resizeColumnToContents(1)
