"""The People window's listing: the same records as `people.search_people`, read without ORM objects."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.enums import Gender, Language
from desktop.domain.records import OrganisationData, PersonData
from desktop.services import organisations, people
from desktop.services.directory_listing import people_directory


def test_the_directory_listing_gives_what_search_people_gives(session: Session) -> None:
    library = organisations.find_or_create_organisation(
        session, OrganisationData("МБУК «Централизованная библиотечная система» г. Сарапула", city="Сарапул")
    )
    first = people.add_person(
        session, PersonData("Соловьёва", "Мария", "Ивановна", position="библиотекарь", organisation_id=library)
    )
    people.add_person(session, PersonData("Ковальчук", "Тарас", "", gender=Gender.MALE, email="t@lib.ua"))
    people.add_person(session, PersonData("Абрамова", "Анна", "Петровна", phone="+7 900 000-00-00", notes="звонить"))
    people.set_dative(session, first, Language.RU, "Соловьёвой Марии Ивановне")
    people.set_dative(session, first, Language.UK, "Соловйовій Марії Іванівні")
    session.flush()

    listed = people_directory(session)
    assert listed == people.search_people(session)
    assert [p.surname for p in listed] == ["Абрамова", "Ковальчук", "Соловьёва"]
    solovyova = listed[2]
    assert solovyova.organisation_name.startswith("МБУК")
    assert solovyova.dative == {Language.RU: "Соловьёвой Марии Ивановне", Language.UK: "Соловйовій Марії Іванівні"}
    assert listed[1].organisation_name == "" and listed[1].dative == {}
