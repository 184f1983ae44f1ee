"""The Documents tab: the registry's kinds, preview, save as PDF/DOCX, print, names to check (issue 11)."""

from desktop.gui.documents.tab import DocumentsTab

__all__ = ["DocumentsTab"]
