"""The base of every dialog: it remembers its size and place (Picard's PreserveGeometry)."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui.settings import AppSettings


class KafedraDialog(QDialog):
    """Subclasses set `geometry_key`; the geometry is saved however the dialog ends."""

    geometry_key = ""

    def __init__(self, parent: QWidget | None, settings: AppSettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.finished.connect(self._save_geometry)

    def restore_geometry(self) -> None:
        """Call at the end of the subclass's __init__, once the widgets exist."""
        saved = self.settings.state(f"dialog/{self.geometry_key or type(self).__name__}")
        if saved is not None:
            self.restoreGeometry(saved)

    def run(self) -> bool:
        """Show modally; True when accepted. The dialog is deleted once the caller's slot returns."""
        accepted = bool(self.exec())
        self.deleteLater()
        return accepted

    def _save_geometry(self) -> None:
        self.settings.set_state(f"dialog/{self.geometry_key or type(self).__name__}", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        super().closeEvent(event)
