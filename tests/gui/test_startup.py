"""What the window needs before its first paint, and nothing more: the tabs, the File menu's exporters and the
command-line commands come when they are first used (the start-up benchmark, issue 10)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.cli.main import _window_only
from desktop.domain.records import SeminarData, TalkData
from desktop.gui.documents.tab import DocumentsTab
from desktop.gui.main_window import MainWindow
from desktop.gui.programme.tab import ProgrammeTab
from desktop.gui.seminar_panel import TABS, tab_classes
from desktop.services import programme, seminars
from desktop.storage.database import open_database
from tests.gui.conftest import wait_idle


def test_only_a_bare_db_option_takes_the_window_path() -> None:
    assert _window_only([]) is not None
    args = _window_only(["--db", "a.sqlite3"])
    assert args is not None and args.db == "a.sqlite3" and args.command is None
    # a command, help, version, the smoke test, an abbreviation or a missing path go to the full parser
    for argv in (["--db", "a", "seminars"], ["--help"], ["--version"], ["--smoke-test"], ["--d", "a"], ["--db"]):
        assert _window_only(argv) is None, argv


def test_the_tab_titles_are_the_classes_own() -> None:
    assert [title for _module, _name, title in TABS] == [cls.title for cls in tab_classes()]


def test_a_tab_is_built_when_first_shown_and_shows_its_seminar(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], db_path: Path
) -> None:
    database = open_database(db_path)
    with database.transaction() as session:
        seminar_id = seminars.create_seminar(
            session, SeminarData("Семинар «Ленивые вкладки»", dt.datetime(2026, 5, 5, 10), dt.datetime(2026, 5, 5, 16))
        )
        programme.add_talk(session, seminar_id, TalkData("Доклад о каталогах", 30))
    database.dispose()
    window = open_window(db_path)
    tabs = window.seminar_panel.tabs
    assert window.seminar_panel.seminar_id == seminar_id  # the first seminar is open on its Overview
    assert tabs.count() == len(TABS) and not isinstance(tabs.widget(1), ProgrammeTab)

    view = {action.shortcut().toString(): action for action in window.window_actions.view_menu.actions()}
    view["Ctrl+2"].trigger()
    wait_idle(qtbot, window)
    page = tabs.currentWidget()
    assert isinstance(page, ProgrammeTab) and tabs.currentIndex() == 1 and tabs.tabText(1) == "&Programme"
    assert "1 talk" in page.totals.text()

    documents = window.seminar_panel.page(DocumentsTab)  # asked for by code: built without being shown
    assert tabs.widget(4) is documents and tabs.currentIndex() == 1


HEAVY = (
    *("reportlab", "docx", "openpyxl", "alembic", "PySide6.QtPdf", "desktop.cli.document_commands"),
    *("desktop.gui.exporting", "desktop.gui.importing", "desktop.gui.documents", "desktop.gui.programme"),
)


def test_the_first_paint_loads_no_documents_exports_or_other_tabs(tmp_path: Path) -> None:
    database = tmp_path / "start.sqlite3"
    made = open_database(database)  # an existing database: a new one is made by Alembic's upgrade
    with made.transaction() as session:
        seminars.create_seminar(
            session, SeminarData("Семинар", dt.datetime(2026, 5, 5, 10), dt.datetime(2026, 5, 5, 16))
        )
    made.dispose()
    code = (
        "import json, sys\n"
        "from desktop.cli import main\n"
        f"code = main(['--db', {str(database)!r}])\n"
        f"print(json.dumps([m for m in sys.modules if m.startswith({HEAVY!r})]))\n"
        "sys.exit(code)\n"
    )
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KAFEDRA_BENCH_QUIT_AFTER_PAINT": "1",  # the window quits once it is painted with its seminar list
        **{f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "STATE", "CACHE")},
    }
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    painted, loaded = (json.loads(line) for line in result.stdout.strip().splitlines()[-2:])
    assert painted["rows"] == 1 and loaded == []
