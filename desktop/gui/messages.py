"""Message boxes in one place: tests replace these functions instead of clicking real boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.gui.i18n import translate
from desktop.gui.logs import log_path
from desktop.gui.service_messages import translated


def show_error(parent: QWidget | None, message: str, unexpected: bool = False) -> None:
    """What happened in plain words, and where the log file is when the details matter.

    A message from the services (English, shared with the CLI) is shown in the interface language."""
    message = translated(message)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Kafedra")
    if unexpected:
        box.setText(translate("Messages", "Something went wrong and the action was not completed."))
        where = log_path()
        details = (
            translate("Messages", "The details are in the log file:\n{path}").format(path=where)
            if where
            else translate("Messages", "No log file could be written.")
        )
        box.setInformativeText(f"{message}\n\n{details}")
    else:
        box.setText(message)
        where = log_path()
        if where:
            box.setInformativeText(translate("Messages", "Log file: {path}").format(path=where))
    box.exec()


def confirm(parent: QWidget | None, question: str, action: str) -> bool:
    """Ask before something that cannot be undone; `action` labels the button that goes ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Kafedra")
    box.setText(question)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "Kafedra", text)


def ask_reload(parent: QWidget | None, message: str) -> bool:
    """Someone else changed what the user edited: say who and when; True when the user chose Reload.

    Cancel leaves the window as it is, with the user's text where it was (an edit dialog opens again)."""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Messages", "Changed by someone else"))
    box.setText(translated(message))
    box.setInformativeText(
        translate(
            "Messages",
            "Reload shows the record as it is now in the database; your unsaved change is then dropped. "
            "Cancel keeps your text on screen so you can copy it first.",
        )
    )
    reload = box.addButton(translate("Messages", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload
