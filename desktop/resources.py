"""Where the files of `resources/` (fonts, icons, templates, translations) are at run time.

One helper for the three ways Kafedra runs:

* a PyInstaller bundle: `build.spec` ships `resources/` as `resources/` under `sys._MEIPASS`;
* an installed wheel: the build copies `resources/` into the package as `desktop/_resources/` (see `setup.py`);
* the source tree or an editable install: `resources/` beside the `desktop` package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


class ResourceMissingError(FileNotFoundError):
    """A file Kafedra ships is not where it should be: a broken installation, not a user error."""


@cache
def resource_root() -> Path:
    """The folder that holds `fonts/`, `icons/`, … for this way of running."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates += [_PACKAGE / "_resources", _PACKAGE.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise ResourceMissingError(f"Kafedra's resources folder is missing (looked in {', '.join(map(str, candidates))})")


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. `resource_path("fonts", "PTSerif-Regular.ttf")`."""
    path = resource_root().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissingError(f"Kafedra's file {'/'.join(parts)} is missing from {resource_root()}")
    return path
