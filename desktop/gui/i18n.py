"""The interface language: Qt translators for Kafedra's own strings and for Qt's dialogs (decision 0015).

English is the source language, written in the code. Russian and Ukrainian live in Qt Linguist files,
`resources/translations/kafedra_ru.ts` and `kafedra_uk.ts`, compiled to the `.qm` files loaded here.
Strings in the code are marked so `pyside6-lupdate` finds them:

* in a QObject subclass, `self.tr("…")` (the context is the class, found along the MRO at run time);
* anywhere else, `translate("Context", "…")`, this module's alias of `QCoreApplication.translate`;
* in tables built at import time (enum labels, column titles, tab names), `QT_TRANSLATE_NOOP("Context", "…")`
  marks the text and `translate("Context", text)` is called when it is shown, so the language of the running
  application is used, not the one of the moment of import.

The language is chosen once, when the application starts; the Settings dialog stores a new choice and says it
takes effect at the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.gui.resources import resources_folder

log = logging.getLogger("kafedra.gui")

SOURCE_LANGUAGE = "en"
SYSTEM = ""  # the stored choice that means "as the system"
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`; pyside6-lupdate recognises calls by this name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate in `context` and returns it unchanged; translate it when shown."""
    del context
    return text


def translations_folder() -> Path:
    return resources_folder() / "translations"


def shipped_languages() -> list[str]:
    """English, plus every language with a compiled `kafedra_<code>.qm`."""
    folder = translations_folder()
    found = (
        sorted(file.stem.removeprefix("kafedra_") for file in folder.glob("kafedra_*.qm")) if folder.is_dir() else []
    )
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred UI languages that Kafedra has, else English."""
    shipped = shipped_languages()
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in shipped:
            return code
    return SOURCE_LANGUAGE


def effective_language(stored: str) -> str:
    """The stored choice when Kafedra has it; otherwise (or when it is "as the system") the system's."""
    return stored if stored in shipped_languages() else system_language()


_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []
_current = [SOURCE_LANGUAGE]


def current_language() -> str:
    """The language the interface shows: "en" until `install_translators` loaded another."""
    return _current[0]


def install_translators(app: QCoreApplication, code: str) -> str:
    """Load Kafedra's and Qt's translations for `code` into `app`, replacing earlier ones; returns the language
    now in use ("en" when the translation is missing).

    English loads only kafedra_en.qm, the plural forms of the source strings («1 person», «2 people»)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(_locale_before[0])
    _current[0] = SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(str(translations_folder() / f"kafedra_{code}.qm")):
        log.warning("no interface translation for %r in %s", code, translations_folder())
        code = SOURCE_LANGUAGE
        if not ours.load(str(translations_folder() / f"kafedra_{SOURCE_LANGUAGE}.qm")):
            return SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        # Qt's own words: the buttons of message boxes, the file, print and colour dialogs
        qt_folders = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(translations_folder()))
        theirs = QTranslator(app)
        if any(theirs.load(f"qtbase_{code}", folder) for folder in qt_folders):
            _installed.append(theirs)
        else:
            log.info("Qt's own translation for %r is not installed (looked in %s)", code, ", ".join(qt_folders))
        QLocale.setDefault(QLocale(code))  # dates and numbers in Qt's widgets follow the language
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current[0] = code
    return code
