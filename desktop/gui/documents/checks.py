"""The names to check before printing, with the dative editable in place.

Editing a cell stores the person's override (`people.set_dative`) through the op runner; the tab then
prepares the document again, so the preview and this list show what will be printed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.documents.prepared import NameCheck
from desktop.gui.service_messages import translated

NAME, PRINTED, REASONS = range(3)


class NameChecks(QTableWidget):
    dative_edited = Signal(int, str)  # person id, the corrected dative ('' forgets the override)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Printed as"), self.tr("Why to check")])
        printed_header = self.horizontalHeaderItem(PRINTED)
        if printed_header is not None:
            printed_header.setToolTip(self.tr("The dative form on the certificate: double-click to correct it"))
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRINTED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.ResizeToContents)
        self.checks: tuple[NameCheck, ...] = ()
        self.itemChanged.connect(self._changed)

    def show_checks(self, checks: tuple[NameCheck, ...]) -> None:
        self.checks = checks
        self.blockSignals(True)  # filling the table is not an edit
        self.setRowCount(len(checks))
        for row, check in enumerate(checks):
            for column, text in (
                (NAME, check.full_name),
                (PRINTED, check.printed),
                (REASONS, "; ".join(translated(reason) for reason in check.reasons)),
            ):
                item = QTableWidgetItem(text)
                if column != PRINTED:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.blockSignals(False)

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() != PRINTED or item.row() >= len(self.checks):
            return
        check = self.checks[item.row()]
        text = " ".join(item.text().split())
        if text != check.printed:
            self.dative_edited.emit(check.person_id, text)
