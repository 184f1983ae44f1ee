"""Rendering documents off the UI thread, with progress and Cancel.

`render_files` needs no database (the prepared records are plain data), so it runs on a thread of its own
rather than on the op runner's database worker: a long batch of certificates must not hold up saving an edit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.documents.prepared import Prepared
from desktop.documents.registry import Format, OutputFile, render_files


class RenderCancelledError(Exception):
    """Raised inside the progress callback: the renderers stop at their next page."""


_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kafedra-render")


class RenderJob(QObject):
    """One rendering; `progressed(done, total)` and `finished(files or None, error or None)` on the UI thread.

    The job owns no widget and is kept alive by its worker, so a tab closed mid-render is never called back
    through a deleted object (Qt drops the connection when the receiving widget dies).
    """

    progressed = Signal(int, int)
    finished = Signal(object, object)  # list[OutputFile] | None, BaseException | None (None, None: cancelled)

    def __init__(self, identifier: str, prepared: Prepared, fmt: Format, per_person: bool) -> None:
        super().__init__()
        self.identifier, self.prepared, self.fmt, self.per_person = identifier, prepared, fmt, per_person
        self._cancel = threading.Event()

    def start(self, on_progress: Callable[[int, int], None], on_finished: Callable[[object, object], None]) -> None:
        self.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        _executor.submit(self._work)

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise RenderCancelledError
        self.progressed.emit(done, total)

    def _work(self) -> None:
        files: list[OutputFile] | None = None
        error: BaseException | None = None
        try:
            files = render_files(
                self.identifier, self.prepared, self.fmt, per_person=self.per_person, progress=self._progress
            )
        except RenderCancelledError:
            pass
        except Exception as exc:  # shown by the tab in the error dialog; the traceback goes to the log there
            error = exc
        if self._cancel.is_set():
            files = None
        self.finished.emit(files, error)
