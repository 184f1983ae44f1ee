"""The desktop window (PySide6). Only the `kafedra` entry point imports this package, and only when needed."""

from __future__ import annotations


def run(target: str, is_default: bool) -> int:
    """Open the main window on the database at `target` and run until it closes; returns the exit status."""
    from desktop.gui.app import run as run_app

    return run_app(target, is_default)
