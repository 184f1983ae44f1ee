"""The import dialog: choose a file → the column mapping with a preview → the row report → Import or Cancel.

`open_registrations` reads only the file (no database), so it runs at once; the plan (`plan_import`, writes
nothing) and the import (`commit_import`, one transaction) are ops on the database worker. The import's progress
callback runs on that worker: it reports through a signal and raises ImportCancelledError when the user
pressed Cancel, which rolls the whole transaction back.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.gui import file_dialogs, messages
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.importing.pages import MappingPage, ReportPage, counts_summary
from desktop.gui.ops import Changes, Kind
from desktop.gui.workspace import Workspace
from desktop.importing.errors import ImportCancelledError, ImportFileError
from desktop.importing.memory import MappingMemory
from desktop.services.registrations import (
    ImportPlan,
    ImportResult,
    RegistrationSource,
    commit_import,
    open_registrations,
    plan_import,
)

FILTERS = QT_TRANSLATE_NOOP("ImportDialog", "Registrations (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)")


def mapping_memory() -> MappingMemory:
    """The remembered mappings in the user's config folder; tests point this at a temporary file."""
    return MappingMemory()


class _Relay(QObject):
    """Carries progress from the database worker to the UI thread; outlives the dialog if it closes early."""

    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise ImportCancelledError("the import was cancelled; nothing was changed")
        self.progressed.emit(done, total)


class ImportDialog(KafedraDialog):
    def __init__(
        self, ws: Workspace, parent: QWidget | None, seminar_id: int, source: RegistrationSource, memory: MappingMemory
    ) -> None:
        super().__init__(parent, ws.settings)
        self.ws, self.seminar_id, self.source, self.memory = ws, seminar_id, source, memory
        self.setWindowTitle(self.tr("Import participants — {file}").format(file=Path(source.table.source).name))
        self.mapping_page = MappingPage(source)
        self.report_page = ReportPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.mapping_page)
        self.pages.addWidget(self.report_page)
        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("← &Back"))
        self.check_button = QPushButton(self.tr("&Check the rows →"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.back_button, self.check_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self._back)
        self.check_button.clicked.connect(self._check)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self.progress: QProgressDialog | None = None
        self._show_page(0)
        self.resize(860, 600)
        self.restore_geometry()

    def _show_page(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        self.back_button.setVisible(number == 1)
        self.import_button.setVisible(number == 1)
        self.check_button.setVisible(number == 0)
        (self.check_button if number == 0 else self.import_button).setDefault(True)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.back_button, self.check_button, self.import_button):
            button.setEnabled(enabled)

    def _back(self) -> None:
        self._show_page(0)

    def _check(self) -> None:
        self._set_enabled(False)
        mapping = self.mapping_page.mapping()
        self.ws.runner.query(self, plan_import, self.seminar_id, self.source, mapping).on_success(
            self._planned
        ).on_failure(self._plan_failed)

    def _plan_failed(self, error: BaseException) -> bool:
        self._set_enabled(True)
        if isinstance(error, ImportFileError):  # a mapping that names nobody: say so and stay on the mapping
            messages.show_error(self, str(error))
            return True
        return False

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.report_page.show_plan(plan)
        self.import_button.setText(self.tr("&Import %n registration(s)", "", plan.counts.registered))
        self._set_enabled(True)
        self.import_button.setEnabled(plan.counts.registered > 0 or plan.counts.added > 0)
        self._show_page(1)

    def _import(self) -> None:
        if self.plan is None:
            return
        self._set_enabled(False)
        relay = _Relay()
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, max(len(self.plan.rows), 1), self)
        progress.setWindowTitle("Kafedra")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(relay.cancel.set)
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.progress, self.relay = progress, relay
        changes = Changes.of(Kind.PARTICIPANTS, Kind.PEOPLE, Kind.ORGANISATIONS, seminar_id=self.seminar_id)
        self.ws.runner.run(self, commit_import, self.plan, relay, changes=changes).on_success(
            self._imported
        ).on_failure(self._import_failed)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, result: ImportResult) -> None:
        self._close_progress()
        self.imported = result
        if self.plan is not None:
            self.memory.remember(self.source.table.headers, self.plan.mapping)
        self.accept()

    def _import_failed(self, error: BaseException) -> bool:
        self._close_progress()
        self._set_enabled(True)
        if isinstance(error, ImportCancelledError):
            messages.inform(self, self.tr("The import was cancelled; the database is as it was."))
            return True
        return False


def run_import(ws: Workspace, parent: QWidget, seminar_id: int) -> ImportResult | None:
    """File → Import participants…: the whole conversation; the result when something was imported."""
    folder = str(ws.db.path.parent) if ws.db.path else ""
    path = file_dialogs.open_file(
        parent, translate("ImportDialog", "Import participants from"), folder, translate("ImportDialog", FILTERS)
    )
    if not path:
        return None
    memory = mapping_memory()
    try:
        source = open_registrations(path, memory)  # reads the file only, no database
    except ImportFileError as exc:
        messages.show_error(parent, str(exc))
        return None
    dialog = ImportDialog(ws, parent, seminar_id, source, memory)
    if not dialog.run() or dialog.imported is None:
        return None
    result = dialog.imported
    text = translate("ImportDialog", "Imported: {summary}.").format(summary=counts_summary(result.counts))
    if result.organisations_added:
        text += " " + translate("ImportDialog", "Organisations added: {count}.").format(
            count=result.organisations_added
        )
    messages.inform(parent, text)
    return result
