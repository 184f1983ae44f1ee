"""`kafedra copy-db` into an empty database of either engine (a new SQLite file; a PostgreSQL database when a
server is configured): every table's rows with their ids, the register and its counter, counts checked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.services import certificates, demo
from desktop.storage.database import open_database
from desktop.storage.models import Base, Participation


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The demo with ten certificates issued: a department's file with a register."""
    path = tmp_path / "department.sqlite3"
    db = open_database(path)
    try:
        with db.transaction() as session:
            demo.load_demo(session)
            ids = session.scalars(select(Participation.id).order_by(Participation.id).limit(10)).all()
            certificates.issue_certificates(session, [(pid, None) for pid in ids], dt.date(2026, 11, 20))
        with db.reading() as session:
            counts = {
                t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables
            }
    finally:
        db.dispose()
    return path, counts


def test_copy_db_copies_every_table_into_an_empty_database(
    capsys: pytest.CaptureFixture[str], source: tuple[Path, dict[str, int]], db_target: str, tmp_path: Path
) -> None:
    path, counts = source
    report = json.loads(ok(capsys, "copy-db", "--from", str(path), "--to", db_target, "--json"))
    assert report["tables"] == counts
    assert counts["certificates"] == 10 and counts["certificate_counters"] == 1 and counts["people"] > 200
    for what in (["seminars", "--json"], ["people", "соловь", "--json"]):
        assert ok(capsys, "--db", db_target, *what) == ok(capsys, "--db", str(path), *what)
    registers: list[bytes] = []
    for db in (str(path), db_target):
        out = tmp_path / f"register-{len(registers)}.csv"
        ok(capsys, "--db", db, "export", "register", "--format", "csv", "-o", str(out))
        registers.append(out.read_bytes())
    assert registers[0] == registers[1] and b"2026-0010" in registers[1]

    # the counter came along: the next certificate continues the year's sequence on the copy
    copy = open_database(db_target)
    try:
        with copy.transaction() as session:
            next_id = session.scalars(select(Participation.id).order_by(Participation.id).offset(10).limit(1)).one()
            issued = certificates.issue_certificate(session, next_id, issued_on=dt.date(2026, 11, 21))
    finally:
        copy.dispose()
    assert issued.sequence == 11


def test_copy_db_refuses_a_target_with_data_and_leaves_no_half_file(
    capsys: pytest.CaptureFixture[str], source: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    path, _counts = source
    code, out, err = run(capsys, "--db", str(path), "copy-db", "--to", str(path))
    assert (code, out) == (1, "")
    assert err == f"kafedra: error: {path}: the source and the target are the same database\n"

    target = tmp_path / "copy.sqlite3"
    ok(capsys, "--db", str(target), "demo")
    before = target.read_bytes()
    code, _out, err = run(capsys, "copy-db", "--from", str(path), "--to", str(target))
    assert code == 1 and "already holds" in err and err.count("\n") == 1
    assert target.read_bytes() == before

    missing = tmp_path / "no-such.sqlite3"
    code, _out, err = run(capsys, "copy-db", "--from", str(missing), "--to", str(tmp_path / "new.sqlite3"))
    assert code == 1 and err == f"kafedra: error: {missing}: no such database file\n"
    assert not (tmp_path / "new.sqlite3").exists() and not missing.exists()
