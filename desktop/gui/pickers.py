"""Choosing people from the directory: search as you type (surname, organisation, e-mail), or add one in place."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import PersonRecord
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.table_model import Column, RecordTableModel
from desktop.gui.workspace import Workspace
from desktop.services import people, person_lookup

SEARCH_DELAY_MS = 120
SHOWN = 200

PERSON_COLUMNS: list[Column[PersonRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.full_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda p: p.organisation_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Position"), lambda p: p.position),
]


class PersonPicker(KafedraDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None, title: str, many: bool = False) -> None:
        super().__init__(parent, workspace.settings)
        self.ws = workspace
        self.setWindowTitle(title)
        self.chosen: list[PersonRecord] = []
        self._asked = 0
        self.search = QLineEdit(
            placeholderText=self.tr("Surname, name, organisation or e-mail"), clearButtonEnabled=True
        )
        self.model: RecordTableModel[PersonRecord] = RecordTableModel(PERSON_COLUMNS, lambda p: p.full_name)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if many
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._choose)
        self.status = QLabel()
        self.new_person = QPushButton(self.tr("&New person…"))
        self.new_person.setToolTip(self.tr("Add someone who is not in the directory yet, with the name typed above"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.new_person, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        self.new_person.clicked.connect(self._add_new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._focus_results)
        self.resize(640, 460)
        self.restore_geometry()
        self._ask()

    def _ask(self) -> None:
        self._asked += 1
        ticket, query = self._asked, self.search.text()

        def show(found: list[PersonRecord]) -> None:
            if ticket == self._asked:  # an older answer must not replace a newer one
                self.model.set_records(found)
                if len(found) >= SHOWN:
                    text = self.tr("The first %n shown; type more to narrow.", "", len(found))
                elif found:
                    text = self.tr("%n found", "", len(found))
                else:
                    text = self.tr("Nobody found: add a new person?")
                self.status.setText(text)
                if found:
                    self.table.selectRow(0)

        self.ws.runner.query(self, person_lookup.find_people, query, SHOWN).on_success(show)

    def _focus_results(self) -> None:
        if self.model.visible:
            self.table.setFocus()
            self.table.selectRow(0)

    def _choose(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        self.chosen = [self.model.record(row) for row in rows]
        if self.chosen:
            self.accept()

    def _add_new(self) -> None:
        from desktop.gui.directory.person_dialog import PersonDialog

        dialog = PersonDialog(self.ws, self, typed=self.search.text())
        if dialog.run() and dialog.saved_id is not None:
            self.ws.runner.query(self, people.get_person, dialog.saved_id).on_success(self._new_chosen)

    def _new_chosen(self, person: PersonRecord) -> None:
        self.chosen = [person]
        self.accept()
