"""The demo data itself: the numbers its resolutions state, the hard names it promises, its consistency.

No database here: these tests read the plain records, so a broken demo is caught before the loader and
the services see it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator

import pytest

from desktop.demo import children_seminar, regional_conference, ukrainian_webinar
from desktop.demo.catalogue import DEMO_SEMINARS, all_demo_seminars
from desktop.demo.model import DemoOrganisation, DemoPerson, DemoSeminar, DemoTalk
from desktop.domain.enums import (
    EventFormat,
    Gender,
    Language,
    Mode,
    ResolutionSection,
    Role,
    SeminarKind,
    SeminarStatus,
)
from desktop.domain.names import infer_gender, organisation_key, person_key

TODAY = dt.date(2026, 11, 25)

CHILDREN = children_seminar.build()
CONFERENCE = regional_conference.build()
UKRAINIAN = ukrainian_webinar.build()
ALL = (CHILDREN, CONFERENCE, UKRAINIAN)
IDS = ("children", "conference", "ukrainian")


# --- helpers -------------------------------------------------------------------------------------


def all_talks(s: DemoSeminar) -> list[DemoTalk]:
    return [*s.talks, *(t for b in s.blocks for t in b.talks)]


def heard_talks(s: DemoSeminar) -> list[DemoTalk]:
    return [t for t in all_talks(s) if not t.kind.is_pause]


def people(s: DemoSeminar) -> list[DemoPerson]:
    return [p.person for p in s.participants]


def everyone(s: DemoSeminar) -> list[DemoPerson]:
    """Every person the seminar mentions anywhere: participants, speakers, moderators."""
    return [
        *people(s),
        *(sp for t in all_talks(s) for sp in t.speakers),
        *(m for b in s.blocks for m in b.moderators),
    ]


def all_organisations(s: DemoSeminar) -> list[DemoOrganisation]:
    orgs = [s.organiser, *(org for org, _ in s.partners)]
    orgs += [p.organisation for p in everyone(s) if p.organisation is not None]
    return orgs


def simple_org_key(name: str) -> str:
    """The normalisation the brief asks for, independent of the app's own `organisation_key`."""
    text = name.casefold()
    text = re.sub(r"[«»„“”\"'’]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def strings(obj: object) -> Iterator[str]:
    """Every string inside a demo record, walking dataclasses, tuples and dicts."""
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from strings(getattr(obj, f.name))
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from strings(item)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from strings(key)
            yield from strings(value)


def prose(s: DemoSeminar) -> list[str]:
    """Human-readable text: everything except addresses, links and enum values."""
    return [
        t for t in strings(s) if t and "@" not in t and not t.startswith("https://") and t != s.uid and not t.isascii()
    ]


def full(p: DemoPerson) -> str:
    return " ".join(x for x in (p.surname, p.given_name, p.patronymic) if x)


# --- the catalogue -------------------------------------------------------------------------------


def test_catalogue_returns_the_three_in_order() -> None:
    built = all_demo_seminars()
    assert [s.uid for s in built] == [CHILDREN.uid, CONFERENCE.uid, UKRAINIAN.uid]
    assert len(DEMO_SEMINARS) == 3
    assert len({s.uid for s in built}) == 3
    assert all(0 < len(s.uid) <= 64 for s in built)


def test_building_is_deterministic() -> None:
    # The loader recognises the demo by uid only; a second build must describe exactly the same thing.
    assert all_demo_seminars() == ALL


def test_kinds_formats_languages() -> None:
    assert (CHILDREN.kind, CHILDREN.format, CHILDREN.language) == (
        SeminarKind.SEMINAR,
        EventFormat.HYBRID,
        Language.RU,
    )
    assert CONFERENCE.kind is SeminarKind.CONFERENCE
    assert CONFERENCE.format in (EventFormat.IN_PERSON, EventFormat.HYBRID)
    assert CONFERENCE.language is Language.RU
    assert UKRAINIAN.kind in (SeminarKind.SEMINAR, SeminarKind.WEBINAR)
    assert (UKRAINIAN.format, UKRAINIAN.language) == (EventFormat.ONLINE, Language.UK)


# --- counts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("seminar", "expected"), [(CHILDREN, 12), (CONFERENCE, 16), (UKRAINIAN, 8)], ids=IDS)
def test_talk_counts_exclude_pauses(seminar: DemoSeminar, expected: int) -> None:
    assert len(heard_talks(seminar)) == expected


def test_pauses_have_no_speakers_and_talks_have_some() -> None:
    for s in ALL:
        for t in all_talks(s):
            assert bool(t.speakers) != t.kind.is_pause, t.title
            assert t.minutes > 0


def test_children_seminar_has_two_blocks_with_moderators_and_nine_regions() -> None:
    assert len(CHILDREN.blocks) == 2
    assert all(b.moderators for b in CHILDREN.blocks)
    regions = {sp.organisation.region for t in heard_talks(CHILDREN) for sp in t.speakers if sp.organisation}
    assert len(regions) == 9


def test_children_seminar_about_sixty_half_online() -> None:
    n = len(CHILDREN.participants)
    online = sum(p.mode is Mode.ONLINE for p in CHILDREN.participants)
    assert 55 <= n <= 65
    assert abs(online - n / 2) <= 3


def test_conference_143_people_from_38_organisations() -> None:
    assert len(CONFERENCE.participants) == 143
    orgs = [p.organisation for p in people(CONFERENCE)]
    assert all(o is not None for o in orgs)
    names = [o.full_name for o in orgs if o is not None]
    assert len({simple_org_key(n) for n in names}) == 38
    # …and the same under the key the directory really de-duplicates by.
    assert len({organisation_key(n) for n in names}) == 38


def test_conference_resolution_states_its_own_numbers() -> None:
    preamble = CONFERENCE.resolution_preamble
    assert "143" in preamble
    assert "38 организаций" in preamble
    assert "16 докладов" in preamble


def test_ukrainian_seminar_35_online_in_two_named_blocks() -> None:
    assert len(UKRAINIAN.participants) == 35
    assert all(p.mode is Mode.ONLINE for p in UKRAINIAN.participants)
    assert all(t.mode is Mode.ONLINE for t in all_talks(UKRAINIAN))
    assert len(UKRAINIAN.blocks) == 2
    assert all(b.title and b.moderators for b in UKRAINIAN.blocks)
    assert [len(b.talks) for b in UKRAINIAN.blocks] == [4, 4]
    assert "35" in UKRAINIAN.resolution_preamble


# --- people and organisations --------------------------------------------------------------------


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_every_participant_is_a_distinct_person_with_an_address(seminar: DemoSeminar) -> None:
    keys = [person_key(p.surname, p.given_name, p.patronymic) for p in people(seminar)]
    assert len(keys) == len(set(keys))
    emails = [p.email.casefold() for p in people(seminar)]
    assert all(emails)
    assert len(emails) == len(set(emails))


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_every_participant_has_an_organisation(seminar: DemoSeminar) -> None:
    assert all(p.organisation is not None for p in people(seminar))


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_speakers_and_moderators_are_registered_in_their_role(seminar: DemoSeminar) -> None:
    roles = {person_key(p.person.surname, p.person.given_name, p.person.patronymic): p for p in seminar.participants}
    for talk in heard_talks(seminar):
        for sp in talk.speakers:
            entry = roles[person_key(sp.surname, sp.given_name, sp.patronymic)]
            assert entry.person == sp
            assert entry.role is Role.SPEAKER
    for block in seminar.blocks:
        for m in block.moderators:
            entry = roles[person_key(m.surname, m.given_name, m.patronymic)]
            assert entry.person == m
            assert entry.role in (Role.MODERATOR, Role.SPEAKER)
    speakers = {person_key(sp.surname, sp.given_name, sp.patronymic) for t in all_talks(seminar) for sp in t.speakers}
    assert {k for k, p in roles.items() if p.role is Role.SPEAKER} == speakers


def test_the_same_name_is_the_same_person_in_every_seminar() -> None:
    # The loader would merge namesakes with equal e-mails, or keep two entries with one name: neither is
    # what the demo means, so a name used twice must be the very same record.
    seen: dict[str, DemoPerson] = {}
    for s in ALL:
        for p in everyone(s):
            key = person_key(p.surname, p.given_name, p.patronymic)
            assert seen.setdefault(key, p) == p, full(p)


def test_organisation_names_do_not_collide() -> None:
    # Two different records under one key would be silently merged by the directory.
    seen: dict[str, DemoOrganisation] = {}
    for s in ALL:
        for org in all_organisations(s):
            assert seen.setdefault(organisation_key(org.full_name), org) == org, org.full_name


def test_people_live_where_their_organisation_is() -> None:
    for s in ALL:
        for p in everyone(s):
            assert p.city, full(p)
            assert p.organisation is not None
            assert p.organisation.region, p.organisation.full_name


def test_stated_genders_match_the_names() -> None:
    for s in ALL:
        for p in everyone(s):
            inferred = infer_gender(p.given_name, p.patronymic)
            if p.gender is not None and inferred is not Gender.UNKNOWN:
                assert p.gender is inferred, full(p)


def test_addresses_and_links_cannot_reach_anyone() -> None:
    for s in ALL:
        for p in everyone(s):
            assert p.email.isascii() and re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.example", p.email), p.email
        for url in (s.stream_url, s.recording_url, s.registration_url):
            assert not url or re.match(r"https://[a-z0-9.\-]+\.example/", url), url


# --- hard names ----------------------------------------------------------------------------------


def _everyone_everywhere() -> list[DemoPerson]:
    return [p for s in ALL for p in everyone(s)]


def _has(pred_surname: str, gender: Gender, language: Language | None = None) -> bool:
    seminars = [s for s in ALL if language is None or s.language is language]
    return any(re.search(pred_surname, p.surname) and p.gender is gender for s in seminars for p in everyone(s))


@pytest.mark.parametrize("gender", [Gender.MALE, Gender.FEMALE])
@pytest.mark.parametrize(
    "pattern",
    [r"^\w+-\w+$", r"(ых|их)$", r"ко$"],
    ids=["double", "-ых/-их", "-ко"],
)
def test_hard_surnames_for_both_genders(pattern: str, gender: Gender) -> None:
    assert _has(pattern, gender)


def test_other_hard_names() -> None:
    ps = _everyone_everywhere()
    surnames = [p.surname for p in ps]
    assert any(re.search(r"(аго|яго|ово)$", s) for s in surnames)  # Дубяго, Хитрово
    assert any(s in ("Перро", "Гарибальди") for s in surnames)  # foreign, indeclinable
    assert any("ё" in full(p) for p in ps)
    assert any(p.given_name == "Пётр" for p in ps)
    assert any(p.patronymic.endswith(" оглы") for p in ps)
    assert any(p.patronymic.endswith(" кызы") for p in ps)
    assert any(not p.patronymic for p in ps)
    # a woman whose surname ends in a consonant (not -ых/-их), so it is not declined at all
    assert any(
        p.gender is Gender.FEMALE and re.search(r"[бвгґджзклмнпрстфхцчшщ]$", p.surname) and not p.surname.endswith("их")
        for p in ps
    )
    orgs = [o for s in ALL for o in all_organisations(s)]
    assert max(len(o.full_name) for o in orgs) >= 150


def test_ukrainian_hard_names() -> None:
    text = " ".join(full(p) for p in everyone(UKRAINIAN))
    for letter in "іїєґ’":
        assert letter in text, letter
    assert "'" not in text  # the typographic apostrophe, not the typewriter one
    assert any(p.surname.endswith("ко") and p.gender is Gender.MALE for p in everyone(UKRAINIAN))
    assert any(not p.patronymic for p in everyone(UKRAINIAN))


def test_some_hand_made_datives_exist() -> None:
    languages = {lang for p in _everyone_everywhere() for lang in p.dative}
    assert {Language.RU, Language.UK} <= languages


# --- language and typography ---------------------------------------------------------------------

_RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")
_UKRAINIAN_ONLY = set("іїєґІЇЄҐ")


def test_ukrainian_seminar_is_written_in_ukrainian() -> None:
    texts = prose(UKRAINIAN)
    for t in texts:
        assert not _RUSSIAN_ONLY & set(t), t
    joined = " ".join(texts)
    assert _UKRAINIAN_ONLY & set(UKRAINIAN.title)
    assert set(joined.lower()) | set(joined.upper()) >= _UKRAINIAN_ONLY
    for b in UKRAINIAN.blocks:
        assert _UKRAINIAN_ONLY & set(b.title)


@pytest.mark.parametrize("seminar", [CHILDREN, CONFERENCE], ids=IDS[:2])
def test_russian_seminars_have_no_ukrainian_letters(seminar: DemoSeminar) -> None:
    for t in prose(seminar):
        assert not _UKRAINIAN_ONLY & set(t), t


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_typography(seminar: DemoSeminar) -> None:
    for t in prose(seminar):
        assert '"' not in t, t  # «ёлочки» and „лапки“ only
        assert " - " not in t, t  # a dash between words is an em dash
        assert t == " ".join(t.split()) or "\n\n" in t, repr(t)
        assert unicodedata.is_normalized("NFC", t), t
        assert t.count("«") == t.count("»"), t
        assert t.count("„") == t.count("“"), t


# --- time ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_programme_fits_the_day(seminar: DemoSeminar) -> None:
    assert seminar.ends_at > seminar.starts_at
    starts = [b.starts_at for b in seminar.blocks]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    for i, block in enumerate(seminar.blocks):
        assert seminar.starts_at <= block.starts_at
        block_end = block.starts_at + dt.timedelta(minutes=sum(t.minutes for t in block.talks))
        next_start = starts[i + 1] if i + 1 < len(starts) else seminar.ends_at
        assert block_end <= next_start, block.title


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_status_and_resolution_agree_with_the_date(seminar: DemoSeminar) -> None:
    if seminar.ends_at.date() < TODAY:
        assert seminar.status in (SeminarStatus.HELD, SeminarStatus.ARCHIVED)
        assert sum(p.attended for p in seminar.participants) >= 0.9 * len(seminar.participants)
    else:
        assert seminar.status in (SeminarStatus.PLANNED, SeminarStatus.REGISTRATION_OPEN)
        assert not any(p.attended for p in seminar.participants)
    assert seminar.resolution_adopted_on == seminar.starts_at.date()
    assert seminar.academic_hours and seminar.academic_hours > 0


@pytest.mark.parametrize("seminar", ALL, ids=IDS)
def test_resolution_lists_noted_items_before_recommendations(seminar: DemoSeminar) -> None:
    sections = [section for section, _ in seminar.resolution_items]
    assert sections.count(ResolutionSection.NOTED) >= 2
    assert sections.count(ResolutionSection.RECOMMENDATION) >= 3
    assert sections == sorted(sections, key=lambda x: x is ResolutionSection.RECOMMENDATION)
    assert seminar.resolution_preamble


def test_hybrid_seminar_talk_modes_follow_the_speakers() -> None:
    modes = {
        person_key(p.person.surname, p.person.given_name, p.person.patronymic): p.mode for p in CHILDREN.participants
    }
    for talk in heard_talks(CHILDREN):
        for sp in talk.speakers:
            assert modes[person_key(sp.surname, sp.given_name, sp.patronymic)] is talk.mode, talk.title
    assert CHILDREN.stream_url and CHILDREN.recording_url
    assert {t.mode for t in heard_talks(CHILDREN)} == {Mode.IN_PERSON, Mode.ONLINE}


def test_in_person_conference_has_everyone_in_the_room() -> None:
    if CONFERENCE.format is EventFormat.IN_PERSON:
        assert all(p.mode is Mode.IN_PERSON for p in CONFERENCE.participants)
        assert all(t.mode is Mode.IN_PERSON for t in all_talks(CONFERENCE))
