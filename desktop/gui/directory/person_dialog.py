"""Add or edit one person of the directory. Saving is one op; a rule broken is said under the fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from desktop.domain import names
from desktop.domain.enums import Gender
from desktop.domain.errors import ValidationError
from desktop.domain.records import OrganisationData, OrganisationRecord, PersonData, PersonRecord
from desktop.gui import labels
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.forms.ui_person_dialog import Ui_PersonDialog
from desktop.gui.look import find_anywhere, show_error_label
from desktop.gui.ops import Changes, Kind
from desktop.gui.workspace import Workspace
from desktop.services import organisations, people

FIELDS = ("surname", "given_name", "patronymic", "position", "degree", "city", "email", "phone")


def organisation_combo(combo: QComboBox, organisation_list: list[OrganisationRecord], chosen: int | None) -> None:
    """An editable combo: pick an organisation or type a new name (created when saved)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.clear()
    combo.addItem("", None)
    for organisation in organisation_list:
        combo.addItem(organisation.full_name, organisation.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    find_anywhere(combo)


def chosen_organisation(session: Session, combo_text: str, known: dict[str, int]) -> int | None:
    """The id of the organisation typed or picked; a new name joins the directory."""
    text = " ".join(combo_text.split())
    if not text:
        return None
    if text in known:
        return known[text]
    return organisations.find_or_create_organisation(session, OrganisationData(text))


class PersonDialog(KafedraDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        person: PersonRecord | None = None,
        typed: str = "",
    ) -> None:
        super().__init__(parent, workspace.settings)
        self.ws, self.person = workspace, person
        self.saved_id: int | None = None
        self.form = Ui_PersonDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Edit a person") if person else self.tr("New person"))
        for gender, text in labels.GENDERS.items():
            self.form.gender.addItem(text, gender)
        self.form.gender.insertItem(0, self.tr("Guess from the name"), None)
        self.form.gender.setCurrentIndex(0)
        self._known: dict[str, int] = {}
        show_error_label(self.form.error, "")
        if person is not None:
            for field in FIELDS:
                getattr(self.form, field).setText(getattr(person, field))
            self.form.notes.setPlainText(person.notes)
            self.form.gender.setCurrentIndex(self.form.gender.findData(person.gender))
        elif typed:
            surname, given, patronymic = names.split_full_name(names.normal_name_case(typed))
            self.form.surname.setText(surname)
            self.form.given_name.setText(given)
            self.form.patronymic.setText(patronymic)
        self.form.buttons.accepted.connect(self.save)
        self.form.buttons.rejected.connect(self.reject)
        organisation_combo(self.form.organisation, [], None)  # typing works before the list arrives
        if person is not None and person.organisation_name:
            self.form.organisation.setEditText(person.organisation_name)
        workspace.runner.query(self, organisations.search_organisations).on_success(self._organisations)
        self.restore_geometry()

    def _organisations(self, organisation_list: list[OrganisationRecord]) -> None:
        self._known = {o.full_name: o.id for o in organisation_list}
        typed = self.form.organisation.currentText()  # typed before the list arrived: keep it
        chosen = self.person.organisation_id if self.person else None
        organisation_combo(self.form.organisation, organisation_list, chosen)
        if typed:
            self.form.organisation.setEditText(typed)

    def data(self, organisation_id: int | None) -> PersonData:
        values = {field: getattr(self.form, field).text() for field in FIELDS}
        chosen = self.form.gender.currentData()
        gender = Gender(chosen) if chosen else None  # Qt hands a StrEnum back as a plain str
        return PersonData(**values, gender=gender, organisation_id=organisation_id, notes=self.form.notes.toPlainText())

    def save(self) -> None:
        organisation_text, known = self.form.organisation.currentText(), dict(self._known)
        person = self.person
        build: Callable[[int | None], PersonData] = self.data
        values = build(None)

        def write(session: Session) -> int:
            organisation_id = chosen_organisation(session, organisation_text, known)
            data = PersonData(**{**values.__dict__, "organisation_id": organisation_id})
            if person is None:
                return people.add_person(session, data)
            people.update_person(session, person.id, data, person.version)  # another writer's change: conflict
            return person.id

        self.ws.runner.run(self, write, changes=Changes.of(Kind.PEOPLE, Kind.ORGANISATIONS)).on_success(
            self._saved
        ).on_failure(self._refused).on_conflict(lambda reloaded: self.reject() if reloaded else None)

    def _saved(self, person_id: int) -> None:
        self.saved_id = person_id
        self.accept()

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            show_error_label(self.form.error, str(error))
            if error.field and hasattr(self.form, error.field):
                getattr(self.form, error.field).setFocus()
            return True
        return False
