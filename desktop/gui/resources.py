"""Icons and translations shipped in `resources/`, found from a checkout, a wheel or a PyInstaller bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from desktop.resources import ResourceMissingError, resource_root


def resources_folder() -> Path:
    """Where `desktop.resources` finds the shipped files; a broken install still gets a window, without icons."""
    try:
        return resource_root()
    except ResourceMissingError:
        return Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    path = resources_folder() / "icons" / name
    return QIcon(str(path)) if path.exists() else QIcon()  # a missing icon is not worth failing for


def app_icon() -> QIcon:
    return icon("kafedra.svg")
