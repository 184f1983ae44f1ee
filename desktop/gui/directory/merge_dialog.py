"""Merging two duplicates: the two entries side by side, and for each field the value that survives."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialogButtonBox, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.gui.dialogs import KafedraDialog
from desktop.gui.i18n import translate
from desktop.gui.settings import AppSettings


class MergeDialog(KafedraDialog):
    """Two entries side by side: `left` and `right` map each field to the text shown.

    `chosen_from_right()` names the fields whose value comes from the right.

    The left entry survives (keeps its id); every registration, talk and certificate of the right one moves to it.
    """

    def __init__(
        self,
        parent: QWidget | None,
        settings: AppSettings,
        title: str,
        fields: list[tuple[str, str]],
        left: dict[str, str],
        right: dict[str, str],
    ) -> None:
        super().__init__(parent, settings)
        self.setWindowTitle(title)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Keep this entry</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Merged into it and removed</b>")), 0, 2)
        for row, (field, english) in enumerate(fields, 1):
            label = translate("Columns", english)  # the field names are marked where they are listed
            left_text, right_text = left.get(field, ""), right.get(field, "")
            left_button = QRadioButton(left_text or self.tr("(empty)"))
            right_button = QRadioButton(right_text or self.tr("(empty)"))
            for button, text in ((left_button, left_text), (right_button, right_text)):
                button.setToolTip(text)
                button.setAccessibleName(f"{label}: {text or self.tr('empty')}")
            group = QButtonGroup(self)
            group.addButton(left_button)
            group.addButton(right_button)
            # the surviving entry's value, unless it has none and the other has one
            (right_button if not left_text and right_text else left_button).setChecked(True)
            same = left_text == right_text
            name = QLabel(label + ("" if same else "  ≠"))
            grid.addWidget(name, row, 0)
            grid.addWidget(left_button, row, 1)
            grid.addWidget(right_button, row, 2)
            self.groups[field] = (left_button, right_button)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(
            self.tr(
                "The entry on the left stays; everything linked to the one on the right (registrations, talks, "
                "certificates) moves to it, and the right one is removed. This cannot be undone."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.restore_geometry()

    def choose(self, field: str, from_right: bool) -> None:
        self.groups[field][1 if from_right else 0].setChecked(True)

    def chosen_from_right(self) -> set[str]:
        return {field for field, (_left, right) in self.groups.items() if right.isChecked()}
