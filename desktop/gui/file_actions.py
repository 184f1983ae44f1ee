"""The File menu's Import…, Export and Backup entries (issue 5), added to the window's menu in one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from desktop.gui import messages
from desktop.gui.backups import backup_on_start
from desktop.gui.i18n import translate

if TYPE_CHECKING:
    from desktop.gui.backups import Backups
    from desktop.gui.exporting import Exporter
    from desktop.gui.window_actions import WindowActions


class FileActions:
    """The exporters and the import wizard (with the services and file formats behind them) are imported when an
    entry is first chosen, not while the window is being built: the window appears sooner."""

    def __init__(self, actions: WindowActions) -> None:
        window = actions.window
        self.window = window
        menu = actions.file_menu
        self._exporter: Exporter | None = None
        self._backups: Backups | None = None

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
        self.backup = self._add(menu, translate("FileActions", "&Backup…"), self._backup)
        self.restore = self._add(menu, translate("FileActions", "Res&tore…"), self._restore)
        menu.addSeparator()
        backup_on_start(window)

    @property
    def exporter(self) -> Exporter:
        if self._exporter is None:
            from desktop.gui.exporting import Exporter

            self._exporter = Exporter(self.window.ws, self.window, self.window.seminar_list.current_id)
        return self._exporter

    @property
    def backups(self) -> Backups:
        if self._backups is None:
            from desktop.gui.backups import Backups

            self._backups = Backups(self.window)
        return self._backups

    def _add(self, menu: object, text: str, slot: object, keys: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _backup(self) -> None:
        self.backups.backup()

    def _restore(self) -> None:
        self.backups.restore()

    def _import(self) -> None:
        seminar_id = self.window.seminar_list.current_id()
        if seminar_id is None:
            messages.inform(
                self.window,
                translate("FileActions", "Choose the seminar to import participants into, in the list on the left."),
            )
            return
        from desktop.gui.importing import run_import

        run_import(self.window.ws, self.window, seminar_id)
