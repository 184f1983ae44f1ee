"""What every panel of one window needs: the open database's runner, the undo history, the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.gui.history import History
from desktop.gui.ops import Changes, Kind, Op, OpRunner
from desktop.gui.settings import AppSettings
from desktop.storage.database import Database

T = TypeVar("T")


@dataclass
class Workspace:
    db: Database
    runner: OpRunner
    history: History
    settings: AppSettings


class SeminarTab(QWidget):
    """One tab of the open seminar. It re-queries when it is shown and stale, so hidden tabs cost nothing."""

    title = ""
    kinds: tuple[Kind, ...] = ()  # the changes that make this tab stale

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.seminar_id: int | None = None
        self._stale = False
        workspace.runner.changed.connect(self._on_changes)

    def show_seminar(self, seminar_id: int | None) -> None:
        self.seminar_id = seminar_id
        self._stale = seminar_id is not None
        self.clear()
        self._reload_if_shown()

    def _on_changes(self, changes: Changes) -> None:
        if self.seminar_id is not None and changes.touches(*self.kinds, seminar_id=self.seminar_id):
            self._stale = True
            self._reload_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_shown()

    def _reload_if_shown(self) -> None:
        if self._stale and self.seminar_id is not None and self.isVisible():
            self._stale = False
            self.reload(self.seminar_id)

    def query(self, function: Callable[..., T], *args: Any) -> Op[T]:
        return self.ws.runner.query(self, function, *args)

    def for_current(self, seminar_id: int, callback: Callable[[T], None]) -> Callable[[T], None]:
        """Drop a result that arrives after the user moved on to another seminar."""

        def deliver(result: T) -> None:
            if seminar_id == self.seminar_id:
                callback(result)

        return deliver

    def clear(self) -> None:
        """Empty the tab while the next seminar loads."""

    def reload(self, seminar_id: int) -> None:
        raise NotImplementedError
