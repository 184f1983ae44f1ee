"""Make a large Kafedra database for the start-up and directory benchmarks (and for trying the app at scale).

`python -m bench.make_database PATH [--people 20000] [--seminars 500]`. Rows go in through SQLAlchemy Core
with the same key functions the ORM uses, so the result is an ordinary, fully valid Kafedra database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from desktop.domain import names
from desktop.storage.database import open_database
from desktop.storage.keys import organisation_keys, person_keys
from desktop.storage.models import Block, Organisation, Participation, Person, Seminar, Talk, TalkSpeaker

SURNAMES = [
    "Иванов",
    "Петров",
    "Соловьёв",
    "Кузнецов",
    "Ковалёв",
    "Лебедев",
    "Новиков",
    "Морозов",
    "Черных",
    "Шевченко",
]
MEN = ["Александр", "Пётр", "Сергей", "Андрей", "Михаил", "Алексей", "Юрий", "Илья", "Тарас", "Богдан"]
WOMEN = ["Мария", "Анна", "Ольга", "Алёна", "Наталья", "Тетяна", "Людмила", "Мар’яна", "Ірина", "Ксения"]
KINDS = ["seminar", "conference", "webinar", "round_table", "master_class", "training"]
STATUSES = ["planned", "registration_open", "held", "archived"]
FATHERS = ["Иван", "Пётр", "Сергей", "Андрей", "Михаил", "Алексей", "Юрий", "Илья", "Олег", "Николай"]
PATRONYMICS = {
    "Иван": ("Иванович", "Ивановна"),
    "Пётр": ("Петрович", "Петровна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Илья": ("Ильич", "Ильинична"),
    "Олег": ("Олегович", "Олеговна"),
    "Николай": ("Николаевич", "Николаевна"),
}


def build(path: Path, people: int, seminars: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    with db.transaction() as session:
        orgs = []
        for i in range(max(1, people // 40)):
            full = f"МБУК «Централизованная библиотечная система № {i + 1}» г. Светлоярска"
            orgs.append(
                {
                    "id": i + 1,
                    "full_name": full,
                    "short_name": f"ЦБС № {i + 1}",
                    "city": "Светлоярск",
                    "region": f"Область {i % 40 + 1}",
                    **organisation_keys(full, f"ЦБС № {i + 1}", "Светлоярск"),
                }
            )
        session.execute(insert(Organisation), orgs)
        rows = []
        for i in range(people):
            female = i % 2 == 1
            surname = SURNAMES[i % 10] + ("а" if female and not SURNAMES[i % 10].endswith(("ко", "их")) else "")
            given = (WOMEN if female else MEN)[(i // 10) % 10]
            patronymic = PATRONYMICS[FATHERS[(i // 100) % 10]][int(female)]
            email = f"p{i}@cbs.example"
            rows.append(
                {
                    "id": i + 1,
                    "surname": surname,
                    "given_name": given,
                    "patronymic": patronymic,
                    "gender": names.infer_gender(given, patronymic).value,
                    "position": "библиотекарь",
                    "organisation_id": rng.randint(1, len(orgs)),
                    "email": email,
                    **person_keys(surname, given, patronymic, email),
                }
            )
        session.execute(insert(Person), rows)
        talk_id = 0
        start = dt.datetime(2020, 1, 15, 10, 0)
        for s in range(seminars):
            begins = start + dt.timedelta(days=5 * s)
            title = f"Семинар № {s + 1}: «Библиотека и чтение в цифровой среде»"
            session.execute(
                insert(Seminar),
                [
                    {
                        "id": s + 1,
                        "uid": f"bench-{s + 1}",
                        "title": title,
                        "kind": KINDS[s % len(KINDS)],
                        "format": ["in_person", "online", "hybrid"][s % 3],
                        "starts_at": begins,
                        "ends_at": begins + dt.timedelta(hours=6),
                        "language": "uk" if s % 5 == 0 else "ru",
                        "status": STATUSES[s % 4],
                        "search_key": names.fold(title),
                    }
                ],
            )
            session.execute(
                insert(Block),
                [
                    {
                        "id": s + 1,
                        "seminar_id": s + 1,
                        "position": 0,
                        "title": "Пленарное заседание",
                        "starts_at": begins,
                    }
                ],
            )
            talks: list[dict[str, Any]] = []
            speakers: list[dict[str, Any]] = []
            for t in range(10):
                talk_id += 1
                talks.append(
                    {
                        "id": talk_id,
                        "seminar_id": s + 1,
                        "block_id": s + 1,
                        "position": t,
                        "title": f"Доклад {t + 1}",
                        "kind": "talk",
                        "duration_minutes": 20,
                        "mode": "in_person",
                    }
                )
                speakers.append({"talk_id": talk_id, "person_id": rng.randint(1, people), "position": 0})
            session.execute(insert(Talk), talks)
            session.execute(insert(TalkSpeaker), speakers)
            chosen = rng.sample(range(1, people + 1), k=min(people, 40))
            session.execute(
                insert(Participation),
                [
                    {
                        "seminar_id": s + 1,
                        "person_id": p,
                        "role": "participant",
                        "mode": "online" if p % 2 else "in_person",
                        "registered_at": begins - dt.timedelta(days=3),
                        "attended": True,
                    }
                    for p in chosen
                ],
            )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.make_database", description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--seminars", type=int, default=500)
    args = parser.parse_args()
    if args.path.exists():
        raise SystemExit(f"{args.path} exists; choose a new file")
    build(args.path, args.people, args.seminars)
    print(f"wrote {args.path}: {args.people} people, {args.seminars} seminars")


if __name__ == "__main__":
    main()
