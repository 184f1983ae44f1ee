"""The operation runner: every database call of the window goes through here.

One single-worker executor runs all database work, so SQLite writes never overlap and the UI thread never
waits on a query. Each op opens one transaction (a session on the worker thread), calls one service function
with it, and hands the plain records it returns back to the UI thread. Failures become one error dialog unless
the caller handles them; an op that changed data broadcasts a `Changes` and every view that cares re-queries.
A `ConflictError` (someone else saved the record after it was shown) asks the user to Reload or Cancel instead.
Modelled on Anki's `CollectionOp` (see docs/architecture.md).
"""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.errors import ConflictError, KafedraError
from desktop.gui import messages
from desktop.storage.database import Database

T = TypeVar("T")
log = logging.getLogger("kafedra.gui")

# an op that takes longer than this shows a busy dialog (when it was given a label)
PROGRESS_DELAY_MS = 400


class Kind(enum.Enum):
    """What an op changed; each view re-queries only for the kinds it shows."""

    SEMINAR = "seminar"
    PROGRAMME = "programme"
    PARTICIPANTS = "participants"
    RESOLUTION = "resolution"
    PEOPLE = "people"
    ORGANISATIONS = "organisations"
    PROFILE = "profile"


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind]
    seminar_id: int | None = None  # None: any seminar may be affected

    @classmethod
    def of(cls, *kinds: Kind, seminar_id: int | None = None) -> Changes:
        return cls(frozenset(kinds), seminar_id)

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Kind))

    def touches(self, *kinds: Kind, seminar_id: int | None = None) -> bool:
        """True when this change concerns one of `kinds` (for `seminar_id`, when the view shows one)."""
        if not self.kinds.intersection(kinds):
            return False
        return seminar_id is None or self.seminar_id is None or self.seminar_id == seminar_id


ErrorHandler = Callable[[BaseException], bool]


def is_conflict(error: BaseException) -> bool:
    """A change by someone else: the record is newer than the copy the edit was made on.

    A record deleted meanwhile is a `NotFoundError` and goes to the ordinary error dialog."""
    return isinstance(error, ConflictError)


@dataclass(eq=False)
class Op(Generic[T]):
    """A submitted operation; attach callbacks before control returns to the event loop."""

    parent: QWidget | None
    changes: Changes | None
    label: str | None
    _success: list[Callable[[T], None]] = field(default_factory=list)
    _failure: list[ErrorHandler] = field(default_factory=list)
    _conflict: list[Callable[[bool], None]] = field(default_factory=list)
    done: bool = False

    def on_success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success.append(callback)
        return self

    def on_failure(self, handler: ErrorHandler) -> Op[T]:
        """`handler` returns True when it dealt with the error; otherwise the error dialog is shown."""
        self._failure.append(handler)
        return self

    def on_conflict(self, callback: Callable[[bool], None]) -> Op[T]:
        """After the user answered a conflict: `callback(True)` when they chose Reload, False for Cancel."""
        self._conflict.append(callback)
        return self


@dataclass(frozen=True)
class _Outcome:
    op: Op[Any]
    result: Any
    error: BaseException | None
    details: str  # the traceback of an unexpected error, for the log


class OpRunner(QObject):
    """Runs service functions on the database worker thread, one at a time, in the order they were asked for."""

    changed = Signal(object)  # Changes, after an op that changed data succeeded
    busy_changed = Signal(bool)
    _finished = Signal(object)  # _Outcome, emitted on the worker thread, delivered on the UI thread

    def __init__(self, db: Database, show_error: Callable[[QWidget | None, str, bool], None]) -> None:
        super().__init__()
        self.db = db
        self._show_error = show_error
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kafedra-db")
        self._pending = 0
        self._progress: QProgressDialog | None = None
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        parent: QWidget | None,
        function: Callable[..., T],
        *args: Any,
        changes: Changes | None = None,
        label: str | None = None,
    ) -> Op[T]:
        """Run `function(session, *args)` in one transaction on the worker; broadcast `changes` on success."""
        op: Op[T] = Op(parent, changes, label)
        if self._closed:
            log.warning("an operation was asked for after the database was closed; ignored")
            return op
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if label:
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(op))
        self._executor.submit(self._work, op, function, args)
        return op

    def query(self, parent: QWidget | None, function: Callable[..., T], *args: Any) -> Op[T]:
        """A read: the same path, no broadcast."""
        return self.run(parent, function, *args)

    def _work(self, op: Op[Any], function: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            with self.db.transaction() as session:
                result = function(session, *args)
            outcome = _Outcome(op, result, None, "")
        except KafedraError as exc:
            outcome = _Outcome(op, None, exc, "")
        except Exception as exc:  # anything else is a bug or a broken file: log it with its traceback
            outcome = _Outcome(op, None, exc, traceback.format_exc())
        self._finished.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        op = outcome.op
        op.done = True
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
            self._hide_progress()
        if outcome.error is None and op.changes is not None:
            self.changed.emit(op.changes)
        if op.parent is not None and not shiboken6.isValid(op.parent):
            return  # the dialog that asked is gone (cancelled while the op ran): nobody to tell
        if outcome.error is None:
            for callback in op._success:
                callback(outcome.result)
            return
        if outcome.details:
            log.error("operation failed\n%s", outcome.details)
        for handler in op._failure:
            if handler(outcome.error):
                return
        if is_conflict(outcome.error):
            self._resolve_conflict(op, str(outcome.error))
            return
        expected = isinstance(outcome.error, KafedraError)
        message = str(outcome.error) if expected else f"{outcome.error.__class__.__name__}: {outcome.error}"
        self._show_error(op.parent, message, not expected)

    def _resolve_conflict(self, op: Op[Any], message: str) -> None:
        """Another writer changed the record since it was shown: say who and when, and offer to re-read everything."""
        reload = messages.ask_reload(op.parent, message)
        if reload:
            self.broadcast(Changes.everything())
        for callback in op._conflict:
            callback(reload)

    def _show_progress(self, op: Op[Any]) -> None:
        if op.done or self._progress is not None:
            return
        dialog = QProgressDialog(op.label or "", "", 0, 0, op.parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle("Kafedra")
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._progress = dialog

    def _hide_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def broadcast(self, changes: Changes) -> None:
        """Tell every view to re-query, e.g. after View → Refresh, when another window changed the file."""
        self.changed.emit(changes)

    def shutdown(self) -> None:
        """Finish the queued work (a user's last edit must reach the file), then stop the worker."""
        self._closed = True
        self._executor.shutdown(wait=True)
        QCoreApplication.sendPostedEvents(self)  # deliver what finished, so callbacks see their results
        self._hide_progress()
