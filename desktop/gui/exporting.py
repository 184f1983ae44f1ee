"""File → Export: the participant list and the certificate register (CSV, XLSX), the programme (iCalendar, frab).

The records come from one read op on the database worker; the exporters turn them into bytes on the UI
thread (a list of a few thousand lines takes milliseconds) and the file is written where the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.documents.filenames import safe_stem
from desktop.domain.records import SeminarRecord
from desktop.gui import file_dialogs, messages
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.workspace import Workspace
from desktop.services import certificates, listings, programme, seminars
from desktop.services.programme import ProgrammeRecord

FILTERS = {
    "csv": QT_TRANSLATE_NOOP("Exporter", "CSV for Excel (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("Exporter", "Excel workbooks (*.xlsx)"),
    "ics": QT_TRANSLATE_NOOP("Exporter", "iCalendar (*.ics)"),
    "xml": QT_TRANSLATE_NOOP("Exporter", "frab schedule XML (*.xml)"),
}


def _seminar_and_programme(session: Session, seminar_id: int) -> tuple[SeminarRecord, ProgrammeRecord]:
    return seminars.get_seminar(session, seminar_id), programme.get_programme(session, seminar_id)


class Exporter:
    """The export actions of one window; `seminar_id()` is the seminar chosen in the list (None: none)."""

    def __init__(self, ws: Workspace, parent: QWidget, seminar_id: Callable[[], int | None]) -> None:
        self.ws, self.parent, self.seminar_id = ws, parent, seminar_id

    def _ask(self, stem: str, extension: str) -> Path | None:
        folder = self.ws.db.path.parent if self.ws.db.path else Path.home()
        path = file_dialogs.save_file(
            self.parent,
            translate("Exporter", "Export to"),
            str(folder / f"{safe_stem(stem)}.{extension}"),
            translate("Exporter", FILTERS[extension]),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == f".{extension}" else target.with_name(f"{target.name}.{extension}")

    def _write(self, target: Path, data: bytes) -> None:
        try:
            target.write_bytes(data)
        except OSError as exc:
            messages.show_error(
                self.parent,
                translate("Exporter", "{path}: cannot write the file ({reason})").format(
                    path=target, reason=exc.strerror
                ),
            )

    def _need_seminar(self) -> int | None:
        seminar_id = self.seminar_id()
        if seminar_id is None:
            messages.inform(self.parent, translate("Exporter", "Choose a seminar in the list first."))
        return seminar_id

    def participants(self, fmt: str) -> None:
        from desktop.exports.lists import participants_table

        seminar_id = self._need_seminar()
        if seminar_id is None or (target := self._ask(translate("Exporter", "participants"), fmt)) is None:
            return
        self.ws.runner.query(self.parent, listings.participant_list, seminar_id).on_success(
            lambda data: self._write(target, participants_table(data, fmt))  # type: ignore[arg-type]
        )

    def register(self, fmt: str) -> None:
        from desktop.exports.lists import register_table

        if (target := self._ask(translate("Exporter", "certificate register"), fmt)) is None:
            return
        language = self.ws.settings.document_language()
        self.ws.runner.query(self.parent, certificates.list_register).on_success(
            lambda records: self._write(target, register_table(records, fmt, language))  # type: ignore[arg-type]
        )

    def programme(self, kind: str) -> None:
        seminar_id = self._need_seminar()
        extension = "ics" if kind == "ics" else "xml"
        stem = translate("Exporter", "programme") if kind == "ics" else translate("Exporter", "schedule")
        if seminar_id is None or (target := self._ask(stem, extension)) is None:
            return
        self.ws.runner.query(self.parent, _seminar_and_programme, seminar_id).on_success(
            lambda found: self._programme_done(kind, target, found)
        )

    def _programme_done(self, kind: str, target: Path, found: tuple[SeminarRecord, ProgrammeRecord]) -> None:
        from desktop.exports.frab import programme_frab
        from desktop.exports.icalendar import programme_ics
        from desktop.exports.programme import local_zone

        seminar, timed = found
        render: Any = programme_ics if kind == "ics" else programme_frab
        # the seminar has no zone of its own yet: the computer's, as the CLI does without --tz
        self._write(target, render(seminar, timed.loose_talks, timed.blocks, local_zone()))
