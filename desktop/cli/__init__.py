"""The `kafedra` command line. It shares the services with the desktop window and never imports Qt."""

from desktop.cli.main import main

__all__ = ["main"]
