"""New seminar from template: copy an earlier seminar's programme and settings to a new date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.records import SeminarSummary
from desktop.gui import labels
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.forms.ui_template_dialog import Ui_TemplateDialog
from desktop.gui.look import show_error_label
from desktop.gui.ops import Changes, Kind
from desktop.gui.overview import from_qt, to_qt
from desktop.gui.workspace import Workspace
from desktop.services import seminars


class TemplateDialog(KafedraDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None, chosen: int | None) -> None:
        super().__init__(parent, workspace.settings)
        self.ws, self.chosen = workspace, chosen
        self.created_id: int | None = None
        self.form = Ui_TemplateDialog()
        self.form.setupUi(self)
        show_error_label(self.form.error, "")
        self.form.buttons.accepted.connect(self.create_copy)
        self.form.buttons.rejected.connect(self.reject)
        self.form.source.currentIndexChanged.connect(self._source_changed)
        self._summaries: list[SeminarSummary] = []
        workspace.runner.query(self, seminars.list_seminars).on_success(self._show)
        self.restore_geometry()

    def _show(self, summaries: list[SeminarSummary]) -> None:
        self._summaries = summaries
        for summary in summaries:
            self.form.source.addItem(f"{labels.day(summary.starts_at)}  {summary.title}", summary.id)
        self.form.source.setCurrentIndex(max(0, self.form.source.findData(self.chosen)))
        self._source_changed()

    def _source_changed(self) -> None:
        summary = next((s for s in self._summaries if s.id == self.form.source.currentData()), None)
        if summary is None:
            return
        self.form.title.setText(summary.title)
        self.form.title.setCursorPosition(0)
        # the same weekday and hour, a year on: seminars tend to come back each year
        start = summary.starts_at + dt.timedelta(weeks=52)
        self.form.starts_at.setDateTime(to_qt(start))

    def create_copy(self) -> None:
        source = self.form.source.currentData()
        if source is None:
            show_error_label(self.form.error, self.tr("There is no seminar to copy yet."))
            return
        title, start = self.form.title.text().strip(), from_qt(self.form.starts_at.dateTime())

        def copy(session: Session) -> int:
            return seminars.copy_seminar_as_template(session, source, start, title or None)

        self.ws.runner.run(self, copy, changes=Changes.of(Kind.SEMINAR)).on_success(self._created).on_failure(
            self._refused
        )

    def _created(self, seminar_id: int) -> None:
        self.created_id = seminar_id
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            show_error_label(self.form.error, str(error))
            return True
        return False
