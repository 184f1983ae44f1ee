"""A thin, read-mostly table model over a plain list of frozen records (napari's idea: the list is the truth).

Filtering and sorting happen in Python on the list, then the model is reset: over 20,000 rows that costs a few
milliseconds, where a QSortFilterProxyModel re-asks data() for every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain import names
from desktop.gui.i18n import translate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None  # defaults to the folded text
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Shows `visible` rows (a filtered, sorted view of `records`); `search_text` says what a row is found by."""

    def __init__(self, columns: Sequence[Column[R]], search_text: Callable[[R], str | tuple[str, ...]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._search_text = search_text
        self.records: list[R] = []
        self._keys: list[str] = []
        self.visible: list[R] = []
        self._query: list[str] = []
        self._accept: Callable[[R], bool] | None = None
        self._sort: tuple[int, bool] | None = None
        self._shown: list[int] = []  # the positions in `records` of the visible rows
        self._shown_for: tuple[list[str], Callable[[R], bool] | None] | None = None  # the query they answer

    # --- the data --------------------------------------------------------------------------------------

    def set_records(self, records: Sequence[R]) -> None:
        self._shown_for = None  # new rows: the next filter looks at all of them
        self.records = list(records)
        self._keys = self._fold_all(self.records)  # folded once, not per keystroke
        self._sort_records()
        self._refilter()

    def _fold_all(self, records: list[R]) -> list[str]:
        """Each record's folded search text. A text given in parts is folded part by part, and a part that
        repeats (an organisation, a city, a position: 500 names among 20,000 people) is folded once; folding
        works letter by letter and collapses spaces, so the parts joined by a space fold to the same key."""
        folded: dict[str, str] = {}

        def fold(part: str) -> str:
            key = folded.get(part)
            if key is None:
                key = folded[part] = names.fold(part)
            return key

        keys = []
        for record in records:
            text = self._search_text(record)
            keys.append(names.fold(text) if isinstance(text, str) else " ".join(k for k in map(fold, text) if k))
        return keys

    def _sort_records(self) -> None:
        """Sort the whole list once; filtering keeps the order, so a keystroke never sorts."""
        if self._sort is None or not self.records:
            return
        column, descending = self._sort
        key = self._key_of(column)
        pairs = sorted(zip(self.records, self._keys, strict=True), key=lambda pair: key(pair[0]), reverse=descending)
        self.records = [record for record, _ in pairs]
        self._keys = [folded for _, folded in pairs]

    def set_query(self, text: str) -> None:
        words = names.fold(text).split()
        if words != self._query:
            self._query = words
            self._refilter()

    def set_predicate(self, accept: Callable[[R], bool] | None) -> None:
        self._accept = accept
        self._refilter()

    def record(self, row: int) -> R:
        return self.visible[row]

    def row_of(self, match: Callable[[R], bool]) -> int:
        return next((i for i, r in enumerate(self.visible) if match(r)), -1)

    def _refilter(self) -> None:
        words, accept, keys = self._query, self._accept, self._keys
        # Typing on narrows the query (every earlier word is inside a word now), so only the rows shown
        # already can match: scan those instead of the whole directory.
        previous = self._shown_for
        narrows = (
            previous is not None
            and previous[1] is accept
            and all(any(old in new for new in words) for old in previous[0])
        )
        # positions, not (record, key) pairs: 20,000 new tuples a keystroke would wake the garbage collector
        rows: Sequence[int] = self._shown if narrows else range(len(keys))
        for word in sorted(words, key=len, reverse=True):  # the longest word leaves the fewest rows to look at
            rows = [i for i in rows if word in keys[i]]
        if accept is not None:
            rows = [i for i in rows if accept(self.records[i])]
        self._shown, self._shown_for = list(rows), (words, accept)
        self.beginResetModel()
        self.visible = [self.records[i] for i in rows]
        self.endResetModel()

    def _key_of(self, column: int) -> Callable[[R], Any]:
        spec = self.columns[column]
        if spec.sort_key is not None:
            return spec.sort_key
        return lambda record: names.fold(spec.text(record))

    # --- Qt's side -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self.visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.columns[section].title)  # marked where the columns are listed
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._shown_for = None  # the shown rows are in the old order
        self._sort_records()
        self._refilter()
