"""The interface translations: Qt Linguist files in resources/translations/, compiled to .qm (decision 0015).

    python ui/translations.py            update the .ts files from the code and the forms, then compile the .qm files
    python ui/translations.py --compile  only compile the .ts files into .qm files
    python ui/translations.py --check    exit 1 if a .ts file is out of date with the code, a Russian or Ukrainian
                                         string is untranslated, or a committed .qm differs from its .ts

English is the source language. kafedra_ru.ts and kafedra_uk.ts hold every string; kafedra_en.ts holds only the
plural forms («%n people» → «1 person», «2 people»). The strings are found by pyside6-lupdate in
desktop/gui/**/*.py (self.tr, translate, QT_TRANSLATE_NOOP) and in ui/*.ui; the generated forms in
desktop/gui/forms/ are skipped, their .ui files are read instead. Locations are not written, so moving code does
not change the files. Both the .ts and the .qm files are committed: the .qm files are what a checkout, a wheel and
the PyInstaller bundle load, and the check (run by tests/gui/test_translations.py) keeps them in step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "uk")  # complete translations
PLURAL_ONLY = ("en",)  # the source language: only its plural forms


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    python = [
        path
        for path in sorted((ROOT / "desktop" / "gui").rglob("*.py"))
        if "forms" not in path.relative_to(ROOT / "desktop" / "gui").parts
    ]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"kafedra_{code}.ts"


def qm_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"kafedra_{code}.qm"


def run_lupdate(targets: list[Path], plural_only: bool = False) -> None:
    files = [str(path.relative_to(ROOT)) for path in sources()]
    command = [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete", "-silent"]
    if plural_only:
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", *map(str, targets)], check=True, cwd=ROOT)


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    run_lupdate([ts_path(code, folder) for code in LANGUAGES])
    run_lupdate([ts_path(code, folder) for code in PLURAL_ONLY], plural_only=True)


def compile_all(folder: Path = FOLDER, into: Path | None = None) -> None:
    for code in (*LANGUAGES, *PLURAL_ONLY):
        target = qm_path(code, into or folder)
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts_path(code, folder)), "-qm", str(target)],
            check=True,
        )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool


def read_ts(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if translation is not None and message.get("numerus") == "yes"
                else (translation.text or "",)
                if translation is not None
                else ("",)
            )
            if kind in {"obsolete", "vanished"}:
                continue
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=message.get("numerus") == "yes",
                    translations=forms,
                    unfinished=kind == "unfinished" or not all(form.strip() for form in forms),
                )
            )
    return found


def keys(messages: list[Message]) -> set[tuple[str, str, bool]]:
    return {(m.context, m.source, m.numerus) for m in messages}


def problems() -> list[str]:
    """Everything the CI check complains about, one line each (empty: all is well)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as temporary:
        fresh = Path(temporary)
        for code in (*LANGUAGES, *PLURAL_ONLY):
            if ts_path(code).exists():
                shutil.copy(ts_path(code), ts_path(code, fresh))
        update(fresh)
        for code in (*LANGUAGES, *PLURAL_ONLY):
            committed = ts_path(code)
            if not committed.exists():
                found.append(f"{committed.relative_to(ROOT)} is missing: run python ui/translations.py")
                continue
            wanted, have = keys(read_ts(ts_path(code, fresh))), keys(read_ts(committed))
            for context, source, _numerus in sorted(wanted - have):
                found.append(f"{committed.name}: not yet in the file: {context}: {source!r}")
            for context, source, _numerus in sorted(have - wanted):
                found.append(f"{committed.name}: no longer in the code: {context}: {source!r}")
            for message in read_ts(committed):
                if message.unfinished:
                    found.append(f"{committed.name}: untranslated: {message.context}: {message.source!r}")
        if not found:
            compile_all(FOLDER, into=fresh)
            for code in (*LANGUAGES, *PLURAL_ONLY):
                committed_qm = qm_path(code)
                if not committed_qm.exists() or committed_qm.read_bytes() != qm_path(code, fresh).read_bytes():
                    found.append(f"{committed_qm.name} is older than {ts_path(code).name}: run ui/translations.py")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="report out-of-date or untranslated strings")
    group.add_argument("--compile", action="store_true", help="only compile .ts into .qm")
    options = parser.parse_args()
    if options.check:
        found = problems()
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    if not options.compile:
        update()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
