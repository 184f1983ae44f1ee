"""What the window remembers between runs (QSettings): recent databases, languages, geometry and layouts.

Qt-only state stays here; anything a document needs (our organisation's profile) is in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.domain.enums import Language

MAX_RECENT = 8


def open_settings() -> QSettings:
    """An INI file in the user config folder: readable, and the same format on Windows and Linux."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kafedra", "Kafedra")


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or open_settings()

    # --- databases -------------------------------------------------------------------------------------

    def recent_databases(self) -> list[str]:
        value = self.store.value("databases/recent", [])
        # an INI file gives back a one-item list as a plain string
        items: list[object] = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [str(item) for item in items if item]

    def remember_database(self, path: Path | str) -> None:
        entry = str(path)
        recent = [entry, *(p for p in self.recent_databases() if p != entry)][:MAX_RECENT]
        self.store.setValue("databases/recent", recent)

    def forget_database(self, path: str) -> None:
        self.store.setValue("databases/recent", [p for p in self.recent_databases() if p != path])

    def start_database(self) -> str:
        """The database chosen in Settings to open when no --db and no KAFEDRA_DB are given ('' = default)."""
        return str(self.store.value("databases/start", "") or "")

    def backups_to_keep(self, default: int) -> int:
        """How many automatic copies to keep (`[backups] keep=` in the settings file); 0 turns them off."""
        try:
            return max(0, int(str(self.store.value("backups/keep", default))))
        except ValueError:
            return default

    def set_backups_to_keep(self, count: int) -> None:
        self.store.setValue("backups/keep", max(0, count))

    def user_name(self) -> str:
        """The name written as «changed by» on the rows this user saves; empty: the computer's login name."""
        return str(self.store.value("database/user_name", "") or "").strip()

    def set_user_name(self, name: str) -> None:
        self.store.setValue("database/user_name", name.strip())

    def set_start_database(self, path: str) -> None:
        self.store.setValue("databases/start", path)

    # --- languages -------------------------------------------------------------------------------------

    def document_language(self) -> Language:
        try:
            return Language(str(self.store.value("documents/language", Language.RU.value)))
        except ValueError:
            return Language.RU

    def set_document_language(self, language: Language) -> None:
        self.store.setValue("documents/language", language.value)

    def ui_language(self) -> str:
        """The interface language chosen in Settings ("en", "ru", "uk"); "" follows the system's language."""
        return str(self.store.value("ui/language", "") or "")

    def set_ui_language(self, code: str) -> None:
        self.store.setValue("ui/language", code)

    # --- layout ----------------------------------------------------------------------------------------

    def state(self, key: str) -> QByteArray | None:
        value = self.store.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"layout/{key}", value)

    def sync(self) -> None:
        self.store.sync()
