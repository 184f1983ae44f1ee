"""Settings: our organisation's profile (in the database, for documents) and this computer's preferences."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import URL

from desktop.domain.enums import Language
from desktop.domain.errors import KafedraError, ValidationError
from desktop.domain.numbering import check_pattern, format_number
from desktop.domain.records import ProfileData, SignatoryData
from desktop.gui import labels
from desktop.gui.app import database_filter
from desktop.gui.backups import backups_to_keep
from desktop.gui.dialogs import KafedraDialog
from desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop.gui.i18n import LANGUAGE_NAMES, SYSTEM, shipped_languages, system_language, translate
from desktop.gui.look import show_error_label
from desktop.gui.ops import Changes, Kind
from desktop.gui.service_messages import translated
from desktop.gui.workspace import Workspace
from desktop.services import profile
from desktop.storage import postgres
from desktop.storage.concurrency import os_user
from desktop.storage.database import parse_target

LOGO_PREVIEW = 64
SQLITE, SERVER = "sqlite", "postgresql"


def choose_logo_file(parent: QWidget | None) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("SettingsDialog", "Choose the logo"),
        "",
        translate("SettingsDialog", "Images (*.png *.jpg *.jpeg)"),
    )
    return path


def available_ui_languages() -> dict[str, str]:
    """ "As the system", English, plus every translation shipped in resources/translations (kafedra_ru.qm, …).

    Each language is named in itself, so a user who cannot read the current one still finds theirs."""
    system = LANGUAGE_NAMES.get(system_language(), system_language())
    found = {SYSTEM: translate("SettingsDialog", "As the system ({language})").format(language=system)}
    for code in shipped_languages():
        found[code] = LANGUAGE_NAMES.get(code, code)
    return found


class ConnectionTest(QObject):
    """«Test connection» on a thread of its own: a server that does not answer must not freeze the dialog."""

    finished = Signal(object)  # a postgres.ServerCheck, or the exception that stopped it

    def start(self, url: URL) -> None:
        threading.Thread(target=self._work, args=(url,), name="kafedra-connection-test", daemon=True).start()

    def _work(self, url: URL) -> None:
        try:
            result: object = postgres.check_server(url)
        except Exception as exc:  # shown in the dialog as one line; never a traceback
            result = exc
        with contextlib.suppress(RuntimeError):  # the dialog was closed while the server was being asked
            self.finished.emit(result)


class SettingsDialog(KafedraDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent, workspace.settings)
        self.ws = workspace
        self.form = Ui_SettingsDialog()
        self.form.setupUi(self)
        self.logo: bytes | None = None
        self.loaded: ProfileData | None = None
        show_error_label(self.form.error, "")
        for language, text in labels.LANGUAGES.items():
            self.form.document_language.addItem(text, language)
        self.form.document_language.setCurrentIndex(
            self.form.document_language.findData(workspace.settings.document_language())
        )
        for code, text in available_ui_languages().items():
            self.form.ui_language.addItem(text, code)
        self.form.ui_language.setCurrentIndex(max(0, self.form.ui_language.findData(workspace.settings.ui_language())))
        self.form.ui_language_note.setText(
            self.tr("A new window language is used from the next start of Kafedra.")
            if self.form.ui_language.count() > 2
            else self.tr("Only English is available in this version.")
        )
        self.form.current_database.setText(workspace.db.label)
        self.form.current_database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._setup_database_choice(workspace.settings.start_database())
        self.form.backups_keep.setValue(backups_to_keep(workspace.settings))
        login = os_user()
        self.form.user_name.setText(workspace.settings.user_name())
        self.form.user_name.setPlaceholderText(login)
        self.form.user_name_note.setText(
            self.tr(
                "Colleagues sharing this database see this name when you changed a record they were editing"
                " (empty: your login name, {login})."
            ).format(login=login or "—")
        )
        self.form.browse_database.clicked.connect(self._browse_database)
        self.form.choose_logo.clicked.connect(self._choose_logo)
        self.form.clear_logo.clicked.connect(lambda: self._set_logo(None))
        self.form.number_pattern.textChanged.connect(self._preview_number)
        self.form.buttons.accepted.connect(self.save)
        self.form.buttons.rejected.connect(self.reject)
        workspace.runner.query(self, profile.get_profile).on_success(self._show_profile)
        self.restore_geometry()

    def _show_profile(self, data: ProfileData) -> None:
        self.loaded = data
        self.form.name.setPlainText(data.name)
        self.form.short_name.setText(data.short_name)
        self.form.department.setText(data.department)
        self.form.address.setText(data.address)
        self.form.number_pattern.setText(data.certificate_number_pattern)
        for number, signatory in enumerate(data.signatories[:3], 1):
            getattr(self.form, f"signatory{number}_name").setText(signatory.name)
            getattr(self.form, f"signatory{number}_title").setText(signatory.title)
        self._set_logo(data.logo)
        self._preview_number()

    def _set_logo(self, logo: bytes | None) -> None:
        self.logo = logo or None
        if not logo:
            self.form.logo_preview.setPixmap(QPixmap())
            self.form.logo_preview.setText(self.tr("No logo"))
            self.form.clear_logo.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo)
        self.form.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW,
                LOGO_PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.form.clear_logo.setEnabled(True)

    def _choose_logo(self) -> None:
        path = choose_logo_file(self)
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            profile.check_logo(data)  # a whole PNG or JPEG of a printable size, not merely its first bytes
        except (OSError, ValidationError) as exc:
            show_error_label(self.form.error, f"{path}: {translated(str(exc))}")
            return
        show_error_label(self.form.error, "")
        self._set_logo(data)

    def _preview_number(self) -> None:
        pattern = self.form.number_pattern.text().strip() or "{year}-{seq:04d}"
        try:
            example = format_number(check_pattern(pattern), dt.date.today().year, 1)
        except ValidationError as exc:
            show_error_label(self.form.number_preview, str(exc))
            return
        self.form.number_preview.setStyleSheet("")
        self.form.number_preview.setText(self.tr("The first certificate this year: {number}").format(number=example))
        self.form.number_preview.setVisible(True)

    # --- the database to open at start: a file, or a server --------------------------------------------------

    def _setup_database_choice(self, start: str) -> None:
        self.form.database_kind.addItem(self.tr("A SQLite file on this computer"), SQLITE)
        self.form.database_kind.addItem(self.tr("The department's PostgreSQL server"), SERVER)
        self.tester = ConnectionTest(self)
        self.tester.finished.connect(self._tested)
        self.form.test_connection.clicked.connect(self._test_connection)
        url = parse_target(start)[0] if "://" in start else None
        if url is not None and postgres.is_server(url):
            self.form.database_kind.setCurrentIndex(1)
            self.form.server_host.setText(url.host or "")
            self.form.server_port.setValue(url.port or postgres.DEFAULT_PORT)
            self.form.server_database.setText(url.database or "")
            self.form.server_user.setText(url.username or "")
        else:
            self.form.start_database.setText(start)
        self.keyring_problem = postgres.keyring_status()
        if self.keyring_problem is None:
            self.form.password_note.setText(
                self.tr("The password is kept in the system keyring, never in Kafedra's settings.")
            )
            if url is not None and postgres.stored_password(url):
                self.form.server_password.setPlaceholderText(self.tr("kept in the system keyring"))
        else:
            self.form.password_note.setText(
                self.tr(
                    "This computer has no system keyring, so the password is only used to test the connection and"
                    " is not kept. Put it in ~/.pgpass (host:port:database:user:password, readable by you only)"
                    " or ask the administrator for a service file."
                )
            )
        self.form.database_kind.currentIndexChanged.connect(self._show_database_kind)
        self._show_database_kind()

    def _is_server(self) -> bool:
        return bool(self.form.database_kind.currentData() == SERVER)

    def _show_database_kind(self) -> None:
        server = self._is_server()
        self.form.server_box.setVisible(server)
        for widget in (self.form.file_label, self.form.start_database, self.form.browse_database):
            widget.setVisible(not server)
        self.form.test_result.setText("")
        QTimer.singleShot(0, self._fit_height)

    def server_url(self) -> URL:
        """The server the form describes, without a password; ValidationError names an empty field."""
        for widget, label in (
            (self.form.server_host, self.tr("the host")),
            (self.form.server_database, self.tr("the database")),
            (self.form.server_user, self.tr("the user")),
        ):
            if not widget.text().strip():
                widget.setFocus()
                raise ValidationError(self.tr("Enter {what} of the PostgreSQL server.").format(what=label))
        return postgres.server_url(
            self.form.server_host.text().strip(),
            self.form.server_port.value(),
            self.form.server_database.text().strip(),
            self.form.server_user.text().strip(),
        )

    def _test_connection(self) -> None:
        try:
            url = self.server_url()
        except ValidationError as exc:
            show_error_label(self.form.test_result, str(exc))
            return
        password = self.form.server_password.text()
        self.form.test_connection.setEnabled(False)
        self.form.test_result.setStyleSheet("")
        self.form.test_result.setText(self.tr("Connecting…"))
        self.tester.start(url.set(password=password) if password else url)

    def _fit_height(self) -> None:
        """Grow the dialog when wrapped notes or a test result need more lines than its remembered height gives."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _tested(self, result: object) -> None:
        try:
            self._show_test_result(result)
        finally:
            QTimer.singleShot(0, self._fit_height)

    def _show_test_result(self, result: object) -> None:
        self.form.test_connection.setEnabled(True)
        if not isinstance(result, postgres.ServerCheck):
            message = translated(str(result)) if isinstance(result, KafedraError) else str(result)
            show_error_label(self.form.test_result, message)
            return
        if result.state in (postgres.FOREIGN, postgres.NEWER):
            problem = (
                self.tr("{version}: this database holds tables of another program.")
                if result.state == postgres.FOREIGN
                else self.tr(
                    "{version}: this database was made by a newer version of Kafedra (schema {revision}); install"
                    " the newer Kafedra to use it."
                )
            )
            show_error_label(self.form.test_result, problem.format(version=result.version, revision=result.revision))
            return
        state = {
            postgres.EMPTY: self.tr("an empty database; Kafedra will create its tables"),
            postgres.OLDER: self.tr("a database of an older Kafedra; it will be upgraded when opened"),
        }.get(result.state, self.tr("a Kafedra database"))
        self.form.test_result.setStyleSheet("")
        self.form.test_result.setText(
            self.tr("Connected: {version}, {state}.").format(version=result.version, state=state)
        )

    def _save_database_choice(self) -> bool:
        """Remember what to open at start; the password goes to the keyring only. False: something is missing."""
        settings = self.ws.settings
        if not self._is_server():
            settings.set_start_database(self.form.start_database.text().strip())
            return True
        try:
            url = self.server_url()
        except ValidationError as exc:
            self.form.tabs.setCurrentWidget(self.form.database_tab)
            show_error_label(self.form.error, str(exc))
            return False
        password = self.form.server_password.text()
        if password and self.keyring_problem is None:
            try:
                postgres.store_password(url, password)
            except postgres.KeyringUnavailableError as exc:
                self.form.tabs.setCurrentWidget(self.form.database_tab)
                show_error_label(
                    self.form.error,
                    self.tr("The password could not be kept in the system keyring ({reason}).").format(reason=exc),
                )
                return False
        settings.set_start_database(url.render_as_string(hide_password=True))
        return True

    def _browse_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Database to open at start"), "", database_filter())
        if path:
            self.form.start_database.setText(path)

    def profile_data(self) -> ProfileData:
        signatories = tuple(
            SignatoryData(
                getattr(self.form, f"signatory{n}_name").text().strip(),
                getattr(self.form, f"signatory{n}_title").text().strip(),
            )
            for n in (1, 2, 3)
        )
        return ProfileData(
            name=self.form.name.toPlainText(),
            short_name=self.form.short_name.text(),
            department=self.form.department.text(),
            address=self.form.address.text(),
            logo=self.logo,
            certificate_number_pattern=self.form.number_pattern.text().strip() or "{year}-{seq:04d}",
            signatories=tuple(s for s in signatories if s.name),
        )

    def save(self) -> None:
        settings = self.ws.settings
        language = Language(self.form.document_language.currentData())  # Qt hands enum values back as str
        settings.set_document_language(language)
        settings.set_ui_language(str(self.form.ui_language.currentData()))
        if not self._save_database_choice():
            return
        settings.set_backups_to_keep(self.form.backups_keep.value())
        settings.set_user_name(self.form.user_name.text())
        self.ws.db.user = settings.user_name() or os_user()  # from the next save on
        data = self.profile_data()
        if self.loaded is not None and data == ProfileData(**{**self.loaded.__dict__, "logo_mime": "", "version": 0}):
            self.accept()
            return
        seen = self.loaded.version if self.loaded is not None else None  # another writer's change is a conflict
        self.ws.runner.run(self, profile.update_profile, data, seen, changes=Changes.of(Kind.PROFILE)).on_success(
            lambda _none: self.accept()
        ).on_failure(self._refused).on_conflict(lambda reloaded: self.reject() if reloaded else None)

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            show_error_label(self.form.error, str(error))
            return True
        return False
