"""The window: start-up to the painted main window, and filtering the People directory per keystroke.

Both run on Qt's offscreen platform (CI has no display) with a 1920×1080 screen, on a database from
`bench.make_database` with N people and N ÷ 40 seminars (20,000 and 500 at full size).

start-up: each run is a whole process, `python -m desktop --db PATH` (what the `kafedra` command runs) with
KAFEDRA_BENCH_QUIT_AFTER_PAINT set, timed from just before the process is started to the moment it reports
that the seminar table was painted with the seminars in it (`desktop/gui/first_paint.py`). The baseline is
`bench/cases/plain_window.py`: a bare PySide6 window with one table of the same rows read by plain sqlite3,
timed the same way. Interpreter start-up is in both and is not subtracted: start-up is what this case is about.

directory filter: the real People window (its model, its table) on the real database in this process; the
query is typed into its search field one key at a time (letters, then backspaces back to the whole
directory) and each keystroke is timed until the table has been repainted. The baseline is a plain
QSortFilterProxyModel with a fixed-string filter over a QStandardItemModel of the same rows, for reference;
the goal is absolute (the slowest keystroke of all runs).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.case import Case, Goal, Timed

PEOPLE_PER_SEMINAR = 40
# a surname and a given name the generated directory holds, typed as people type them: without ё
QUERY = "лебедева алена"
ERASE = "\b" * len(QUERY)  # then erased key by key, back to the whole directory


def database(workdir: Path, size: int) -> Path:
    return workdir / f"people-{size}.sqlite3"


def prepare(workdir: Path, size: int) -> None:
    from bench.make_database import build

    build(database(workdir, size), people=size, seminars=max(1, size // PEOPLE_PER_SEMINAR))


def _platform(workdir: Path) -> str:
    """Qt's offscreen platform with a 1920×1080 screen at 96 dpi (its own default is 800×800), so the windows
    get the sizes they would have on an office PC's monitor."""
    screen = workdir / "screen.json"
    if not screen.exists():
        screens = [
            {"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96, "logicalDpiY": 96}
        ]
        screen.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return f"offscreen:configfile={screen}"


def _process_env(workdir: Path) -> dict[str, str]:
    """Offscreen; settings, logs and backups inside the work folder; compiled modules cached as an installed
    package has them (pip compiles them on installation), so every run after the warm-up reads them."""
    home = workdir / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": _platform(workdir),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPYCACHEPREFIX": str(workdir / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_to_paint(command: list[str], env: dict[str, str]) -> Timed:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{command[2:]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return Timed(seconds=float(report["painted_at"]) - started)


def startup_ours(workdir: Path, size: int) -> Callable[[], object]:
    path = workdir / f"kafedra-{size}.sqlite3"
    if not path.exists():  # the app opens it for writing (WAL, the backup on start): not the shared original
        shutil.copy(database(workdir, size), path)
    env = {**_process_env(workdir), "KAFEDRA_BENCH_QUIT_AFTER_PAINT": "1"}
    return lambda: _time_to_paint([sys.executable, "-m", "desktop", "--db", str(path)], env)


def startup_baseline(workdir: Path, size: int) -> Callable[[], object]:
    command = [sys.executable, "-m", "bench.cases.plain_window", str(database(workdir, size))]
    return lambda: _time_to_paint(command, _process_env(workdir))


def _type(app: Any, field: Any, view: Any, keys: str) -> list[float]:
    """Each key as the user presses it; a step ends when the visible rows are repainted."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    timings = []
    for key in keys:
        # QTest's key clicks take ASCII only; a Cyrillic key's code is its capital letter, as Qt's own
        code, text = (int(Qt.Key.Key_Backspace), "") if key == "\b" else (ord(key.upper()), key)
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(field, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))
        view.viewport().repaint()
        app.processEvents()
        timings.append(time.perf_counter() - started)
    return timings


def _application(workdir: Path) -> Any:
    os.environ["QT_QPA_PLATFORM"] = _platform(workdir)
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def filter_ours(workdir: Path, size: int) -> Callable[[], object]:
    os.environ.update({k: v for k, v in _process_env(workdir).items() if k.startswith("XDG_")})
    app = _application(workdir)
    from desktop.gui.directory.people import PeopleWindow
    from desktop.gui.history import History
    from desktop.gui.ops import OpRunner
    from desktop.gui.settings import AppSettings
    from desktop.gui.workspace import Workspace
    from desktop.storage.database import open_database

    db = open_database(database(workdir, size))

    def show_error(_parent: object, message: str, _unexpected: bool) -> None:
        raise RuntimeError(message)

    runner = OpRunner(db, show_error)
    window = PeopleWindow(Workspace(db, runner, History(runner), AppSettings()), None)
    window.show()
    deadline = time.monotonic() + 120
    while len(window.model.records) < size:  # the directory arrives from the database worker
        if time.monotonic() > deadline:
            raise RuntimeError(f"the People window showed {len(window.model.records)} of {size} people")
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()

    def work() -> Timed:
        timings = _type(app, window.search, window.table, QUERY)
        found = len(window.model.visible)
        if not 0 < found < size or window.search.text() != QUERY:
            raise RuntimeError(
                f"typing {QUERY!r} left {found} of {size} people, the field says {window.search.text()!r}"
            )
        timings += _type(app, window.search, window.table, ERASE)
        if window.count.text() != window.count_text(size):
            raise RuntimeError(f"after erasing the query the window says {window.count.text()!r}")
        window.close()
        runner.shutdown()
        db.dispose()
        return Timed(seconds=statistics.median(timings), steps=tuple(timings))

    return work


def filter_baseline(workdir: Path, size: int) -> Callable[[], object]:
    app = _application(workdir)
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    connection = sqlite3.connect(f"file:{database(workdir, size)}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT p.surname || ' ' || p.given_name || ' ' || p.patronymic, o.short_name, p.position, o.city,"
        " p.email FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY p.name_key, p.id"
    ).fetchall()
    connection.close()
    model = QStandardItemModel(len(rows), 5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text or ""))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    window = QWidget()
    field = QLineEdit()
    view = QTableView()
    view.setModel(proxy)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    field.textChanged.connect(proxy.setFilterFixedString)
    window.resize(1000, 620)
    window.show()
    app.processEvents()

    def work() -> Timed:
        timings = _type(app, field, view, QUERY) + _type(app, field, view, ERASE)
        window.close()
        return Timed(seconds=statistics.median(timings), steps=tuple(timings))

    return work


CASES = [
    Case(
        name="startup-main-window",
        unit="people",
        sizes=(0, 20_000),
        quick_sizes=(0, 2_000),
        goal=Goal("ratio", 1.5),
        ours=startup_ours,
        baseline=startup_baseline,
        prepare=prepare,
        whole=True,
    ),
    Case(
        name="people-filter-keystroke",
        unit="people",
        sizes=(0, 20_000),
        quick_sizes=(0, 2_000),
        goal=Goal("worst_ms", 100, step="keystroke"),
        ours=filter_ours,
        baseline=filter_baseline,
        prepare=prepare,
        whole=True,
    ),
]
