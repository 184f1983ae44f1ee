"""Two processes on one SQLite file: certificate numbers stay unique and gap-free, nobody fails on a lock."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.domain.records import PersonData, SeminarData
from desktop.services import certificates, participants, people, seminars
from desktop.storage.database import open_database

PER_WRITER = 40

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from desktop.services import certificates
    from desktop.storage.database import open_database

    db = open_database(sys.argv[1])
    for participation_id in map(int, sys.argv[2].split(",")):
        # one transaction per certificate, as a user clicking «issue» would make them
        with db.transaction() as session:
            certificates.issue_certificate(session, participation_id, issued_on=dt.date(2026, 11, 25))
    db.dispose()
    """
)


def test_two_processes_issuing_certificates_get_unique_gap_free_numbers(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session,
            SeminarData(
                title="Вебинар «Каталогизация без ошибок»",
                starts_at=dt.datetime(2026, 11, 25, 10, 0),
                ends_at=dt.datetime(2026, 11, 25, 12, 0),
            ),
        )
        ids = []
        for n in range(2 * PER_WRITER):
            person_id = people.add_person(session, PersonData(surname=f"Участникова-{n}", given_name="Алёна"))
            ids.append(participants.register(session, seminar_id, person_id)[0])
    db.dispose()
    halves = [",".join(map(str, ids[:PER_WRITER])), ",".join(map(str, ids[PER_WRITER:]))]
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), half], stderr=subprocess.PIPE, text=True)
        for half in halves
    ]
    errors = [w.communicate(timeout=120)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    db = open_database(path)
    with db.transaction() as session:
        register = certificates.list_register(session, year=2026)
    db.dispose()
    numbers = [c.number for c in register]
    assert len(numbers) == len(set(numbers)) == 2 * PER_WRITER
    assert sorted(c.sequence for c in register) == list(range(1, 2 * PER_WRITER + 1))
    assert {c.seminar_id for c in register} == {seminar_id}
