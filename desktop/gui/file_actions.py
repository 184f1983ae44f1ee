"""The File menu's Import…, Export and Backup entries (issue 5), added to the window's menu in one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from desktop.gui import messages
from desktop.gui.backups import Backups, backup_on_start
from desktop.gui.exporting import Exporter
from desktop.gui.i18n import translate
from desktop.gui.importing import run_import

if TYPE_CHECKING:
    from desktop.gui.window_actions import WindowActions


class FileActions:
    def __init__(self, actions: WindowActions) -> None:
        window = actions.window
        self.window = window
        menu = actions.file_menu
        self.exporter = Exporter(window.ws, window, window.seminar_list.current_id)
        self.backups = Backups(window)

        self.import_participants = self._add(menu, translate("FileActions", "&Import participants…"), self._import)
        export = menu.addMenu(translate("FileActions", "&Export"))
        self.export_menu = export
        self._add(export, translate("FileActions", "Participants as &CSV…"), lambda: self.exporter.participants("csv"))
        self._add(
            export, translate("FileActions", "Participants as &XLSX…"), lambda: self.exporter.participants("xlsx")
        )
        export.addSeparator()
        self._add(
            export, translate("FileActions", "Certificate &register as CSV…"), lambda: self.exporter.register("csv")
        )
        self._add(
            export, translate("FileActions", "Certificate register as XLS&X…"), lambda: self.exporter.register("xlsx")
        )
        export.addSeparator()
        self._add(export, translate("FileActions", "Programme as &iCalendar…"), lambda: self.exporter.programme("ics"))
        self._add(
            export,
            translate("FileActions", "Programme as &frab schedule XML…"),
            lambda: self.exporter.programme("frab"),
        )
        menu.addSeparator()
        self.backup = self._add(menu, translate("FileActions", "&Backup…"), self.backups.backup)
        self.restore = self._add(menu, translate("FileActions", "Res&tore…"), self.backups.restore)
        menu.addSeparator()
        backup_on_start(window)

    def _add(self, menu: object, text: str, slot: object, keys: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _import(self) -> None:
        seminar_id = self.window.seminar_list.current_id()
        if seminar_id is None:
            messages.inform(
                self.window,
                translate("FileActions", "Choose the seminar to import participants into, in the list on the left."),
            )
            return
        run_import(self.window.ws, self.window, seminar_id)
