"""The operation runner: one worker thread for the database, results on the UI thread, errors to one dialog."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFoundError
from desktop.gui.ops import Changes, Kind, OpRunner
from desktop.services import seminars
from desktop.storage.database import Database, open_database


@pytest.fixture
def runner(tmp_path: Path) -> Iterator[tuple[OpRunner, list[tuple[str, bool]]]]:
    shown: list[tuple[str, bool]] = []
    database: Database = open_database(tmp_path / "ops.sqlite3")
    op_runner = OpRunner(database, lambda _parent, message, unexpected: shown.append((message, unexpected)))
    yield op_runner, shown
    op_runner.shutdown()
    database.dispose()


def test_ops_run_on_one_worker_thread_and_report_on_the_ui_thread(
    qtbot: QtBot, runner: tuple[OpRunner, list[tuple[str, bool]]]
) -> None:
    op_runner, shown = runner
    threads: list[str] = []
    delivered: list[str] = []
    broadcast: list[Changes] = []
    op_runner.changed.connect(broadcast.append)

    def work(session: Session, word: str) -> str:
        threads.append(threading.current_thread().name)
        return word.upper()

    for word in ("раз", "два", "три"):
        op_runner.run(None, work, word, changes=Changes.of(Kind.SEMINAR)).on_success(
            lambda result: delivered.append(f"{result}@{threading.current_thread().name}")
        )
    qtbot.waitUntil(lambda: op_runner.pending == 0)
    assert len(set(threads)) == 1 and threads[0].startswith("kafedra-db")
    main = threading.current_thread().name
    assert delivered == [f"РАЗ@{main}", f"ДВА@{main}", f"ТРИ@{main}"]  # in the order asked
    assert len(broadcast) == 3 and broadcast[0].touches(Kind.SEMINAR, seminar_id=7)
    assert shown == []


def test_errors_go_to_the_dialog_unless_the_caller_handles_them(
    qtbot: QtBot, runner: tuple[OpRunner, list[tuple[str, bool]]]
) -> None:
    op_runner, shown = runner
    op_runner.run(None, seminars.get_seminar, 404)
    handled: list[BaseException] = []
    op_runner.run(None, seminars.get_seminar, 405).on_failure(lambda error: handled.append(error) or True)

    def broken(_session: Session) -> None:
        raise RuntimeError("a bug")

    op_runner.run(None, broken)
    qtbot.waitUntil(lambda: op_runner.pending == 0)
    assert shown == [("no seminar with id 404", False), ("RuntimeError: a bug", True)]
    assert isinstance(handled[0], NotFoundError)


def test_a_failed_op_broadcasts_nothing(qtbot: QtBot, runner: tuple[OpRunner, list[tuple[str, bool]]]) -> None:
    op_runner, shown = runner
    broadcast: list[Changes] = []
    op_runner.changed.connect(broadcast.append)
    op_runner.run(None, seminars.delete_seminar, 1, changes=Changes.of(Kind.SEMINAR))
    qtbot.waitUntil(lambda: op_runner.pending == 0)
    assert broadcast == [] and len(shown) == 1
