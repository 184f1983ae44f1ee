"""Several users at once on one database (SQLite file, and PostgreSQL when a server is configured).

Four writers, each with its own connection like four department PCs, issue fifty certificates each, one
transaction per certificate: every number is used exactly once and the sequence has no gap. Two users saving
the same talk: the second save is refused instead of silently overwriting the first.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import insert, text
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, KafedraError
from desktop.domain.records import PersonData, SeminarData, TalkData
from desktop.services import certificates, participants, people, programme, seminars
from desktop.storage.database import Database, open_database
from desktop.storage.models import Organisation, Participation, Talk

WRITERS, PER_WRITER = 4, 50
ISSUED_ON = dt.date(2027, 1, 15)  # a year with no counter row yet: the first numbers race too


def _registrations(db: Database, count: int) -> list[int]:
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session,
            SeminarData(
                title="Вебинар «Каталогизация без ошибок»",
                starts_at=dt.datetime(2027, 1, 15, 10, 0),
                ends_at=dt.datetime(2027, 1, 15, 12, 0),
            ),
        )
        ids = []
        for n in range(count):
            person_id = people.add_person(session, PersonData(surname=f"Участникова-{n}", given_name="Алёна"))
            ids.append(participants.register(session, seminar_id, person_id)[0])
    return ids


def test_parallel_writers_get_unique_gap_free_certificate_numbers(db: Database, db_target: str) -> None:
    ids = _registrations(db, WRITERS * PER_WRITER)
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS, timeout=60)

    # one Database each, as on four computers (opened here: Alembic's loading of its scripts is not thread-safe)
    users = [open_database(db_target) for _ in range(WRITERS)]

    def writer(own: Database, mine: list[int]) -> None:
        try:
            start.wait()
            for participation_id in mine:
                with own.transaction() as session:
                    certificates.issue_certificate(session, participation_id, issued_on=ISSUED_ON)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            own.dispose()

    threads = [
        threading.Thread(target=writer, args=(users[n], ids[n * PER_WRITER : (n + 1) * PER_WRITER]))
        for n in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    with db.reading() as session:
        register = certificates.list_register(session, year=ISSUED_ON.year)
    numbers = [c.number for c in register]
    assert len(numbers) == len(set(numbers)) == WRITERS * PER_WRITER
    assert sorted(c.sequence for c in register) == list(range(1, WRITERS * PER_WRITER + 1))


def test_a_rolled_back_issue_leaves_no_gap(db: Database) -> None:
    first, second = _registrations(db, 2)
    with pytest.raises(RuntimeError), db.transaction() as session:
        certificates.issue_certificate(session, first, issued_on=ISSUED_ON)
        raise RuntimeError("the user cancelled the export")
    with db.transaction() as session:
        issued = certificates.issue_certificate(session, second, issued_on=ISSUED_ON)
    assert issued.sequence == 1


def test_the_second_of_two_saves_of_one_talk_is_refused_not_lost(db: Database, db_target: str) -> None:
    with db.transaction() as session:
        seminar_id = seminars.create_seminar(
            session,
            SeminarData(
                title="Семинар методистов",
                starts_at=dt.datetime(2027, 2, 1, 10, 0),
                ends_at=dt.datetime(2027, 2, 1, 12, 0),
            ),
        )
        talk_id = programme.add_talk(session, seminar_id, TalkData(title="Каталог в облаке", duration_minutes=20))
    other = open_database(db_target)
    try:
        with db.sessions() as mine, other.sessions() as theirs:
            my_talk = mine.get_one(Talk, talk_id)
            mine.commit()  # the window shows what it read and ends the reading transaction
            their_talk = theirs.get_one(Talk, talk_id)
            their_talk.title = "Каталог в облаке: опыт района"
            theirs.commit()
            my_talk.title = "Каталог на сервере"
            with pytest.raises(StaleDataError):
                mine.commit()
    finally:
        other.dispose()
    with db.reading() as session:
        assert session.get_one(Talk, talk_id).title == "Каталог в облаке: опыт района"


def test_a_reading_snapshot_does_not_see_a_commit_made_during_it(db: Database, db_target: str) -> None:
    ids = _registrations(db, 3)
    other = open_database(db_target)
    try:
        with db.reading() as session:
            before = len(certificates.list_register(session, year=ISSUED_ON.year))
            with other.transaction() as writer:
                certificates.issue_certificate(writer, ids[0], issued_on=ISSUED_ON)
            during = len(certificates.list_register(session, year=ISSUED_ON.year))
        with db.reading() as session:
            after = len(certificates.list_register(session, year=ISSUED_ON.year))
    finally:
        other.dispose()
    assert (before, during, after) == (0, 0, 1)


def test_two_users_issuing_for_the_same_registration_never_make_two_certificates(db: Database, db_target: str) -> None:
    # the first holds its transaction open while the second asks for the same participant's certificate
    (participation_id,) = _registrations(db, 1)
    other = open_database(db_target)
    outcome: list[object] = []
    first_issued = threading.Event()

    def second_user() -> None:
        first_issued.wait(timeout=30)
        try:
            with other.transaction() as session:
                outcome.append(certificates.issue_certificate(session, participation_id, issued_on=ISSUED_ON))
        except BaseException as exc:  # looked at by the main thread
            outcome.append(exc)

    thread = threading.Thread(target=second_user)
    thread.start()
    with db.transaction() as session:
        first = certificates.issue_certificate(session, participation_id, issued_on=ISSUED_ON)
        first_issued.set()
        time.sleep(0.5)  # the second user is now waiting for the numbering lock (or SQLite's write lock)
    thread.join(timeout=60)
    other.dispose()
    (second,) = outcome
    # SQLite queues whole transactions, so the second sees the certificate; on a server it is told to try again
    if isinstance(second, BaseException):
        assert isinstance(second, ConflictError) and str(second) == certificates.CONCURRENT_ISSUE
    else:
        assert second == first
    with db.reading() as session:
        register = certificates.list_register(session, year=ISSUED_ON.year)
        assert [c.number for c in register] == [first.number]  # one certificate, and the counter was not moved on
        linked = session.get(Participation, participation_id)
        assert linked is not None and linked.certificate_id == first.id
    with db.transaction() as session:  # trying again gives the one certificate
        assert certificates.issue_certificate(session, participation_id, issued_on=ISSUED_ON) == first


def test_a_server_refusal_or_a_lost_connection_is_one_sentence(db: Database, db_target: str) -> None:
    if db.path is not None:
        pytest.skip("a server's checks and connections")
    too_long = r"^The database server refused a value \(value too long"
    with pytest.raises(KafedraError, match=too_long), db.transaction() as s:
        s.execute(insert(Organisation).values(full_name="Библиотека", key="b", city="Г" * 201))
    administrator = open_database(db_target)
    try:
        lost = r"^The connection to the database server was lost"
        with pytest.raises(KafedraError, match=lost), db.transaction() as s:
            own = s.execute(text("SELECT pg_backend_pid()")).scalar()
            with administrator.engine.connect() as other:  # the server is restarted under this user
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": own})
            s.execute(text("SELECT 1"))
    finally:
        administrator.dispose()
    with db.reading() as s:  # the next action reconnects
        assert s.execute(text("SELECT count(*) FROM organisations")).scalar() == 0
