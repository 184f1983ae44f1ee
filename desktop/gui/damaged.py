"""A damaged database at start or File → Open: find the latest automatic backup and put it in the file's place.

The damaged file is never deleted or written: it moves aside with a time-stamped name
(`NAME.damaged-YYYYMMDD-HHMM.sqlite3`) so it can be handed to someone who can rescue more of it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.errors import DatabaseFileError
from desktop.gui import messages
from desktop.gui.i18n import translate
from desktop.services.backup import latest_sound_backup, restore_damaged
from desktop.storage.database import parse_target
from desktop.storage.sqlite_file import DamagedDatabaseError

log = logging.getLogger("kafedra.gui")


def damaged_file(target: str, error: DatabaseFileError) -> Path | None:
    """The database file when the refusal says it is damaged (not foreign, not newer), else None."""
    if not isinstance(error, DamagedDatabaseError):
        return None
    try:
        _url, path = parse_target(target)
    except DatabaseFileError:
        return None
    return path


def backup_for(path: Path | None) -> Path | None:
    return latest_sound_backup(path) if path is not None else None


def backup_time(backup: Path) -> str:
    return dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d.%m.%Y %H:%M")


def restore(parent: QWidget | None, database: Path, backup: Path) -> str:
    """Restore and return what to tell the user once the window is open; "" when it failed (already said)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        aside = restore_damaged(database, backup)
    except DatabaseFileError as exc:
        log.warning("restoring %s from %s failed: %s", database, backup, exc)
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, str(exc))
        return ""
    QApplication.restoreOverrideCursor()
    log.warning("restored damaged %s from %s; the damaged file is %s", database, backup, aside)
    return translate(
        "DamagedDatabase",
        "The automatic backup of {time} was put in place of the damaged database; changes made after that "
        "time are not in it. The damaged file is kept as {path}.",
    ).format(time=backup_time(backup), path=aside)
