"""The main window's menus, toolbar and shortcuts, and the actions that concern the whole window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop.domain.enums import Language
from desktop.domain.records import SeminarData
from desktop.gui import messages
from desktop.gui.i18n import translate
from desktop.gui.ops import Changes, Kind
from desktop.services import seminars

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def new_seminar_data(language: Language) -> SeminarData:
    """A planned seminar tomorrow from 10:00 to 16:00, ready to be renamed."""
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    starts = dt.datetime.combine(tomorrow, dt.time(10, 0))
    return SeminarData(
        title=translate("WindowActions", "New seminar"),
        starts_at=starts,
        ends_at=starts.replace(hour=16),
        language=language,
    )


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ws = window.ws
        bar = window.menuBar()
        self.file_menu = bar.addMenu(translate("WindowActions", "&File"))
        self.edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
        self.seminar_menu = bar.addMenu(translate("WindowActions", "&Seminar"))
        self.view_menu = bar.addMenu(translate("WindowActions", "&View"))
        self.directory_menu = bar.addMenu(translate("WindowActions", "&Directory"))
        self.help_menu = bar.addMenu(translate("WindowActions", "&Help"))

        self.new_database = self._action(
            self.file_menu, translate("WindowActions", "&New database…"), "Ctrl+Shift+N", self._new_database
        )
        self.open_database = self._action(
            self.file_menu,
            translate("WindowActions", "&Open database…"),
            QKeySequence.StandardKey.Open,
            self._open_database,
        )
        self.recent_menu = self.file_menu.addMenu(translate("WindowActions", "&Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        from desktop.gui.file_actions import FileActions  # the import/export issue's entries

        self.file_actions = FileActions(self)
        self.settings = self._action(self.file_menu, translate("WindowActions", "&Settings…"), "Ctrl+,", self._settings)
        self.file_menu.addSeparator()
        self.quit = self._action(
            self.file_menu, translate("WindowActions", "&Quit"), QKeySequence.StandardKey.Quit, window.close
        )

        self.undo = self.ws.history.group.createUndoAction(window, translate("WindowActions", "&Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = self.ws.history.group.createRedoAction(window, translate("WindowActions", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)

        self.new_seminar = self._action(
            self.seminar_menu, translate("WindowActions", "&New seminar"), "Ctrl+N", self._new_seminar
        )
        self.from_template = self._action(
            self.seminar_menu,
            translate("WindowActions", "New from &template…"),
            "Ctrl+Shift+T",
            self._new_from_template,
        )
        self.seminar_menu.addSeparator()
        self.delete_seminar = self._action(
            self.seminar_menu, translate("WindowActions", "&Delete seminar…"), None, self._delete_seminar
        )

        self.find = self._action(
            self.view_menu, translate("WindowActions", "&Find seminar"), QKeySequence.StandardKey.Find, self._find
        )
        self.refresh = self._action(
            self.view_menu, translate("WindowActions", "&Refresh"), QKeySequence.StandardKey.Refresh, window.refresh
        )
        self.view_menu.addSeparator()
        tabs = window.seminar_panel.tabs
        for number in range(tabs.count()):
            self._action(
                self.view_menu,
                tabs.tabText(number),
                f"Ctrl+{number + 1}",
                lambda _checked=False, n=number: self._show_tab(n),
            )

        self.people = self._action(
            self.directory_menu, translate("WindowActions", "&People"), "Ctrl+Shift+P", self._people
        )
        self.organisations = self._action(
            self.directory_menu, translate("WindowActions", "&Organisations"), "Ctrl+Shift+O", self._organisations
        )

        self.log_folder = self._action(
            self.help_menu, translate("WindowActions", "Open the &log folder"), None, self._open_log_folder
        )
        self.about = self._action(self.help_menu, translate("WindowActions", "&About Kafedra"), None, self._about)

        toolbar = QToolBar(translate("WindowActions", "Main"))
        toolbar.setObjectName("main_toolbar")
        for action in (
            self.new_seminar,
            self.undo,
            self.redo,
            None,
            self.people,
            self.organisations,
            None,
            self.refresh,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _action(self, menu: QMenu, text: str, keys: object, slot: object) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- databases -------------------------------------------------------------------------------------

    def _folder(self) -> str:
        path = self.ws.db.path
        return str(path.parent) if path else ""

    def _new_database(self) -> None:
        from desktop.gui.app import choose_new_database

        path = choose_new_database(self.window, self._folder())
        if path:
            self.window.application.open(path)

    def _open_database(self) -> None:
        from desktop.gui.app import choose_database_to_open

        path = choose_database_to_open(self.window, self._folder())
        if path:
            self.window.application.open(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.ws.db.path) if self.ws.db.path else ""
        for path in self.ws.settings.recent_databases():
            if path == current:
                continue
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.window.application.open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("WindowActions", "(none yet)")).setEnabled(False)

    # --- seminars --------------------------------------------------------------------------------------

    def _new_seminar(self) -> None:
        data = new_seminar_data(self.ws.settings.document_language())
        self.ws.runner.run(self.window, seminars.create_seminar, data, changes=Changes.of(Kind.SEMINAR)).on_success(
            self._opened_new
        )

    def _opened_new(self, seminar_id: int) -> None:
        self.window.seminar_list.select(seminar_id)
        panel = self.window.seminar_panel
        panel.tabs.setCurrentIndex(0)
        title = getattr(panel.page_at(0), "form", None)
        if title is not None:
            title.title.setFocus()
            title.title.selectAll()

    def _new_from_template(self) -> None:
        from desktop.gui.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.ws, self.window, self.window.seminar_list.current_id())
        if dialog.run() and dialog.created_id is not None:
            self._opened_new(dialog.created_id)

    def _delete_seminar(self) -> None:
        seminar_id = self.window.seminar_list.current_id()
        if seminar_id is None:
            return
        row = self.window.seminar_list.model.row_of(lambda s: s.id == seminar_id)
        title = self.window.seminar_list.model.record(row).title if row >= 0 else f"#{seminar_id}"
        question = translate(
            "WindowActions",
            "Delete «{title}» with its programme, participants and resolution? This cannot be undone; "
            "certificates already issued stay in the register.",
        ).format(title=title)
        if not messages.confirm(self.window, question, translate("WindowActions", "Delete")):
            return

        def deleted(_result: None) -> None:
            self.ws.history.forget(seminar_id)
            self.window.seminar_list.select(None)

        self.ws.runner.run(
            self.window, seminars.delete_seminar, seminar_id, changes=Changes.of(Kind.SEMINAR)
        ).on_success(deleted)

    # --- the rest --------------------------------------------------------------------------------------

    def _find(self) -> None:
        self.window.seminar_list.search.setFocus()
        self.window.seminar_list.search.selectAll()

    def _show_tab(self, number: int) -> None:
        self.window.seminar_panel.tabs.setCurrentIndex(number)

    def _people(self) -> None:
        from desktop.gui.directory.people import PeopleWindow

        PeopleWindow.show_for(self.window)

    def _organisations(self) -> None:
        from desktop.gui.directory.organisations import OrganisationsWindow

        OrganisationsWindow.show_for(self.window)

    def _settings(self) -> None:
        from desktop.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ws, self.window).run()

    def _about(self) -> None:
        from desktop.gui.about import AboutDialog

        AboutDialog(self.ws, self.window).run()

    def _open_log_folder(self) -> None:
        from desktop.paths import log_folder

        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
