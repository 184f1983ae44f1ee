"""Screenshots of the main screens with the demo database, for docs/screenshots/ (run under Xvfb).

    python -m desktop --db /tmp/demo.sqlite3 demo
    xvfb-run -a -s "-screen 0 1366x768x24" python ui/take_screenshots.py /tmp/demo.sqlite3
    xvfb-run -a -s "-screen 0 1366x768x24" python ui/take_screenshots.py /tmp/demo.sqlite3 --languages

The second form makes main-window-en.png, -ru.png and -uk.png: the window in each interface language.

It works on a copy of the database, in a fresh settings file, at 1366×768.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def settle(seconds: float = 0.4) -> None:
    end = QTimer()
    end.setSingleShot(True)
    end.start(int(seconds * 1000))
    while end.isActive():
        QCoreApplication.processEvents()


def shoot(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / name))
    print(f"wrote docs/screenshots/{name}")


def shoot_dialog(open_it: Callable[[], None], name: str) -> None:
    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, grab)
            return
        settle(0.6)
        dialog.grab().save(str(OUT / name))
        print(f"wrote docs/screenshots/{name}")
        dialog.close()

    QTimer.singleShot(300, grab)
    open_it()


def main(demo: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    database = folder / "demo.sqlite3"
    shutil.copy(demo, database)
    from desktop.gui.app import Application
    from desktop.gui.directory.people import PeopleWindow
    from desktop.gui.settings import AppSettings

    application = Application(AppSettings(QSettings(str(folder / "kafedra.ini"), QSettings.Format.IniFormat)))
    assert application.open(str(database))
    window = application.window
    assert window is not None
    window.showMaximized()
    settle(1.0)
    seminar_list = window.seminar_list  # type: ignore[attr-defined]
    panel = window.seminar_panel  # type: ignore[attr-defined]
    largest = max(seminar_list.model.visible, key=lambda s: s.participant_count)
    seminar_list.select(largest.id)
    for number, name in enumerate(("overview", "programme", "participants", "resolution")):
        panel.tabs.setCurrentIndex(number)
        settle(0.8)
        if name == "programme":
            tab = panel.pages[1]
            tab.tree.setCurrentIndex(tab.model.index(0, 0))
        shoot(window, f"{name}.png")
    actions = window.window_actions  # type: ignore[attr-defined]
    people = PeopleWindow.show_for(window)  # type: ignore[arg-type]
    people.resize(1200, 640)
    settle(1.0)
    people.search.setText("библиотека")
    people.table.selectRow(0)
    shoot(people, "people.png")
    people.close()
    shoot_dialog(actions.settings.trigger, "settings.png")
    shoot_dialog(actions.from_template.trigger, "new-from-template.png")
    window.close()
    app.quit()


def main_windows(demo: str) -> None:
    """The main window in each interface language, translators installed as the application installs them."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from desktop.gui.app import Application
    from desktop.gui.i18n import install_translators
    from desktop.gui.settings import AppSettings

    for code in ("en", "ru", "uk"):
        install_translators(app, code)
        folder = Path(tempfile.mkdtemp())
        database = folder / "demo.sqlite3"
        shutil.copy(demo, database)
        application = Application(AppSettings(QSettings(str(folder / "kafedra.ini"), QSettings.Format.IniFormat)))
        assert application.open(str(database))
        window = application.window
        assert window is not None
        window.showMaximized()
        settle(1.0)
        seminar_list = window.seminar_list  # type: ignore[attr-defined]
        largest = max(seminar_list.model.visible, key=lambda s: s.participant_count)
        seminar_list.select(largest.id)
        window.seminar_panel.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        settle(0.8)
        shoot(window, f"main-window-{code}.png")
        window.close()
        settle(0.3)
    app.quit()


if __name__ == "__main__":
    if "--languages" in sys.argv[2:]:
        main_windows(sys.argv[1])
    else:
        main(sys.argv[1])
