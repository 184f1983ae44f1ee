"""Colours derived from the system palette, so light and dark themes both stay readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QHeaderView, QLabel, QWidget

from desktop.gui.service_messages import translated


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#ef7070") if is_dark(widget) else QColor("#b3261e")


def conflict_background(widget: QWidget | None = None) -> QColor:
    """A tint for rows with a conflict: visible on both palettes, text stays readable."""
    return QColor(110, 40, 40) if is_dark(widget) else QColor(255, 226, 222)


def block_background(widget: QWidget | None = None) -> QColor:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.AlternateBase)


def show_error_label(label: QLabel, message: str) -> None:
    """A field error under a form; a service's English message is shown in the interface language."""
    label.setText(translated(message))
    label.setStyleSheet(f"color: {error_colour(label).name()};")
    label.setVisible(bool(message))


def fit_section(header: QHeaderView, column: int, width: int, *texts: str) -> None:
    """Give a column `width`, or more when its title (in the interface language) or `texts` would be cut."""
    model = header.model()
    title = str(model.headerData(column, header.orientation()) or "") if model is not None else ""
    metrics = header.fontMetrics()
    needed = max((metrics.horizontalAdvance(text) for text in (title, *texts) if text), default=0) + 24
    header.resizeSection(column, max(width, needed))  # 24: the margins and the sort arrow


def find_anywhere(combo: QComboBox) -> None:
    """An editable combo's completer matches inside names too: «детская» finds «Краевая детская библиотека»."""
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
