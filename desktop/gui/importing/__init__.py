"""Importing registrations from CSV or a spreadsheet: mapping with preview, row report, one transaction (issue 5)."""

from desktop.gui.importing.dialog import ImportDialog, run_import

__all__ = ["ImportDialog", "run_import"]
