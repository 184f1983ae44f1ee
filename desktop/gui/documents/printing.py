"""Printing a PDF through the system print dialog: each page drawn as an image at the printer's resolution.

Qt cannot send PDF bytes to a printer; QtPdf renders each page to an image, which QPainter puts on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300  # enough for text; a printer reporting 1200 dpi would make each page a 140-megapixel image


def ask_printer(parent: QWidget | None, pages: int) -> QPrinter | None:
    """The system print dialog; None when the user cancels. Replaced in tests."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, max(pages, 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Draw the pages the printer asks for (all when no range is set); returns how many were printed."""
    raw = QByteArray(data)
    buffer = QBuffer()
    buffer.setData(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    first, last = (printer.fromPage(), printer.toPage()) if printer.fromPage() > 0 else (1, count)
    first, last = max(first, 1), min(last, count)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    printed = 0
    if count == 0 or not painter.begin(printer):
        document.close()
        return 0
    try:
        for number in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(number, size)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRect(target.x(), target.y(), scaled.width(), scaled.height())
            painter.drawImage(rect, image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
