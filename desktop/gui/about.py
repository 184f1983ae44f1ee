"""About Kafedra: the version, and where the database and the log are."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop import __version__
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from desktop.gui.logs import log_path
from desktop.gui.resources import app_icon
from desktop.gui.workspace import Workspace


class AboutDialog(KafedraDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent, workspace.settings)
        self.form = Ui_AboutDialog()
        self.form.setupUi(self)
        self.form.logo.setPixmap(app_icon().pixmap(64, 64))
        self.form.name.setText("<h2>Kafedra (Кафедра)</h2>")
        self.form.version.setText(
            self.tr("Version {version} · Python {python} · Qt for Python {pyside}").format(
                version=__version__, python=platform.python_version(), pyside=pyside_version
            )
        )
        self.form.description.setText(
            self.tr(
                "Plans seminars, conferences and webinars offline and produces their papers: programmes, "
                "resolutions, certificates. Everything stays in one database file on this computer."
            )
        )
        self.form.paths.setText(
            self.tr("Database: {name}\nLog file: {log}").format(
                name=workspace.db.label, log=log_path() or self.tr("none (the log folder is not writable)")
            )
        )
        self.form.paths.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.buttons.rejected.connect(self.reject)
        self.form.buttons.accepted.connect(self.accept)
        self.restore_geometry()
