"""The main window hosts the menus, the seminar list and the open seminar; the panels own their widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from desktop.gui.ops import Changes, Kind
from desktop.gui.resources import app_icon
from desktop.gui.seminar_list import SeminarListPanel
from desktop.gui.seminar_panel import SeminarPanel
from desktop.gui.window_actions import WindowActions
from desktop.gui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.gui.app import Application


class MainWindow(QMainWindow):
    def __init__(self, application: Application, workspace: Workspace) -> None:
        super().__init__()
        self.application, self.ws = application, workspace
        self.setWindowTitle(f"Kafedra — {workspace.db.path.name if workspace.db.path else workspace.db.label}")
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.seminar_list = SeminarListPanel(workspace.runner, workspace.settings)
        self.seminar_list.reload()  # first in the worker's queue, before the backup on start: what the user waits for
        self.seminar_panel = SeminarPanel(workspace)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.seminar_list)
        self.splitter.addWidget(self.seminar_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.read_only_banner: QLabel | None = None
        if workspace.db.read_only:
            self.setCentralWidget(self._with_read_only_banner(self.splitter))
        else:
            self.setCentralWidget(self.splitter)
        self.seminar_list.seminar_selected.connect(self.seminar_panel.show_seminar)
        self.window_actions = WindowActions(self)
        if workspace.db.read_only:
            self._disable_edit_actions()

        self.database_label = QLabel(self.tr("Database: {name}").format(name=workspace.db.label))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        workspace.runner.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Saving…") if busy else ""))
        self.directory_windows: list[QWidget] = []
        self._restore_layout()

    def _with_read_only_banner(self, content: QWidget) -> QWidget:
        """A bar above everything: the file cannot be written, so no edit will be saved."""
        banner = QLabel(
            self.tr(
                "This database is read-only: changes cannot be saved. You can look through it and export; to work "
                "in it, make the file writable or open a copy."
            )
        )
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c060;"
            " padding: 6px 10px; }"
        )
        self.read_only_banner = banner
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(content, 1)
        self.setWindowTitle(self.tr("{title} (read-only)").format(title=self.windowTitle()))
        return container

    def _disable_edit_actions(self) -> None:
        """What can only write is switched off; an edit inside a tab is refused with the read-only message."""
        actions = self.window_actions
        for action in (
            actions.new_seminar,
            actions.from_template,
            actions.delete_seminar,
            actions.file_actions.import_participants,
            actions.file_actions.restore,
        ):
            action.setEnabled(False)
            action.setToolTip(self.tr("The database is read-only"))

    def _restore_layout(self) -> None:
        settings = self.ws.settings
        geometry = settings.state("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width()), min(760, screen.height()))
            self.splitter.setSizes([min(440, self.width() // 3), self.width() - min(440, self.width() // 3)])
        for key, widget in (("main/splitter", self.splitter),):
            state = settings.state(key)
            if state is not None:
                widget.restoreState(state)
        for key, header in (("main/seminar_columns", self.seminar_list.table.horizontalHeader()),):
            state = settings.state(key)
            if state is not None:
                header.restoreState(state)

    def _save_layout(self) -> None:
        settings = self.ws.settings
        settings.set_state("main/geometry", self.saveGeometry())
        settings.set_state("main/splitter", self.splitter.saveState())
        settings.set_state("main/seminar_columns", self.seminar_list.table.horizontalHeader().saveState())

    def refresh(self) -> None:
        """Re-read everything: another Kafedra window on the same file may have saved changes."""
        self.ws.runner.broadcast(Changes.everything())

    def seminar_changed(self, seminar_id: int) -> None:
        self.ws.runner.broadcast(Changes.of(Kind.SEMINAR, seminar_id=seminar_id))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        for window in list(self.directory_windows):
            window.close()
        self.ws.runner.shutdown()
        self.ws.db.dispose()
        self.ws.settings.sync()
        if self.application.window is self:
            self.application.window = None
        super().closeEvent(event)
