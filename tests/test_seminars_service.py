"""Seminars: the round trip of every field, validation, the list with its counts and filters, delete, copy."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    EventFormat,
    Language,
    Mode,
    PartnerRole,
    ResolutionSection,
    Role,
    SeminarKind,
    SeminarStatus,
    TalkKind,
)
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import BlockData, OrganisationData, SeminarData, TalkData
from desktop.services import certificates, organisations, participants, programme, resolution, seminars
from desktop.storage.database import Database
from desktop.storage.models import Block, Participation, Resolution, Seminar, Talk
from tests.conftest import add_person

START = dt.datetime(2026, 11, 24, 10, 0)
END = dt.datetime(2026, 11, 24, 16, 0)


def _count(session: Session, model: type, *where: object) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def _full_data(organiser_id: int) -> SeminarData:
    return SeminarData(
        title="Молодёжь и библиотека: диалог поколений",
        subtitle="Межрегиональный вебинар для специалистов детских библиотек",
        starts_at=dt.datetime(2026, 4, 14, 11, 0, 42, 123),
        ends_at=dt.datetime(2026, 4, 15, 13, 30),
        kind=SeminarKind.WEBINAR,
        format=EventFormat.HYBRID,
        venue_address="г. Пермь, ул. Ленина, 52",
        venue_room="Конференц-зал",
        stream_url="https://vk.com/video-12345",
        recording_url="https://rutube.ru/video/abc/",
        registration_url="https://forms.yandex.ru/u/123/",
        organiser_id=organiser_id,
        organiser_department="Научно-методический отдел",
        language=Language.UK,
        status=SeminarStatus.REGISTRATION_OPEN,
        academic_hours=6.5,
        audience="Библиотекари детских и школьных библиотек",
        notes="Первая строка\nВторая строка",
    )


def test_create_and_get_round_trip_every_field(session: Session) -> None:
    organiser = organisations.find_or_create_organisation(session, OrganisationData("МБУК «ЦБС» г. Сарапула"))
    data = _full_data(organiser)
    seminar_id = seminars.create_seminar(session, data)
    record = seminars.get_seminar(session, seminar_id)
    expected = dataclasses.replace(data, starts_at=dt.datetime(2026, 4, 14, 11, 0))  # seconds dropped
    for field in dataclasses.fields(SeminarData):
        assert getattr(record, field.name) == getattr(expected, field.name), field.name
    assert record.id == seminar_id
    assert len(record.uid) == 32
    assert record.partners == ()


def test_update_round_trip_every_field(session: Session, seminar_id: int) -> None:
    organiser = organisations.find_or_create_organisation(
        session, OrganisationData("Львівська обласна бібліотека для дітей")
    )
    before = seminars.get_seminar(session, seminar_id)
    data = _full_data(organiser)
    seminars.update_seminar(session, seminar_id, data)
    session.flush()
    record = seminars.get_seminar(session, seminar_id)
    expected = dataclasses.replace(data, starts_at=dt.datetime(2026, 4, 14, 11, 0))
    for field in dataclasses.fields(SeminarData):
        assert getattr(record, field.name) == getattr(expected, field.name), field.name
    assert record.uid == before.uid
    assert record.version == before.version + 1


def test_create_keeps_a_given_uid_and_finds_it(session: Session) -> None:
    seminar_id = seminars.create_seminar(session, SeminarData("Вебинар", START, END), uid="demo-2026-webinar")
    assert seminars.find_seminar_by_uid(session, "demo-2026-webinar") == seminar_id
    assert seminars.find_seminar_by_uid(session, "no-such-uid") is None


def test_text_fields_are_tidied(session: Session) -> None:
    seminar_id = seminars.create_seminar(
        session,
        SeminarData("  Библиотека-онлайн:   новые  форматы ", START, END, notes="  строка 1   \nстрока 2  \n"),
    )
    record = seminars.get_seminar(session, seminar_id)
    assert record.title == "Библиотека-онлайн: новые форматы"
    assert record.notes == "строка 1\nстрока 2"


def test_end_before_start_is_rejected(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        seminars.create_seminar(session, SeminarData("Семинар", START, START - dt.timedelta(minutes=1)))
    assert caught.value.field == "ends_at"
    assert "2026-11-24 09:59" in str(caught.value)
    assert _count(session, Seminar) == 0


def test_end_equal_to_start_is_allowed(session: Session) -> None:
    seminar_id = seminars.create_seminar(session, SeminarData("Семинар", START, START))
    assert seminars.get_seminar(session, seminar_id).ends_at == START


def test_update_with_end_before_start_is_rejected(session: Session, seminar_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        seminars.update_seminar(session, seminar_id, SeminarData("Семинар", END, START))
    assert caught.value.field == "ends_at"
    assert seminars.get_seminar(session, seminar_id).ends_at == END


def test_negative_hours_are_rejected(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        seminars.create_seminar(session, SeminarData("Семинар", START, END, academic_hours=-2))
    assert caught.value.field == "academic_hours"
    assert "hours" in str(caught.value)


def test_empty_title_is_rejected(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        seminars.create_seminar(session, SeminarData("   ", START, END))
    assert caught.value.field == "title"


@pytest.mark.parametrize("field", ["stream_url", "recording_url", "registration_url"])
@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("www.example.org", "www.example.org"),
        ("ftp://files.example.org/a.pdf", "ftp://files.example.org"),
        ("https://example.org/программа семинара", "spaces"),
    ],
)
def test_malformed_links_are_rejected(session: Session, field: str, link: str, shown: str) -> None:
    data = dataclasses.replace(SeminarData("Семинар", START, END), **{field: link})
    with pytest.raises(ValidationError) as caught:
        seminars.create_seminar(session, data)
    assert caught.value.field == field
    assert shown in str(caught.value)
    assert _count(session, Seminar) == 0


def test_link_with_spaces_around_is_trimmed(session: Session) -> None:
    seminar_id = seminars.create_seminar(
        session, SeminarData("Семинар", START, END, stream_url="  HTTPS://vk.com/live  ")
    )
    assert seminars.get_seminar(session, seminar_id).stream_url == "HTTPS://vk.com/live"


def test_unknown_organiser_is_rejected(session: Session) -> None:
    with pytest.raises(NotFoundError, match="organisation"):
        seminars.create_seminar(session, SeminarData("Семинар", START, END, organiser_id=4242))


def test_missing_seminar(session: Session) -> None:
    with pytest.raises(NotFoundError, match="seminar"):
        seminars.get_seminar(session, 4242)
    with pytest.raises(NotFoundError):
        seminars.delete_seminar(session, 4242)


# --- the list ------------------------------------------------------------------------------------


def _seminar(session: Session, title: str, starts: dt.datetime, **extra: object) -> int:
    return seminars.create_seminar(
        session,
        SeminarData(title, starts, starts + dt.timedelta(hours=5), **extra),  # type: ignore[arg-type]
    )


@pytest.fixture
def listed(session: Session) -> dict[str, int]:
    ids = {
        "yolka": _seminar(
            session, "Ёлка в библиотеке: новогодние программы", dt.datetime(2025, 12, 10, 10), status=SeminarStatus.HELD
        ),
        "summer": _seminar(session, "Летнее чтение – 2026", dt.datetime(2026, 6, 2, 10), kind=SeminarKind.CONFERENCE),
        "podcast": _seminar(
            session,
            "Подкасты в детской библиотеке",
            dt.datetime(2026, 3, 15, 11),
            kind=SeminarKind.WEBINAR,
            status=SeminarStatus.REGISTRATION_OPEN,
        ),
        "old": _seminar(
            session, "Краеведение: ёмко и живо", dt.datetime(2024, 9, 1, 10), status=SeminarStatus.ARCHIVED
        ),
    }
    summer = ids["summer"]
    programme.add_talk(session, summer, TalkData("Открытие", 10, kind=TalkKind.OPENING))
    programme.add_talk(session, summer, TalkData("Лето с книгой", 30))
    programme.add_talk(session, summer, TalkData("Кофе-брейк", 15, kind=TalkKind.BREAK))
    block = programme.add_block(session, summer, BlockData("Секция", dt.datetime(2026, 6, 2, 12)))
    programme.add_talk(session, summer, TalkData("Читаем вместе", 20), block_id=block)
    programme.add_talk(session, summer, TalkData("Обед", 60, kind=TalkKind.LUNCH), block_id=block)
    for surname, given in [("Иванова", "Анна"), ("Петров", "Олег"), ("Сидорова", "Вера")]:
        participants.register(session, summer, add_person(session, surname, given))
    participants.register(session, ids["podcast"], add_person(session, "Ковальчук", "Олена"))
    return ids


def test_list_is_newest_first_with_counts(session: Session, listed: dict[str, int]) -> None:
    rows = seminars.list_seminars(session)
    assert [r.id for r in rows] == [listed["summer"], listed["podcast"], listed["yolka"], listed["old"]]
    counts = {r.id: (r.talk_count, r.participant_count) for r in rows}
    assert counts == {
        listed["summer"]: (3, 3),  # the break and the lunch are not talks
        listed["podcast"]: (0, 1),
        listed["yolka"]: (0, 0),
        listed["old"]: (0, 0),
    }
    summer = rows[0]
    assert summer.title == "Летнее чтение – 2026"
    assert summer.kind is SeminarKind.CONFERENCE
    assert summer.status is SeminarStatus.PLANNED
    assert summer.starts_at == dt.datetime(2026, 6, 2, 10)


def test_list_of_same_day_seminars_is_stable(session: Session) -> None:
    first = _seminar(session, "Утренний семинар", dt.datetime(2026, 2, 1, 10))
    second = _seminar(session, "Второй семинар в то же время", dt.datetime(2026, 2, 1, 10))
    assert [r.id for r in seminars.list_seminars(session)] == [second, first]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("елка", ["yolka"]),
        ("ЁЛКА", ["yolka"]),
        ("ЕМКО", ["old"]),
        ("библиотек", ["podcast", "yolka"]),
        ("детской подкасты", ["podcast"]),
        ("чтение 2026", ["summer"]),
        ("%", []),
        ("сказка", []),
    ],
)
def test_list_filtered_by_query(session: Session, listed: dict[str, int], query: str, expected: list[str]) -> None:
    assert [r.id for r in seminars.list_seminars(session, query=query)] == [listed[k] for k in expected]


def test_list_filtered_by_year_status_and_kind(session: Session, listed: dict[str, int]) -> None:
    assert [r.id for r in seminars.list_seminars(session, year=2026)] == [listed["summer"], listed["podcast"]]
    assert [r.id for r in seminars.list_seminars(session, year=2025)] == [listed["yolka"]]
    assert seminars.list_seminars(session, year=2023) == []
    assert [r.id for r in seminars.list_seminars(session, status=SeminarStatus.HELD)] == [listed["yolka"]]
    assert [r.id for r in seminars.list_seminars(session, kind=SeminarKind.WEBINAR)] == [listed["podcast"]]
    assert [r.id for r in seminars.list_seminars(session, kind=SeminarKind.SEMINAR)] == [
        listed["yolka"],
        listed["old"],
    ]
    assert [r.id for r in seminars.list_seminars(session, query="библиотек", year=2026, kind=SeminarKind.WEBINAR)] == [
        listed["podcast"]
    ]


def test_year_filter_includes_new_years_eve_and_excludes_new_years_day(session: Session) -> None:
    eve = _seminar(session, "Новогодний", dt.datetime(2025, 12, 31, 23, 0))
    morning = _seminar(session, "Рождественский", dt.datetime(2026, 1, 1, 0, 0))
    assert [r.id for r in seminars.list_seminars(session, year=2025)] == [eve]
    assert [r.id for r in seminars.list_seminars(session, year=2026)] == [morning]


# --- delete --------------------------------------------------------------------------------------


def test_delete_seminar_keeps_its_certificates_in_the_register(db: Database) -> None:
    with db.transaction() as session:
        seminar_id = _seminar(session, "Библиотека-онлайн", dt.datetime(2026, 11, 24, 10))
        block = programme.add_block(session, seminar_id, BlockData("Секция", dt.datetime(2026, 11, 24, 11)))
        programme.add_talk(session, seminar_id, TalkData("Доклад", 20), block_id=block)
        person = add_person(session, "Иванова", "Анна", "Петровна")
        participation, _ = participants.register(session, seminar_id, person)
        issued = certificates.issue_certificate(session, participation, issued_on=dt.date(2026, 11, 24))
        resolution.add_item(session, seminar_id, ResolutionSection.NOTED, "Отметили рост интереса")
    with db.transaction() as session:
        seminars.delete_seminar(session, seminar_id)
    with db.transaction() as session:
        [row] = certificates.list_register(session)
        assert row.number == issued.number == "2026-0001"
        assert row.seminar_id is None
        assert row.person_id == person
        assert row.seminar_title == "Библиотека-онлайн"
        assert row.person_name == "Иванова Анна Петровна"
        for model in (Seminar, Block, Talk, Participation, Resolution):
            assert _count(session, model) == 0, model.__name__
        assert seminars.list_seminars(session) == []


def test_delete_seminar_in_the_same_session_shows_the_register_at_once(session: Session, seminar_id: int) -> None:
    person = add_person(session, "Ковальчук", "Олена", "Степанівна")
    participation, _ = participants.register(session, seminar_id, person)
    certificates.issue_certificate(session, participation, issued_on=dt.date(2026, 11, 24))
    seminars.delete_seminar(session, seminar_id)
    [row] = certificates.list_register(session)
    assert (row.number, row.seminar_id) == ("2026-0001", None)
    assert certificates.list_register(session, seminar_id=seminar_id) == []


# --- copy as a template --------------------------------------------------------------------------


def test_copy_seminar_as_template(session: Session, seminar_id: int) -> None:
    partner = organisations.find_or_create_organisation(session, OrganisationData("Пермская краевая библиотека"))
    co_organiser = organisations.find_or_create_organisation(session, OrganisationData("МБУК «ЦБС» г. Перми"))
    seminars.set_partners(
        session, seminar_id, [(co_organiser, PartnerRole.CO_ORGANISER), (partner, PartnerRole.PARTNER)]
    )
    seminars.update_seminar(
        session,
        seminar_id,
        dataclasses.replace(
            SeminarData(
                "Библиотека-онлайн: новые форматы",
                START,
                END,
                organiser_id=seminars.get_seminar(session, seminar_id).organiser_id,
            ),
            status=SeminarStatus.HELD,
            recording_url="https://rutube.ru/video/old/",
            stream_url="https://vk.com/live",
            academic_hours=4,
            kind=SeminarKind.TRAINING,
        ),
    )
    speaker_a = add_person(session, "Мамедов", "Эльдар", "Рашид оглы")
    speaker_b = add_person(session, "Алиева", "Лейла", "Намик кызы")
    moderator = add_person(session, "Соловьёв", "Пётр", "Ильич")
    programme.add_talk(session, seminar_id, TalkData("Открытие", 15, kind=TalkKind.OPENING, speaker_ids=(moderator,)))
    block1 = programme.add_block(
        session,
        seminar_id,
        BlockData("Секция 1", dt.datetime(2026, 11, 24, 11), room="Зал 1", moderator_ids=(moderator, speaker_b)),
    )
    block2 = programme.add_block(
        session, seminar_id, BlockData("Секция 2", dt.datetime(2026, 11, 24, 13), room="Зал 2")
    )
    programme.add_talk(
        session, seminar_id, TalkData("Онлайн-клубы", 25, speaker_ids=(speaker_b, speaker_a)), block_id=block1
    )
    programme.add_talk(session, seminar_id, TalkData("Кофе-брейк", 15, kind=TalkKind.BREAK), block_id=block1)
    programme.add_talk(
        session,
        seminar_id,
        TalkData(
            "Подкасты",
            30,
            speaker_ids=(speaker_a,),
            pinned_start=dt.datetime(2026, 11, 24, 14, 0),
            materials_url="https://example.org/slides.pdf",
            mode=Mode.ONLINE,
        ),
        block_id=block2,
    )
    participation, _ = participants.register(session, seminar_id, speaker_a, role=Role.SPEAKER)
    certificates.issue_certificate(session, participation, issued_on=dt.date(2026, 11, 24))
    resolution.set_preamble(session, seminar_id, "Участники семинара отметили…", dt.date(2026, 11, 24))
    resolution.add_item(session, seminar_id, ResolutionSection.RECOMMENDATION, "Продолжить работу")
    source = seminars.get_seminar(session, seminar_id)

    new_start = dt.datetime(2027, 2, 10, 9, 30, 15)
    copy_id = seminars.copy_seminar_as_template(session, seminar_id, new_start, title="Библиотека-онлайн — 2027")
    shift = dt.datetime(2027, 2, 10, 9, 30) - START

    copy = seminars.get_seminar(session, copy_id)
    assert copy_id != seminar_id
    assert copy.uid != source.uid and len(copy.uid) == 32
    assert copy.title == "Библиотека-онлайн — 2027"
    assert copy.status is SeminarStatus.PLANNED
    assert copy.starts_at == dt.datetime(2027, 2, 10, 9, 30)
    assert copy.ends_at == dt.datetime(2027, 2, 10, 15, 30)
    assert copy.recording_url == ""  # a recording belongs to the old event
    assert copy.stream_url == "https://vk.com/live"
    assert copy.kind is SeminarKind.TRAINING
    assert copy.academic_hours == 4
    assert copy.organiser_id == source.organiser_id
    assert [(p.organisation_id, p.role) for p in copy.partners] == [
        (co_organiser, PartnerRole.CO_ORGANISER),
        (partner, PartnerRole.PARTNER),
    ]

    old, new = programme.get_programme(session, seminar_id), programme.get_programme(session, copy_id)
    assert [b.title for b in new.blocks] == ["Секция 1", "Секция 2"]
    assert {b.id for b in new.blocks}.isdisjoint({b.id for b in old.blocks})
    for old_block, new_block in zip(old.blocks, new.blocks, strict=True):
        assert new_block.starts_at == old_block.starts_at + shift
        assert new_block.room == old_block.room
        assert [m.person_id for m in new_block.moderators] == [m.person_id for m in old_block.moderators]
    assert [m.person_id for m in new.blocks[0].moderators] == [moderator, speaker_b]
    old_talks, new_talks = old.all_talks(), new.all_talks()
    assert [t.title for t in new_talks] == ["Открытие", "Онлайн-клубы", "Кофе-брейк", "Подкасты"]
    assert {t.id for t in new_talks}.isdisjoint({t.id for t in old_talks})
    for old_talk, new_talk in zip(old_talks, new_talks, strict=True):
        assert new_talk.starts_at == old_talk.starts_at + shift, new_talk.title
        assert new_talk.ends_at == old_talk.ends_at + shift
        assert (new_talk.kind, new_talk.duration_minutes, new_talk.mode, new_talk.position) == (
            old_talk.kind,
            old_talk.duration_minutes,
            old_talk.mode,
            old_talk.position,
        )
        assert [s.person_id for s in new_talk.speakers] == [s.person_id for s in old_talk.speakers]
    assert [s.person_id for s in new_talks[1].speakers] == [speaker_b, speaker_a]
    assert new_talks[3].pinned_start == dt.datetime(2027, 2, 10, 13, 30)
    assert new_talks[0].starts_at == dt.datetime(2027, 2, 10, 9, 30)
    assert new.talk_count == old.talk_count == 3
    assert new.conflicts == ()

    assert participants.list_participants(session, copy_id) == []
    assert resolution.get_resolution(session, copy_id).items == ()
    assert resolution.get_resolution(session, copy_id).preamble == ""
    assert _count(session, Resolution, Resolution.seminar_id == copy_id) == 0
    assert certificates.list_register(session, seminar_id=copy_id) == []
    # the source is untouched
    assert seminars.get_seminar(session, seminar_id) == source
    assert len(participants.list_participants(session, seminar_id)) == 1
    assert len(resolution.get_resolution(session, seminar_id).items) == 1
    assert [r.id for r in seminars.list_seminars(session)] == [copy_id, seminar_id]


def test_copy_of_a_missing_seminar(session: Session) -> None:
    with pytest.raises(NotFoundError):
        seminars.copy_seminar_as_template(session, 999, dt.datetime(2027, 1, 1, 10))
