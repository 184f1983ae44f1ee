"""The Overview tab: every field of the seminar, saved as soon as it is left, with errors next to the field."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from desktop.domain.enums import EventFormat, Language, PartnerRole, SeminarKind, SeminarStatus
from desktop.domain.errors import ValidationError
from desktop.domain.records import OrganisationRecord, SeminarData, SeminarRecord
from desktop.gui import labels
from desktop.gui.forms.ui_overview import Ui_OverviewForm
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.look import find_anywhere, show_error_label
from desktop.gui.ops import Changes, Kind
from desktop.gui.workspace import SeminarTab, Workspace
from desktop.services import organisations, seminars

LINE_FIELDS = (
    "title",
    "subtitle",
    "venue_address",
    "venue_room",
    "organiser_department",
    "stream_url",
    "registration_url",
    "recording_url",
    "academic_hours",
    "audience",
)
ENUM_FIELDS: dict[str, Mapping[Any, str]] = {
    "kind": labels.SEMINAR_KINDS,
    "format": labels.FORMATS,
    "status": labels.STATUSES,
    "language": labels.LANGUAGES,
}
ENUM_TYPES: dict[str, type[Any]] = {
    "kind": SeminarKind,
    "format": EventFormat,
    "status": SeminarStatus,
    "language": Language,
}
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("OverviewTab", "title"),
    "subtitle": QT_TRANSLATE_NOOP("OverviewTab", "subtitle"),
    "kind": QT_TRANSLATE_NOOP("OverviewTab", "kind"),
    "format": QT_TRANSLATE_NOOP("OverviewTab", "format"),
    "status": QT_TRANSLATE_NOOP("OverviewTab", "status"),
    "language": QT_TRANSLATE_NOOP("OverviewTab", "document language"),
    "starts_at": QT_TRANSLATE_NOOP("OverviewTab", "start"),
    "ends_at": QT_TRANSLATE_NOOP("OverviewTab", "end"),
    "venue_address": QT_TRANSLATE_NOOP("OverviewTab", "venue address"),
    "venue_room": QT_TRANSLATE_NOOP("OverviewTab", "room"),
    "organiser_id": QT_TRANSLATE_NOOP("OverviewTab", "organiser"),
    "organiser_department": QT_TRANSLATE_NOOP("OverviewTab", "organiser's department"),
    "stream_url": QT_TRANSLATE_NOOP("OverviewTab", "stream link"),
    "registration_url": QT_TRANSLATE_NOOP("OverviewTab", "registration link"),
    "recording_url": QT_TRANSLATE_NOOP("OverviewTab", "recording link"),
    "academic_hours": QT_TRANSLATE_NOOP("OverviewTab", "academic hours"),
    "audience": QT_TRANSLATE_NOOP("OverviewTab", "audience"),
    "notes": QT_TRANSLATE_NOOP("OverviewTab", "notes"),
}
NOTES_SAVE_DELAY_MS = 800
PARTNER_ROLES = {
    PartnerRole.CO_ORGANISER: QT_TRANSLATE_NOOP("Labels", "co-organiser"),
    PartnerRole.PARTNER: QT_TRANSLATE_NOOP("Labels", "partner"),
}


def data_of(record: SeminarRecord) -> SeminarData:
    return SeminarData(**{f.name: getattr(record, f.name) for f in dataclasses.fields(SeminarData)})


def parse_hours(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        hours = float(text)
    except ValueError:
        raise ValidationError(
            translate("OverviewTab", "«{text}» is not a number of hours").format(text=text), "academic_hours"
        ) from None
    if hours < 0:
        raise ValidationError(translate("OverviewTab", "academic hours cannot be negative"), "academic_hours")
    return hours


def to_qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def from_qt(moment: QDateTime) -> dt.datetime:
    date, time = moment.date(), moment.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class OverviewTab(SeminarTab):
    title = QT_TRANSLATE_NOOP("Tabs", "&Overview")
    kinds = (Kind.SEMINAR, Kind.ORGANISATIONS)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.form = Ui_OverviewForm()
        self.form.setupUi(self)
        self.record: SeminarRecord | None = None
        self.data: SeminarData | None = None  # what was last saved or is being saved
        self._loaded: dict[str, Any] = {}  # the value last put into each widget, to tell typing from loading
        for field, words in ENUM_FIELDS.items():
            combo: QComboBox = getattr(self.form, field)
            for value, text in words.items():
                combo.addItem(text, value)
            combo.activated.connect(lambda _i, f=field: self.commit(f))
        for field in LINE_FIELDS:
            edit: QLineEdit = getattr(self.form, field)
            edit.editingFinished.connect(lambda f=field: self.commit(f))
        for field in ("starts_at", "ends_at"):
            getattr(self.form, field).editingFinished.connect(lambda f=field: self.commit(f))
        organiser = self.form.organiser
        organiser.setEditable(True)
        organiser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        find_anywhere(organiser)
        organiser.activated.connect(lambda _i: self.commit("organiser_id"))
        typed = organiser.lineEdit()
        if typed is not None:
            typed.editingFinished.connect(lambda: self.commit("organiser_id"))
        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(lambda: self.commit("notes"))
        self.form.notes.textChanged.connect(self._notes_typed)
        self.form.notes.installEventFilter(self)
        self.form.partners.setText("—")

    # --- loading ---------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.record = self.data = None
        for label in self._error_labels().values():
            show_error_label(label, "")

    def reload(self, seminar_id: int) -> None:
        def read(session: Session) -> tuple[SeminarRecord, list[OrganisationRecord]]:
            return seminars.get_seminar(session, seminar_id), organisations.search_organisations(session)

        self.query(read).on_success(self.for_current(seminar_id, self._show))

    def _show(self, loaded: tuple[SeminarRecord, list[OrganisationRecord]]) -> None:
        record, organisation_list = loaded
        self.record, self.data = record, data_of(record)
        self._fill_organisations(organisation_list)
        for field in LINE_FIELDS:
            value = getattr(record, field)
            text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
            self._put(field, text)
        for field in ENUM_FIELDS:
            self._put(field, getattr(record, field))
        self._put("starts_at", record.starts_at)
        self._put("ends_at", record.ends_at)
        self._put("organiser_id", record.organiser_id)
        self._put("notes", record.notes)
        partners = [f"{p.organisation_name} ({translate('Labels', PARTNER_ROLES[p.role])})" for p in record.partners]
        self.form.partners.setText("\n".join(partners) or "—")

    def _fill_organisations(self, organisation_list: list[OrganisationRecord]) -> None:
        combo = self.form.organiser
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("(none)", None)
        for organisation in organisation_list:
            combo.addItem(organisation.full_name, organisation.id)
        combo.blockSignals(False)

    def _widget(self, field: str) -> QWidget:
        return self.form.organiser if field == "organiser_id" else getattr(self.form, field)

    def _put(self, field: str, value: Any) -> None:
        """Show a saved value, unless the user is typing in that very field (never lose a keystroke)."""
        widget = self._widget(field)
        if widget.hasFocus() and field in self._loaded and self._read_raw(field) != self._loaded[field]:
            return
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
            widget.setCursorPosition(0)  # a long value shows its beginning, not its end
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        elif isinstance(widget, QDateTimeEdit):
            widget.setDateTime(to_qt(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        widget.blockSignals(False)
        self._loaded[field] = self._read_raw(field)

    def _read_raw(self, field: str) -> Any:
        widget = self._widget(field)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateTimeEdit):
            return from_qt(widget.dateTime())
        if isinstance(widget, QComboBox):
            if field == "organiser_id":
                return self._organiser_choice()
            value = widget.currentData()
            return ENUM_TYPES[field](value)  # Qt hands a StrEnum back as a plain str
        raise AssertionError(field)

    def _organiser_choice(self) -> int | None:
        combo = self.form.organiser
        typed = combo.currentText().strip()
        if not typed or typed == "(none)":
            return None
        found = combo.findText(typed)
        return combo.itemData(found) if found >= 0 else (self.data.organiser_id if self.data else None)

    # --- saving ----------------------------------------------------------------------------------------

    def _value(self, field: str) -> Any:
        raw = self._read_raw(field)
        if field == "academic_hours":
            return parse_hours(raw)
        return raw

    def commit(self, field: str) -> None:
        if self.record is None or self.data is None:
            return
        try:
            value = self._value(field)
        except ValidationError as exc:
            self.show_field_error(exc.field or field, str(exc))
            return
        old = self.data
        change: dict[str, Any] = {field: value}
        if field == "starts_at":  # moving the start moves the end with it: the length stays
            change["ends_at"] = old.ends_at + (value - old.starts_at)
        new = dataclasses.replace(old, **change)
        if new.ends_at < new.starts_at:
            self.show_field_error(
                "ends_at",
                self.tr("The seminar ends ({end}) before it starts ({start})").format(
                    end=f"{new.ends_at:%d.%m.%Y %H:%M}", start=f"{new.starts_at:%d.%m.%Y %H:%M}"
                ),
            )
            return
        self.show_field_error(field, "")
        if field == "ends_at":
            self.show_field_error("starts_at", "")
        if new == old:
            return
        seminar_id, seen = self.record.id, self.record.version  # another writer's change since is a conflict
        self.data = new
        if "ends_at" in change and field != "ends_at":
            self._put("ends_at", new.ends_at)
        self.ws.history.perform(
            self,
            self.tr("Edit the seminar's {field}").format(field=translate("OverviewTab", FIELD_NAMES[field])),
            lambda session: seminars.update_seminar(session, seminar_id, new, seen),
            lambda session: seminars.update_seminar(session, seminar_id, old, seen),
            Changes.of(Kind.SEMINAR, seminar_id=seminar_id),
        ).on_failure(lambda error: self._refused(field, old, error))

    def _refused(self, field: str, old: SeminarData, error: BaseException) -> bool:
        self.data = old
        if isinstance(error, ValidationError):
            self.show_field_error(error.field or field, str(error))
            return True
        return False

    def _error_labels(self) -> dict[str, QLabel]:
        return {
            name.removesuffix("_error"): label
            for name, label in vars(self.form).items()
            if name.endswith("_error") and isinstance(label, QLabel)
        }

    def show_field_error(self, field: str, message: str) -> None:
        labels_by_field = self._error_labels()
        label = labels_by_field.get("organiser" if field == "organiser_id" else field)
        if label is not None:
            show_error_label(label, message)

    def field_error(self, field: str) -> str:
        label = self._error_labels().get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _notes_typed(self) -> None:
        self._notes_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.notes and event.type() == QEvent.Type.FocusOut and self._notes_timer.isActive():
            self._notes_timer.stop()
            self.commit("notes")
        return super().eventFilter(watched, event)
