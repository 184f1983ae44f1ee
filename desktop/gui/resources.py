"""Icons and translations shipped in `resources/`, found from a checkout, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parents[1]


def resources_folder() -> Path:
    """The same places, in the same order, as `desktop.resources` looks: the bundle, the wheel, the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates += [_PACKAGE / "_resources", _PACKAGE.parent / "resources"]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def icon(name: str) -> QIcon:
    path = resources_folder() / "icons" / name
    return QIcon(str(path)) if path.exists() else QIcon()  # a missing icon is not worth failing for


def app_icon() -> QIcon:
    return icon("kafedra.svg")
