"""The seminar list on the left: search as you type, filters by year, status and kind, sortable columns."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
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


class WrappingTable(QTableView):
    """A table whose rows are as tall as their longest wrapped cell, measured cheaply.

    Qt's ResizeToContents asks the delegate of every cell for its size hint, and the delegate asks the model's
    data() for a dozen roles each time; Qt does that for every row on each layout pass (model reset, sort,
    column resize, scrolling to the selection), so 500 seminars cost 120,000 calls of data() before the window
    was first painted. Here a row's texts are laid out line by line as Qt's style lays them out, without a
    call of data(), and each row's height is kept until the rows, the columns' widths or the font change; the
    padding around the text is Qt's own, taken once from its measurement of a row.
    """

    def __init__(self, model: RecordTableModel[SeminarSummary]) -> None:
        super().__init__()
        self.records = model
        self.setModel(model)
        self._heights: dict[int, int] = {}
        self._widths: tuple[int, ...] = ()
        self._padding: int | None = None
        self._margins: int | None = None  # the style's, left and right of a cell's text
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged, model.rowsInserted):
            signal.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        self._heights.clear()
        # When the rows surely overflow the view, show the scroll bar before they are measured: appearing
        # after the first measurement, it narrows the title column and every row is measured again.
        surely = self.records.rowCount() * self.fontMetrics().height() > self.viewport().height() > 0
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if surely else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._padding = self._margins = None
        super().changeEvent(event)

    def _text_widths(self) -> tuple[int, ...]:
        """The width Qt lays a cell's text out in when it measures a row: the column's, less the grid line
        and the text's margins on both sides (0: a hidden column)."""
        grid = 1 if self.showGrid() else 0
        if self._margins is None:
            self._margins = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        margins = self._margins
        return tuple(
            max(1, self.columnWidth(c) - grid - margins) if self.columnWidth(c) else 0
            for c in range(self.records.columnCount())
        )

    def _text_height(self, row: int, widths: tuple[int, ...]) -> int:
        """The tallest cell's text, wrapped at word boundaries line by line as Qt's style does it. A text that
        fits its column is one line as tall as any other, so only the texts that do not fit are laid out."""
        record = self.records.record(row)
        metrics = QFontMetricsF(self.font())
        texts = [
            (column.text(record), width)
            for column, width in zip(self.records.columns, widths, strict=True)
            if width > 0  # not a hidden column
        ]
        wrapped = [(text, width) for text, width in texts if metrics.horizontalAdvance(text) > width]
        return max((self._laid_out_height(text, width) for text, width in wrapped or texts[:1]), default=0)

    def _laid_out_height(self, text: str, width: int) -> int:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout = QTextLayout(text, self.font())
        layout.setTextOption(option)
        height = 0.0
        layout.beginLayout()
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(width)
            height += line.height()
            line = layout.createLine()
        layout.endLayout()
        return math.ceil(height)

    def sizeHintForRow(self, row: int) -> int:
        if not 0 <= row < self.records.rowCount() or not self.wordWrap():
            return super().sizeHintForRow(row)
        widths = self._text_widths()
        if widths != self._widths:
            self._widths = widths
            self._heights.clear()
        height = self._heights.get(row)
        if height is None:
            if self._padding is None:  # Qt's margins around a cell's text, as its own measurement gives them
                self._padding = super().sizeHintForRow(row) - self._text_height(row, widths)
            height = self._text_height(row, widths) + self._padding
            self._heights[row] = height
        return height


class SeminarListPanel(QWidget):
    seminar_selected = Signal(object)  # int | None
    loaded = Signal()  # the list arrived from the database and is in the model

    def __init__(self, runner: OpRunner, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.settings = runner, settings
        self.model: RecordTableModel[SeminarSummary] = RecordTableModel(COLUMNS, seminar_search_text)
        self._current: int | None = None
        self.has_loaded = False

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

        self.table = WrappingTable(self.model)
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
        self.has_loaded = True
        self.loaded.emit()

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
