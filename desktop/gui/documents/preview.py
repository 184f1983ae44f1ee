"""The PDF preview inside the window (QtPdf from PySide6-Addons, decision 0011)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    """Shows PDF bytes page after page, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # the stubs say QWidget; Qt accepts none
        # Not a child of the view: QPdfView crashes when its document is deleted while the view is being
        # destroyed (Qt 6.11). Owned by this Python object, the document is freed only after the view is gone.
        self.pdf = QPdfDocument()
        # QPdfDocument reads from the device lazily: the buffer and its bytes must live as long as the document
        self._data = QByteArray()
        self._buffer = QBuffer(self.pdf)
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def show_pdf(self, data: bytes) -> None:
        self.pdf.close()
        self._buffer.close()
        self._data = QByteArray(data)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

    def clear(self) -> None:
        self.pdf.close()
        self._buffer.close()

    @property
    def page_count(self) -> int:
        return int(self.pdf.pageCount())
