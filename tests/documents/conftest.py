"""Fixtures for the document tests: one demo database per session, and readers for the produced files.

The demo database is shared by many tests; the only writes an export makes are certificate numbers, which
are idempotent (exporting again prints the same numbers), so the tests do not depend on their order.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.demo import children_seminar, regional_conference, ukrainian_webinar
from desktop.services import seminars
from desktop.services.demo import load_demo
from desktop.storage.database import Database, open_database

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed (.ci/run installs it)")
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)"
)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("documents") / "demo.sqlite3")
    with database.transaction() as session:
        load_demo(session)
    yield database
    database.dispose()


@pytest.fixture
def demo(demo_db: Database) -> Iterator[Session]:
    with demo_db.transaction() as session:
        yield session


@pytest.fixture(scope="session")
def demo_ids(demo_db: Database) -> dict[str, int]:
    """The demo seminars' ids: children (ru, hybrid), conference (ru, 143 people), webinar (uk, online)."""
    with demo_db.transaction() as session:
        found = {
            name: seminars.find_seminar_by_uid(session, module.UID)
            for name, module in (
                ("children", children_seminar),
                ("conference", regional_conference),
                ("webinar", ukrainian_webinar),
            )
        }
    assert all(found.values())
    return {name: seminar_id for name, seminar_id in found.items() if seminar_id is not None}


def pdf_text(data: bytes, *, layout: bool = False) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout.decode("utf-8")


def pdf_pages(data: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True).stdout.decode()
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def pdf_fonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF names."""
    out = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True).stdout.decode()
    fonts = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name … emb sub uni object ID: "emb" is the fifth field from the end
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


def docx_text(data: bytes) -> str:
    """Every paragraph of the body in order, table cells included (python-docx reads them)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is returned once per column it spans
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def words(text: str) -> list[str]:
    """Text as a list of words: what the two renderers must agree on, whatever their line breaks."""
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    return text.split()


def convert_with_libreoffice(files: list[Path], out: Path, profile: Path) -> None:
    """One soffice call for several files (each start of LibreOffice costs seconds)."""
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
