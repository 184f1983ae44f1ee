"""Settings → Database: a SQLite file or the department's PostgreSQL server, Test connection, the password.

The password goes to the system keyring (a dictionary standing in for it here) and never into the settings file;
on a computer without a keyring the dialog says so and points to ~/.pgpass. Test connection runs on a thread
and shows the server's version or one clear sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, make_url, text

from desktop.domain.records import SeminarData
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import AppSettings
from desktop.gui.settings_dialog import SettingsDialog
from desktop.services import seminars
from desktop.storage import postgres
from desktop.storage.concurrency import os_user
from desktop.storage.database import Database
from desktop.storage.models import Seminar
from tests.postgres.server import Server


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


def open_dialog(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    dialog.form.tabs.setCurrentWidget(dialog.form.database_tab)
    return dialog


def choose_server(dialog: SettingsDialog, host: str, port: int, database: str, user: str, password: str) -> None:
    dialog.form.database_kind.setCurrentIndex(dialog.form.database_kind.findData("postgresql"))
    dialog.form.server_host.setText(host)
    dialog.form.server_port.setValue(port)
    dialog.form.server_database.setText(database)
    dialog.form.server_user.setText(user)
    dialog.form.server_password.setText(password)


def test_the_server_is_remembered_and_its_password_goes_to_the_keyring_only(
    qtbot: QtBot, window: MainWindow, settings: AppSettings, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    assert not dialog.form.server_box.isVisibleTo(dialog)
    choose_server(dialog, "db.library.local", 5433, "kafedra", "metodist", "Секрет-2026")
    assert dialog.form.server_box.isVisibleTo(dialog) and not dialog.form.start_database.isVisibleTo(dialog)
    assert "system keyring" in dialog.form.password_note.text()
    dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settings.sync()

    assert settings.start_database() == "postgresql+psycopg://metodist@db.library.local:5433/kafedra"
    assert "Секрет-2026" not in (tmp_path / "kafedra.ini").read_text(encoding="utf-8")
    assert memory_keyring.passwords == {("Kafedra", "metodist@db.library.local:5433/kafedra"): "Секрет-2026"}
    # what the window and the CLI open gets the password from the keyring
    assert postgres.with_password(make_url(settings.start_database())).password == "Секрет-2026"

    again = open_dialog(qtbot, window)
    assert again.form.database_kind.currentData() == "postgresql"
    assert (again.form.server_host.text(), again.form.server_port.value()) == ("db.library.local", 5433)
    assert (again.form.server_database.text(), again.form.server_user.text()) == ("kafedra", "metodist")
    assert again.form.server_password.text() == ""
    assert again.form.server_password.placeholderText() == "kept in the system keyring"
    again.reject()


def test_without_a_keyring_the_dialog_says_so_and_keeps_no_password(
    qtbot: QtBot, window: MainWindow, settings: AppSettings, no_keyring: None, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    choose_server(dialog, "db.library.local", 5432, "kafedra", "metodist", "Секрет-2026")
    assert "no system keyring" in dialog.form.password_note.text() and "~/.pgpass" in dialog.form.password_note.text()
    dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settings.sync()
    assert settings.start_database() == "postgresql+psycopg://metodist@db.library.local:5432/kafedra"
    assert "Секрет" not in (tmp_path / "kafedra.ini").read_text(encoding="utf-8")


def test_a_missing_field_is_named_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, settings: AppSettings, no_keyring: None
) -> None:
    dialog = open_dialog(qtbot, window)
    choose_server(dialog, "db.library.local", 5432, "", "metodist", "")
    dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.form.error.text() == "Enter the database of the PostgreSQL server."
    assert settings.start_database() == ""
    dialog.reject()


def test_test_connection_names_an_unreachable_server(qtbot: QtBot, window: MainWindow, no_keyring: None) -> None:
    dialog = open_dialog(qtbot, window)
    choose_server(dialog, "127.0.0.1", 9, "kafedra", "metodist", "x")
    dialog.form.test_connection.click()
    qtbot.waitUntil(dialog.form.test_connection.isEnabled, timeout=15_000)
    assert dialog.form.test_result.text() == (
        "postgresql+psycopg://metodist:***@127.0.0.1:9/kafedra: the server 127.0.0.1:9 is unreachable; check the"
        " address and that PostgreSQL is running there"
    )
    dialog.reject()


def test_test_connection_shows_the_server_version_or_the_wrong_password(
    qtbot: QtBot, window: MainWindow, pg_server: Server, no_keyring: None
) -> None:
    url = pg_server.url
    dialog = open_dialog(qtbot, window)
    choose_server(dialog, url.host or "localhost", url.port or 5432, pg_server.template, url.username or "", "")
    dialog.form.server_password.setText(url.password or "")
    dialog.form.test_connection.click()
    qtbot.waitUntil(dialog.form.test_connection.isEnabled, timeout=15_000)
    assert dialog.form.test_result.text().startswith("Connected: PostgreSQL 1")
    assert dialog.form.test_result.text().endswith(", a Kafedra database.")

    dialog.form.server_password.setText("not-the-password")
    dialog.form.test_connection.click()
    qtbot.waitUntil(dialog.form.test_connection.isEnabled, timeout=15_000)
    assert dialog.form.test_result.text().endswith(f"the server refused the password of user {url.username}")
    dialog.reject()


def test_test_connection_tells_an_empty_database_from_one_of_a_newer_kafedra(
    qtbot: QtBot, window: MainWindow, pg_server: Server, no_keyring: None
) -> None:
    empty, newer = pg_server.new_database(migrated=False), pg_server.new_database()
    engine = create_engine(newer)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        dialog = open_dialog(qtbot, window)
        found = []
        for url in (empty, newer):
            choose_server(dialog, url.host or "", url.port or 5432, url.database or "", url.username or "", "")
            dialog.form.server_password.setText(url.password or "")
            dialog.form.test_connection.click()
            qtbot.waitUntil(dialog.form.test_connection.isEnabled, timeout=15_000)
            found.append(dialog.form.test_result.text())
        dialog.reject()
    finally:
        engine.dispose()
        pg_server.drop(empty)
        pg_server.drop(newer)
    assert found[0].endswith(", an empty database; Kafedra will create its tables.")
    assert found[1].endswith(
        ": this database was made by a newer version of Kafedra (schema 0099); install the newer Kafedra to use it."
    )


def test_the_name_colleagues_see_is_set_in_settings_and_stamped_on_what_this_user_saves(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    settings: AppSettings,
    no_keyring: None,
) -> None:
    window = open_window(db_path)
    dialog = open_dialog(qtbot, window)
    assert dialog.form.user_name.text() == "" and dialog.form.user_name.placeholderText() == os_user()
    dialog.form.user_name.setText("  Кузнецова Ольга, методист  ")
    dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.user_name() == "Кузнецова Ольга, методист"

    def saved_by(db: Database, title: str) -> str | None:
        with db.transaction() as session:
            seminar_id = seminars.create_seminar(
                session, SeminarData(title, dt.datetime(2026, 12, 1, 10), dt.datetime(2026, 12, 1, 14))
            )
        with db.reading() as session:
            return session.get(Seminar, seminar_id).updated_by  # type: ignore[union-attr]

    assert saved_by(window.ws.db, "Сразу после настройки") == "Кузнецова Ольга, методист"
    window.close()
    # the next start reads the name from the settings
    again = open_window(db_path)
    assert saved_by(again.ws.db, "После перезапуска") == "Кузнецова Ольга, методист"
