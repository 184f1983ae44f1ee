"""Build hook: the top-level `resources/` folder goes into the wheel as `desktop/_resources/`.

All metadata lives in pyproject.toml. `resources/` sits beside the package in the source tree (fonts, icons,
templates, translations: files that are not Python), and setuptools' package-data cannot reach outside a package,
so the wheel build copies the folder in. `desktop.resources.resource_path` finds the files in all three places:
the source tree (and editable installs), an installed wheel, and a PyInstaller bundle. See
docs/decisions/0004-documents-one-spec-two-renderers.md.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        # an editable install reads the source tree directly; a copy would only go stale
        if getattr(self, "editable_mode", False) or not RESOURCES.is_dir():
            return
        target = Path(self.build_lib) / "desktop" / "_resources"
        for source in sorted(RESOURCES.rglob("*")):
            if source.is_file() and "__pycache__" not in source.parts:
                destination = target / source.relative_to(RESOURCES)
                destination.parent.mkdir(parents=True, exist_ok=True)
                self.copy_file(str(source), str(destination), preserve_mode=False)


setup(cmdclass={"build_py": BuildPyWithResources})
