"""Where Kafedra keeps its files by default (per-user folders from platformdirs)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "Kafedra"
DB_ENV = "KAFEDRA_DB"


def default_database() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "kafedra.sqlite3"


def database_target(option: str | None) -> tuple[str, bool]:
    """The database to open and whether it is the default (whose folder we may create)."""
    if option:
        return option, False
    from_env = os.environ.get(DB_ENV, "").strip()
    if from_env:
        return from_env, False
    return str(default_database()), True


def log_folder() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename it into place: a failed write (a full
    disk, a refused folder) never leaves half a file at `path`. The OSError is the caller's to explain."""
    temporary: str | None = None
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise
