"""The programme as one tree: loose talks first, then blocks with their talks. A thin model over records.

Edits and drops do not touch the database: the model says what the user asked for (`edit_requested`,
`move_requested`) and the tab turns that into an undoable op. The tree is rebuilt from the re-queried
programme, so the times shown are always the ones the services computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop.domain.records import BlockRecord, TalkRecord
from desktop.domain.schedule import Conflict
from desktop.gui import labels, look
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.service_messages import translated
from desktop.services.programme import ProgrammeRecord

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-kafedra-programme-item"
TIME, TITLE, SPEAKERS, LENGTH, KIND = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Time"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Speakers"),
    QT_TRANSLATE_NOOP("Columns", "Length"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
)
PIN = "📌"  # falls back to the font's box glyph only on systems with no emoji font: the tooltip still says it


@dataclass(frozen=True)
class Place:
    """Where a talk goes: a block (None: the loose talks that open the programme) and a position in it."""

    block_id: int | None
    index: int


def speakers_text(talk: TalkRecord) -> str:
    return ", ".join(s.full_name for s in talk.speakers)


def speakers_tooltip(talk: TalkRecord) -> str:
    lines = []
    for s in talk.speakers:
        details = ", ".join(part for part in (s.position, s.organisation_name) if part)
        lines.append(f"{s.full_name}" + (f" — {details}" if details else ""))
    return "\n".join(lines)


class ProgrammeModel(QAbstractItemModel):
    edit_requested = Signal(object, str, object)  # record (TalkRecord | BlockRecord), field, value
    move_requested = Signal(object, object)  # record, Place (for a block: Place(None, block index))

    def __init__(self) -> None:
        super().__init__()
        self.programme: ProgrammeRecord | None = None
        self.top: list[TalkRecord | BlockRecord] = []
        self._talk_conflicts: dict[int, list[Conflict]] = {}
        self._block_conflicts: dict[int, list[Conflict]] = {}

    # --- the data --------------------------------------------------------------------------------------

    def set_programme(self, programme: ProgrammeRecord | None) -> None:
        self.beginResetModel()
        self.programme = programme
        self.top = [*programme.loose_talks, *programme.blocks] if programme else []
        self._talk_conflicts, self._block_conflicts = {}, {}
        for conflict in programme.conflicts if programme else ():
            for talk_id in conflict.talk_ids:
                self._talk_conflicts.setdefault(talk_id, []).append(conflict)
            for block_id in conflict.block_ids:
                self._block_conflicts.setdefault(block_id, []).append(conflict)
        self.endResetModel()

    def record(self, index: Index) -> TalkRecord | BlockRecord | None:
        if not index.isValid():
            return None
        parent_row = index.internalId() - 1
        if parent_row < 0:
            return self.top[index.row()]
        block = self.top[parent_row]
        assert isinstance(block, BlockRecord)
        return block.talks[index.row()]

    def loose_count(self) -> int:
        return len(self.programme.loose_talks) if self.programme else 0

    def blocks(self) -> tuple[BlockRecord, ...]:
        return self.programme.blocks if self.programme else ()

    def index_of_talk(self, talk_id: int, column: int = 0) -> QModelIndex:
        for row, item in enumerate(self.top):
            if isinstance(item, TalkRecord) and item.id == talk_id:
                return self.createIndex(row, column, 0)
            if isinstance(item, BlockRecord):
                for child_row, talk in enumerate(item.talks):
                    if talk.id == talk_id:
                        return self.createIndex(child_row, column, row + 1)
        return QModelIndex()

    def index_of_block(self, block_id: int, column: int = 0) -> QModelIndex:
        for row, item in enumerate(self.top):
            if isinstance(item, BlockRecord) and item.id == block_id:
                return self.createIndex(row, column, 0)
        return QModelIndex()

    def place_of(self, talk: TalkRecord) -> Place:
        if talk.block_id is None:
            return Place(None, self.programme.loose_talks.index(talk) if self.programme else 0)
        block = next(b for b in self.blocks() if b.id == talk.block_id)
        return Place(block.id, block.talks.index(talk))

    def conflicts_of(self, record: TalkRecord | BlockRecord) -> list[Conflict]:
        table = self._talk_conflicts if isinstance(record, TalkRecord) else self._block_conflicts
        return table.get(record.id, [])

    # --- tree structure --------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.top)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        item = self.top[parent.row()]
        return len(item.talks) if isinstance(item, BlockRecord) else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", HEADERS[section])
        return None

    # --- what each cell shows --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(record, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.BackgroundRole and self.conflicts_of(record):
            return QBrush(look.conflict_background())
        if role == Qt.ItemDataRole.FontRole and isinstance(record, BlockRecord):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == TIME and self.conflicts_of(record):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(record, column, False)
        return None

    def _text(self, record: TalkRecord | BlockRecord, column: int, editing: bool) -> Any:
        if isinstance(record, BlockRecord):
            if column == TIME:
                return f"{labels.clock(record.starts_at)}–{labels.clock(record.ends_at)}"
            if column == TITLE:
                return record.title if editing else record.title + (f"  ·  {record.room}" if record.room else "")
            if column == SPEAKERS:
                names = ", ".join(m.full_name for m in record.moderators)
                return self.tr("Moderators: {names}").format(names=names) if names else ""
            if column == LENGTH:
                return labels.minutes(sum(t.duration_minutes for t in record.talks))
            return self.tr("Block")
        if column == TIME:
            text = f"{labels.clock(record.starts_at)}–{labels.clock(record.ends_at)}"
            return f"{PIN} {text}" if record.pinned_start else text
        if column == TITLE:
            return record.title
        if column == SPEAKERS:
            return speakers_text(record)
        if column == LENGTH:
            return record.duration_minutes if editing else labels.minutes(record.duration_minutes)
        return labels.TALK_KINDS[record.kind]

    def _tooltip(self, record: TalkRecord | BlockRecord, column: int) -> str:
        lines = [translated(c.message) for c in self.conflicts_of(record)]
        if lines:
            lines = [self.tr("Conflict: {reason}").format(reason=line) for line in lines]
        if isinstance(record, TalkRecord):
            if column == TIME and record.pinned_start:
                lines.append(
                    self.tr("Pinned: starts at {time} whatever comes before it").format(
                        time=labels.clock(record.pinned_start)
                    )
                )
            if column == SPEAKERS and record.speakers:
                lines.append(speakers_tooltip(record))
            if column == TITLE:
                lines.append(record.title)
        elif column == TITLE:
            lines.append(
                record.title + ("\n" + self.tr("Room: {room}").format(room=record.room) if record.room else "")
            )
        return "\n".join(lines)

    # --- editing in place ------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        record = self.record(index)
        if record is None:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if isinstance(record, BlockRecord):
            base |= Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == TITLE or (index.column() == LENGTH and isinstance(record, TalkRecord)):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record(index)
        if record is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == TITLE:
            text = " ".join(str(value).split())
            if text and text != record.title:
                self.edit_requested.emit(record, "title", text)
            return bool(text)
        if index.column() == LENGTH and isinstance(record, TalkRecord):
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if minutes != record.duration_minutes:
                self.edit_requested.emit(record, "duration_minutes", minutes)
            return True
        return False

    # --- drag and drop ---------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        record = self.record(indexes[0]) if indexes else None
        if record is not None:
            kind = "block" if isinstance(record, BlockRecord) else "talk"
            data.setData(MIME, QByteArray(f"{kind}:{record.id}".encode()))
        return data

    def _dragged(self, data: QMimeData) -> TalkRecord | BlockRecord | None:
        if not data.hasFormat(MIME):
            return None
        kind, _, ident = bytes(data.data(MIME).data()).decode().partition(":")
        index = self.index_of_block(int(ident)) if kind == "block" else self.index_of_talk(int(ident))
        return self.record(index)

    def drop_place(self, dragged: TalkRecord | BlockRecord, row: int, parent: Index) -> Place | None:
        """Where a drop at (row, parent) puts the dragged item; None when it cannot go there."""
        loose = self.loose_count()
        if isinstance(dragged, BlockRecord):
            if parent.isValid():
                return None
            target = len(self.blocks()) if row < 0 else max(0, row - loose)
            current = self.blocks().index(dragged)
            return Place(None, target - 1 if target > current else target)
        if parent.isValid():
            block = self.record(parent)
            if not isinstance(block, BlockRecord):
                return None
            target, block_id = (len(block.talks) if row < 0 else row), block.id
        elif 0 <= row <= loose:
            target, block_id = row, None
        else:  # dropped between or after blocks: the end of the block above
            above = self.top[(len(self.top) if row < 0 else row) - 1]
            if not isinstance(above, BlockRecord):
                return None
            target, block_id = len(above.talks), above.id
        if dragged.block_id == block_id:
            current = self.place_of(dragged).index
            if target > current:
                target -= 1
        return Place(block_id, target)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        dragged = self._dragged(data)
        return dragged is not None and self.drop_place(dragged, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        dragged = self._dragged(data)
        place = self.drop_place(dragged, row, parent) if dragged is not None else None
        if dragged is None or place is None:
            return False
        current = (
            self.place_of(dragged) if isinstance(dragged, TalkRecord) else Place(None, self.blocks().index(dragged))
        )
        if place != current:
            self.move_requested.emit(dragged, place)
        # False: the view must not remove the source row; the tree is rebuilt from the database instead
        return False
