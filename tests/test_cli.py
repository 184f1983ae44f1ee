"""The command line as scripts use it: a real subprocess, real files, exit codes and stderr lines."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

DEMO_TITLES_PARTICIPANTS = {143, 35}


def kafedra(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
        check=False,
    )


def seminars_json(db: Path) -> list[dict[str, Any]]:
    result = kafedra("--db", str(db), "seminars", "--json")
    assert result.returncode == 0, result.stderr
    items: list[dict[str, Any]] = json.loads(result.stdout)["seminars"]
    return items


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = kafedra("--db", str(db), "demo")
    assert result.returncode == 0, result.stderr
    return db


def test_version_and_help_in_plain_words() -> None:
    version = kafedra("--version")
    assert version.returncode == 0 and version.stdout.startswith("kafedra ")
    help_text = kafedra("--help")
    assert help_text.returncode == 0
    for word in ("demo", "seminars", "export", "import", "--db"):
        assert word in help_text.stdout


def test_no_command_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    headless = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = kafedra("--db", str(tmp_path / "k.sqlite3"), env=headless)
    assert result.returncode == 1
    assert result.stderr.startswith("kafedra: error: no graphical display")
    assert result.stderr.count("\n") == 1


def test_demo_lists_three_seminars_with_the_promised_counts(demo_db: Path) -> None:
    items = seminars_json(demo_db)
    assert len(items) == 3
    by_participants = {item["participant_count"]: item for item in items}
    assert set(by_participants) >= DEMO_TITLES_PARTICIPANTS
    assert by_participants[143]["talk_count"] == 16
    assert by_participants[35]["talk_count"] == 8
    assert by_participants[35]["language"] == "uk"
    hybrid = next(i for i in items if i["format"] == "hybrid")
    assert hybrid["talk_count"] == 12
    assert 50 <= hybrid["participant_count"] <= 70
    for item in items:
        assert set(item) >= {"id", "title", "kind", "format", "starts_at", "ends_at", "status"}


def test_demo_twice_adds_nothing(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "again.sqlite3"
    first = kafedra("--db", str(copy), "demo")
    second = kafedra("--db", str(copy), "demo")
    assert first.returncode == second.returncode == 0
    assert second.stdout.count("already there") == 3
    assert len(seminars_json(copy)) == 3


def test_plain_listing_is_a_readable_table(demo_db: Path) -> None:
    result = kafedra("--db", str(demo_db), "seminars")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["id", "dates"]
    assert len(lines) == 4


def test_people_search_ignores_case_and_yo(demo_db: Path) -> None:
    everyone = json.loads(kafedra("--db", str(demo_db), "people", "--json").stdout)["people"]
    with_yo = [p["full_name"] for p in everyone if "ё" in p["full_name"].split()[0].lower()]
    assert with_yo, "the demo must contain surnames with ё"
    query = with_yo[0].split()[0].lower().replace("ё", "е").upper()  # «СОЛОВЬЕВ» for «Соловьёв»
    result = kafedra("--db", str(demo_db), "people", "--json", query)
    assert result.returncode == 0
    found = [p["full_name"] for p in json.loads(result.stdout)["people"]]
    assert with_yo[0] in found
    assert len(found) < len(everyone)


def test_json_round_trip_is_lossless(demo_db: Path, tmp_path: Path) -> None:
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: strip(v)
                for k, v in value.items()
                if not (k == "id" or k.endswith(("_id", "_ids")) or k == "exported_at")
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    for item in seminars_json(demo_db):
        first, second = tmp_path / f"a{item['id']}.json", tmp_path / f"b{item['id']}.json"
        fresh = tmp_path / f"fresh{item['id']}.sqlite3"
        assert (
            kafedra("--db", str(demo_db), "export", "json", "--seminar", str(item["id"]), "-o", str(first)).returncode
            == 0
        )
        imported = kafedra("--db", str(fresh), "import", "seminar", str(first))
        assert imported.returncode == 0, imported.stderr
        new_id = seminars_json(fresh)[0]["id"]
        assert (
            kafedra("--db", str(fresh), "export", "json", "--seminar", str(new_id), "-o", str(second)).returncode == 0
        )
        a = json.loads(first.read_text(encoding="utf-8"))
        b = json.loads(second.read_text(encoding="utf-8"))
        assert strip(a) == strip(b)
        assert a["participants"] and a["people"]


def test_importing_the_same_seminar_twice_is_refused_then_allowed_as_copy(demo_db: Path, tmp_path: Path) -> None:
    item = seminars_json(demo_db)[0]
    exported = tmp_path / "s.json"
    kafedra("--db", str(demo_db), "export", "json", "--seminar", str(item["id"]), "-o", str(exported))
    again = kafedra("--db", str(demo_db), "import", "seminar", str(exported))
    assert again.returncode == 1
    assert again.stderr.startswith("kafedra: error: ") and "already in the database" in again.stderr
    copy = kafedra("--db", str(demo_db), "import", "seminar", "--as-copy", str(exported))
    assert copy.returncode == 0, copy.stderr
    assert len(seminars_json(demo_db)) == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not a JSON file"),
        (b'{"format": "something else"}', "not a Kafedra seminar file"),
        ("Фамилия;Имя\nИванов;Иван".encode("cp1251"), "not UTF-8"),
        (b'{"format": "kafedra.seminar", "format_version": 9}', "newer Kafedra"),
    ],
)
def test_bad_import_files_give_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = kafedra("--db", str(tmp_path / "k.sqlite3"), "import", "seminar", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_exit_codes_for_usage_and_data_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    assert kafedra("--db", db, "no-such-command").returncode == 2
    assert kafedra("--db", db, "export", "json", "--seminar", "abc", "-o", "x.json").returncode == 2
    missing = kafedra("--db", db, "export", "json", "--seminar", "999999", "-o", str(tmp_path / "x.json"))
    assert missing.returncode == 1
    assert missing.stderr == "kafedra: error: no seminar with id 999999\n"
    assert not (tmp_path / "x.json").exists()


def test_unwritable_output_is_a_data_error(demo_db: Path, tmp_path: Path) -> None:
    item = seminars_json(demo_db)[0]
    target = tmp_path / "no-such-folder" / "s.json"
    result = kafedra("--db", str(demo_db), "export", "json", "--seminar", str(item["id"]), "-o", str(target))
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_damaged_database_gives_one_line_and_stays_untouched(tmp_path: Path) -> None:
    path = tmp_path / "text.sqlite3"
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = kafedra("--db", str(path), "seminars")
    assert result.returncode == 1
    assert result.stderr.startswith("kafedra: error: ") and result.stderr.count("\n") == 1
    assert str(path) in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_database_from_the_environment_and_the_default_folder(tmp_path: Path) -> None:
    env_db = tmp_path / "from-env.sqlite3"
    result = kafedra("seminars", "--json", env={"KAFEDRA_DB": str(env_db)})
    assert result.returncode == 0 and env_db.exists()
    home = tmp_path / "home"
    default = kafedra("seminars", env={"KAFEDRA_DB": "", "HOME": str(home), "XDG_DATA_HOME": str(home / "data")})
    assert default.returncode == 0, default.stderr
    assert (home / "data" / "Kafedra" / "kafedra.sqlite3").exists()


def test_the_command_line_never_imports_qt(demo_db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--db", str(demo_db), "seminars"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "PySide6" not in result.stderr
    assert "sqlalchemy" in result.stderr  # the probe sees real imports
