"""The participants table: role and mode chosen in place (combo boxes), attendance ticked in place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.enums import Mode, Role
from desktop.domain.records import ParticipationRecord
from desktop.gui import labels
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.table_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
NAME, ORGANISATION, ROLE, MODE, ATTENDED, CERTIFICATE, REGISTERED = range(7)

COLUMNS: list[Column[ParticipationRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.person_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda p: p.organisation_name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Role"),
        lambda p: labels.ROLES[p.role],
        sort_key=lambda p: list(Role).index(p.role),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Mode"), lambda p: labels.MODES[p.mode]),
    Column(QT_TRANSLATE_NOOP("Columns", "Attended"), lambda p: "", sort_key=lambda p: p.attended),
    Column(QT_TRANSLATE_NOOP("Columns", "Certificate"), lambda p: p.certificate_number or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Registered"),
        lambda p: f"{p.registered_at:%d.%m.%Y %H:%M}",
        sort_key=lambda p: p.registered_at,
    ),
]
CHOICES: dict[int, Mapping[Any, str]] = {ROLE: labels.ROLES, MODE: labels.MODES}  # translated when read


def participant_search_text(p: ParticipationRecord) -> str:
    words = (p.person_name, p.organisation_name, labels.ROLES[p.role], labels.MODES[p.mode], p.certificate_number or "")
    return " ".join(words)


class ParticipantsModel(RecordTableModel[ParticipationRecord]):
    edit_requested = Signal(object, str, object)  # ParticipationRecord, field ('role', 'mode', 'attended'), value

    def __init__(self) -> None:
        super().__init__(COLUMNS, participant_search_text)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in CHOICES:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == ATTENDED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == ATTENDED and role == Qt.ItemDataRole.CheckStateRole:
            attended = self.visible[index.row()].attended
            return Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        if index.isValid() and role == Qt.ItemDataRole.EditRole and index.column() in CHOICES:
            record = self.visible[index.row()]
            return record.role if index.column() == ROLE else record.mode
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        record = self.visible[index.row()]
        if index.column() == ATTENDED and role == Qt.ItemDataRole.CheckStateRole:
            attended = Qt.CheckState(value) == Qt.CheckState.Checked
            if attended != record.attended:
                self.edit_requested.emit(record, "attended", attended)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == ROLE and value != record.role:
            self.edit_requested.emit(record, "role", Role(value))
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == MODE and value != record.mode:
            self.edit_requested.emit(record, "mode", Mode(value))
            return True
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the column's choices (roles or modes)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, text in CHOICES[index.column()].items():
            combo.addItem(text, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
