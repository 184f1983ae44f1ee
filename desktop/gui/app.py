"""Starting the window: the QApplication, the log, opening the database (or saying why not), quitting cleanly."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.domain.errors import DatabaseFileError
from desktop.gui import first_paint, messages
from desktop.gui.history import History
from desktop.gui.i18n import effective_language, install_translators, translate
from desktop.gui.logs import install_excepthooks, setup_logging
from desktop.gui.ops import OpRunner
from desktop.gui.resources import app_icon
from desktop.gui.service_messages import translated
from desktop.gui.settings import AppSettings
from desktop.gui.workspace import Workspace
from desktop.storage.database import open_database, parse_target

log = logging.getLogger("kafedra.gui")


def database_filter() -> str:
    return translate("Application", "Kafedra databases (*.sqlite3 *.sqlite *.db);;All files (*)")


def choose_database_to_open(parent: QWidget | None, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("Application", "Open a database"), folder, database_filter()
    )
    return path


def choose_new_database(parent: QWidget | None, folder: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Application", "New database"), str(Path(folder) / "kafedra.sqlite3"), database_filter()
    )
    return path


def show_error_dialog(parent: QWidget | None, message: str, unexpected: bool) -> None:
    messages.show_error(parent, message, unexpected)  # looked up when called, so tests can replace it


def ask_after_refusal(
    parent: QWidget | None, message: str, *, damaged: bool = False, backup: Path | None = None, server: bool = False
) -> str:
    """The file cannot be used: say why in its own words, offer another file, for a damaged file the latest
    automatic backup, and for a server that did not answer another try. Returns 'restore', 'retry', 'open', 'new'
    or 'quit'."""
    box = QMessageBox(parent)
    box.setObjectName("refusalBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Application", "Kafedra: the database cannot be opened"))
    box.setText(translated(message))
    restore_button = retry_button = None
    if server:
        box.setInformativeText(
            translate(
                "Application",
                "Nothing was changed on the server. Try again once the problem above is solved (the department's "
                "administrator can help), or work in a database file on this computer for now.",
            )
        )
        retry_button = box.addButton(translate("Application", "&Try again"), QMessageBox.ButtonRole.AcceptRole)
    elif backup is not None:
        from desktop.gui.damaged import backup_time

        box.setInformativeText(
            translate(
                "Application",
                "There is an automatic backup of this database from {time}. Restore it? The damaged file is "
                "kept beside it under a new name. Or open another database, or create a new one.",
            ).format(time=backup_time(backup))
        )
        restore_button = box.addButton(
            translate("Application", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
    elif damaged:
        box.setInformativeText(
            translate(
                "Application",
                "No automatic backup of this database was found. The file was left as it is. Open another "
                "database, or create a new one?",
            )
        )
    else:
        box.setInformativeText(
            translate("Application", "The file was left as it is. Open another database, or create a new one?")
        )
    open_button = box.addButton(translate("Application", "&Open another…"), QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton(translate("Application", "&New database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(
        translate("Application", "&Quit") if parent is None else translate("Application", "&Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button:
        return "restore"
    if retry_button is not None and clicked is retry_button:
        return "retry"
    return "open" if clicked is open_button else "new" if clicked is new_button else "quit"


class Application:
    """Owns the open main window; File → Open replaces it with a window on the other database."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings
        self.window: QWidget | None = None

    def open(self, target: str, create_folder: bool = False) -> bool:
        """Open `target` in a new main window; on a refused file ask for another. False: the user gave up."""
        parent = self.window
        restored = ""
        while True:
            try:
                db = open_database(target, create_folder=create_folder)
                break
            except DatabaseFileError as exc:
                from desktop.gui.damaged import backup_for, damaged_file  # only for a refused file
                from desktop.gui.damaged import restore as restore_backup

                log.warning("refused database: %s", exc)
                damaged = damaged_file(target, exc)
                backup = backup_for(damaged)
                try:
                    server = parse_target(target)[1] is None  # not a file: a department's server
                except DatabaseFileError:
                    server = False  # not even a URL: offer a file instead
                if server:
                    choice = ask_after_refusal(parent, str(exc), server=True)
                    if choice == "retry":
                        continue
                elif damaged is None:
                    choice = ask_after_refusal(parent, str(exc))
                else:
                    choice = ask_after_refusal(parent, str(exc), damaged=True, backup=backup)
                if choice == "restore" and damaged is not None and backup is not None:
                    restored = restore_backup(parent, damaged, backup)
                    continue
                folder = "" if server else str(Path(target).expanduser().parent)
                picked = (
                    choose_database_to_open(parent, folder)
                    if choice == "open"
                    else choose_new_database(parent, folder)
                    if choice == "new"
                    else ""
                )
                if not picked:
                    return False
                target, create_folder = picked, False
        db.user = self.settings.user_name() or db.user  # the name colleagues see as «changed by»
        if db.backup_path is not None:
            log.info("upgraded %s; the copy from before is %s", db.label, db.backup_path)
        from desktop.gui.main_window import MainWindow

        runner = OpRunner(db, show_error_dialog)
        workspace = Workspace(db=db, runner=runner, history=History(runner), settings=self.settings)
        window = MainWindow(self, workspace)
        if db.path is not None:
            self.settings.remember_database(db.path)
        previous, self.window = self.window, window
        window.show()
        log.info("main window shown on %s", db.label)
        if previous is not None:
            previous.close()
        if restored:
            messages.inform(window, restored)
        return True


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal or a SIGTERM closes the window as the close button does."""

    def close_all(*_args: object) -> None:
        app.closeAllWindows()

    signal.signal(signal.SIGINT, close_all)
    signal.signal(signal.SIGTERM, close_all)
    timer = QTimer()
    timer.start(250)  # Python runs signal handlers only when it gets control back from Qt
    timer.timeout.connect(lambda: None)
    return timer


def run(target: str, is_default: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kafedra")
    app.setOrganizationName("Kafedra")
    app.setWindowIcon(app_icon())
    setup_logging()
    install_excepthooks()
    settings = AppSettings()
    language = install_translators(app, effective_language(settings.ui_language()))
    log.info("interface language: %s", language)
    if is_default and settings.start_database():
        target, is_default = settings.start_database(), False
    application = Application(settings)
    if not application.open(target, create_folder=is_default):
        return 1
    if first_paint.wanted():  # the start-up benchmark: quit once the window is painted with its seminars
        first_paint.report_first_paint(application.window)
    keep_alive = _quit_on_signals(app)
    code = app.exec()
    keep_alive.stop()
    settings.sync()
    return code
