"""A real Kafedra database with one seminar of N participants (for certificates) or N talks (for programmes)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from desktop.domain import names
from desktop.domain.records import BlockData, OrganisationData, ProfileData, SeminarData, SignatoryData
from desktop.services import organisations, profile, programme, seminars
from desktop.storage.database import open_database
from desktop.storage.keys import person_keys
from desktop.storage.models import Participation, Person, Talk, TalkSpeaker

SURNAMES = ["Абрамкина", "Петрова-Водкина", "Соловьёва", "Черных", "Шевченко", "Королёва", "Калиновская", "Тауль"]
GIVEN = ["Елена", "Анна", "Алёна", "Ирина", "Ольга", "Людмила", "Наталья", "Мария"]
PATRONYMICS = ["Ивановна", "Петровна", "Сергеевна", "Михайловна", "Викторовна", "Юрьевна", "Фёдоровна", "Олеговна"]


def database(workdir: Path, what: str, size: int) -> Path:
    return workdir / f"{what}-{size}.sqlite3"


def copy_for_run(workdir: Path, what: str, size: int) -> Path:
    """Each measurement works on its own copy: a certificate run issues numbers, which a second run would reuse."""
    source = database(workdir, what, size)
    target = workdir / f"run-{what}-{size}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(source, target)
    return target


def people_rows(size: int, first_id: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(size):
        surname, given = SURNAMES[i % 8], GIVEN[(i // 8) % 8]
        patronymic, email = PATRONYMICS[(i // 64) % 8], f"p{i}@library.example"
        rows.append(
            {"id": first_id + i, "surname": surname, "given_name": given, "patronymic": patronymic,
             "gender": "female", "position": "ведущий методист", "email": email,
             **person_keys(surname, given, patronymic, email)}
        )  # fmt: skip
    return rows


def make(workdir: Path, what: str, size: int) -> None:
    """`what`: "participants" (a seminar with `size` people) or "talks" (a programme of `size` talks)."""
    path = database(workdir, what, size)
    if path.exists():
        return
    db = open_database(path)
    with db.transaction() as session:
        profile.update_profile(
            session,
            ProfileData(
                name="ГБУК «Северогорская областная универсальная научная библиотека им. И. А. Ветлугина»",
                signatories=(SignatoryData("А.П. Ключевский-Обухов", "Директор"),),
            ),
        )
        org = organisations.find_or_create_organisation(session, OrganisationData("МБУК «ЦБС г. Светлоярска»"))
        start = dt.datetime(2026, 11, 24, 9, 0)
        seminar_id = seminars.create_seminar(
            session,
            SeminarData(
                title="Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества",
                starts_at=start,
                ends_at=start + dt.timedelta(days=30),
                organiser_id=org,
                academic_hours=6,
            ),
        )
        first = (session.scalar(select(Person.id).order_by(Person.id.desc())) or 0) + 1
        if what == "participants":
            session.execute(insert(Person), people_rows(size, first))
            session.execute(
                insert(Participation),
                [{"seminar_id": seminar_id, "person_id": first + i, "role": "participant", "mode": "in_person",
                  "registered_at": start - dt.timedelta(days=3), "attended": True} for i in range(size)],
            )  # fmt: skip
        else:
            speakers = max(1, size // 4)
            session.execute(insert(Person), people_rows(speakers, first))
            talk_id = 0
            for block_number in range(0, size, 50):
                block_id = programme.add_block(
                    session,
                    seminar_id,
                    BlockData(f"Секция {block_number // 50 + 1}", start + dt.timedelta(days=block_number // 50)),
                )
                rows, links = [], []
                for position in range(min(50, size - block_number)):
                    talk_id += 1
                    rows.append({"seminar_id": seminar_id, "block_id": block_id, "position": position,
                                 "title": f"Доклад № {talk_id}: «Библиотека и чтение в цифровой среде»",
                                 "kind": "talk", "duration_minutes": 15, "mode": "in_person"})  # fmt: skip
                ids = session.scalars(insert(Talk).returning(Talk.id, sort_by_parameter_order=True), rows).all()
                for n, new_id in enumerate(ids):
                    links.append({"talk_id": new_id, "person_id": first + (block_number + n) % speakers, "position": 0})
                session.execute(insert(TalkSpeaker), links)
    db.dispose()


def names_of(path: Path) -> list[tuple[str, str, str]]:
    db = open_database(path)
    with db.reading() as session:
        rows = [(p.surname, p.given_name, p.patronymic) for p in session.scalars(select(Person).order_by(Person.id))]
    db.dispose()
    return rows


def talk_rows(path: Path) -> list[tuple[str, str, str]]:
    """(time, title, speaker line) of every talk, as a plain table would print them."""
    db = open_database(path)
    with db.reading() as session:
        prog = programme.get_programme(session, 1)
        rows = [
            (f"{t.starts_at:%H:%M}–{t.ends_at:%H:%M}", f"«{t.title}»",
             "; ".join(f"{names.full_name(s.surname, s.given_name, s.patronymic)}, {s.position}" for s in t.speakers))
            for t in prog.all_talks()
        ]  # fmt: skip
    db.dispose()
    return rows
