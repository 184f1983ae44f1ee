"""Importing a registrations CSV (cp1251, `;`, all new people) with `kafedra import participants`.

Baseline: plain Python parsing the same CSV and `sqlite3.executemany`-ing the rows into one table; it does
none of the cleaning and matching, so the ratio is the whole budget for them (goal ≤ 10).
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench.case import Case, Goal

SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков", "Соловьёв"]
MEN = ["Александр", "Дмитрий", "Сергей", "Андрей", "Михаил", "Алексей", "Юрий", "Илья"]
WOMEN = ["Мария", "Анна", "Ольга", "Екатерина", "Наталья", "Татьяна", "Людмила", "Алёна"]
HEADER = ["Фамилия", "Имя", "Отчество", "Должность", "Организация", "Город", "Электронная почта", "Формат участия"]


def csv_path(workdir: Path, size: int) -> Path:
    return workdir / f"registrations-{size}.csv"


def write_registrations(workdir: Path, size: int) -> None:
    """`size` distinct new people, as Excel on a Russian Windows PC saves a form's answers."""
    with csv_path(workdir, size).open("w", encoding="cp1251", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(size):
            female = i % 2 == 1
            writer.writerow(
                [
                    SURNAMES[i % 10] + ("а" if female else ""),
                    (WOMEN if female else MEN)[(i // 10) % 8],
                    f"Тестовна-{i}" if female else f"Тестович-{i}",
                    "библиотекарь",
                    f"МБУК «Библиотека № {i % 211 + 1}»",
                    "Сарапул",
                    f"reader{i}@library.example",
                    "дистанционно" if i % 3 else "очно",
                ]
            )


def prepare(workdir: Path, size: int) -> None:
    write_registrations(workdir, size)
    demo = workdir / "demo.sqlite3"
    if not demo.exists():
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(demo), "demo"], check=True, capture_output=True)


def ours(workdir: Path, size: int) -> Callable[[], object]:
    database = workdir / f"ours-{size}.sqlite3"
    shutil.copy(workdir / "demo.sqlite3", database)
    command = [
        sys.executable, "-m", "desktop", "--db", str(database),
        "import", "participants", "--seminar", "1", str(csv_path(workdir, size)),
    ]  # fmt: skip
    return lambda: subprocess.run(command, check=True, capture_output=True)


def baseline(workdir: Path, size: int) -> Callable[[], object]:
    database = workdir / f"plain-{size}.sqlite3"
    database.unlink(missing_ok=True)
    source = csv_path(workdir, size)

    def work() -> None:
        connection = sqlite3.connect(database)
        connection.execute(f"CREATE TABLE rows ({', '.join(f'c{i} TEXT' for i in range(len(HEADER)))})")
        with source.open(encoding="cp1251", newline="") as stream:
            reader = csv.reader(stream, delimiter=";")
            next(reader)
            placeholders = ", ".join("?" * len(HEADER))  # a fixed count of placeholders, no data in the SQL
            connection.executemany(f"INSERT INTO rows VALUES ({placeholders})", reader)  # noqa: S608
        connection.commit()
        connection.close()

    return work


CASES = [
    Case(
        name="import-participants-csv",
        unit="rows",
        sizes=(100, 50_000),
        quick_sizes=(10, 500),
        goal=Goal("ratio", 10),
        ours=ours,
        baseline=baseline,
        prepare=prepare,
    )
]
