"""`kafedra --smoke-test`: does this installation (above all a PyInstaller bundle) hold everything it needs?

It exercises what a missing file or library would break at a user's first start, in one short run:

1. a temporary database is created (the Alembic migrations) and the demo seminars are added (the schema);
2. the main window opens on it, on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise (Qt's
   platform and image plugins, the icons), and its first queries run;
3. the certificates of a demo seminar are rendered to PDF by the exporter `kafedra export certificates` uses
   (the PT fonts, the declension rules, Babel's locale data) and written into the temporary folder, and its
   programme to DOCX (python-docx's templates);
4. the PDF must embed the PT fonts as subsets, and QtPdf (PySide6-Addons) must open it and read Cyrillic text
   from its first page, as the Documents tab's preview would.

It prints one line and returns 0, or prints one line saying what failed and returns 1. The user's settings,
log and databases are not touched: the settings live in the temporary folder, which is removed at the end.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

WAIT_SECONDS = 30.0
MIN_CYRILLIC_LETTERS = 10
_FONT_NAME = re.compile(rb"/FontName\s*/[A-Z]{6}\+([A-Za-z0-9-]+)")


class SmokeTestError(Exception):
    """One step failed; the message says which and why."""


def run_smoke_test() -> int:
    started = time.monotonic()
    try:
        summary = _run()
    except SmokeTestError as exc:
        print(f"kafedra: smoke test failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a missing module or data file shows up here: say which, in one line
        print(f"kafedra: smoke test failed: {exc.__class__.__name__}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    where = "bundle" if getattr(sys, "frozen", False) else "Python package"
    print(f"kafedra smoke test passed ({where}, {time.monotonic() - started:.1f} s): {summary}")
    return 0


def _wait(condition: Callable[[], bool], what: str) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeTestError(f"{what} did not happen within {WAIT_SECONDS:.0f} s")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _run() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kafedra-smoke-") as temporary:
        folder = Path(temporary)
        database = folder / "smoke.sqlite3"
        seminar_id, seminar_count = _demo_database(database)
        errors: list[str] = []
        window_note = _open_window(folder, database, errors, lambda: _render(database, seminar_id, folder))
        if errors:
            raise SmokeTestError(f"the window reported an error: {errors[0]}")
        return f"window opened on {seminar_count} demo seminars; {window_note}"


def _demo_database(path: Path) -> tuple[int, int]:
    from desktop.services.demo import load_demo
    from desktop.storage.database import open_database

    db = open_database(str(path))
    try:
        with db.transaction() as session:
            results = load_demo(session)
    finally:
        db.dispose()
    if not results:
        raise SmokeTestError("the demo added no seminars")
    # the demo conference has the most participants; any demo seminar with certificates would do
    return results[-1].seminar_id, len(results)


def _render(database: Path, seminar_id: int, folder: Path) -> Path:
    """The certificates as PDF (returned) and, to try python-docx's templates too, the programme as DOCX."""
    from desktop.documents.registry import Format, prepare, render_files
    from desktop.storage.database import open_database

    db = open_database(str(database))
    try:
        with db.transaction() as session:
            certificates = prepare(session, "certificates", seminar_id)
            programme = prepare(session, "programme", seminar_id)
    finally:
        db.dispose()
    docx = render_files("programme", programme, Format.DOCX)[0]
    _check_docx(folder / docx.name, docx.data)
    pdf = render_files("certificates", certificates, Format.PDF)[0]
    target = folder / pdf.name
    target.write_bytes(pdf.data)
    return target


def _check_docx(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        with zipfile.ZipFile(path) as archive:
            body = archive.read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SmokeTestError(f"the programme DOCX is not a Word document ({exc})") from exc
    if sum(1 for ch in body if "\u0400" <= ch <= "\u04ff") < MIN_CYRILLIC_LETTERS:
        raise SmokeTestError("the programme DOCX has no Cyrillic text")


def embedded_fonts(data: bytes) -> list[str]:
    """The PT faces a PDF embeds as subsets (`/FontName /ABCDEF+PTSerif-Regular` beside a `/FontFile2`)."""
    if b"/FontFile2" not in data:
        return []
    return sorted({match.decode("ascii") for match in _FONT_NAME.findall(data) if match.startswith(b"PT")})


def _qt_message(_kind: object, _context: object, message: str) -> None:
    """Qt's warnings go to stderr as usual, but for the offscreen platform's note on every window it shows."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _open_window(folder: Path, database: Path, errors: list[str], render: Callable[[], Path]) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.gui import messages
    from desktop.gui.app import Application
    from desktop.gui.main_window import MainWindow
    from desktop.gui.resources import app_icon
    from desktop.gui.settings import AppSettings

    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kafedra")
    icon = app_icon()
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        raise SmokeTestError("the application icon (resources/icons/kafedra.svg) could not be drawn")
    app.setWindowIcon(icon)

    # an error would open a modal box and wait for a click that never comes: record it instead
    original_show_error = messages.show_error

    def record_error(parent: QWidget | None, message: str, unexpected: bool = False) -> None:
        errors.append(message)

    messages.show_error = record_error
    application = Application(AppSettings(QSettings(str(folder / "kafedra.ini"), QSettings.Format.IniFormat)))
    try:
        if not application.open(str(database)):
            raise SmokeTestError(f"the window could not open {database}")
        window = application.window
        if not isinstance(window, MainWindow):
            raise SmokeTestError("no main window was opened")
        runner = window.ws.runner
        _wait(lambda: window.isVisible() and runner.pending == 0, "opening the main window")
        pdf = render()
        note = _check_pdf(pdf)
        _wait(lambda: runner.pending == 0, "the window's queries")
    finally:
        if application.window is not None:
            application.window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        messages.show_error = original_show_error
    return note


def _check_pdf(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    from desktop.gui.documents.preview import PdfPreview

    data = path.read_bytes()
    fonts = embedded_fonts(data)
    if not fonts:
        raise SmokeTestError(f"{path.name} embeds none of the PT fonts")
    preview = PdfPreview()
    try:
        preview.show_pdf(data)
        status = QPdfDocument.Status
        _wait(lambda: preview.pdf.status() in (status.Ready, status.Error), "QtPdf reading the certificates")
        if preview.pdf.status() != status.Ready or preview.page_count == 0:
            raise SmokeTestError(f"QtPdf could not read {path.name} ({preview.pdf.error().name})")
        pages, text = preview.page_count, preview.pdf.getAllText(0).text()
    finally:
        preview.clear()
        preview.deleteLater()
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    if cyrillic < MIN_CYRILLIC_LETTERS:
        raise SmokeTestError(f"the first page of {path.name} has no Cyrillic text ({text[:60]!r})")
    return (
        f"programme DOCX written; certificates PDF of {pages} pages, {len(data) // 1024} KB, "
        f"fonts embedded: {', '.join(fonts)}; QtPdf reads {cyrillic} Cyrillic letters on page 1"
    )
