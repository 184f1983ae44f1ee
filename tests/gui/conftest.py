"""GUI tests: real widgets on Qt's offscreen platform, one QApplication (pytest-qt's), real database files.

Only message boxes and file dialogs are replaced (see `messages`); dialogs of our own are driven as a user
would, while they run modally (`answer_dialog`). Every test is checked for windows it left open.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is loaded: no display is needed

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui import messages
from desktop.gui.app import Application
from desktop.gui.i18n import install_translators
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import AppSettings
from desktop.storage.database import Database, open_database


@dataclass
class FakeMessages:
    """What the message boxes would have said; `answers` decides confirmations (default: go ahead)."""

    errors: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True
    expect_errors: bool = False


@pytest.fixture
def fake_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMessages]:
    fake = FakeMessages()

    def show_error(_parent: QWidget | None, message: str, unexpected: bool = False) -> None:
        fake.errors.append(message)

    def confirm(_parent: QWidget | None, question: str, _action: str) -> bool:
        fake.questions.append(question)
        return fake.answer

    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "inform", lambda _parent, text: fake.questions.append(text))
    yield fake
    if not fake.expect_errors:
        assert fake.errors == [], f"error dialogs shown: {fake.errors}"


def _deliver_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """napari's check: a test must close every window it opened."""
    yield
    _deliver_deletes()
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    _deliver_deletes()
    assert not leftovers, f"windows left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in leftovers]}"


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> Iterator[None]:
    """The suite reads English texts whatever the machine's locale: English (with its plural forms) is loaded
    as the application loads a language; a test of another language installs it and puts English back."""
    install_translators(qapp, "en")
    yield


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "kafedra.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kafedra.sqlite3"


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Until every queued op has run and delivered its result (and the queries it caused have, too)."""
    runner = window.ws.runner
    for _ in range(3):  # a delivered op may queue the re-queries of the views it changed
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
        QCoreApplication.processEvents()


@pytest.fixture
def open_window(
    qtbot: QtBot, settings: AppSettings, fake_messages: FakeMessages
) -> Iterator[Callable[[Path], MainWindow]]:
    applications: list[Application] = []

    def opener(path: Path) -> MainWindow:
        application = Application(settings)
        assert application.open(str(path))
        applications.append(application)
        window = application.window
        assert isinstance(window, MainWindow)
        qtbot.waitExposed(window)
        wait_idle(qtbot, window)
        return window

    yield opener
    for application in applications:
        if application.window is not None:
            application.window.close()
    _deliver_deletes()


@pytest.fixture
def window(open_window: Callable[[Path], MainWindow], db_path: Path) -> MainWindow:
    return open_window(db_path)


@pytest.fixture
def reader(db_path: Path) -> Iterator[Database]:
    """A second connection to the same file, as another program would read it."""
    database = open_database(db_path)
    yield database
    database.dispose()


_dialog_failures: list[BaseException] = []


@pytest.fixture(autouse=True)
def dialog_failures() -> Iterator[None]:
    """An assertion inside a modal dialog's answer closes the dialog and fails the test afterwards."""
    _dialog_failures.clear()
    yield
    if _dialog_failures:
        raise _dialog_failures[0]


DIALOG_PATIENCE_MS = 8000


def give_up(dialog: QDialog) -> None:
    """A dialog still open long after it was answered (a slot raised): close it rather than hang the suite."""
    if shiboken6.isValid(dialog) and dialog.isVisible():
        _dialog_failures.append(AssertionError(f"{type(dialog).__name__} stayed open after it was answered"))
        dialog.reject()


def answer_dialog(qtbot: QtBot, answer: Callable[[Any], None], kind: type | None = None) -> None:
    """Run `answer(dialog)` once the next modal dialog (of `kind`) is open: fill it in and press a button."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and (kind is None or isinstance(dialog, kind)) and dialog.isVisible():
            done.append(True)
            try:
                answer(dialog)
            except BaseException as exc:  # reported by the dialog_failures fixture
                _dialog_failures.append(exc)
                dialog.reject()
            QTimer.singleShot(DIALOG_PATIENCE_MS, lambda: give_up(dialog))
        elif not done:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def type_into(widget: Any, text: str) -> None:
    """Cyrillic text as typed: keyClicks cannot send non-Latin keys everywhere, so set it and emit as typing would."""
    widget.setFocus()
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.editingFinished.emit()
