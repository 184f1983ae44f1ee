"""Crash in the middle: SIGKILL a 10,000-row import and a certificate batch at random moments mid-work.

Each trial works on a fresh copy of one prepared database. Afterwards SQLite's full integrity check passes,
the import is wholly there or wholly absent, and the certificate register holds every number once, with no
gap, matching the per-year counter and the participations that point at it.
"""

from __future__ import annotations

import csv
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROWS = 10_000
SEED = 20261125
ROOT = Path(__file__).resolve().parents[2]


def kafedra(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def write_registrations(path: Path, count: int) -> None:
    surnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков"]
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Фамилия", "Имя", "Отчество", "Организация", "Электронная почта"])
        for number in range(count):
            female = number % 2 == 1
            writer.writerow(
                [
                    surnames[number % len(surnames)] + ("а" if female else ""),
                    ("Мария", "Анна", "Ольга")[number % 3] if female else ("Сергей", "Юрий", "Илья")[number % 3],
                    "Ивановна" if female else "Петрович",
                    f"Библиотека № {number % 97 + 1}",
                    f"reader{number}@example.org",
                ]
            )


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def scalar(path: Path, sql: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def participants(path: Path) -> int:
    return scalar(path, "SELECT count(*) FROM participations WHERE seminar_id = 1")


@dataclass(frozen=True)
class Prepared:
    demo: Path  # the demo seminars
    imported: Path  # the demo plus 10,000 registrations in seminar 1
    csv: Path
    import_seconds: float


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    folder = tmp_path_factory.mktemp("crash")
    registrations = folder / "registrations.csv"
    write_registrations(registrations, ROWS)
    demo = folder / "demo.sqlite3"
    subprocess.run(kafedra("--db", str(demo), "demo"), check=True, capture_output=True, cwd=ROOT)
    imported = folder / "imported.sqlite3"
    shutil.copyfile(demo, imported)
    started = time.monotonic()
    subprocess.run(
        kafedra("--db", str(imported), "import", "participants", "--seminar", "1", str(registrations)),
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return Prepared(demo, imported, registrations, time.monotonic() - started)


def fresh_copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(source, target)
    return target


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def kill_moments(total: float, count: int) -> Iterator[float]:
    """Random moments spread over the run, from while it reads the file to just before it commits."""
    rng = random.Random(SEED)
    for index in range(count):
        low, high = total * index / count, total * (index + 1) / count
        yield rng.uniform(max(low, 0.2), max(high, 0.25))


def test_an_import_killed_at_any_moment_is_wholly_there_or_wholly_absent(prepared: Prepared, tmp_path: Path) -> None:
    before = participants(prepared.demo)
    assert participants(prepared.imported) == before + ROWS  # an uninterrupted import adds every row
    outcomes = []
    for trial, delay in enumerate(kill_moments(prepared.import_seconds, 4)):
        database = fresh_copy(prepared.demo, tmp_path, f"import-{trial}.sqlite3")
        process = subprocess.Popen(
            kafedra("--db", str(database), "import", "participants", "--seminar", "1", str(prepared.csv)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            text=True,
        )
        time.sleep(delay)
        killed = process.poll() is None
        if killed:
            kill(process)
        assert integrity(database) == "ok", f"trial {trial}, killed after {delay:.2f}s"
        count = participants(database)
        assert count in (before, before + ROWS), f"trial {trial}: {count - before} of {ROWS} rows after a kill"
        outcomes.append((killed, count == before))
    assert any(killed for killed, _ in outcomes), "no trial was killed before the import ended"


def test_the_import_survives_a_kill_while_its_transaction_is_being_written(prepared: Prepared, tmp_path: Path) -> None:
    """The kill lands once the write-ahead log has grown: pages of the import are on disk, uncommitted."""
    before = participants(prepared.demo)
    database = fresh_copy(prepared.demo, tmp_path, "import-wal.sqlite3")
    wal = database.with_name(database.name + "-wal")
    process = subprocess.Popen(
        kafedra("--db", str(database), "import", "participants", "--seminar", "1", str(prepared.csv)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 64 * 1024:
            break
        time.sleep(0.002)
    if process.poll() is None:
        kill(process)
    assert integrity(database) == "ok"
    assert participants(database) in (before, before + ROWS)


def register_problems(path: Path) -> list[str]:
    """What is wrong with the register of 2026: duplicates, gaps, a counter that disagrees, dangling links."""
    connection = sqlite3.connect(path)
    try:
        sequences = [row[0] for row in connection.execute("SELECT sequence FROM certificates WHERE year = 2026")]
        numbers = [row[0] for row in connection.execute("SELECT number FROM certificates WHERE year = 2026")]
        counter = connection.execute("SELECT last_sequence FROM certificate_counters WHERE year = 2026").fetchone()
        linked = connection.execute(
            "SELECT count(*) FROM participations p JOIN certificates c ON c.id = p.certificate_id WHERE c.year = 2026"
        ).fetchone()[0]
    finally:
        connection.close()
    problems = []
    if len(set(numbers)) != len(numbers):
        problems.append("a number is issued twice")
    if sorted(sequences) != list(range(1, len(sequences) + 1)):
        problems.append(f"the sequence has gaps: {len(sequences)} rows up to {max(sequences, default=0)}")
    if sequences and (counter is None or counter[0] != len(sequences)):
        problems.append(f"the counter says {counter} for {len(sequences)} certificates")
    if linked != len(sequences):
        problems.append(f"{len(sequences)} certificates but {linked} participations point at one")
    return problems


def test_a_certificate_batch_killed_mid_way_loses_and_repeats_no_number(prepared: Prepared, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    assert register_problems(prepared.imported) == []
    already = scalar(prepared.imported, "SELECT count(*) FROM certificates WHERE year = 2026")
    waiting = scalar(
        prepared.imported, "SELECT count(*) FROM participations WHERE seminar_id = 1 AND certificate_id IS NULL"
    )
    killed_mid_way = 0
    for trial in range(3):
        database = fresh_copy(prepared.imported, tmp_path, f"certificates-{trial}.sqlite3")
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_worker", str(database), "1", "1000"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            text=True,
        )
        assert process.stdout is not None
        wanted = rng.randint(1, 4)  # batches to let through before the kill lands inside a later one
        committed = 0
        for line in process.stdout:
            committed = int(line.split()[1])
            if committed >= wanted * 1000:
                break
        time.sleep(rng.uniform(0.0, 0.15))
        if process.poll() is None:
            kill(process)
            killed_mid_way += 1
        process.stdout.close()
        assert integrity(database) == "ok"
        assert register_problems(database) == [], f"trial {trial}"
        issued = scalar(database, "SELECT count(*) FROM certificates WHERE year = 2026") - already
        assert committed <= issued <= waiting and issued % 1000 in (0, waiting % 1000), f"trial {trial}: {issued}"
        # numbering resumes after the crash exactly where the register ends
        subprocess.run(
            [sys.executable, "-m", "tests.reliability.crash_worker", str(database), "1", "5000"],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        assert register_problems(database) == []
        assert scalar(database, "SELECT count(*) FROM certificates WHERE year = 2026") == already + waiting
    assert killed_mid_way >= 2
