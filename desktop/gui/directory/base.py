"""What the People and Organisations windows share: a search field filtering every row per keystroke
(in Python over plain records, then a model reset), a sortable table, and buttons for new, edit and merge."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import translate
from desktop.gui.ops import Changes, Kind
from desktop.gui.table_model import RecordTableModel
from desktop.gui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

R = TypeVar("R")


class DirectoryWindow(QWidget, Generic[R]):
    """A top-level window of the main window (closed with it); one of each kind at a time."""

    kinds: ClassVar[tuple[Kind, ...]] = ()
    COLUMN_WIDTHS: ClassVar[tuple[int, ...]] = ()  # the first columns' widths; the last one stretches
    window_title = ""  # marked with QT_TRANSLATE_NOOP("Directory", …), translated when shown

    @classmethod
    def show_for(cls, window: MainWindow) -> DirectoryWindow[Any]:
        for existing in window.directory_windows:
            if type(existing) is cls:
                existing.show()
                existing.raise_()
                existing.activateWindow()
                return existing
        created = cls(window.ws, window)
        window.directory_windows.append(created)
        created.destroyed.connect(lambda: window.directory_windows.remove(created))
        created.show()
        return created

    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws = workspace
        self.setWindowTitle(self.tr("{title} — Kafedra").format(title=translate("Directory", self.window_title)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model: RecordTableModel[R] = self.make_model()
        self.search = QLineEdit(
            placeholderText=self.tr("Search: surname, organisation, e-mail… (case and ё do not matter)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Directory", self.window_title))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(self.COLUMN_WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.merge_button = QPushButton(self.tr("&Merge two…"))
        self.merge_button.setToolTip(self.tr("Select two duplicates (Ctrl+click), then merge them field by field"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        side = self.make_side_panel()
        if side is not None:
            self.splitter.addWidget(side)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        close = QAction(self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)

        self.search.textChanged.connect(self.filter)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_current)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        workspace.runner.changed.connect(self._on_changes)
        geometry = workspace.settings.state(f"directory/{type(self).__name__}")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1000, 620)
        self.reload()

    # --- for subclasses --------------------------------------------------------------------------------

    def make_model(self) -> RecordTableModel[R]:
        raise NotImplementedError

    def make_side_panel(self) -> QWidget | None:
        return None

    def count_text(self, total: int) -> str:
        """«120 people», with the plural forms of the interface language."""
        raise NotImplementedError

    def new_entry(self) -> None:
        raise NotImplementedError

    def edit(self, record: R) -> None:
        raise NotImplementedError

    def merge(self, keep: R, other: R) -> None:
        raise NotImplementedError

    def current_changed(self, record: R | None) -> None:
        """The side panel follows the current row."""

    # --- shared behaviour ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every row (one service call) and show them."""
        raise NotImplementedError

    def _show(self, rows: list[R]) -> None:
        self.model.set_records(rows)
        self._update_count()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.kinds):
            self.reload()

    def filter(self, text: str) -> None:
        self.model.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = len(self.model.visible), len(self.model.records)
        self.count.setText(
            self.count_text(total)
            if shown == total
            else self.tr("{shown} of {total}").format(shown=shown, total=self.count_text(total))
        )

    def selected(self) -> list[R]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.record(row) for row in rows]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(len(chosen) == 2)
        self.current_changed(chosen[0] if len(chosen) == 1 else None)

    def edit_current(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.edit(chosen[0])

    def merge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self.merge(chosen[0], chosen[1])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.settings.set_state(f"directory/{type(self).__name__}", self.saveGeometry())
        super().closeEvent(event)
