"""The People directory: search every person as you type, edit, merge duplicates, see their seminars."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QListWidget, QVBoxLayout, QWidget

from desktop.domain.enums import Role
from desktop.domain.records import PersonRecord
from desktop.gui import labels, messages
from desktop.gui.directory.base import DirectoryWindow
from desktop.gui.directory.merge_dialog import MergeDialog
from desktop.gui.directory.person_dialog import PersonDialog
from desktop.gui.i18n import QT_TRANSLATE_NOOP
from desktop.gui.ops import Changes, Kind
from desktop.gui.table_model import Column, RecordTableModel
from desktop.services import merging
from desktop.services.directory_listing import people_directory
from desktop.services.person_lookup import PersonSeminar, person_seminars

COLUMNS: list[Column[PersonRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.full_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda p: p.organisation_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Position"), lambda p: p.position),
    Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda p: p.city),
    Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda p: p.email),
]
MERGE_FIELDS = [
    ("surname", QT_TRANSLATE_NOOP("Columns", "Surname")),
    ("given_name", QT_TRANSLATE_NOOP("Columns", "Given name")),
    ("patronymic", QT_TRANSLATE_NOOP("Columns", "Patronymic")),
    ("gender", QT_TRANSLATE_NOOP("Columns", "Gender")),
    ("position", QT_TRANSLATE_NOOP("Columns", "Position")),
    ("degree", QT_TRANSLATE_NOOP("Columns", "Degree")),
    ("organisation_id", QT_TRANSLATE_NOOP("Columns", "Organisation")),
    ("city", QT_TRANSLATE_NOOP("Columns", "City")),
    ("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("Columns", "Phone")),
]


def person_search_text(person: PersonRecord) -> tuple[str, ...]:
    return (person.full_name, person.organisation_name, person.email, person.city, person.position)


def merge_texts(person: PersonRecord) -> dict[str, str]:
    texts = {field: str(getattr(person, field) or "") for field, _ in MERGE_FIELDS}
    texts["gender"] = labels.GENDERS[person.gender]
    texts["organisation_id"] = person.organisation_name
    return texts


class PeopleWindow(DirectoryWindow[PersonRecord]):
    kinds = (Kind.PEOPLE, Kind.ORGANISATIONS)
    window_title = QT_TRANSLATE_NOOP("Directory", "People")

    def count_text(self, total: int) -> str:
        return self.tr("%n people", "", total)

    def make_model(self) -> RecordTableModel[PersonRecord]:
        return RecordTableModel(COLUMNS, person_search_text)

    def make_side_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Took part in"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Seminars of the person"))
        self.history.setWordWrap(True)
        QVBoxLayout(box).addWidget(self.history)
        return box

    COLUMN_WIDTHS = (240, 250, 150, 110)

    def reload(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.ws.runner.query(self, people_directory).on_success(self._show)

    def new_entry(self) -> None:
        PersonDialog(self.ws, self).run()

    def edit(self, record: PersonRecord) -> None:
        PersonDialog(self.ws, self, record).run()

    def current_changed(self, record: PersonRecord | None) -> None:
        self.history.clear()
        if record is not None:
            self.ws.runner.query(self, person_seminars, record.id).on_success(
                lambda found: self._show_history(record.id, found)
            )

    def _show_history(self, person_id: int, found: list[PersonSeminar]) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].id != person_id:
            return
        self.history.clear()
        for item in found:
            roles = ", ".join(labels.ROLES[Role(role)].lower() for role in item.roles)
            self.history.addItem(f"{labels.day(item.starts_at)} «{item.title}» — {roles}")
        if not found:
            self.history.addItem(self.tr("No seminars yet."))

    def merge(self, keep: PersonRecord, other: PersonRecord) -> None:
        if other.id < keep.id:  # the older entry survives by default: it is the one most documents name
            keep, other = other, keep
        dialog = MergeDialog(
            self, self.ws.settings, self.tr("Merge two people"), MERGE_FIELDS, merge_texts(keep), merge_texts(other)
        )
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
            merging.merge_people_choosing,
            keep.id,
            other.id,
            frozenset(dialog.chosen_from_right()),
            changes=Changes.of(Kind.PEOPLE, Kind.PARTICIPANTS, Kind.PROGRAMME),
        )
