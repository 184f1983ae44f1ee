"""The services' English messages shown in the interface language (desktop/gui/service_messages.py).

Each message here is the real one: made by calling the service, domain, storage, importing or documents code
with bad input, so a change of wording below the GUI that the table no longer matches fails here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from desktop.documents.registry import prepare
from desktop.domain.enums import Gender
from desktop.domain.errors import KafedraError
from desktop.domain.numbering import check_pattern
from desktop.domain.records import OrganisationData, PersonData, ProfileData, SeminarData, TalkData
from desktop.domain.schedule import BlockInput, SlotInput, build_schedule
from desktop.gui.i18n import install_translators, translate
from desktop.gui.service_messages import CONTEXT, ROWS, TERMS, translated
from desktop.services import organisations, participants, people, profile, programme, registrations, seminars
from desktop.storage.database import open_database

CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
START = dt.datetime(2026, 11, 24, 10, 0)
END = dt.datetime(2026, 11, 24, 16, 0)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    def switch(code: str) -> str:
        return install_translators(qapp, code)

    yield switch
    install_translators(qapp, "en")  # the rest of the suite reads English


def raised(action: Callable[[], object]) -> str:
    with pytest.raises(KafedraError) as caught:
        action()
    return str(caught.value)


def assert_translated(language: Callable[[str], str], message: str, *parts: str) -> dict[str, str]:
    """`message` unchanged in English; in Russian and Ukrainian in Cyrillic, keeping `parts`."""
    assert translated(message) == message
    shown = {}
    for code in ("ru", "uk"):
        assert language(code) == code
        text = translated(message)
        assert CYRILLIC.search(text), f"{code}: still English: {text}"
        assert text != message
        for part in parts:
            assert part in text, f"{code}: {part!r} lost from {text!r}"
        shown[code] = text
    language("en")
    return shown


# -- the table itself


def test_every_row_matches_its_example_and_no_earlier_row_takes_it() -> None:
    for row in ROWS:
        assert row.pattern.fullmatch(row.example), row.template
        first = next(r for r in ROWS if r.pattern.fullmatch(row.example))
        assert first is row, f"«{row.example}» is taken by the earlier «{first.template}»"
        assert translated(row.example) == row.example  # English: the message as the CLI prints it


def test_every_template_and_term_is_translated(language: Callable[[str], str]) -> None:
    for code in ("ru", "uk"):
        language(code)
        for text in [row.template for row in ROWS] + list(TERMS.values()):
            assert CYRILLIC.search(translate(CONTEXT, text)), f"{code}: {text}"
        for row in ROWS:
            translated(row.example)  # the translation has the template's fields: format() does not fail


def test_an_unknown_message_is_left_as_it_is(language: Callable[[str], str]) -> None:
    language("ru")
    assert translated("something nobody wrote a row for") == "something nobody wrote a row for"
    assert translated("") == ""


# -- real messages, one area at a time


def test_seminar_dates_and_fields(language: Callable[[str], str], session: Session) -> None:
    ends_first = raised(
        lambda: seminars.create_seminar(session, SeminarData(title="Летние чтения", starts_at=END, ends_at=START))
    )
    assert ends_first == "the seminar ends (2026-11-24 10:00) before it starts (2026-11-24 16:00)"
    shown = assert_translated(language, ends_first, "2026-11-24 10:00", "2026-11-24 16:00")
    assert shown["ru"].startswith("семинар заканчивается")

    no_title = raised(lambda: seminars.create_seminar(session, SeminarData(title=" ", starts_at=START, ends_at=END)))
    shown = assert_translated(language, no_title)
    assert "«Название семинара»" in shown["ru"] and "«Назва семінару»" in shown["uk"]

    bad_link = raised(
        lambda: seminars.create_seminar(
            session, SeminarData(title="Летние чтения", starts_at=START, ends_at=END, stream_url="vk.com/video1")
        )
    )
    shown = assert_translated(language, bad_link, "«vk.com/video1»", "http://")
    assert "Ссылка на трансляцию" in shown["ru"]


def test_talks_and_blocks(language: Callable[[str], str], session: Session, seminar_id: int) -> None:
    too_short = raised(lambda: programme.add_talk(session, seminar_id, TalkData(title="Открытие", duration_minutes=0)))
    assert_translated(language, too_short, "0")
    no_title = raised(lambda: programme.add_talk(session, seminar_id, TalkData(title="")))
    shown = assert_translated(language, no_title)
    assert "Название доклада" in shown["ru"]
    missing = raised(lambda: programme.update_talk(session, 9999, TalkData(title="Открытие")))
    shown = assert_translated(language, missing, "9999")
    assert "доклад" in shown["ru"] and "доповідь" in shown["uk"]


def test_people_organisations_and_the_profile(language: Callable[[str], str], session: Session) -> None:
    email = raised(
        lambda: people.add_person(session, PersonData(surname="Иванова", given_name="Мария", email="ivanova mail.ru"))
    )
    assert_translated(language, email, "«ivanova mail.ru»")
    no_letters = raised(lambda: organisations.find_or_create_organisation(session, OrganisationData("— ——")))
    assert_translated(language, no_letters, "«— ——»")
    logo = raised(lambda: profile.update_profile(session, ProfileData(logo=b"GIF89a not an image")))
    assert_translated(language, logo, "PNG", "JPEG")
    unknown_field = raised(lambda: check_pattern("{year}-{month}-{seq}"))
    shown = assert_translated(language, unknown_field, "{year}", "{seq}", "{month}")
    assert shown["ru"].startswith("в шаблоне номера сертификата")
    no_seq = raised(lambda: check_pattern("{year}"))
    assert_translated(language, no_seq, "{seq}")


def test_programme_conflicts(language: Callable[[str], str]) -> None:
    schedule = build_schedule(
        START,
        END,
        [SlotInput(1, "Открытие", 60, speaker_ids=(7,))],
        [
            BlockInput(
                10,
                "Секция 1",
                START.replace(hour=10, minute=30),
                "Зал 1",
                (SlotInput(2, "Доклад", 60, speaker_ids=(7,)),),
            ),
            BlockInput(20, "Секция 2", START.replace(hour=11), "Зал 1", (SlotInput(3, "Итоги", 360),)),
        ],
    )
    messages = [conflict.message for conflict in schedule.conflicts]
    speaker = next(m for m in messages if m.startswith("the same speaker"))
    assert_translated(language, speaker, "«Открытие»", "«Доклад»", "24.11 10:00", "24.11 11:30")
    rooms = next(m for m in messages if m.startswith("blocks"))
    assert_translated(language, rooms, "«Секция 1»", "«Секция 2»", "«Зал 1»")
    past_end = next(m for m in messages if "after the seminar ends" in m)
    assert_translated(language, past_end, "«Итоги»", "2026-11-24 17:00", "2026-11-24 16:00")


def test_database_file_refusals(language: Callable[[str], str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    message = raised(lambda: open_database(empty))
    assert_translated(language, message, str(empty), "0")
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all, just some notes" * 10)
    message = raised(lambda: open_database(text))
    assert_translated(language, message, str(text), "SQLite")


def test_import_row_notes(language: Callable[[str], str], session: Session, seminar_id: int, tmp_path: Path) -> None:
    people.add_person(session, PersonData(surname="Петрова", given_name="Анна", patronymic="Сергеевна"))
    table = tmp_path / "registrations.csv"
    table.write_text(
        "ФИО;E-mail;Телефон;Роль\n"
        "ИВАНОВА мария петровна;ivanova@;;слушатель\n"
        ";;;\n"
        "Сидоров Пётр;sidorov@example.org;позвонить;зритель\n"
        ";sidorov2@example.org;;\n"
        "Петрова Анна Сергеевна;;;\n",
        encoding="utf-8",
    )
    source = registrations.open_registrations(table)
    plan = registrations.plan_import(session, seminar_id, source, source.mapping)
    notes = {note.message for note in plan.notes}
    wanted = {
        "name «ИВАНОВА мария петровна» written as «Иванова Мария Петровна»": ("«Иванова Мария Петровна»",),
        "malformed e-mail «ivanova@», left out": ("«ivanova@»",),
        "malformed phone «позвонить», left out": ("«позвонить»",),
        "role «зритель» not understood, participant assumed": ("«зритель»",),
        "no name, skipped": (),
    }
    assert set(wanted) <= notes, notes
    for message, parts in wanted.items():
        assert_translated(language, message, *parts)
    matched = next(m for m in notes if m.startswith("matched to"))
    assert_translated(language, matched, "Петрова Анна Сергеевна")


def test_document_warnings_and_name_checks(language: Callable[[str], str], session: Session, seminar_id: int) -> None:
    kim = people.add_person(session, PersonData(surname="Ким", given_name="Саша", gender=Gender.UNKNOWN))
    speaker = people.add_person(session, PersonData(surname="Орлов", given_name="Олег", patronymic="Ильич"))
    participants.register(session, seminar_id, kim)
    programme.add_talk(session, seminar_id, TalkData(title="Открытие", speaker_ids=(speaker,)))

    prepared = prepare(session, "certificates", seminar_id)
    (check,) = [c for c in prepared.checks if c.person_id == kim]
    assert "gender unknown" in check.reasons
    assert_translated(language, "gender unknown")
    not_registered = next(w for w in prepared.warnings if "is not registered" in w)
    assert_translated(language, not_registered, "Орлов Олег Ильич")
    unsigned = next(w for w in prepared.warnings if w.startswith("the organisation profile"))
    assert_translated(language, unsigned)
    check_warning = next(w for w in prepared.warnings if w.startswith("check «Ким Саша»"))
    shown = assert_translated(language, check_warning, "«Ким Саша»", f"«{check.printed}»")
    assert "пол неизвестен" in shown["ru"] and "стать невідома" in shown["uk"]

    resolution = prepare(session, "resolution", seminar_id)
    (empty,) = [w for w in resolution.warnings if w.startswith("the resolution has no items")]
    assert_translated(language, empty)


def test_programme_warning_quotes_a_conflict_in_the_same_language(
    language: Callable[[str], str], session: Session, seminar_id: int
) -> None:
    programme.add_talk(session, seminar_id, TalkData(title="Марафон", duration_minutes=600))
    prepared = prepare(session, "programme", seminar_id)
    warning = next(w for w in prepared.warnings if w.startswith("programme conflict: "))
    shown = assert_translated(language, warning, "«Марафон»")
    assert "после окончания семинара" in shown["ru"]
    assert "після завершення семінару" in shown["uk"]
