"""File dialogs of the documents, import, export and backup actions, in one place: tests replace these."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """The path to write, or '' when the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def choose_folder(parent: QWidget | None, title: str, folder: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)
