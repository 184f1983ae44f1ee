"""The open seminar on the right: its tabs, or a hint when no seminar is chosen.

A new tab (the documents issue's Documents tab) is one more entry in `tab_classes()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from desktop.gui.i18n import translate
from desktop.gui.workspace import SeminarTab, Workspace


def tab_classes() -> list[type[SeminarTab]]:
    from desktop.gui.documents import DocumentsTab
    from desktop.gui.overview import OverviewTab
    from desktop.gui.participants.tab import ParticipantsTab
    from desktop.gui.programme.tab import ProgrammeTab
    from desktop.gui.resolution import ResolutionTab

    return [OverviewTab, ProgrammeTab, ParticipantsTab, ResolutionTab, DocumentsTab]


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
        self.pages: list[SeminarTab] = []
        for tab_class in tab_classes():
            page = tab_class(workspace)
            self.pages.append(page)
            self.tabs.addTab(page, translate("Tabs", tab_class.title))
        self.addWidget(self.hint)
        self.addWidget(self.tabs)
        self.seminar_id: int | None = None

    def show_seminar(self, seminar_id: int | None) -> None:
        self.seminar_id = seminar_id
        self.ws.history.activate(seminar_id)
        self.setCurrentWidget(self.tabs if seminar_id is not None else self.hint)
        for page in self.pages:
            page.show_seminar(seminar_id)

    def page(self, tab_class: type[SeminarTab]) -> SeminarTab:
        return next(p for p in self.pages if isinstance(p, tab_class))
