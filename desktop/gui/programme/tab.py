"""The Programme tab: blocks and talks in one tree, edited in place, moved by drag and drop or Alt+Up/Down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import BlockData, BlockRecord, TalkRecord
from desktop.gui import labels
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.look import fit_section
from desktop.gui.ops import Kind, Op, is_conflict
from desktop.gui.programme.dialogs import BlockDialog, TalkDialog
from desktop.gui.programme.edits import ProgrammeEdits, talk_data
from desktop.gui.programme.model import LENGTH, SPEAKERS, TIME, TITLE, Place, ProgrammeModel
from desktop.gui.service_messages import translated
from desktop.gui.workspace import SeminarTab, Workspace
from desktop.services import programme, seminars
from desktop.services.programme import ProgrammeRecord

Selected = TalkRecord | BlockRecord


class ProgrammeTab(SeminarTab):
    title = QT_TRANSLATE_NOOP("Tabs", "&Programme")
    kinds = (Kind.PROGRAMME, Kind.SEMINAR, Kind.PEOPLE, Kind.ORGANISATIONS)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.edits = ProgrammeEdits(workspace, self)
        self.model = ProgrammeModel()
        self.seminar_start: dt.datetime | None = None
        self._want: tuple[str, int] | None = None  # what to select once the re-queried tree arrives
        self._collapsed: set[int] = set()

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Programme"))
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TIME, 128), (SPEAKERS, 200), (LENGTH, 90), (4, 76)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            fit_section(header, column, width, *(labels.TALK_KINDS.values() if column == 4 else ()))

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("add_talk", self.tr("Add &talk…"), "Ins", self.add_talk),
            ("add_block", self.tr("Add &block…"), "Ctrl+B", self.add_block),
            ("edit", self.tr("&Edit…"), "Ctrl+E", self.edit_selected),
            ("duplicate", self.tr("D&uplicate"), "Ctrl+D", self.duplicate_selected),
            ("delete", self.tr("&Delete"), "Del", self.delete_selected),
            ("up", self.tr("Move &up"), "Alt+Up", lambda: self.shift_selected(-1)),
            ("down", self.tr("Move do&wn"), "Alt+Down", lambda: self.shift_selected(1)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({QKeySequence(keys).toString()})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action

        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.conflicts)
        layout.addLayout(bottom)

        self.model.edit_requested.connect(self._edit_in_place)
        self.model.move_requested.connect(self._move)
        self.model.modelReset.connect(self._after_reset)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.collapsed.connect(self._remember_collapsed)
        self.tree.expanded.connect(self._remember_expanded)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # --- loading ---------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.model.set_programme(None)
        self.totals.setText("")
        self.conflicts.setText("")
        self._collapsed.clear()

    def reload(self, seminar_id: int) -> None:
        def read(session: object) -> tuple[ProgrammeRecord, dt.datetime]:
            return programme.get_programme(session, seminar_id), seminars.get_seminar(session, seminar_id).starts_at  # type: ignore[arg-type]

        self.query(read).on_success(self.for_current(seminar_id, self._show))

    def _show(self, loaded: tuple[ProgrammeRecord, dt.datetime]) -> None:
        current = self.selected()
        if self._want is None and current is not None:
            self._want = ("block" if isinstance(current, BlockRecord) else "talk", current.id)
        record, self.seminar_start = loaded
        self.model.set_programme(record)
        self._show_totals(record)

    def _after_reset(self) -> None:
        for block in self.model.blocks():
            self.tree.setExpanded(self.model.index_of_block(block.id), block.id not in self._collapsed)
        self._select_wanted()
        self._want = None
        self._update_actions()

    def _select_wanted(self) -> bool:
        if self._want is None:
            return False
        kind, ident = self._want
        ident = self.ws.history.ids(kind, ident)
        index = self.model.index_of_block(ident) if kind == "block" else self.model.index_of_talk(ident)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    def _show_totals(self, record: ProgrammeRecord) -> None:
        parts = [
            self.tr("%n talk(s)", "", record.talk_count),
            self.tr("talks {duration}").format(duration=labels.minutes(record.talk_minutes)),
        ]
        if record.pause_minutes:
            parts.append(self.tr("breaks {duration}").format(duration=labels.minutes(record.pause_minutes)))
        if record.starts_at and record.ends_at:
            parts.append(self.tr("the day: {span}").format(span=labels.span(record.starts_at, record.ends_at)))
        self.totals.setText(
            self.tr("Total: {parts}").format(parts=" · ".join(parts))
            if record.all_talks()
            else self.tr("The programme is empty: add a block or a talk.")
        )
        if record.conflicts:
            count = len(record.conflicts)
            self.conflicts.setText(
                "⚠ "
                + self.tr("%n conflict(s)", "", count)
                + ": "
                + translated(record.conflicts[0].message)
                + (" …" if count > 1 else "")
            )
            self.conflicts.setToolTip("\n".join(translated(c.message) for c in record.conflicts))
        else:
            self.conflicts.setText("")
            self.conflicts.setToolTip("")

    def _remember_collapsed(self, index: QModelIndex) -> None:
        record = self.model.record(index)
        if isinstance(record, BlockRecord):
            self._collapsed.add(record.id)

    def _remember_expanded(self, index: QModelIndex) -> None:
        record = self.model.record(index)
        if isinstance(record, BlockRecord):
            self._collapsed.discard(record.id)

    # --- selection -------------------------------------------------------------------------------------

    def selected(self) -> Selected | None:
        return self.model.record(self.tree.currentIndex())

    def select(self, kind: str, ident: int) -> None:
        """Select a row now if it is shown, or as soon as the next re-query shows it."""
        self._want = (kind, ident)
        if self._select_wanted():
            self._want = None

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        for name in ("edit", "duplicate", "delete", "up", "down"):
            self.actions_by_name[name].setEnabled(chosen)

    # --- adding ----------------------------------------------------------------------------------------

    def _place_for_new_talk(self) -> tuple[Place, dt.datetime]:
        current = self.selected()
        fallback = self.seminar_start or dt.datetime.now().replace(second=0, microsecond=0)
        if isinstance(current, TalkRecord):
            place = self.model.place_of(current)
            return Place(place.block_id, place.index + 1), current.ends_at
        if isinstance(current, BlockRecord):
            return Place(current.id, len(current.talks)), current.ends_at
        blocks = self.model.blocks()
        if blocks:
            return Place(blocks[-1].id, len(blocks[-1].talks)), blocks[-1].ends_at
        loose = self.model.programme.loose_talks if self.model.programme else ()
        return Place(None, len(loose)), loose[-1].ends_at if loose else fallback

    def add_talk(self) -> None:
        if self.seminar_id is None:
            return
        place, start = self._place_for_new_talk()
        dialog = TalkDialog(self.ws, self, None, start)
        if dialog.run():
            self.edits.add_talk(self.seminar_id, dialog.data(), place).on_success(self._select_new("talk"))

    def add_block(self) -> None:
        if self.seminar_id is None:
            return
        blocks = self.model.blocks()
        start = (
            blocks[-1].ends_at if blocks else (self.seminar_start or dt.datetime.now().replace(second=0, microsecond=0))
        )
        dialog = BlockDialog(self.ws, self, None, start)
        if dialog.run():
            self.add_block_with(dialog.data())

    def add_block_with(self, data: BlockData) -> None:
        if self.seminar_id is not None:
            self.edits.add_block(self.seminar_id, data, None).on_success(self._select_new("block"))

    def _select_new(self, kind: str) -> Callable[[object], None]:
        def select(new_id: object) -> None:
            if isinstance(new_id, int):
                self.select(kind, new_id)

        return select

    # --- editing ---------------------------------------------------------------------------------------

    def _edit_in_place(self, record: Selected, field: str, value: object) -> None:
        if self.seminar_id is None:
            return
        if isinstance(record, TalkRecord):
            self.edits.set_talk_field(self.seminar_id, record, field, value)
        elif field == "title":
            self.edits.set_block_title(self.seminar_id, record, str(value))

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit_selected()

    def edit_selected(self) -> None:
        current, seminar_id = self.selected(), self.seminar_id
        if current is None or seminar_id is None:
            return
        if isinstance(current, TalkRecord):
            talk = current
            talk_dialog = TalkDialog(self.ws, self, talk, talk.starts_at)
            self._edit_in(
                talk_dialog,
                lambda: (
                    self.edits.update_talk(seminar_id, talk, talk_dialog.data())
                    if talk_dialog.data() != talk_data(talk)
                    else None
                ),
            )
        else:
            block = current
            block_dialog = BlockDialog(self.ws, self, block, block.starts_at)
            self._edit_in(block_dialog, lambda: self.edits.update_block(seminar_id, block, block_dialog.data()))

    def _edit_in(self, dialog: TalkDialog | BlockDialog, save: Callable[[], Op[object] | None]) -> None:
        """Run an edit dialog and save what it holds. When someone else changed the record meanwhile and the
        user chose Cancel over Reload, the dialog opens again with their text, so nothing typed is lost."""
        if not dialog.exec():
            dialog.deleteLater()
            return
        op = save()
        if op is None:
            dialog.deleteLater()
            return

        def after_conflict(reloaded: bool) -> None:
            if reloaded:
                dialog.deleteLater()
            else:
                self._edit_in(dialog, save)

        def failed(error: BaseException) -> bool:
            if not is_conflict(error):
                dialog.deleteLater()
            return False  # the runner still reports it

        op.on_success(lambda _result: dialog.deleteLater()).on_failure(failed).on_conflict(after_conflict)

    def duplicate_selected(self) -> None:
        current, seminar_id = self.selected(), self.seminar_id
        if current is None or seminar_id is None:
            return
        if isinstance(current, TalkRecord):
            place = self.model.place_of(current)
            text = self.tr("Duplicate «{title}»").format(title=current.title[:40])
            after = Place(place.block_id, place.index + 1)
            self.edits.add_talk(seminar_id, talk_data(current), after, text).on_success(self._select_new("talk"))
        else:
            index = self.model.blocks().index(current)
            self.edits.duplicate_block(seminar_id, current, index).on_success(self._select_new("block"))

    def delete_selected(self) -> None:
        current, seminar_id = self.selected(), self.seminar_id
        if current is None or seminar_id is None:
            return
        below = self.tree.indexBelow(self.tree.currentIndex())
        neighbour = below if below.isValid() else self.tree.indexAbove(self.tree.currentIndex())
        follower = self.model.record(neighbour) if neighbour.isValid() else None
        if follower is not None:
            self._want = ("block" if isinstance(follower, BlockRecord) else "talk", follower.id)
        if isinstance(current, TalkRecord):
            self.edits.delete_talk(seminar_id, current, self.model.place_of(current))
        else:
            self.edits.delete_block(seminar_id, current, self.model.blocks().index(current))

    # --- moving ----------------------------------------------------------------------------------------

    def _move(self, record: Selected, target: Place) -> None:
        if self.seminar_id is None:
            return
        if isinstance(record, TalkRecord):
            self.edits.move_talk(self.seminar_id, record, self.model.place_of(record), target)
            self.select("talk", record.id)
        else:
            self.edits.move_block(self.seminar_id, record, self.model.blocks().index(record), target.index)
            self.select("block", record.id)

    def shift_selected(self, step: int) -> None:
        """Alt+Up/Down: one place up or down; past the end of a block the talk goes into the next one."""
        current = self.selected()
        if current is None:
            return
        if isinstance(current, BlockRecord):
            blocks = self.model.blocks()
            target = blocks.index(current) + step
            if 0 <= target < len(blocks):
                self._move(current, Place(None, target))
            return
        target_place = self.neighbour_place(current, step)
        if target_place is not None:
            self._move(current, target_place)

    def neighbour_place(self, talk: TalkRecord, step: int) -> Place | None:
        containers: list[tuple[int | None, int]] = [(None, self.model.loose_count())]
        containers += [(b.id, len(b.talks)) for b in self.model.blocks()]
        place = self.model.place_of(talk)
        position = next(i for i, (block_id, _) in enumerate(containers) if block_id == place.block_id)
        size = containers[position][1]
        if 0 <= place.index + step < size:
            return Place(place.block_id, place.index + step)
        neighbour = position + step
        if not 0 <= neighbour < len(containers):
            return None
        block_id, count = containers[neighbour]
        return Place(block_id, count if step < 0 else 0)

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in self.actions_by_name.values():
            menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(point))
