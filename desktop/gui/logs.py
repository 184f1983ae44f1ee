"""The window's log: a rotating file in the user log folder, named in every error dialog."""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from desktop import __version__
from desktop.paths import log_folder

LOG_NAME = "kafedra.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_state: dict[str, Path] = {}  # "file": the log file, once one could be opened


def log_path() -> Path | None:
    """The file the window logs to, or None when the log folder could not be created."""
    return _state.get("file")


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send `kafedra.*` loggers to a rotating file; keep going without a file if the folder is unwritable."""
    logger = logging.getLogger("kafedra")
    logger.setLevel(logging.INFO)
    if any(isinstance(h, RotatingFileHandler) for h in logger.handlers):
        return log_path()
    try:
        target = folder or log_folder()
        target.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    logger.addHandler(handler)
    _state["file"] = target / LOG_NAME
    logger.info("Kafedra %s started", __version__)
    return log_path()


def log_unhandled(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    logging.getLogger("kafedra.gui").error("unhandled exception", exc_info=(kind, value, tb))


def install_excepthooks() -> None:
    """Exceptions escaping a slot go to the log instead of a bare traceback on stderr."""
    sys.excepthook = log_unhandled

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log_unhandled(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
