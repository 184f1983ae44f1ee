"""The organisations directory: one entry per name however it is typed, validation, merging."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import PartnerRole
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.records import OrganisationData, PersonData, SeminarData
from desktop.services import organisations, people, seminars
from desktop.storage.models import Organisation, SeminarPartner
from tests.conftest import add_person


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _org(session: Session, full_name: str, **extra: str) -> int:
    return organisations.find_or_create_organisation(session, OrganisationData(full_name, **extra))


def test_quotes_spaces_and_case_do_not_make_a_new_organisation(session: Session) -> None:
    first = _org(session, "МБУК «ЦБС» г. Сарапула")
    assert _org(session, 'МБУК "ЦБС" г.Сарапула') == first
    assert _org(session, "мбук „цбс“ г. сарапула") == first
    assert _org(session, "  МБУК  ЦБС г Сарапула ") == first
    assert _count(session, Organisation) == 1
    # the first spelling is what the directory shows
    assert organisations.get_organisation(session, first).full_name == "МБУК «ЦБС» г. Сарапула"


def test_a_different_name_is_a_different_organisation(session: Session) -> None:
    first = _org(session, "МБУК «ЦБС» г. Сарапула")
    second = _org(session, "МБУК «ЦБС» г. Глазова")
    assert second != first
    assert _count(session, Organisation) == 2


def test_a_match_fills_in_empty_fields_only(session: Session) -> None:
    first = _org(session, "Львівська обласна бібліотека для дітей", city="Львів")
    again = _org(
        session,
        "ЛЬВІВСЬКА ОБЛАСНА БІБЛІОТЕКА ДЛЯ ДІТЕЙ",
        short_name="ЛОБД",
        city="Львов",
        region="Львівська обл.",
    )
    assert again == first
    record = organisations.get_organisation(session, first)
    assert (record.short_name, record.city, record.region) == ("ЛОБД", "Львів", "Львівська обл.")


def test_a_long_name_is_kept_whole(session: Session) -> None:
    name = (
        "Муниципальное бюджетное учреждение культуры «Централизованная библиотечная система» "
        "города Сарапула Удмуртской Республики, Центральная детская библиотека имени Н. К. Крупской"
    )
    name = (name + " " + "ж" * 200)[:200]
    assert len(name) == 200
    org_id = _org(session, name)
    assert organisations.get_organisation(session, org_id).full_name == name
    assert _org(session, name.upper()) == org_id


@pytest.mark.parametrize("full_name", ["", "   ", "«»", '"—"', "№ . , ;", "‐ ‑ – —"])
def test_empty_or_punctuation_only_name_is_rejected(session: Session, full_name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _org(session, full_name)
    assert caught.value.field == "full_name"
    assert _count(session, Organisation) == 0


def test_update_organisation(session: Session) -> None:
    org_id = _org(session, "ЦБС г. Глазова")
    organisations.update_organisation(
        session,
        org_id,
        OrganisationData("МБУК «ЦБС» г. Глазова", "ЦБС Глазова", "Глазов", "Удмуртская Республика"),
    )
    record = organisations.get_organisation(session, org_id)
    assert record.full_name == "МБУК «ЦБС» г. Глазова"
    assert (record.short_name, record.city, record.region) == (
        "ЦБС Глазова",
        "Глазов",
        "Удмуртская Республика",
    )
    # a re-spelling of its own name is not a clash with itself
    organisations.update_organisation(session, org_id, OrganisationData('МБУК "ЦБС" г.Глазова'))
    assert organisations.get_organisation(session, org_id).full_name == 'МБУК "ЦБС" г.Глазова'


def test_update_to_a_twins_name_is_rejected(session: Session) -> None:
    sarapul = _org(session, "МБУК «ЦБС» г. Сарапула")
    glazov = _org(session, "МБУК «ЦБС» г. Глазова")
    with pytest.raises(ValidationError) as caught:
        organisations.update_organisation(session, glazov, OrganisationData('мбук "цбс" г.Сарапула'))
    assert caught.value.field == "full_name"
    assert f"id {sarapul}" in str(caught.value)
    assert organisations.get_organisation(session, glazov).full_name == "МБУК «ЦБС» г. Глазова"


def test_update_to_an_empty_name_is_rejected(session: Session) -> None:
    org_id = _org(session, "МБУК «ЦБС» г. Сарапула")
    with pytest.raises(ValidationError) as caught:
        organisations.update_organisation(session, org_id, OrganisationData(" « » "))
    assert caught.value.field == "full_name"


def test_search_organisations(session: Session) -> None:
    perm = _org(session, "КГБУ «Краевая детская библиотека им. А. Гайдара»", short_name="КДБ", city="Пермь")
    lviv = _org(session, "Львівська обласна бібліотека для дітей", city="Львів")
    _org(session, "Ёлкинская сельская библиотека")
    assert [o.id for o in organisations.search_organisations(session, "гайдара")] == [perm]
    assert [o.id for o in organisations.search_organisations(session, "кдб")] == [perm]
    assert [o.id for o in organisations.search_organisations(session, "ЛЬВІВ дітей")] == [lviv]
    assert [o.full_name for o in organisations.search_organisations(session, "елкинская")] == [
        "Ёлкинская сельская библиотека"
    ]
    assert organisations.search_organisations(session, "%") == []
    assert len(organisations.search_organisations(session)) == 3


def test_merge_organisations_moves_people_seminars_and_partners(session: Session, seminar_id: int) -> None:
    keep = _org(session, "МБУК «ЦБС» г. Сарапула", city="Сарапул")
    other = _org(session, "ЦБС Сарапула (старое название)", short_name="ЦБС", region="Удмуртская Республика")
    third = _org(session, "Национальная библиотека Удмуртской Республики")
    reader = add_person(session, "Кузнецова", "Ольга", "Викторовна", organisation_id=other)
    librarian = add_person(session, "Белова", "Ирина", "Андреевна", organisation_id=keep)

    organised = seminars.create_seminar(
        session,
        SeminarData(
            "Летнее чтение",
            dt.datetime(2026, 6, 1, 10),
            dt.datetime(2026, 6, 1, 15),
            organiser_id=other,
        ),
    )
    # seminar_id has both as partners (the duplicate collapses) and the other one also as co-organiser
    seminars.set_partners(
        session,
        seminar_id,
        [(third, PartnerRole.PARTNER), (keep, PartnerRole.PARTNER), (other, PartnerRole.PARTNER)],
    )
    seminars.set_partners(session, organised, [(other, PartnerRole.CO_ORGANISER), (third, PartnerRole.PARTNER)])
    partners_before = _count(session, SeminarPartner)
    organisations_before = _count(session, Organisation)

    organisations.merge_organisations(session, keep, other)

    with pytest.raises(NotFoundError):
        organisations.get_organisation(session, other)
    assert _count(session, Organisation) == organisations_before - 1
    assert _count(session, SeminarPartner) == partners_before - 1
    assert people.get_person(session, reader).organisation_id == keep
    assert people.get_person(session, reader).organisation_name == "МБУК «ЦБС» г. Сарапула"
    assert people.get_person(session, librarian).organisation_id == keep
    assert seminars.get_seminar(session, organised).organiser_id == keep

    partners = seminars.get_seminar(session, seminar_id).partners
    assert [(p.organisation_id, p.role) for p in partners] == [
        (third, PartnerRole.PARTNER),
        (keep, PartnerRole.PARTNER),
    ]
    partners = seminars.get_seminar(session, organised).partners
    assert [(p.organisation_id, p.role) for p in partners] == [
        (keep, PartnerRole.CO_ORGANISER),
        (third, PartnerRole.PARTNER),
    ]

    record = organisations.get_organisation(session, keep)
    assert (record.short_name, record.city, record.region) == ("ЦБС", "Сарапул", "Удмуртская Республика")


def test_merge_organisations_refuses_itself_and_missing_ones(session: Session) -> None:
    org_id = _org(session, "МБУК «ЦБС» г. Сарапула")
    with pytest.raises(ValidationError):
        organisations.merge_organisations(session, org_id, org_id)
    with pytest.raises(NotFoundError):
        organisations.merge_organisations(session, org_id, 777)
    assert _count(session, Organisation) == 1


def test_person_with_merged_organisation_is_found_by_people_search(session: Session) -> None:
    keep = _org(session, "МБУК «ЦБС» г. Сарапула")
    other = _org(session, "ЦБС г. Сарапул")
    person = people.find_or_create_person(
        session, PersonData("Кузнецова", "Ольга", "Викторовна", organisation_id=other)
    )[0]
    organisations.merge_organisations(session, keep, other)
    [found] = people.search_people(session, "кузнецова")
    assert found.id == person
    assert found.organisation_name == "МБУК «ЦБС» г. Сарапула"
