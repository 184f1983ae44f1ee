"""Where Kafedra keeps its files by default (per-user folders from platformdirs)."""

from __future__ import annotations

import os
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
