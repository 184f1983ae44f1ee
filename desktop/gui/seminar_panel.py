"""The open seminar on the right: its tabs, or a hint when no seminar is chosen.

A new tab (the documents issue's Documents tab) is one more entry in `TABS`. A tab's module is imported and its
widgets built when the tab is first shown (or asked for by `page()`): the window opens without them.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.workspace import SeminarTab, Workspace

# (module, class, title); the title is the class's own `title` (a test compares them)
TABS: tuple[tuple[str, str, str], ...] = (
    ("desktop.gui.overview", "OverviewTab", QT_TRANSLATE_NOOP("Tabs", "&Overview")),
    ("desktop.gui.programme.tab", "ProgrammeTab", QT_TRANSLATE_NOOP("Tabs", "&Programme")),
    ("desktop.gui.participants.tab", "ParticipantsTab", QT_TRANSLATE_NOOP("Tabs", "P&articipants")),
    ("desktop.gui.resolution", "ResolutionTab", QT_TRANSLATE_NOOP("Tabs", "&Resolution")),
    ("desktop.gui.documents.tab", "DocumentsTab", QT_TRANSLATE_NOOP("Tabs", "Documents")),
)


def tab_class(number: int) -> type[SeminarTab]:
    module, name, _title = TABS[number]
    found: type[SeminarTab] = getattr(importlib.import_module(module), name)
    return found


def tab_classes() -> list[type[SeminarTab]]:
    return [tab_class(number) for number in range(len(TABS))]


class SeminarPanel(QStackedWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.hint = QLabel(
            self.tr("No seminar is open.\n\nChoose one in the list, or create one with Seminar → New seminar (Ctrl+N).")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: list[SeminarTab | None] = [None] * len(TABS)
        for _module, _name, title in TABS:
            self.tabs.addTab(QWidget(), translate("Tabs", title))  # a placeholder until the tab is first shown
        self.addWidget(self.hint)
        self.addWidget(self.tabs)
        self.seminar_id: int | None = None
        self._build(0)
        self.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, number: int) -> None:
        if number >= 0:
            self._build(number)

    def _build(self, number: int) -> SeminarTab:
        page = self._pages[number]
        if page is not None:
            return page
        page = tab_class(number)(self.ws)
        self._pages[number] = page
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(number)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(number)
        self.tabs.insertTab(number, page, translate("Tabs", TABS[number][2]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        page.show_seminar(self.seminar_id)
        return page

    @property
    def pages(self) -> list[SeminarTab]:
        return [self._build(number) for number in range(len(TABS))]

    def show_seminar(self, seminar_id: int | None) -> None:
        self.seminar_id = seminar_id
        self.ws.history.activate(seminar_id)
        self.setCurrentWidget(self.tabs if seminar_id is not None else self.hint)
        for page in self._pages:
            if page is not None:
                page.show_seminar(seminar_id)

    def page_at(self, number: int) -> SeminarTab:
        """The tab at `number`, built now if it has not been shown yet."""
        return self._build(number)

    def page(self, tab_class: type[SeminarTab]) -> SeminarTab:
        number = next(n for n, (_module, name, _title) in enumerate(TABS) if name == tab_class.__name__)
        return self._build(number)
