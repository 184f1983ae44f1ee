"""The Organisations directory: search, edit, merge duplicates («ЦБС г. Сарапула» typed two ways)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.records import OrganisationData, OrganisationRecord
from desktop.gui import messages
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.directory.base import DirectoryWindow
from desktop.gui.directory.merge_dialog import MergeDialog
from desktop.gui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.look import show_error_label
from desktop.gui.ops import Changes, Kind
from desktop.gui.table_model import Column, RecordTableModel
from desktop.gui.workspace import Workspace
from desktop.services import merging, organisations

COLUMNS: list[Column[OrganisationRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Full name"), lambda o: o.full_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Short name"), lambda o: o.short_name),
    Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda o: o.city),
    Column(QT_TRANSLATE_NOOP("Columns", "Region"), lambda o: o.region),
]
MERGE_FIELDS = [
    ("full_name", QT_TRANSLATE_NOOP("Columns", "Full name")),
    ("short_name", QT_TRANSLATE_NOOP("Columns", "Short name")),
    ("city", QT_TRANSLATE_NOOP("Columns", "City")),
    ("region", QT_TRANSLATE_NOOP("Columns", "Region")),
]
CHANGES = Changes.of(Kind.ORGANISATIONS, Kind.PEOPLE, Kind.PARTICIPANTS, Kind.SEMINAR)


class OrganisationDialog(KafedraDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None, organisation: OrganisationRecord | None) -> None:
        super().__init__(parent, workspace.settings)
        self.ws, self.organisation = workspace, organisation
        self.form = Ui_OrganisationDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Edit the organisation") if organisation else self.tr("New organisation"))
        show_error_label(self.form.error, "")
        if organisation is not None:
            self.form.full_name.setPlainText(organisation.full_name)
            for field in ("short_name", "city", "region"):
                getattr(self.form, field).setText(getattr(organisation, field))
        self.form.buttons.accepted.connect(self.save)
        self.form.buttons.rejected.connect(self.reject)
        self.restore_geometry()

    def data(self) -> OrganisationData:
        return OrganisationData(
            full_name=self.form.full_name.toPlainText(),
            short_name=self.form.short_name.text(),
            city=self.form.city.text(),
            region=self.form.region.text(),
        )

    def save(self) -> None:
        data, organisation = self.data(), self.organisation

        def write(session: Session) -> int:
            if organisation is None:
                return organisations.find_or_create_organisation(session, data)
            organisations.update_organisation(session, organisation.id, data, organisation.version)
            return organisation.id

        self.ws.runner.run(self, write, changes=CHANGES).on_success(lambda _id: self.accept()).on_failure(
            self._refused
        ).on_conflict(lambda reloaded: self.reject() if reloaded else None)  # Cancel: the typed text stays

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            show_error_label(self.form.error, str(error))
            return True
        return False


class OrganisationsWindow(DirectoryWindow[OrganisationRecord]):
    kinds = (Kind.ORGANISATIONS,)
    window_title = QT_TRANSLATE_NOOP("Directory", "Organisations")

    def count_text(self, total: int) -> str:
        return self.tr("%n organisation(s)", "", total)

    def make_model(self) -> RecordTableModel[OrganisationRecord]:
        return RecordTableModel(COLUMNS, lambda o: f"{o.full_name} {o.short_name} {o.city} {o.region}")

    COLUMN_WIDTHS = (420, 160, 140)

    def reload(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.ws.runner.query(self, organisations.search_organisations).on_success(self._show)

    def new_entry(self) -> None:
        OrganisationDialog(self.ws, self, None).run()

    def edit(self, record: OrganisationRecord) -> None:
        OrganisationDialog(self.ws, self, record).run()

    def merge(self, keep: OrganisationRecord, other: OrganisationRecord) -> None:
        if other.id < keep.id:
            keep, other = other, keep
        left = {field: str(getattr(keep, field)) for field, _ in MERGE_FIELDS}
        right = {field: str(getattr(other, field)) for field, _ in MERGE_FIELDS}
        dialog = MergeDialog(self, self.ws.settings, self.tr("Merge two organisations"), MERGE_FIELDS, left, right)
        if not dialog.run():
            return
        if not messages.confirm(
            self,
            self.tr("Merge «{other}» into «{keep}»? This cannot be undone.").format(
                other=other.full_name, keep=keep.full_name
            ),
            self.tr("Merge"),
        ):
            return
        self.ws.runner.run(
            self,
            merging.merge_organisations_choosing,
            keep.id,
            other.id,
            frozenset(dialog.chosen_from_right()),
            changes=CHANGES,
        )
