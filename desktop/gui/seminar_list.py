"""The seminar list on the left: search as you type, filters by year, status and kind, sortable columns."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import SeminarKind, SeminarStatus
from desktop.domain.records import SeminarSummary
from desktop.gui import labels
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.look import fit_section
from desktop.gui.ops import Changes, Kind, OpRunner
from desktop.gui.settings import AppSettings
from desktop.gui.table_model import Column, RecordTableModel
from desktop.services import seminars

COLUMNS: list[Column[SeminarSummary]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Title"),
        lambda s: s.title,
        tooltip=lambda s: (
            f"{s.title}\n{labels.SEMINAR_KINDS[s.kind]}, "
            f"{labels.FORMATS[s.format].lower()}\n{labels.span(s.starts_at, s.ends_at)}"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda s: labels.dates(s.starts_at, s.ends_at),
        sort_key=lambda s: s.starts_at,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda s: labels.STATUSES[s.status],
        sort_key=lambda s: list(SeminarStatus).index(s.status),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Talks"),
        lambda s: str(s.talk_count),
        sort_key=lambda s: s.talk_count,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "People"),
        lambda s: str(s.participant_count),
        sort_key=lambda s: s.participant_count,
        align_right=True,
    ),
]
LIST_KINDS = (Kind.SEMINAR, Kind.PROGRAMME, Kind.PARTICIPANTS)


def seminar_search_text(summary: SeminarSummary) -> str:
    return f"{summary.title} {labels.SEMINAR_KINDS[summary.kind]} {labels.day(summary.starts_at)}"


class SeminarListPanel(QWidget):
    seminar_selected = Signal(object)  # int | None

    def __init__(self, runner: OpRunner, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.settings = runner, settings
        self.model: RecordTableModel[SeminarSummary] = RecordTableModel(COLUMNS, seminar_search_text)
        self._current: int | None = None

        self.search = QLineEdit(placeholderText=self.tr("Search seminars (Ctrl+F)"), clearButtonEnabled=True)
        self.search.setAccessibleName(self.tr("Search seminars"))
        self.year, self.status, self.kind = QComboBox(), QComboBox(), QComboBox()
        for combo, name in (
            (self.year, self.tr("Year")),
            (self.status, self.tr("Status")),
            (self.kind, self.tr("Kind")),
        ):
            combo.setAccessibleName(name)
        self.status.addItem(self.tr("Any status"), None)
        for status, text in labels.STATUSES.items():
            self.status.addItem(text, status)
        self.kind.addItem(self.tr("Any kind"), None)
        for kind, text in labels.SEMINAR_KINDS.items():
            self.kind.addItem(text, kind)
        self.year.addItem(self.tr("All years"), None)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        # long Cyrillic titles wrap onto a second line rather than lose their ends; a list holds hundreds, not
        # thousands, of seminars, so sizing rows to their contents stays cheap
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 84), (2, 80), (3, 44), (4, 54)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            fit_section(header, column, width)
        self.table.setAccessibleName(self.tr("Seminars"))

        filters = QHBoxLayout()
        for combo in (self.year, self.status, self.kind):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.year)
        self.setTabOrder(self.year, self.status)
        self.setTabOrder(self.status, self.kind)
        self.setTabOrder(self.kind, self.table)

        self.search.textChanged.connect(self.model.set_query)
        for combo in (self.year, self.status, self.kind):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        runner.changed.connect(self._on_changes)

    # --- data ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.query(self, seminars.list_seminars).on_success(self._show)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*LIST_KINDS):
            self.reload()

    def _show(self, rows: list[SeminarSummary]) -> None:
        years = sorted({row.starts_at.year for row in rows}, reverse=True)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self.model.set_records(rows)
        if self._current is None and self.model.visible:
            self.select(self.model.visible[0].id)

    def _apply_filters(self) -> None:
        year: int | None = self.year.currentData()
        # Qt hands a StrEnum back as a plain str
        status = SeminarStatus(self.status.currentData()) if self.status.currentData() else None
        kind = SeminarKind(self.kind.currentData()) if self.kind.currentData() else None

        def accept(row: SeminarSummary) -> bool:
            return (
                (year is None or row.starts_at.year == year)
                and (status is None or row.status == status)
                and (kind is None or row.kind == kind)
            )

        self.model.set_predicate(None if year is None and status is None and kind is None else accept)

    # --- selection -------------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._current

    def select(self, seminar_id: int | None) -> None:
        self._current = seminar_id
        self._restore_selection()
        self.seminar_selected.emit(seminar_id)

    def _restore_selection(self) -> None:
        row = self.model.row_of(lambda s: s.id == self._current)
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.table.scrollTo(index)

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        chosen = self.model.record(index.row()).id if index.isValid() else None
        if chosen != self._current:
            self._current = chosen
            self.seminar_selected.emit(chosen)
