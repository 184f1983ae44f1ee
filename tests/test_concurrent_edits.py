"""Two writers on one database: an edit made on an older copy of a record is refused and says who changed it.

Each writer is its own `Database` (as two windows, or a window and the command line, are): the second one to
save an edit of the same talk, registration, seminar, … gets a `ConflictError` naming the first writer, and the
first writer's text stays. A writer's own successive edits (and their undo) never conflict with themselves.
A lock held past the busy timeout becomes one sentence, in the window's op and in the command line.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cli.main import main as kafedra_main
from desktop.domain.enums import ResolutionSection, Role
from desktop.domain.errors import ConflictError, DatabaseBusyError, NotFoundError
from desktop.domain.records import BlockData, OrganisationData, PersonData, ProfileData, SeminarData, TalkData
from desktop.services import certificates, organisations, participants, people, profile, programme, resolution, seminars
from desktop.storage import database as database_module
from desktop.storage.database import Database, open_database
from desktop.storage.models import Participation, Talk
from tests.conftest import add_person

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def ivanova(db: Database) -> Database:
    db.user = "ivanova"
    return db


@pytest.fixture
def petrov(db_target: str, ivanova: Database) -> Iterator[Database]:
    """A second writer on the same database: another window or another computer."""
    other = open_database(db_target)
    other.user = "petrov"
    yield other
    other.dispose()


def _talk(db: Database, seminar_id: int) -> tuple[int, int]:
    with db.reading() as s:
        talk = programme.get_programme(s, seminar_id).all_talks()[0]
    return talk.id, talk.version


@pytest.fixture
def talk_seminar(ivanova: Database) -> int:
    with ivanova.transaction() as s:
        seminar_id = seminars.create_seminar(
            s, SeminarData("Семинар «Чтение летом»", dt.datetime(2026, 6, 2, 10), dt.datetime(2026, 6, 2, 15))
        )
        programme.add_talk(s, seminar_id, TalkData("Летнее чтение: итоги", 20))
    return seminar_id


def test_the_second_writer_of_a_talk_is_told_who_changed_it_and_loses_nothing(
    ivanova: Database, petrov: Database, talk_seminar: int
) -> None:
    talk_id, seen = _talk(petrov, talk_seminar)  # both windows show version `seen`
    with ivanova.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Летнее чтение: итоги года", 25), expected_version=seen)
    with pytest.raises(ConflictError) as refused, petrov.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Летнее чтение — 2026", 20), expected_version=seen)
    message = str(refused.value)
    assert message.startswith("The talk «Летнее чтение: итоги года» was changed by ivanova at ")
    assert message.endswith("after you opened it; reload to see the changes")
    with petrov.reading() as s:
        stored = s.get(Talk, talk_id)
        assert stored is not None
        assert (stored.title, stored.duration_minutes, stored.updated_by) == (
            "Летнее чтение: итоги года",
            25,
            "ivanova",
        )
    # after a reload the second writer's edit goes through, stamped with their name
    _, fresh = _talk(petrov, talk_seminar)
    with petrov.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Летнее чтение — 2026", 25), expected_version=fresh)
    with ivanova.reading() as s:
        stored = s.get(Talk, talk_id)
        assert stored is not None and (stored.title, stored.updated_by) == ("Летнее чтение — 2026", "petrov")


def test_two_saves_at_the_same_moment_the_second_is_refused(
    ivanova: Database, petrov: Database, talk_seminar: int
) -> None:
    """Both passed the version check at once (PostgreSQL) or the second waited for the lock (SQLite): either way
    the second is refused, by the version column's UPDATE … WHERE version = n or by the check after the wait."""
    talk_id, seen = _talk(petrov, talk_seminar)
    outcome: list[str] = []

    def second_saver() -> None:
        try:
            with petrov.transaction() as s:
                programme.update_talk(s, talk_id, TalkData("Правка Петрова", 20), expected_version=seen)
            outcome.append("saved")
        except ConflictError as exc:
            outcome.append(str(exc))

    with ivanova.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Правка Ивановой", 20), expected_version=seen)
        s.flush()  # the row is written and locked, not yet committed
        saver = threading.Thread(target=second_saver)
        saver.start()
        time.sleep(0.3)  # the second saver reaches the lock
    saver.join(timeout=20)
    assert len(outcome) == 1 and outcome[0] != "saved"
    assert outcome[0].endswith("reload to see the changes") or outcome[0].endswith("reload to see it.")
    with petrov.reading() as s:
        stored = s.get(Talk, talk_id)
        assert stored is not None and (stored.title, stored.version) == ("Правка Ивановой", seen + 1)


def test_a_writers_own_successive_edits_and_their_undo_do_not_conflict(
    ivanova: Database, petrov: Database, talk_seminar: int
) -> None:
    talk_id, seen = _talk(ivanova, talk_seminar)
    for title in ("Первая правка", "Вторая правка, до обновления окна", "Летнее чтение: итоги"):  # the last: undo
        with ivanova.transaction() as s:
            programme.update_talk(s, talk_id, TalkData(title, 20), expected_version=seen)
    _, now = _talk(ivanova, talk_seminar)
    assert now == seen + 3
    # another writer in between makes the same stale copy a conflict again
    with petrov.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Правка Петрова", 20))  # a script: no check
    with pytest.raises(ConflictError, match="changed by petrov"), ivanova.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Третья правка", 20), expected_version=seen)


def test_a_change_of_speakers_alone_counts_as_a_change(ivanova: Database, petrov: Database, talk_seminar: int) -> None:
    talk_id, seen = _talk(petrov, talk_seminar)
    with ivanova.transaction() as s:
        speaker = add_person(s, "Соколова", "Вера", "Павловна")
        programme.update_talk(s, talk_id, TalkData("Летнее чтение: итоги", 20, speaker_ids=(speaker,)), seen)
    with pytest.raises(ConflictError, match="ivanova"), petrov.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Летнее чтение: итоги", 30), expected_version=seen)


def test_an_edit_of_a_talk_deleted_meanwhile_says_it_is_gone(
    ivanova: Database, petrov: Database, talk_seminar: int
) -> None:
    talk_id, seen = _talk(petrov, talk_seminar)
    with ivanova.transaction() as s:
        programme.delete_talk(s, talk_id)
    with pytest.raises(NotFoundError, match=f"no talk with id {talk_id}"), petrov.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Поздняя правка", 20), expected_version=seen)


def test_concurrent_edits_of_one_registration(ivanova: Database, petrov: Database, talk_seminar: int) -> None:
    with ivanova.transaction() as s:
        person = add_person(s, "Кузнецова", "Ольга", "Игоревна")
        participation_id, _ = participants.register(s, talk_seminar, person)
    with petrov.reading() as s:
        seen = participants.list_participants(s, talk_seminar)[0].version
    with ivanova.transaction() as s:
        participants.set_role(s, participation_id, Role.SPEAKER, expected_version=seen)
    with pytest.raises(ConflictError) as refused, petrov.transaction() as s:
        participants.mark_attendance(s, [participation_id], True, {participation_id: seen})
    assert str(refused.value).startswith("The registration of «Кузнецова Ольга Игоревна» was changed by ivanova")
    with petrov.reading() as s:
        row = s.scalars(select(Participation)).one()
        assert (row.role, row.attended) == (Role.SPEAKER.value, False)


def test_a_certificate_issued_meanwhile_is_not_a_conflict(
    ivanova: Database, petrov: Database, talk_seminar: int
) -> None:
    # a register number is not an edit of the registration: the other user's change of role still saves
    with ivanova.transaction() as s:
        person = add_person(s, "Кузнецова", "Ольга", "Игоревна")
        participation_id, _ = participants.register(s, talk_seminar, person)
    with petrov.reading() as s:
        seen = participants.list_participants(s, talk_seminar)[0].version
    with ivanova.transaction() as s:
        issued = certificates.issue_certificate(s, participation_id, issued_on=dt.date(2026, 5, 1))
    with petrov.transaction() as s:
        participants.set_role(s, participation_id, Role.SPEAKER, expected_version=seen)
    with petrov.reading() as s:
        row = s.scalars(select(Participation)).one()
        assert (row.role, row.certificate_id) == (Role.SPEAKER.value, issued.id)
        assert row.certificate is not None and row.certificate.number == issued.number


def _seminar_version(s: Session, seminar_id: int) -> int:
    return seminars.get_seminar(s, seminar_id).version


def _resolution_version(s: Session, seminar_id: int) -> int:
    return resolution.get_resolution(s, seminar_id).version


Edit = Callable[[Session, int, str, int | None], object]


def _block_id(s: Session, seminar_id: int) -> int:
    blocks = programme.get_programme(s, seminar_id).blocks
    if blocks:
        return blocks[0].id
    return programme.add_block(s, seminar_id, BlockData("Секция 1", dt.datetime(2026, 6, 2, 11)))


def _person_id(s: Session) -> int:
    return add_person(s, "Орлова", "Анна", "Сергеевна")


def _organisation_id(s: Session) -> int:
    return organisations.find_or_create_organisation(s, OrganisationData("ЦБС г. Твери"))


CASES: dict[str, tuple[Callable[[Session, int], int], Edit, str]] = {
    # what: (the version a window shows, an edit with the version it saw, how the message names it)
    "seminar": (
        _seminar_version,
        lambda s, sid, text, v: seminars.update_seminar(
            s, sid, SeminarData(text, dt.datetime(2026, 6, 2, 10), dt.datetime(2026, 6, 2, 15)), v
        ),
        "The seminar «",
    ),
    "block": (
        lambda s, sid: programme.get_programme(s, sid).blocks[0].version,
        lambda s, sid, text, v: programme.update_block(
            s, _block_id(s, sid), BlockData(text, dt.datetime(2026, 6, 2, 11)), v
        ),
        "The block «",
    ),
    "preamble": (
        _resolution_version,
        lambda s, sid, text, v: resolution.set_preamble(s, sid, text, None, v),
        "The resolution of «",
    ),
    "resolution item": (
        _resolution_version,
        lambda s, sid, text, v: resolution.edit_item(
            s, resolution.get_resolution(s, sid).items[0].id, text, expected_version=v
        ),
        "The resolution of «",
    ),
    "person": (
        lambda s, _sid: people.get_person(s, _person_id(s)).version,
        lambda s, _sid, text, v: people.update_person(
            s, _person_id(s), PersonData("Орлова", "Анна", "Сергеевна", notes=text), v
        ),
        "The directory entry «Орлова Анна",
    ),
    "organisation": (
        lambda s, _sid: organisations.get_organisation(s, _organisation_id(s)).version,
        lambda s, _sid, text, v: organisations.update_organisation(
            s, _organisation_id(s), OrganisationData("ЦБС г. Твери", city=text), v
        ),
        "The organisation «ЦБС г. Твери»",
    ),
    "profile": (
        lambda s, _sid: profile.get_profile(s).version,
        lambda s, _sid, text, v: profile.update_profile(s, ProfileData(name=text), v),
        "The organisation profile",
    ),
}


@pytest.mark.parametrize("what", list(CASES))
def test_every_edited_record_refuses_an_edit_of_an_older_copy(
    what: str, ivanova: Database, petrov: Database, talk_seminar: int
) -> None:
    read_version, edit, named = CASES[what]
    with ivanova.transaction() as s:  # the record exists before either window opens it
        if what == "resolution item":
            resolution.add_item(s, talk_seminar, ResolutionSection.RECOMMENDATION, "Исходный пункт")
        edit(s, talk_seminar, "Исходный текст", None)
    with petrov.reading() as s:
        seen = read_version(s, talk_seminar)
    with ivanova.transaction() as s:
        edit(s, talk_seminar, "Правка Ивановой", seen)
    with pytest.raises(ConflictError) as refused, petrov.transaction() as s:
        edit(s, talk_seminar, "Правка Петрова", seen)
    assert str(refused.value).startswith(named)
    assert "was changed by ivanova at " in str(refused.value)
    with petrov.transaction() as s:  # after a reload it saves
        edit(s, talk_seminar, "Правка Петрова", read_version(s, talk_seminar))


def test_a_command_line_writer_is_named_in_the_windows_conflict(
    db: Database, db_target: str, talk_seminar: int
) -> None:
    """The second writer is another process (a script or command), run under another login name."""
    talk_id, seen = _talk(db, talk_seminar)
    script = textwrap.dedent(
        f"""
        from desktop.domain.records import TalkData
        from desktop.services import programme
        from desktop.storage.database import open_database

        db = open_database({db_target!r})
        with db.transaction() as session:
            programme.update_talk(session, {talk_id}, TalkData("Итоги, исправленные из командной строки", 20))
        db.dispose()
        """
    )
    env = {**os.environ, "LOGNAME": "sidorova", "USER": "sidorova"}
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    changed_by = "«Итоги, исправленные из командной строки» was changed by sidorova"
    with pytest.raises(ConflictError, match=changed_by), db.transaction() as s:
        programme.update_talk(s, talk_id, TalkData("Правка в окне", 20), expected_version=seen)


# --- SQLite's file: the write lock and the upgrade ---------------------------------------------------------


@pytest.fixture
def locked_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A database file whose write lock another connection holds (BEGIN IMMEDIATE), with a short busy timeout."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 150)
    path = tmp_path / "busy.sqlite3"
    first = open_database(path)
    with first.reading() as s:  # a working connection switches the new file to WAL, as the window's first query does
        seminars.list_seminars(s)
    first.dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield path
    holder.rollback()
    holder.close()


def test_a_lock_held_past_the_busy_timeout_is_one_sentence(locked_file: Path) -> None:
    db = open_database(locked_file)
    try:
        with pytest.raises(DatabaseBusyError) as busy, db.transaction() as s:
            seminars.create_seminar(s, SeminarData("Не сохранится", dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 1)))
        assert str(busy.value) == (
            "The database is busy: another Kafedra window or command is writing to it. Try again in a moment."
        )
        with db.reading() as s:  # readers are not blocked, and nothing was written
            assert seminars.list_seminars(s) == []
    finally:
        db.dispose()


def test_the_command_line_reports_a_busy_database_in_one_line(
    locked_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kafedra_main(["--db", str(locked_file), "demo"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "kafedra: error: The database is busy: another Kafedra window or command is writing to it."
        " Try again in a moment.\n"
    )


def test_the_upgrade_adds_updated_by_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "kafedra-rev0001.sqlite3", path)
    with sqlite3.connect(path) as before:
        talks_before = before.execute("SELECT id, title, version FROM talks ORDER BY id").fetchall()
    db = open_database(path)
    db.user = "ivanova"
    try:
        with db.reading() as s:
            rows = s.scalars(select(Talk).order_by(Talk.id)).all()
            assert [(t.id, t.title, t.version) for t in rows] == talks_before
            assert {t.updated_by for t in rows} == {None}  # nobody known for rows from before
        talk_id, seen = talks_before[0][0], talks_before[0][2]
        with db.transaction() as s:
            programme.update_talk(s, talk_id, TalkData("После обновления", 20), expected_version=seen)
        with db.reading() as s:
            talk = s.get(Talk, talk_id)
            assert talk is not None and (talk.updated_by, talk.version) == ("ivanova", seen + 1)
    finally:
        db.dispose()
