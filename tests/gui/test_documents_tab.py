"""The Documents tab on the demo database: save a programme PDF and certificates DOCX, check names, cancel."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enums import Role
from desktop.domain.records import PersonData
from desktop.gui import file_dialogs
from desktop.gui.documents import DocumentsTab
from desktop.gui.documents.checks import PRINTED
from desktop.gui.main_window import MainWindow
from desktop.services import participants, people
from desktop.services.demo import load_demo
from desktop.storage.database import Database, open_database
from desktop.storage.models import Person, PersonNameForm
from tests.gui.conftest import wait_idle


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo seminars loaded once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session)
        # a name the declension cannot be sure of: no patronymic, a given name of either gender
        person = people.add_person(session, PersonData("Гарсия", "Саша"))
        participants.register(session, 1, person, role=Role.PARTICIPANT, attended=True)
    database.dispose()
    yield path


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path) -> Path:
    shutil.copy(demo_template, db_path)
    return db_path


def open_documents(qtbot: QtBot, window: MainWindow, seminar_id: int = 1) -> DocumentsTab:
    window.seminar_list.select(seminar_id)
    tab = window.seminar_panel.page(DocumentsTab)
    assert isinstance(tab, DocumentsTab)
    window.seminar_panel.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return tab


def choose(tab: DocumentsTab, identifier: str, fmt: str) -> None:
    tab.kind_list.setCurrentRow(next(i for i, k in enumerate(tab.kind_list_kinds()) if k.identifier == identifier))
    tab.format.setCurrentIndex(tab.format.findText(fmt.upper()))


def finish(qtbot: QtBot, window: MainWindow, tab: DocumentsTab) -> None:
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: tab.job is None and tab.preview_button.isEnabled(), timeout=20_000)


def test_save_programme_pdf_and_certificates_docx(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    tab = open_documents(qtbot, window)
    asked: list[str] = []

    def save_file(_parent: object, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(tmp_path / Path(suggested).name)

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    choose(tab, "programme", "pdf")
    tab.save_button.click()
    finish(qtbot, window, tab)
    pdf = tmp_path / Path(asked[0]).name
    assert pdf.suffix == ".pdf" and pdf.exists()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Маршруты детского чтения" in " ".join(text.split())
    assert tab.folder_button.isEnabled() and str(pdf) in tab.status.text()

    choose(tab, "certificates", "docx")
    assert tab.per_person.isEnabled()
    tab.save_button.click()
    finish(qtbot, window, tab)
    certificates = tmp_path / Path(asked[1]).name
    assert certificates.suffix == ".docx", asked
    words = " ".join(p.text for p in docx.Document(str(certificates)).paragraphs)
    assert "СЕРТИФИКАТ" in words and "Гарси" in words and "Беловой Инне Игоревне" in words


def test_certificates_one_file_per_person_and_cancel(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    tab = open_documents(qtbot, window)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_args: str(folder))
    choose(tab, "certificates", "pdf")
    tab.per_person.setChecked(True)

    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.job is not None, timeout=10_000)
    assert tab.cancel_button.isVisible() and not tab.save_button.isEnabled()
    tab.cancel_button.click()
    finish(qtbot, window, tab)
    assert "Cancelled" in tab.status.text() and list(folder.iterdir()) == []

    tab.save_button.click()
    finish(qtbot, window, tab)
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) > 10 and all(name.endswith(".pdf") for name in written)
    assert any("Гарсия" in name for name in written)


def test_names_to_check_and_a_corrected_dative_is_stored(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], demo_db: Path, reader: Database
) -> None:
    window = open_window(demo_db)
    tab = open_documents(qtbot, window)
    choose(tab, "certificates", "pdf")
    tab.preview_button.click()
    finish(qtbot, window, tab)
    assert tab.preview.page_count > 10
    assert tab.checks.isVisible()
    row = next(r for r in range(tab.checks.rowCount()) if "Гарсия" in tab.checks.item(r, 0).text())
    assert "gender" in tab.checks.item(row, 2).text()

    tab.checks.item(row, PRINTED).setText("Гарсия  Саше")  # typed with a double space
    finish(qtbot, window, tab)
    with reader.transaction() as session:
        forms = session.execute(
            select(PersonNameForm.language, PersonNameForm.dative)
            .join(Person, Person.id == PersonNameForm.person_id)
            .where(Person.surname == "Гарсия")
        ).all()
    assert [tuple(f) for f in forms] == [("ru", "Гарсия Саше")]
    assert tab.preview.page_count > 10 and "Preview" in tab.status.text()
