"""The committed pyside6-uic modules are what the .ui files compile to (docs/decisions/0008)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, f"{result.stdout}{result.stderr}run: python ui/build_forms.py"


def test_generated_forms_say_they_must_not_be_edited() -> None:
    forms = sorted((ROOT / "desktop" / "gui" / "forms").glob("ui_*.py"))
    assert len(forms) == len(list((ROOT / "ui").glob("*.ui")))
    for form in forms:
        assert "All changes made in this file will be lost" in form.read_text(encoding="utf-8")
