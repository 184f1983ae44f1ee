"""A department database on a PostgreSQL server, through the command line as users and scripts run it.

The tests that need a server run when KAFEDRA_TEST_POSTGRES_URL is set (CI starts one) and are skipped otherwise:
the demo, the import and every export give the same files as on SQLite; migrations create and upgrade the schema;
copy-db moves a department's database there and back; connection failures are one clear line.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from alembic import command
from sqlalchemy import URL, create_engine, inspect, text

from desktop.cli.main import main
from desktop.storage import migrate
from desktop.storage.database import open_database
from tests.fixtures.registration_files import write_cp1251_semicolon
from tests.postgres.server import Server, connection_string

# moments of writing, which differ between two runs by design
# the moment of export: iCalendar's DTSTAMP, the JSON's exported_at, frab's <version> (to the minute)
VOLATILE = re.compile(r'^(DTSTAMP:.*|\s*"exported_at": .*|\s*<version>.*</version>)$', re.MULTILINE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    return [tuple(row) for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]  # type: ignore[union-attr]


def everything(capsys: pytest.CaptureFixture[str], db: str, folder: Path) -> dict[str, object]:
    """Load the demo, import a registration file, then write every kind of export; return what a reader sees."""
    folder.mkdir()
    ok(capsys, "--db", db, "demo")
    registrations = write_cp1251_semicolon(folder / "registrations.csv")
    imported = json.loads(
        ok(capsys, "--db", db, "import", "participants", "--seminar", "1", str(registrations), "--json")
    )
    seen: dict[str, object] = {"import": imported, "seminars": json.loads(ok(capsys, "--db", db, "seminars", "--json"))}
    seen["people"] = json.loads(ok(capsys, "--db", db, "people", "библиот", "--json"))
    for kind, fmt in (("certificates", "pdf"), ("programme", "docx"), ("resolution", "pdf"), ("badges", "pdf")):
        out = folder / f"{kind}.{fmt}"
        ok(capsys, "--db", db, "export", kind, "--seminar", "2", "--format", fmt, "-o", str(out))
        seen[kind] = pdf_text(out) if fmt == "pdf" else docx_text(out)
    for fmt in ("csv", "xlsx"):
        for what in ("participants", "register"):
            out = folder / f"{what}.{fmt}"
            scope = ["--seminar", "1"] if what == "participants" else []
            ok(capsys, "--db", db, "export", what, *scope, "--format", fmt, "-o", str(out))
            seen[f"{what}.{fmt}"] = out.read_bytes() if fmt == "csv" else xlsx_rows(out)
    for what, name in (("ics", "programme.ics"), ("frab", "schedule.xml"), ("json", "seminar.json")):
        out = folder / name
        ok(
            capsys,
            "--db",
            db,
            "export",
            what,
            "--seminar",
            "2",
            "-o",
            str(out),
            *(["--tz", "Europe/Kyiv"] * (what != "json")),
        )
        seen[what] = VOLATILE.sub("", out.read_text(encoding="utf-8"))
    return seen


def test_demo_import_and_every_export_are_the_same_on_postgresql(
    capsys: pytest.CaptureFixture[str], pg_url: URL, tmp_path: Path
) -> None:
    on_sqlite = everything(capsys, str(tmp_path / "kafedra.sqlite3"), tmp_path / "sqlite")
    on_server = everything(capsys, connection_string(pg_url), tmp_path / "postgresql")
    assert on_server.keys() == on_sqlite.keys()
    for key in on_sqlite:
        assert on_server[key] == on_sqlite[key], key
    # what was compared is real content, not two empty files
    assert "Соловьёв" in str(on_server["participants.csv"].decode("utf-8-sig"))  # type: ignore[attr-defined]
    assert len(on_server["register.xlsx"]) > 100  # type: ignore[arg-type]
    assert "Краеведческая библиография" in str(on_server["programme"])


def test_migrations_create_and_upgrade_the_schema_on_postgresql(pg_server: Server) -> None:
    url = pg_server.new_database(migrated=False)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:  # a database left at the first revision by an older Kafedra
            command.upgrade(migrate.alembic_config(connection), "0001")
        open_database(connection_string(url)).dispose()
        with engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.head_revision()
            )
            tables = set(inspect(connection).get_table_names())
        assert {"certificates", "certificate_counters", "organisation_profile", "resolutions", "talks"} <= tables
    finally:
        engine.dispose()
        pg_server.drop(url)


def test_a_database_of_another_program_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], pg_server: Server
) -> None:
    url = pg_server.new_database(migrated=False)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
        code, _out, err = run(capsys, "--db", connection_string(url), "seminars")
        assert code == 1
        assert err.strip().endswith("a database of another program, not of Kafedra")
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["invoices"]
    finally:
        engine.dispose()
        pg_server.drop(url)


def test_copy_db_to_the_server_and_back_keeps_every_row_and_id(
    capsys: pytest.CaptureFixture[str], pg_server: Server, tmp_path: Path
) -> None:
    original = tmp_path / "department.sqlite3"
    ok(capsys, "--db", str(original), "demo")
    server = pg_server.new_database(migrated=False)  # an empty database, as an administrator creates it
    try:
        target = connection_string(server)
        report = json.loads(ok(capsys, "copy-db", "--from", str(original), "--to", target, "--json"))
        assert report["tables"]["people"] > 200 and report["tables"]["participations"] > 200
        back = tmp_path / "back" / "department.sqlite3"
        back.parent.mkdir()
        again = json.loads(ok(capsys, "--db", target, "copy-db", "--to", str(back), "--json"))
        assert again["tables"] == report["tables"]
        exports: list[str] = []
        for db in (str(original), target, str(back)):
            out = tmp_path / f"seminar-{len(exports)}.json"
            ok(capsys, "--db", db, "export", "json", "--seminar", "2", "-o", str(out))
            exports.append(VOLATILE.sub("", out.read_text(encoding="utf-8")))
        assert exports[0] == exports[1] == exports[2]

        # a copy into a database that holds data is refused, and leaves it as it was
        code, _out, err = run(capsys, "copy-db", "--from", str(original), "--to", target)
        assert code == 1
        assert err.count("\n") == 1 and "already holds" in err and "--replace" in err
        replaced = json.loads(ok(capsys, "copy-db", "--from", str(original), "--to", target, "--replace", "--json"))
        assert replaced["replaced_rows"] == replaced["rows"] == report["rows"]

        # the id sequences moved past the copied rows: a new seminar gets the next id
        ok(capsys, "--db", target, "import", "seminar", str(tmp_path / "seminar-0.json"), "--as-copy")
        seminars = json.loads(ok(capsys, "--db", target, "seminars", "--json"))["seminars"]
        assert sorted(s["id"] for s in seminars) == [1, 2, 3, 4]
    finally:
        pg_server.drop(server)


def test_connection_failures_are_one_clear_line(capsys: pytest.CaptureFixture[str], pg_server: Server) -> None:
    base = pg_server.url
    cases = {
        "the server refused the password of user": base.set(password="not-the-password", database="postgres"),
        "does not exist on the server": base.set(database="no_such_kafedra_database"),
        "is unreachable": base.set(host="127.0.0.1", port=9, database="kafedra"),
    }
    for expected, url in cases.items():
        code, out, err = run(capsys, "--db", connection_string(url), "seminars")
        assert code == 1 and out == ""
        assert err.startswith("kafedra: error: ") and err.count("\n") == 1, err
        assert expected in err
        assert "Traceback" not in err
        if url.password:
            assert url.password not in err


def test_an_unreachable_server_is_named_even_without_a_test_server(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", "postgresql+psycopg://kafedra:secret@127.0.0.1:9/kafedra", "people")
    assert code == 1
    assert err == (
        "kafedra: error: postgresql+psycopg://kafedra:***@127.0.0.1:9/kafedra: the server 127.0.0.1:9 is unreachable;"
        " check the address and that PostgreSQL is running there\n"
    )


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg2"])
def test_the_address_an_administrator_hands_out_works_as_it_is(capsys: pytest.CaptureFixture[str], scheme: str) -> None:
    # plain postgresql:// (and the older spellings) go through the driver Kafedra ships, psycopg 3
    code, _out, err = run(capsys, "--db", f"{scheme}://kafedra@127.0.0.1:9/kafedra", "people")
    assert code == 1
    assert err == (
        "kafedra: error: postgresql+psycopg://kafedra@127.0.0.1:9/kafedra: the server 127.0.0.1:9 is unreachable;"
        " check the address and that PostgreSQL is running there\n"
    )


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("mysql://kafedra@db/kafedra", "mysql://kafedra@db/kafedra: Kafedra works with a SQLite file or a PostgreSQL"),
        ("postgresql://kafedra@db:port/kafedra", "postgresql://kafedra@db:port/kafedra: not a database path or URL"),
    ],
)
def test_an_address_kafedra_cannot_use_is_one_line(capsys: pytest.CaptureFixture[str], address: str, said: str) -> None:
    code, _out, err = run(capsys, "--db", address, "people")
    assert code == 1 and err.startswith(f"kafedra: error: {said}") and err.count("\n") == 1
