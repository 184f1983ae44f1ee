"""File → Backup… and Restore…, and the rotating backup made when a database is opened (issue 5).

Backups go through the op runner, so a copy is taken after every edit queued before it. A restore cannot: it
writes into the live file through SQLite, and the runner's own transaction (BEGIN IMMEDIATE) would lock it
out. So the window finishes its queued work and lets go of the file, the restore runs, and the database is
opened again in a fresh window (the undo history named rows that may no longer exist). Decision 0012.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from desktop.domain.errors import DatabaseFileError
from desktop.gui import file_dialogs, messages
from desktop.gui.app import database_filter
from desktop.gui.i18n import translate
from desktop.gui.settings import AppSettings
from desktop.services.backup import DEFAULT_KEEP, backup_database, restore_database, rotate_backups

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

log = logging.getLogger("kafedra.gui")


def backups_to_keep(settings: AppSettings) -> int:
    """How many copies the backup on opening keeps (Settings → Database); 0 turns it off."""
    return settings.backups_to_keep(DEFAULT_KEEP)


def _backup(_session: Session, database: Path, target: Path) -> Path:
    return backup_database(database, target)


def _rotate(_session: Session, database: Path, keep: int) -> Path | None:
    return rotate_backups(database, keep=keep)


def backup_on_start(window: MainWindow) -> None:
    """The rotating copy in `backups/` beside the database; a failure is logged, never in the user's way."""
    ws = window.ws
    keep = backups_to_keep(ws.settings)
    if ws.db.path is None or keep == 0:
        return

    def failed(error: BaseException) -> bool:
        log.warning("the backup on start failed: %s", error)
        return True

    ws.runner.query(window, _rotate, ws.db.path, keep).on_failure(failed)


class Backups:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def backup(self) -> None:
        ws = self.window.ws
        if ws.db.path is None:
            messages.inform(
                self.window, translate("Backups", "Backups are made of database files; this database is on a server.")
            )
            return
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M")
        suggested = ws.db.path.parent / translate("Backups", "{name} backup {time}.sqlite3").format(
            name=ws.db.path.stem, time=stamp
        )
        path = file_dialogs.save_file(
            self.window, translate("Backups", "Back up the database to"), str(suggested), database_filter()
        )
        if path:
            ws.runner.query(self.window, _backup, ws.db.path, Path(path)).on_success(
                lambda target: messages.inform(
                    self.window, translate("Backups", "The backup is written to {path}.").format(path=target)
                )
            )

    def restore(self) -> None:
        ws = self.window.ws
        database = ws.db.path
        if database is None:
            messages.inform(self.window, translate("Backups", "Only a database file can be restored from a backup."))
            return
        start = database.parent / "backups"
        path = file_dialogs.open_file(
            self.window,
            translate("Backups", "Restore from a backup"),
            str(start if start.is_dir() else database.parent),
            database_filter(),
        )
        if not path:
            return
        question = translate(
            "Backups",
            "Replace everything in {database} with the backup {backup}? The current database is kept "
            "beside it first, so this can be reversed by restoring that copy.",
        ).format(database=database.name, backup=Path(path).name)
        if not messages.confirm(self.window, question, translate("Backups", "Restore")):
            return
        ws.runner.shutdown()  # the queued edits reach the file first
        ws.db.dispose()  # and no connection of ours holds a lock while SQLite writes the backup in
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore_database(Path(path), database)
            outcome = translate("Backups", "Restored from {backup}.").format(backup=Path(path).name)
            if result.kept_aside:
                outcome += " " + translate("Backups", "The previous database is kept as {path}.").format(
                    path=result.kept_aside
                )
            error = ""
        except DatabaseFileError as exc:
            outcome, error = "", str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        application = self.window.application
        application.open(str(database))  # a fresh window on the restored file, or on the untouched one
        parent = application.window
        if error:
            messages.show_error(parent, error)
        else:
            messages.inform(parent, outcome)
