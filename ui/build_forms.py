"""Compile the Qt Designer forms in ui/ into desktop/gui/forms/ui_*.py with pyside6-uic.

    python ui/build_forms.py           regenerate every form (run after editing a .ui file; commit both)
    python ui/build_forms.py --check   exit 1 if a committed module differs from what regeneration gives

The generated modules are committed (docs/decisions/0008-committed-designer-forms.md) and never edited by
hand. Their "Created by: Qt User Interface Compiler version" line is ignored when checking, so a patch
release of Qt alone does not fail the check.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS_UI = ROOT / "ui"
FORMS_PY = ROOT / "desktop" / "gui" / "forms"
VERSION_LINE = "Created by: Qt User Interface Compiler version"


def uic_command() -> list[str]:
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: pip install PySide6-Essentials")
    return [found]


def compile_form(source: Path, target: Path) -> None:
    subprocess.run([*uic_command(), str(source), "-o", str(target)], check=True)


def comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if VERSION_LINE not in line]


def stale_forms() -> list[str]:
    """Names of generated modules that are missing or differ from a fresh compilation."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for source in sorted(FORMS_UI.glob("*.ui")):
            fresh = Path(folder) / f"ui_{source.stem}.py"
            compile_form(source, fresh)
            committed = FORMS_PY / fresh.name
            if not committed.exists() or comparable(committed.read_text("utf-8")) != comparable(
                fresh.read_text("utf-8")
            ):
                stale.append(committed.name)
    known = {f"ui_{source.stem}.py" for source in FORMS_UI.glob("*.ui")}
    stale += sorted(p.name for p in FORMS_PY.glob("ui_*.py") if p.name not in known)  # a .ui was removed
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report forms that need regenerating")
    args = parser.parse_args()
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"stale: desktop/gui/forms/{name} (run: python ui/build_forms.py)")
        return 1 if stale else 0
    FORMS_PY.mkdir(parents=True, exist_ok=True)
    for old in FORMS_PY.glob("ui_*.py"):
        old.unlink()
    for source in sorted(FORMS_UI.glob("*.ui")):
        compile_form(source, FORMS_PY / f"ui_{source.stem}.py")
        print(f"compiled {source.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
