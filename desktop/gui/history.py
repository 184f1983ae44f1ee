"""Undo and redo for every edit of the open seminar (QUndoStack, one per seminar, in one QUndoGroup).

An edit runs first as an ordinary op; only when it succeeded is a command pushed, so a refused edit never
sits on the stack. Undo and redo run their own ops through the same runner, in order.

Recreating a deleted row gives it a new id, and a later command may still name the old one. Commands
therefore keep the first id they saw and resolve it through `IdMap` inside the op, on the worker thread,
where all ops run one after another.

Undo and redo pass the version the edit first saw, like the edit itself: this window's own later writes do not
count against it, another writer's do. Such a refused undo or redo empties the stack (`broken`), since the
history no longer describes the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.gui.ops import Changes, Op, OpRunner

T = TypeVar("T")
log = logging.getLogger("kafedra.gui")

SessionFunction = Callable[[Session], Any]


class IdMap:
    """Which id a row has now, given any id it ever had in this window ('talk', 'block', ...)."""

    def __init__(self) -> None:
        self._now: dict[tuple[str, int], int] = {}

    def __call__(self, kind: str, ident: int) -> int:
        return self._now.get((kind, ident), ident)

    def remap(self, kind: str, old: int, new: int) -> None:
        current = self(kind, old)
        for key, value in list(self._now.items()):
            if key[0] == kind and value == current:
                self._now[key] = new
        self._now[(kind, old)] = new
        self._now[(kind, current)] = new


class OpCommand(QUndoCommand):
    def __init__(self, history: History, parent: QWidget | None, text: str, redo: SessionFunction,
                 undo: SessionFunction, changes: Changes) -> None:  # fmt: skip
        super().__init__(text)
        self._history, self._parent = history, parent
        self._redo, self._undo, self._changes = redo, undo, changes
        self._done_already = True  # the edit ran before it was pushed

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._history.runner.run(self._parent, self._redo, changes=self._changes).on_failure(self._history.broken)

    def undo(self) -> None:
        self._history.runner.run(self._parent, self._undo, changes=self._changes).on_failure(self._history.broken)


class History:
    """The undo stacks of the seminars opened in this window, and the one id map they share."""

    def __init__(self, runner: OpRunner) -> None:
        self.runner = runner
        self.group = QUndoGroup()
        self.ids = IdMap()
        self._stacks: dict[int, QUndoStack] = {}

    def activate(self, seminar_id: int | None) -> None:
        if seminar_id is None:
            self.group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes a null stack: nothing to undo
            return
        stack = self._stacks.get(seminar_id)
        if stack is None:
            stack = self._stacks[seminar_id] = QUndoStack(self.group)
        self.group.setActiveStack(stack)

    def stack(self) -> QUndoStack | None:
        return self.group.activeStack()

    def forget(self, seminar_id: int) -> None:
        stack = self._stacks.pop(seminar_id, None)
        if stack is not None:
            self.group.removeStack(stack)
            stack.deleteLater()

    def perform(
        self,
        parent: QWidget | None,
        text: str,
        do: Callable[[Session], T],
        undo: SessionFunction,
        changes: Changes,
    ) -> Op[T]:
        """Run `do` now; once it succeeded, push a command that can undo it and run it again."""
        stack = self.stack()
        op = self.runner.run(parent, do, changes=changes)

        def push(_result: T) -> None:
            if stack is not None:
                stack.push(OpCommand(self, parent, text, do, undo, changes))

        return op.on_success(push)

    def broken(self, error: BaseException) -> bool:
        """An undo or redo failed (the row is gone, e.g. changed in another window): the history is stale."""
        log.warning("undo history dropped: %s", error)
        stack = self.stack()
        if stack is not None:
            stack.clear()
        return False  # still show the error
