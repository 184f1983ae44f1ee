"""For the start-up benchmark: report when the main window is first painted with its seminars, then quit.

`KAFEDRA_BENCH_QUIT_AFTER_PAINT=1 kafedra --db PATH` prints one JSON line, `{"painted_at": <time.time()>}`, at
the first paint of the seminar table after the seminar list arrived from the database (what a user waits for
on opening the app), and closes the window as the close button would. The benchmark compares that moment
with the moment it started the process (`bench/cases/gui.py`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ENV = "KAFEDRA_BENCH_QUIT_AFTER_PAINT"


def wanted() -> bool:
    return bool(os.environ.get(ENV))


class FirstPaintReporter(QObject):
    """Watches the seminar table's viewport; the first paint after the list is loaded is the moment."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.loaded = window.seminar_list.has_loaded
        self.reported = False
        window.seminar_list.loaded.connect(self._on_loaded)
        window.seminar_list.table.viewport().installEventFilter(self)

    def _on_loaded(self) -> None:
        self.loaded = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.loaded and not self.reported and event.type() == QEvent.Type.Paint:
            self.reported = True
            QTimer.singleShot(0, self._report)  # runs once this paint has been drawn
        return False

    def _report(self) -> None:
        painted_at = time.time()
        sys.stdout.write(json.dumps({"painted_at": painted_at, "rows": self.window.seminar_list.model.rowCount()}))
        sys.stdout.write("\n")
        sys.stdout.flush()
        self.window.close()


def report_first_paint(window: QWidget | None) -> None:
    from desktop.gui.main_window import MainWindow

    if isinstance(window, MainWindow):
        FirstPaintReporter(window)
