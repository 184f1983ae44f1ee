"""The Documents tab: every kind of the registry, previewed, saved as PDF or DOCX, printed.

One export is two steps (docs/architecture.md, Documents): `prepare` runs as an op on the database worker
(for certificates it issues register numbers, so only saving and printing ask for numbers; the preview is a
draft without new ones), then `render_files` runs on a render thread with a progress bar and Cancel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.filenames import safe_stem
from desktop.documents.prepared import ExportOptions, Prepared
from desktop.documents.registry import KINDS, DocumentKind, Format, OutputFile, prepare
from desktop.domain.enums import Language
from desktop.domain.errors import KafedraError
from desktop.gui import file_dialogs, messages
from desktop.gui.documents.checks import NameChecks
from desktop.gui.documents.render_job import RenderJob
from desktop.gui.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.gui.ops import Changes, Kind
from desktop.gui.service_messages import translated
from desktop.gui.workspace import SeminarTab, Workspace
from desktop.services import people

if TYPE_CHECKING:
    from desktop.gui.documents.preview import PdfPreview

log = logging.getLogger("kafedra.gui")
_NUMBERED = frozenset({"certificates", "speaker-certificates"})  # prepare() writes register numbers for these
_FILTERS = {
    Format.PDF: QT_TRANSLATE_NOOP("DocumentsTab", "PDF documents (*.pdf)"),
    Format.DOCX: QT_TRANSLATE_NOOP("DocumentsTab", "Word documents (*.docx)"),
}


def interface_name(kind: DocumentKind) -> str:
    """The kind's name in the interface language (the registry names each kind in ru, uk and en)."""
    try:
        return kind.names[Language(current_language())]
    except (KeyError, ValueError):
        return kind.name


@dataclass(frozen=True)
class _Request:
    """What the user asked for, kept while the two steps run."""

    kind: DocumentKind
    seminar_id: int
    fmt: Format
    per_person: bool
    purpose: str  # "preview", "save" or "print"
    target: Path | None = None  # the file, or the folder for one file per person
    printer: object = None  # a QPrinter for "print"


class DocumentsTab(SeminarTab):
    title = QT_TRANSLATE_NOOP("Tabs", "Documents")
    kinds = (Kind.SEMINAR, Kind.PROGRAMME, Kind.PARTICIPANTS, Kind.RESOLUTION, Kind.PEOPLE, Kind.PROFILE)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.kind_list = QListWidget()
        for kind in KINDS:
            item = QListWidgetItem(interface_name(kind))
            item.setToolTip(interface_name(kind))
            self.kind_list.addItem(item)
        self.kind_list.setCurrentRow(0)
        self.kind_list.setMaximumWidth(220)
        self.format = QComboBox()
        for fmt in Format:
            self.format.addItem(fmt.value.upper(), fmt.value)
        self.per_person = QCheckBox(self.tr("One file per person"))
        self.per_person.setToolTip(
            self.tr("For e-mailing: a file for each person, named after them, in a folder you choose")
        )
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.setToolTip(self.tr("The folder the last document was saved in"))
        self.folder_button.setEnabled(False)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = QLabel(self.tr("Choose a document and press Preview."))
        self.status.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        # QtPdf (about 15 ms to load) comes with the first look at this tab, not with the window: `preview`
        self._preview: PdfPreview | None = None
        self._preview_place = QWidget()
        self.checks = NameChecks()
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.prepared: Prepared | None = None  # the last run, for the checks' language and file names
        self.prepared_kind = ""
        self._build_layout()

        self.kind_list.currentRowChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_document)
        self.folder_button.clicked.connect(self._open_folder)
        self.cancel_button.clicked.connect(self._cancel)
        self.checks.dative_edited.connect(self._store_dative)
        self.job: RenderJob | None = None
        self.last_folder: Path | None = None
        self.saved: list[Path] = []
        self._set_busy(False)
        self._kind_changed()

    def _build_layout(self) -> None:
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Format:")))
        options.addWidget(self.format)
        options.addWidget(self.per_person)
        options.addStretch(1)
        for button in (self.preview_button, self.save_button, self.print_button, self.folder_button):
            options.addWidget(button)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.checks_box = checks_box = QWidget()
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        checks_layout.addWidget(self.checks_label)
        checks_layout.addWidget(self.checks)
        self.splitter = QSplitter()
        self.splitter.addWidget(self._preview_place)
        self.splitter.addWidget(checks_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        right = QVBoxLayout()
        right.addLayout(options)
        right.addLayout(running)
        right.addWidget(self.status)
        right.addWidget(self.warnings)
        right.addWidget(self.splitter, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kind_list)
        layout.addLayout(right, 1)

    # --- state -----------------------------------------------------------------------------------------

    @staticmethod
    def kind_list_kinds() -> tuple[DocumentKind, ...]:
        """The kinds in the order of the list."""
        return KINDS

    def current_kind(self) -> DocumentKind:
        return KINDS[max(self.kind_list.currentRow(), 0)]

    def current_format(self) -> Format:
        # Qt hands the item data back as a plain str, not the StrEnum it was given
        return Format(str(self.format.currentData() or Format.PDF.value))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.per_person.setEnabled(kind.per_person)
        if not kind.per_person:
            self.per_person.setChecked(False)
        self._show_checks_box()

    def _show_checks_box(self) -> None:
        """Only certificates have names to check; the table shows only when the last run found some."""
        certificates = self.current_kind().identifier in _NUMBERED
        prepared_here = self.prepared is not None and self.prepared_kind == self.current_kind().identifier
        found = bool(self.checks.checks) and prepared_here
        self.checks_box.setVisible(certificates and prepared_here)
        self.checks.setVisible(found)
        self.checks_label.setText(
            self.tr("Names to check before printing (double-click «Printed as» to correct the dative):")
            if found
            else self.tr("No names to check: every name was declined with certainty.")
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.preview_button, self.save_button, self.print_button, self.kind_list, self.format):
            widget.setEnabled(not busy)
        self.per_person.setEnabled(not busy and self.current_kind().per_person)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)

    @property
    def preview(self) -> PdfPreview:
        if self._preview is None:
            from desktop.gui.documents.preview import PdfPreview

            self._preview = PdfPreview()
            self.splitter.replaceWidget(0, self._preview)
            self._preview_place.deleteLater()
        return self._preview

    def showEvent(self, event: QShowEvent) -> None:
        self.preview  # noqa: B018  # created as the tab is first shown, so it looks as it always did
        super().showEvent(event)

    def clear(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self._preview is not None:
            self._preview.clear()
        self.checks.show_checks(())
        self.prepared = None
        self._show_checks_box()
        self.warnings.hide()
        self.status.setText(self.tr("Choose a document and press Preview."))

    def reload(self, seminar_id: int) -> None:
        # rendering can take seconds: a change marks the preview old instead of redrawing it unasked
        if self._preview is not None and self._preview.page_count and self.job is None:
            self.status.setText(self.tr("The seminar changed since this preview; press Preview to see it again."))

    # --- the actions -----------------------------------------------------------------------------------

    def show_preview(self) -> None:
        self._start("preview", Format.PDF, per_person=False)

    def save(self) -> None:
        kind, fmt = self.current_kind(), self.current_format()
        per_person = self.per_person.isChecked() and kind.per_person
        start = str(self.last_folder or (self.ws.db.path.parent if self.ws.db.path else Path.home()))
        if per_person:
            folder = file_dialogs.choose_folder(self, self.tr("Save one file per person into"), start)
            if folder:
                self._start("save", fmt, per_person=True, target=Path(folder))
            return
        suggested = str(Path(start) / f"{self._suggested_stem(kind)}.{fmt.value}")
        path = file_dialogs.save_file(
            self,
            self.tr("Save {document} as {format}").format(document=interface_name(kind), format=fmt.value.upper()),
            suggested,
            self.tr(_FILTERS[fmt]),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{fmt.value}":
                target = target.with_name(f"{target.name}.{fmt.value}")
            self._start("save", fmt, per_person=False, target=target)

    def print_document(self) -> None:
        from desktop.gui.documents import printing

        printer = printing.ask_printer(self, self.preview.page_count)
        if printer is not None:
            self._start("print", Format.PDF, per_person=False, printer=printer)

    def _suggested_stem(self, kind: DocumentKind) -> str:
        if self.prepared is not None and self.prepared_kind == kind.identifier:
            return kind.file_stem(self.prepared)
        return safe_stem(kind.names[self.ws.settings.document_language()])

    def _start(
        self, purpose: str, fmt: Format, *, per_person: bool, target: Path | None = None, printer: object = None
    ) -> None:
        if self.seminar_id is None or self.job is not None:
            return
        kind = self.current_kind()
        request = _Request(kind, self.seminar_id, fmt, per_person, purpose, target, printer)
        numbered = kind.identifier in _NUMBERED and purpose != "preview"
        options = ExportOptions(issue_numbers=numbered)
        self._set_busy(True)
        self.status.setText(self.tr("Gathering the data…"))
        changes = Changes.of(Kind.PARTICIPANTS, seminar_id=self.seminar_id) if numbered else None
        self.ws.runner.run(self, prepare, kind.identifier, self.seminar_id, options, changes=changes).on_success(
            lambda prepared: self._prepared(request, prepared)
        ).on_failure(self._prepare_failed)

    def _prepare_failed(self, _error: BaseException) -> bool:
        self._set_busy(False)
        self.status.setText(self.tr("The document could not be made."))
        return False  # the runner shows the error dialog

    def _prepared(self, request: _Request, prepared: Prepared) -> None:
        if request.seminar_id != self.seminar_id:
            self._set_busy(False)
            return
        self.prepared, self.prepared_kind = prepared, request.kind.identifier
        self.checks.show_checks(prepared.checks)
        self._show_checks_box()
        self.warnings.setText("\n".join(f"• {translated(w)}" for w in prepared.warnings))
        self.warnings.setVisible(bool(prepared.warnings))
        self.status.setText(self.tr("Rendering…"))
        self.progress.setRange(0, 0)
        job = RenderJob(request.kind.identifier, prepared, request.fmt, request.per_person)
        self.job = job
        job.start(self._progressed, lambda files, error: self._rendered(request, files, error))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Rendering… {done} of {total}").format(done=done, total=total))

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _rendered(self, request: _Request, files: object, error: object) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(error, BaseException):
            self.status.setText(self.tr("The document could not be made."))
            expected = isinstance(error, KafedraError)
            if not expected:
                log.error("rendering %s failed", request.kind.identifier, exc_info=error)
            messages.show_error(self, str(error) if expected else f"{type(error).__name__}: {error}", not expected)
            return
        if not isinstance(files, list):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        if request.purpose == "preview":
            self.preview.show_pdf(files[0].data)
            self.status.setText(
                self.tr("Preview: %n page(s). Numbers are issued when you save or print.", "", self.preview.page_count)
            )
        elif request.purpose == "print":
            self._print(request, files[0])
        else:
            self._write(request, files)

    def _print(self, request: _Request, file: OutputFile) -> None:
        self.preview.show_pdf(file.data)
        from desktop.gui.documents import printing

        pages = printing.print_pdf(request.printer, file.data)  # type: ignore[arg-type]
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    def _write(self, request: _Request, files: list[OutputFile]) -> None:
        assert request.target is not None
        paths = [request.target / f.name for f in files] if request.per_person else [request.target]
        try:
            for path, file in zip(paths, files, strict=True):
                path.write_bytes(file.data)
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("{path}: cannot write the file ({reason})").format(
                    path=exc.filename or request.target, reason=exc.strerror
                ),
            )
            self.status.setText(self.tr("Nothing more was written."))
            return
        self.saved = paths
        self.last_folder = request.target if request.per_person else request.target.parent
        self.folder_button.setEnabled(True)
        if request.per_person:
            self.status.setText(
                self.tr("Saved %n file(s) in {folder}.", "", len(paths)).format(folder=self.last_folder)
            )
        else:
            self.status.setText(self.tr("Saved {path}.").format(path=paths[0]))

    def _open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    # --- names to check --------------------------------------------------------------------------------

    def _store_dative(self, person_id: int, dative: str) -> None:
        if self.prepared is None:
            return
        language = self.prepared.spec.meta.language
        self.ws.runner.run(
            self, people.set_dative, person_id, language, dative, changes=Changes.of(Kind.PEOPLE)
        ).on_success(lambda _none: self._dative_stored())

    def _dative_stored(self) -> None:
        self.status.setText(self.tr("The corrected form is saved; preparing the preview again…"))
        self.show_preview()
