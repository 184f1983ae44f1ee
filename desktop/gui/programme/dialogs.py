"""The full editors of a talk and of a block (inline editing covers titles and lengths)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.domain.enums import Mode, TalkKind
from desktop.domain.records import BlockData, BlockRecord, PersonRef, TalkData, TalkRecord
from desktop.gui import labels
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.forms.ui_block_dialog import Ui_BlockDialog
from desktop.gui.forms.ui_talk_dialog import Ui_TalkDialog
from desktop.gui.look import show_error_label
from desktop.gui.overview import from_qt, to_qt
from desktop.gui.pickers import PersonPicker
from desktop.gui.workspace import Workspace


def person_line(person: PersonRef) -> str:
    details = ", ".join(part for part in (person.position, person.organisation_name) if part)
    return person.full_name + (f" — {details}" if details else "")


class PeopleList:
    """A list widget of chosen people (speakers, moderators) with add, remove and reorder."""

    def __init__(self, workspace: Workspace, owner: QWidget, widget: QListWidget, title: str) -> None:
        self.ws, self.owner, self.widget, self.title = workspace, owner, widget, title

    def set_people(self, people: tuple[PersonRef, ...]) -> None:
        self.widget.clear()
        for person in people:
            self._append(person.person_id, person_line(person))

    def _append(self, person_id: int, text: str) -> None:
        if person_id in self.ids():
            return
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        item.setToolTip(text)
        self.widget.addItem(item)

    def ids(self) -> tuple[int, ...]:
        return tuple(self.widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.widget.count()))

    def add(self) -> None:
        picker = PersonPicker(self.ws, self.owner, self.title, many=True)
        if picker.run():
            for person in picker.chosen:
                details = ", ".join(p for p in (person.position, person.organisation_name) if p)
                self._append(person.id, person.full_name + (f" — {details}" if details else ""))

    def remove(self) -> None:
        for item in self.widget.selectedItems():
            self.widget.takeItem(self.widget.row(item))

    def shift(self, step: int) -> None:
        row = self.widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.widget.count():
            return
        item = self.widget.takeItem(row)
        self.widget.insertItem(target, item)
        self.widget.setCurrentRow(target)


class TalkDialog(KafedraDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None, talk: TalkRecord | None, start: dt.datetime
    ) -> None:
        super().__init__(parent, workspace.settings)
        self.form = Ui_TalkDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Edit the talk") if talk else self.tr("New talk"))
        for kind, text in labels.TALK_KINDS.items():
            self.form.kind.addItem(text, kind)
        for mode, text in labels.MODES.items():
            self.form.mode.addItem(text, mode)
        self.speakers = PeopleList(workspace, self, self.form.speakers, self.tr("Choose speakers"))
        self.form.add_speaker.clicked.connect(self.speakers.add)
        self.form.remove_speaker.clicked.connect(self.speakers.remove)
        self.form.speaker_up.clicked.connect(lambda: self.speakers.shift(-1))
        self.form.speaker_down.clicked.connect(lambda: self.speakers.shift(1))
        self.form.pinned.toggled.connect(self.form.pinned_start.setEnabled)
        self.form.buttons.accepted.connect(self._check)
        self.form.buttons.rejected.connect(self.reject)
        show_error_label(self.form.error, "")
        self.form.pinned_start.setDateTime(to_qt(talk.starts_at if talk else start))
        self.form.pinned_start.setEnabled(False)
        self.form.duration.setValue(20)
        if talk is not None:
            self.form.title.setPlainText(talk.title)
            self.form.kind.setCurrentIndex(self.form.kind.findData(talk.kind))
            self.form.duration.setValue(talk.duration_minutes)
            self.form.mode.setCurrentIndex(self.form.mode.findData(talk.mode))
            self.form.pinned.setChecked(talk.pinned_start is not None)
            self.speakers.set_people(talk.speakers)
            self.form.materials_url.setText(talk.materials_url)
            self.form.notes.setPlainText(talk.notes)
        self.restore_geometry()

    def data(self) -> TalkData:
        kind = TalkKind(self.form.kind.currentData())  # Qt hands a StrEnum back as a plain str
        mode = Mode(self.form.mode.currentData())
        return TalkData(
            title=" ".join(self.form.title.toPlainText().split()),
            duration_minutes=self.form.duration.value(),
            kind=kind,
            speaker_ids=self.speakers.ids(),
            mode=mode,
            pinned_start=from_qt(self.form.pinned_start.dateTime()) if self.form.pinned.isChecked() else None,
            materials_url=self.form.materials_url.text().strip(),
            notes=self.form.notes.toPlainText(),
        )

    def _check(self) -> None:
        data = self.data()
        if not data.title:
            show_error_label(self.form.error, self.tr("The talk needs a title."))
            self.form.title.setFocus()
            return
        if data.materials_url and not data.materials_url.lower().startswith(("http://", "https://")):
            show_error_label(self.form.error, self.tr("The materials link must start with http:// or https://"))
            self.form.materials_url.setFocus()
            return
        self.accept()


class BlockDialog(KafedraDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None, block: BlockRecord | None, start: dt.datetime
    ) -> None:
        super().__init__(parent, workspace.settings)
        self.form = Ui_BlockDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Edit the block") if block else self.tr("New block"))
        self.moderators = PeopleList(workspace, self, self.form.moderators, self.tr("Choose moderators"))
        self.form.add_moderator.clicked.connect(self.moderators.add)
        self.form.remove_moderator.clicked.connect(self.moderators.remove)
        self.form.buttons.accepted.connect(self._check)
        self.form.buttons.rejected.connect(self.reject)
        show_error_label(self.form.error, "")
        self.form.starts_at.setDateTime(to_qt(block.starts_at if block else start))
        if block is not None:
            self.form.title.setText(block.title)
            self.form.room.setText(block.room)
            self.form.notes.setPlainText(block.notes)
            self.moderators.set_people(block.moderators)
        self.restore_geometry()

    def data(self) -> BlockData:
        return BlockData(
            title=" ".join(self.form.title.text().split()),
            starts_at=from_qt(self.form.starts_at.dateTime()),
            room=self.form.room.text(),
            notes=self.form.notes.toPlainText(),
            moderator_ids=self.moderators.ids(),
        )

    def _check(self) -> None:
        if not self.data().title:
            show_error_label(self.form.error, self.tr("The block needs a title."))
            self.form.title.setFocus()
            return
        self.accept()
