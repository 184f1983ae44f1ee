"""The Resolution tab: an editable preamble drafted from the seminar, the talks heard (from the programme),
and the «noted» items and recommendations as ordered lists edited in place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.domain.enums import ResolutionSection
from desktop.domain.names import initials_surname
from desktop.domain.records import ResolutionItemRecord, ResolutionRecord, TalkRecord
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.ops import Changes, Kind, Op
from desktop.gui.programme.edits import creating
from desktop.gui.workspace import SeminarTab, Workspace
from desktop.services import resolution
from desktop.services.resolution_draft import draft_preamble

Index = QModelIndex | QPersistentModelIndex
SAVE_DELAY_MS = 800
SECTIONS = {
    ResolutionSection.NOTED: QT_TRANSLATE_NOOP("ResolutionTab", "Noted"),
    ResolutionSection.RECOMMENDATION: QT_TRANSLATE_NOOP("ResolutionTab", "Recommendations"),
}


def section_name(section: ResolutionSection) -> str:
    return translate("ResolutionTab", SECTIONS[section])


class ItemsModel(QAbstractListModel):
    """One section's items, numbered as the document numbers them; editing a line asks for an op."""

    edit_requested = Signal(object, str)  # ResolutionItemRecord, new text

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ResolutionItemRecord] = []

    def set_items(self, items: tuple[ResolutionItemRecord, ...]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {item.text}"
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        text = str(value).strip()
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not text:
            return False
        if text != self.items[index.row()].text:
            self.edit_requested.emit(self.items[index.row()], text)
        return True


class SectionEditor(QGroupBox):
    """A list of one section with add, delete and reorder (Alt+Up/Down); editing is in place (F2, double-click)."""

    def __init__(self, tab: ResolutionTab, section: ResolutionSection) -> None:
        super().__init__(section_name(section))
        self.tab, self.section = tab, section
        self.model = ItemsModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(section_name(section))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for text, keys, slot in (
            (self.tr("Add"), "Ins", self.add),
            (self.tr("Delete"), "Del", self.delete),
            (self.tr("Up"), "Alt+Up", lambda: self.shift(-1)),
            (self.tr("Down"), "Alt+Down", lambda: self.shift(1)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({keys})")
            action.triggered.connect(slot)
            self.addAction(action)
            toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        self.model.edit_requested.connect(self.tab.edit_item)
        self._want: int | None = None
        self._edit_when_found = False
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._reselect)

    def current(self) -> ResolutionItemRecord | None:
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _remember_current(self) -> None:
        current = self.current()
        if self._want is None and current is not None:
            self._want = current.id

    def select_item(self, item_id: int) -> None:
        self._want = item_id
        self._reselect()

    def _reselect(self) -> None:
        if self._want is None:
            return
        wanted = self.tab.ws.history.ids("item", self._want)
        for row, item in enumerate(self.model.items):
            if item.id == wanted:
                index = self.model.index(row)
                self.view.setCurrentIndex(index)
                self._want = None
                if self._edit_when_found:
                    self._edit_when_found = False
                    self.view.setFocus()
                    self.view.edit(index)
                return

    def add(self) -> None:
        current = self.current()
        self._edit_when_found = True
        self.tab.add_item(self.section, self.tr("New item: type its text"), after=current)

    def delete(self) -> None:
        current = self.current()
        if current is not None:
            self.tab.delete_item(current)

    def shift(self, step: int) -> None:
        current = self.current()
        row = self.view.currentIndex().row()
        if current is not None and 0 <= row + step < len(self.model.items):
            self._want = current.id
            self.tab.move_item(current, self.model.items[row + step])


class ResolutionTab(SeminarTab):
    title = QT_TRANSLATE_NOOP("Tabs", "&Resolution")
    kinds = (Kind.RESOLUTION, Kind.PROGRAMME, Kind.PEOPLE)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.record: ResolutionRecord | None = None
        self.saved_preamble = ""
        self.saved_adopted: dt.date | None = None
        self.preamble = QPlainTextEdit()
        self.preamble.setAccessibleName(self.tr("Preamble"))
        self.preamble.setTabChangesFocus(True)
        self.preamble.setPlaceholderText(self.tr("The preamble: when and where the seminar took place, who took part."))
        self.draft = QPushButton(self.tr("&Draft from the seminar"))
        self.draft.setToolTip(self.tr("Write the preamble from the seminar's date, title, organiser and counts"))
        self.adopted = QCheckBox(self.tr("Adopted &on"))
        self.adopted_on = QDateEdit()
        self.adopted_on.setCalendarPopup(True)
        self.adopted_on.setDisplayFormat("dd.MM.yyyy")
        self.adopted_on.setEnabled(False)
        self.talks = QListWidget()
        self.talks.setAccessibleName(self.tr("Talks heard"))
        self.talks.setWordWrap(True)
        self.talks.setSpacing(2)
        self.sections = {section: SectionEditor(self, section) for section in SECTIONS}

        preamble_box = QGroupBox(self.tr("Preamble"))
        row = QHBoxLayout()
        row.addWidget(self.draft)
        row.addStretch(1)
        row.addWidget(self.adopted)
        row.addWidget(self.adopted_on)
        box_layout = QVBoxLayout(preamble_box)
        box_layout.addWidget(self.preamble, 1)
        box_layout.addLayout(row)
        talks_box = QGroupBox(self.tr("Talks heard (from the programme)"))
        QVBoxLayout(talks_box).addWidget(self.talks)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(preamble_box)
        top.addWidget(talks_box)
        lists = QSplitter(Qt.Orientation.Horizontal)
        for editor in self.sections.values():
            lists.addWidget(editor)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(lists)
        self.splitter = outer
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_preamble)
        self.preamble.textChanged.connect(self._timer.start)
        self.preamble.installEventFilter(self)
        self.adopted.toggled.connect(self._adopted_toggled)
        self.adopted_on.editingFinished.connect(self.save_preamble)
        self.draft.clicked.connect(self.draft_preamble)

    # --- loading ---------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.record = None
        for editor in self.sections.values():
            editor.model.set_items(())
        self.talks.clear()

    def reload(self, seminar_id: int) -> None:
        def read(session: Session) -> tuple[ResolutionRecord, list[TalkRecord]]:
            return resolution.get_resolution(session, seminar_id), resolution.talks_heard(session, seminar_id)

        self.query(read).on_success(self.for_current(seminar_id, self._show))

    def _show(self, loaded: tuple[ResolutionRecord, list[TalkRecord]]) -> None:
        record, talks = loaded
        self.record = record
        typing = self.preamble.hasFocus() and self.preamble.toPlainText() != self.saved_preamble
        self.saved_preamble, self.saved_adopted = record.preamble, record.adopted_on
        if not typing and self.preamble.toPlainText() != record.preamble:
            self.preamble.blockSignals(True)
            self.preamble.setPlainText(record.preamble)
            self.preamble.blockSignals(False)
        self.adopted.blockSignals(True)
        self.adopted.setChecked(record.adopted_on is not None)
        self.adopted.blockSignals(False)
        self.adopted_on.setEnabled(record.adopted_on is not None)
        when = record.adopted_on or dt.date.today()
        self.adopted_on.setDate(QDate(when.year, when.month, when.day))
        for section, editor in self.sections.items():
            editor.model.set_items(record.section(section))
        self.talks.clear()
        for number, talk in enumerate(talks, 1):
            speakers = ", ".join(initials_surname(s.surname, s.given_name, s.patronymic) for s in talk.speakers)
            self.talks.addItem(f"{number}. {speakers + ' — ' if speakers else ''}«{talk.title}»")
        if not talks:
            self.talks.addItem(self.tr("No talks in the programme yet."))

    # --- the preamble ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preamble and event.type() == QEvent.Type.FocusOut and self._timer.isActive():
            self._timer.stop()
            self.save_preamble()
        return super().eventFilter(watched, event)

    def _adopted_toggled(self, on: bool) -> None:
        self.adopted_on.setEnabled(on)
        self.save_preamble()

    def _adopted_value(self) -> dt.date | None:
        if not self.adopted.isChecked():
            return None
        date = self.adopted_on.date()
        return dt.date(date.year(), date.month(), date.day())

    def save_preamble(self) -> None:
        seminar_id = self.seminar_id
        if seminar_id is None or self.record is None:
            return
        text, adopted = self.preamble.toPlainText(), self._adopted_value()
        old_text, old_adopted = self.saved_preamble, self.saved_adopted
        if (text, adopted) == (old_text, old_adopted):
            return
        self.saved_preamble, self.saved_adopted = text, adopted
        seen = self.record.version  # another writer's change since is a conflict

        def refused(_error: BaseException) -> bool:
            # not saved: the text stays in the editor, and the next edit tries again
            self.saved_preamble, self.saved_adopted = old_text, old_adopted
            return False

        self._perform(
            seminar_id,
            self.tr("Edit the preamble"),
            lambda s: resolution.set_preamble(s, seminar_id, text, adopted, seen),
            lambda s: resolution.set_preamble(s, seminar_id, old_text, old_adopted, seen),
        ).on_failure(refused)

    def draft_preamble(self) -> None:
        if self.seminar_id is not None:
            self.query(draft_preamble, self.seminar_id).on_success(self._drafted)

    def _drafted(self, text: str) -> None:
        self.preamble.setPlainText(text)
        self._timer.stop()
        self.save_preamble()

    # --- the lists -------------------------------------------------------------------------------------

    def _perform(self, seminar_id: int, text: str, do: Any, undo: Any) -> Op[object]:
        changes = Changes.of(Kind.RESOLUTION, seminar_id=seminar_id)
        return self.ws.history.perform(self, text, do, undo, changes)

    def _global_index(self, item: ResolutionItemRecord) -> int:
        assert self.record is not None
        return next(i for i, other in enumerate(self.record.items) if other.id == item.id)

    def add_item(self, section: ResolutionSection, text: str, after: ResolutionItemRecord | None) -> Op[object]:
        seminar_id = self.seminar_id
        assert seminar_id is not None and self.record is not None
        index = self._global_index(after) + 1 if after is not None else len(self.record.items)
        do, current = creating(
            self.ws.history.ids, "item", lambda s: resolution.add_item(s, seminar_id, section, text, index)
        )
        op = self._perform(
            seminar_id,
            self.tr("Add to «{section}»").format(section=section_name(section)),
            do,
            lambda s: resolution.delete_item(s, current()),
        )
        return op.on_success(lambda new_id: self.sections[section].select_item(int(new_id)))  # type: ignore[call-overload]

    def edit_item(self, item: ResolutionItemRecord, text: str) -> None:
        if self.seminar_id is None:
            return
        ids, old = self.ws.history.ids, item.text
        seen = self.record.version if self.record is not None else None
        self._perform(
            self.seminar_id,
            self.tr("Edit an item of «{section}»").format(section=section_name(item.section)),
            lambda s: resolution.edit_item(s, ids("item", item.id), text, expected_version=seen),
            lambda s: resolution.edit_item(s, ids("item", item.id), old, expected_version=seen),
        )

    def delete_item(self, item: ResolutionItemRecord) -> None:
        seminar_id = self.seminar_id
        if seminar_id is None:
            return
        ids, index = self.ws.history.ids, self._global_index(item)

        def restore(session: Session) -> None:
            ids.remap("item", item.id, resolution.add_item(session, seminar_id, item.section, item.text, index))

        self._perform(
            seminar_id,
            self.tr("Delete an item of «{section}»").format(section=section_name(item.section)),
            lambda s: resolution.delete_item(s, ids("item", item.id)),
            restore,
        )

    def move_item(self, item: ResolutionItemRecord, neighbour: ResolutionItemRecord) -> None:
        """Put `item` where `neighbour` is (its neighbour in the same section)."""
        if self.seminar_id is None:
            return
        ids, origin, target = self.ws.history.ids, self._global_index(item), self._global_index(neighbour)
        self._perform(
            self.seminar_id,
            self.tr("Move an item of «{section}»").format(section=section_name(item.section)),
            lambda s: resolution.move_item(s, ids("item", item.id), target),
            lambda s: resolution.move_item(s, ids("item", item.id), origin),
        )
