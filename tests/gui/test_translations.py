"""The interface in Russian and Ukrainian (decision 0015): complete and current translations, loaded as the app does."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.gui import i18n
from desktop.gui.i18n import effective_language, install_translators, system_language, translate
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import AppSettings
from desktop.gui.settings_dialog import SettingsDialog, available_ui_languages
from tests.gui.conftest import answer_dialog

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


def test_every_interface_string_is_translated_and_the_files_match_the_code() -> None:
    """The CI check: lupdate over the code finds no string missing from (or left over in) the .ts files, no
    Russian or Ukrainian string is unfinished, and the committed .qm files are compiled from the .ts files."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"{result.stdout}{result.stderr}run: python ui/translations.py, translate what is new"
    )


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    def switch(code: str) -> str:
        return install_translators(qapp, code)

    yield switch
    install_translators(qapp, "en")  # the rest of the suite reads English


def menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            texts += menu_texts(submenu)
    return texts


@pytest.mark.parametrize(
    ("code", "menus", "tabs"),
    [
        (
            "ru",
            ["&Файл", "&Правка", "&Семинар", "&Вид", "Спр&авочники", "Спр&авка"],
            ["&Общие сведения", "&Программа", "&Участники", "&Резолюция", "Документы"],
        ),
        (
            "uk",
            ["&Файл", "&Редагування", "&Семінар", "&Вигляд", "&Довідники", "Дові&дка"],
            ["&Загальні відомості", "&Програма", "&Учасники", "&Резолюція", "Документи"],
        ),
    ],
)
def test_the_main_window_in_russian_and_ukrainian(
    qtbot: QtBot,
    language: Callable[[str], str],
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    code: str,
    menus: list[str],
    tabs: list[str],
) -> None:
    assert language(code) == code
    window = open_window(db_path)
    bar = window.menuBar()
    assert [action.text() for action in bar.actions()] == menus
    panel = window.seminar_panel
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == tabs
    # every entry of every menu is in the language (the recent databases are file names, filled when shown)
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for text in menu_texts(menu):
            assert CYRILLIC.search(text), f"{code}: untranslated menu entry {text!r}"
    model = window.seminar_list.model
    for column in range(model.columnCount()):
        assert CYRILLIC.search(model.headerData(column, Qt.Orientation.Horizontal))
    assert CYRILLIC.search(window.seminar_list.search.placeholderText())
    # Qt's own words come from Qt's translation (qtbase_ru.qm / qtbase_uk.qm)
    assert CYRILLIC.search(QApplication.translate("QPlatformTheme", "Cancel"))


def test_plural_forms_follow_each_language(language: Callable[[str], str]) -> None:
    def people(count: int) -> str:
        return translate("PeopleWindow", "%n people", "", count)

    language("en")
    assert [people(n) for n in (1, 2, 5)] == ["1 person", "2 people", "5 people"]
    language("ru")
    assert [people(n) for n in (1, 2, 5, 21, 0)] == ["1 человек", "2 человека", "5 человек", "21 человек", "0 человек"]
    assert translate("ParticipantsTab", "%n region(s)", "", 22) == "22 региона"
    language("uk")
    assert [people(n) for n in (1, 2, 5, 21)] == ["1 особа", "2 особи", "5 осіб", "21 особа"]
    assert translate("ProgrammeTab", "%n talk(s)", "", 3) == "3 виступи"


def test_enum_labels_are_translated_when_shown(language: Callable[[str], str]) -> None:
    from desktop.domain.enums import Mode, Role
    from desktop.gui import labels

    language("uk")
    assert labels.MODES[Mode.ONLINE] == "Дистанційно" and labels.ROLES[Role.SPEAKER] == "Доповідач"
    assert labels.minutes(90) == "1 год 30 хв"
    language("en")
    assert labels.MODES[Mode.ONLINE] == "Online" and labels.minutes(90) == "1 h 30 min"


def test_the_language_follows_the_system_unless_chosen(qapp: QApplication) -> None:
    assert system_language(QLocale("uk_UA")) == "uk"
    assert system_language(QLocale("ru_KZ")) == "ru"
    assert system_language(QLocale("de_DE")) == "en"
    assert effective_language("ru") == "ru"
    assert effective_language("") == system_language()  # "" is "as the system", the default
    assert i18n.shipped_languages()[:1] == ["en"]
    assert {"ru", "uk"} <= set(i18n.shipped_languages())


def test_settings_offer_the_languages_and_say_when_the_change_happens(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    assert list(available_ui_languages())[1:] == ["en", "ru", "uk"]
    seen: dict[str, str] = {}

    def choose(dialog: SettingsDialog) -> None:
        seen["note"] = dialog.form.ui_language_note.text()
        seen["first"] = dialog.form.ui_language.itemText(0)
        dialog.form.ui_language.setCurrentIndex(dialog.form.ui_language.findData("uk"))
        dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()

    answer_dialog(qtbot, choose, SettingsDialog)
    window.window_actions.settings.trigger()
    qtbot.waitUntil(lambda: settings.ui_language() == "uk", timeout=10_000)
    assert "next start" in seen["note"] and seen["first"].startswith("As the system")


def test_kafedra_starts_in_the_language_of_the_system(tmp_path: Path) -> None:
    """No language chosen: LANG=uk_UA gives a Ukrainian window (the log names the language)."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KAFEDRA_DB": "",
        "LANG": "uk_UA.UTF-8",
        "LC_ALL": "",
        "LANGUAGE": "",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "window.sqlite3")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log = home / "state" / "Kafedra" / "log" / "kafedra.log"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (log.exists() and "main window shown" in log.read_text("utf-8")):
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert "interface language: uk" in log.read_text("utf-8")
