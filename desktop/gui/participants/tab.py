"""The Participants tab: the table with a filter, live counts, and actions on one row or a selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.domain.records import ParticipantCounts, ParticipationRecord
from desktop.gui import labels
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.look import fit_section
from desktop.gui.ops import Kind
from desktop.gui.participants.edits import ParticipantEdits
from desktop.gui.participants.model import ATTENDED, MODE, NAME, ORGANISATION, ROLE, ChoiceDelegate, ParticipantsModel
from desktop.gui.pickers import PersonPicker
from desktop.gui.workspace import SeminarTab, Workspace
from desktop.services import participants


class ParticipantsTab(SeminarTab):
    title = QT_TRANSLATE_NOOP("Tabs", "P&articipants")
    kinds = (Kind.PARTICIPANTS, Kind.PEOPLE, Kind.ORGANISATIONS)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.edits = ParticipantEdits(workspace, self)
        self.model = ParticipantsModel()
        self.filter = QLineEdit(placeholderText=self.tr("Filter by name, organisation, role…"), clearButtonEnabled=True)
        self.filter.setAccessibleName(self.tr("Filter participants"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        delegate = ChoiceDelegate(self.table)
        self.table.setItemDelegateForColumn(ROLE, delegate)
        self.table.setItemDelegateForColumn(MODE, delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ROLE, 96), (MODE, 84), (ATTENDED, 70), (5, 90), (6, 116)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            fit_section(header, column, width, *self._widest(column))

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(self.tr("&Add from directory…"), "Ctrl+Shift+A", self.add_from_directory)
        self.new_action = self._action(self.tr("&New person…"), None, self.add_new_person)
        self.toolbar.addSeparator()
        self.attended_action = self._action(
            self.tr("Mark a&ttended"), "Ctrl+T", lambda: self.set_selected("attended", True)
        )
        self.absent_action = self._action(self.tr("Mark a&bsent"), None, lambda: self.set_selected("attended", False))
        mode_menu, role_menu = QMenu(self.tr("Mode"), self), QMenu(self.tr("Role"), self)
        for mode, text in labels.MODES.items():
            mode_menu.addAction(text).triggered.connect(lambda _c=False, m=mode: self.set_selected("mode", m))
        for role, text in labels.ROLES.items():
            role_menu.addAction(text).triggered.connect(lambda _c=False, r=role: self.set_selected("role", r))
        for menu, text in ((mode_menu, self.tr("Set &mode")), (role_menu, self.tr("Set &role"))):
            button = QToolButton()
            button.setText(text)
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.toolbar.addWidget(button)
        self.remove_action = self._action(self.tr("&Remove"), "Del", self.remove_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        self.filter.textChanged.connect(self.model.set_query)
        self.model.edit_requested.connect(self._edit_in_place)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    @staticmethod
    def _widest(column: int) -> tuple[str, ...]:
        """The cell texts a column must show whole: the role and mode labels in the interface language."""
        return (
            tuple(labels.ROLES.values()) if column == ROLE else tuple(labels.MODES.values()) if column == MODE else ()
        )

    def _action(self, text: str, keys: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def counts_text(self, counts: ParticipantCounts) -> str:
        return " · ".join(
            (
                self.tr("%n registered", "", counts.total),
                self.tr("%n in person", "", counts.in_person),
                self.tr("%n online", "", counts.online),
                self.tr("%n attended", "", counts.attended),
                self.tr("%n organisation(s)", "", counts.organisations),
                self.tr("%n region(s)", "", counts.regions),
            )
        )

    # --- loading ---------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.model.set_records([])
        self.counts.setText("")

    def reload(self, seminar_id: int) -> None:
        def read(session: Session) -> tuple[list[ParticipationRecord], ParticipantCounts]:
            return (
                participants.list_participants(session, seminar_id),
                participants.count_participants(session, seminar_id),
            )

        self.query(read).on_success(self.for_current(seminar_id, self._show))

    def _show(self, loaded: tuple[list[ParticipationRecord], ParticipantCounts]) -> None:
        chosen = {r.id for r in self.selected()}
        rows, counts = loaded
        self.model.set_records(rows)
        self.counts.setText(
            self.counts_text(counts)
            if counts.total
            else self.tr("Nobody is registered yet: add people from the directory.")
        )
        for row, record in enumerate(self.model.visible):
            if record.id in chosen:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows,
                )

    # --- actions ---------------------------------------------------------------------------------------

    def selected(self) -> list[ParticipationRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.record(row) for row in rows if row < len(self.model.visible)]

    def _update_actions(self) -> None:
        chosen = bool(self.selected())
        for action in (self.attended_action, self.absent_action, self.remove_action):
            action.setEnabled(chosen)

    def add_from_directory(self) -> None:
        if self.seminar_id is None:
            return
        picker = PersonPicker(self.ws, self, self.tr("Register people"), many=True)
        if picker.run():
            self.register([p.id for p in picker.chosen])

    def add_new_person(self) -> None:
        from desktop.gui.directory.person_dialog import PersonDialog

        if self.seminar_id is None:
            return
        dialog = PersonDialog(self.ws, self)
        if dialog.run() and dialog.saved_id is not None:
            self.register([dialog.saved_id])

    def register(self, person_ids: list[int]) -> None:
        if self.seminar_id is None:
            return
        known = {r.person_id for r in self.model.records}
        new = [pid for pid in person_ids if pid not in known]
        if new:
            self.edits.register(self.seminar_id, new)

    def _edit_in_place(self, record: ParticipationRecord, field: str, value: object) -> None:
        if self.seminar_id is None:
            return
        chosen = self.selected()
        rows = chosen if record in chosen else [record]  # a change on a selected row applies to the selection
        self.set_rows(rows, field, value)

    def set_selected(self, field: str, value: object) -> None:
        self.set_rows(self.selected(), field, value)

    def set_rows(self, rows: list[ParticipationRecord], field: str, value: object) -> None:
        rows = [r for r in rows if getattr(r, field) != value]
        if rows and self.seminar_id is not None:
            self.edits.set_field(self.seminar_id, rows, field, value)

    def remove_selected(self) -> None:
        rows = self.selected()
        if rows and self.seminar_id is not None:
            self.edits.unregister(self.seminar_id, rows)
