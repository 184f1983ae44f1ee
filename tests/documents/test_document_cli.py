"""`kafedra export KIND`: files written, one-line errors, usage errors, warnings, no Qt, light startup."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.demo import regional_conference, ukrainian_webinar
from desktop.services import seminars
from desktop.services.demo import load_demo
from desktop.storage.database import open_database
from tests.documents.conftest import needs_poppler, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session)
        ids = {
            "conference": seminars.find_seminar_by_uid(session, regional_conference.UID),
            "webinar": seminars.find_seminar_by_uid(session, ukrainian_webinar.UID),
        }
    database.dispose()
    return path, {name: value for name, value in ids.items() if value is not None}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, check=False)


@needs_poppler
@pytest.mark.parametrize("kind", ["programme", "resolution", "attendance", "badges"])
def test_export_writes_both_formats(kind: str, demo_file: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, ids = demo_file
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"{kind}.{fmt}"
        code = main(["--db", str(path), "export", kind, "--seminar", str(ids["conference"]), "--format", fmt,
                     "-o", str(out)])  # fmt: skip
        assert code == 0 and out.stat().st_size > 1000
    assert "Северогорск" in pdf_text((tmp_path / f"{kind}.pdf").read_bytes())


def test_format_follows_the_extension(demo_file: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, ids = demo_file
    out = tmp_path / "programme.docx"
    assert main(["--db", str(path), "export", "programme", "--seminar", str(ids["webinar"]), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"


@needs_poppler
def test_certificates_per_person_into_a_folder(
    demo_file: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = demo_file
    folder = tmp_path / "сертифікати"
    code = main(["--db", str(path), "export", "speaker-certificates", "--seminar", str(ids["webinar"]),
                 "--format", "pdf", "--per-person", "-o", str(folder)])  # fmt: skip
    assert code == 0
    files = sorted(folder.iterdir())
    assert len(files) == 8 and all(f.suffix == ".pdf" for f in files)
    assert all(pdf_pages(f.read_bytes()) == 1 for f in files)
    assert "8 files written" in capsys.readouterr().out


def test_warnings_go_to_stderr_in_english(
    demo_file: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = demo_file
    out = tmp_path / "certificates.pdf"
    assert main(["--db", str(path), "export", "certificates", "--seminar", str(ids["conference"]), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("kafedra: warning: ") and "no signatories" in err
    assert all(line.startswith("kafedra: warning: ") for line in err.splitlines())


def test_data_errors_are_one_line(demo_file: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, _ = demo_file
    result = _run("-m", "desktop", "--db", str(path), "export", "programme", "--seminar", "999", "-o",
                  str(tmp_path / "x.pdf"))  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["kafedra: error: no seminar with id 999"]
    assert not (tmp_path / "x.pdf").exists()


def test_usage_errors_exit_2(demo_file: tuple[Path, dict[str, int]]) -> None:
    path, ids = demo_file
    base = ["-m", "desktop", "--db", str(path), "export"]
    assert _run(*base, "programme", "-o", "x.pdf").returncode == 2  # no --seminar
    assert _run(*base, "programme", "--seminar", "1", "--format", "odt", "-o", "x").returncode == 2
    assert _run(*base, "programme", "--seminar", "1", "--per-person", "-o", "x").returncode == 2
    per_person_to_stdout = _run(*base, "certificates", "--seminar", str(ids["webinar"]), "--per-person", "-o", "-")
    assert per_person_to_stdout.returncode == 2 and "folder" in per_person_to_stdout.stderr


def test_listing_loads_no_document_libraries_and_export_loads_no_qt(demo_file: tuple[Path, dict[str, int]]) -> None:
    path, ids = demo_file
    listing = _run("-X", "importtime", "-m", "desktop", "--db", str(path), "seminars")
    assert listing.returncode == 0
    loaded = {line.split("|")[-1].strip().split(".")[0] for line in listing.stderr.splitlines() if "|" in line}
    assert not loaded & {"reportlab", "docx", "babel", "pytrovich", "shevchenko", "lxml", "PySide6"}
    export = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--db", str(path), "export", "certificates",
         "--seminar", str(ids["webinar"]), "--format", "docx", "-o", "-"],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert export.returncode == 0 and export.stdout[:2] == b"PK"  # the DOCX went to stdout
    assert b"PySide6" not in export.stderr and b"reportlab" in export.stderr
