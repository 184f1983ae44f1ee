"""`kafedra import participants` as scripts run it: a subprocess, exit codes, one-line errors, the row report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures import registration_files as files


def kafedra(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # a config folder of its own: no mapping remembered by the developer's own imports leaks in
    env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli")
    db = home / "demo.sqlite3"
    assert kafedra("--db", str(db), "demo", home=home).returncode == 0
    return db


def _participants(db: Path, seminar_id: int) -> int:
    result = kafedra("--db", str(db), "seminars", "--json", home=db.parent)
    return next(s["participant_count"] for s in json.loads(result.stdout)["seminars"] if s["id"] == seminar_id)


def test_import_prints_the_report_and_the_counts(demo: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite3"
    db.write_bytes(demo.read_bytes())
    path = files.write_cp1251_semicolon(tmp_path / "excel.csv")
    before = _participants(db, 3)
    dry = kafedra("--db", str(db), "import", "participants", "--seminar", "3", str(path), "--dry-run", home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[-1].startswith("dry run, nothing changed: would have added 4,")
    assert _participants(db, 3) == before
    result = kafedra("--db", str(db), "import", "participants", "--seminar", "3", str(path), home=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "row 5: no name, skipped" in lines
    assert "row 6: duplicate of row 2, merged" in lines
    assert lines[-1].startswith("added 4, matched to existing people 0, merged 1, skipped 1; 4 newly registered")
    assert _participants(db, 3) == before + 4
    again = kafedra("--db", str(db), "import", "participants", "--seminar", "3", str(path), "--json", home=tmp_path)
    report = json.loads(again.stdout)
    assert report["counts"]["added"] == 0 and report["counts"]["already_registered"] == 4
    assert {"row": 5, "kind": "skipped", "message": "no name, skipped"} in report["report"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary\x00", "not a text table in a known encoding"),
        ("ФИО;Город\nИванов;Пермь\n".encode("cp1251") + b"\x98", "cannot tell the encoding"),
        ("Город;E-mail\nПермь;a@b.ru\n".encode(), "no column with people's names"),
    ],
)
def test_bad_files_give_one_line_and_exit_1(demo: Path, tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "input.csv"
    if content is not None:
        path.write_bytes(content)
    before = demo.read_bytes()
    result = kafedra("--db", str(demo), "import", "participants", "--seminar", "1", str(path), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kafedra: error: ")
    assert message in result.stderr and "Traceback" not in result.stderr
    assert demo.read_bytes() == before


def test_unknown_seminar_and_usage_errors(demo: Path, tmp_path: Path) -> None:
    path = files.write_utf8_bom_ukrainian(tmp_path / "form.csv")
    unknown = kafedra("--db", str(demo), "import", "participants", "--seminar", "999", str(path), home=tmp_path)
    assert unknown.returncode == 1 and unknown.stderr.strip() == "kafedra: error: no seminar with id 999"
    missing = kafedra("--db", str(demo), "import", "participants", str(path), home=tmp_path)
    assert missing.returncode == 2 and "--seminar" in missing.stderr
    wrong_format = kafedra("--db", str(demo), "export", "participants", "--seminar", "1", "--format", "pdf", "-o", "x",
                           home=tmp_path)  # fmt: skip
    assert wrong_format.returncode == 2
