"""The seminar exchange format: one JSON document with a seminar and everything it refers to.

Version 1 is described by `seminar.schema.json` (a copy lives in docs/). Ids inside a document are local:
they only link people to talks and participants within that document.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

import jsonschema
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop import __version__
from desktop.domain.enums import (
    CertificateKind,
    EventFormat,
    Gender,
    Language,
    Mode,
    PartnerRole,
    ResolutionSection,
    Role,
    SeminarKind,
    SeminarStatus,
    TalkKind,
)
from desktop.domain.errors import ExchangeFormatError
from desktop.domain.records import BlockData, OrganisationData, PersonData, SeminarData, TalkData, TalkRecord
from desktop.services import organisations, people, programme, resolution, seminars
from desktop.services._common import get_or_raise
from desktop.services.participants import register
from desktop.storage.models import (
    Certificate,
    CertificateCounter,
    Organisation,
    Participation,
    Person,
    Seminar,
)

FORMAT = "kafedra.seminar"
FORMAT_VERSION = 1
Json = dict[str, Any]


def schema() -> Json:
    text = resources.files("desktop.services").joinpath("seminar.schema.json").read_text(encoding="utf-8")
    result: Json = json.loads(text)
    return result


def _when(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- export ------------------------------------------------------------------------------------------


def export_seminar(session: Session, seminar_id: int) -> Json:
    seminar = get_or_raise(session, Seminar, seminar_id, "seminar")
    record = seminars.get_seminar(session, seminar_id)
    prog = programme.get_programme(session, seminar_id)
    participations = list(
        session.scalars(
            select(Participation)
            .where(Participation.seminar_id == seminar_id)
            .options(selectinload(Participation.person), selectinload(Participation.certificate))
        )
    )
    person_ids = {p.person_id for p in participations}
    person_ids |= {s.person_id for t in prog.all_talks() for s in t.speakers}
    person_ids |= {m.person_id for b in prog.blocks for m in b.moderators}
    # order by name, not id, so a document exported from another database compares equal
    persons = sorted(
        (session.get_one(Person, i) for i in person_ids),
        key=lambda p: (p.name_key, p.email_key, p.surname, p.id),
    )
    organisation_ids = {p.organisation_id for p in persons if p.organisation_id is not None}
    organisation_ids |= {p.organisation_id for p in record.partners}
    if seminar.organiser_id is not None:
        organisation_ids.add(seminar.organiser_id)
    orgs = sorted((session.get_one(Organisation, i) for i in organisation_ids), key=lambda o: (o.key, o.id))
    rank = {p.id: n for n, p in enumerate(persons)}
    res = resolution.get_resolution(session, seminar_id)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Kafedra {__version__}",
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "organisations": [
            {
                "id": o.id,
                "full_name": o.full_name,
                "short_name": o.short_name,
                "city": o.city,
                "region": o.region,
            }
            for o in orgs
        ],
        "people": [_person(p) for p in persons],
        "seminar": {
            "uid": record.uid,
            "title": record.title,
            "subtitle": record.subtitle,
            "kind": record.kind.value,
            "format": record.format.value,
            "starts_at": _when(record.starts_at),
            "ends_at": _when(record.ends_at),
            "venue_address": record.venue_address,
            "venue_room": record.venue_room,
            "stream_url": record.stream_url,
            "recording_url": record.recording_url,
            "registration_url": record.registration_url,
            "organiser_id": record.organiser_id,
            "organiser_department": record.organiser_department,
            "language": record.language.value,
            "status": record.status.value,
            "academic_hours": record.academic_hours,
            "audience": record.audience,
            "notes": record.notes,
            "partners": [{"organisation_id": p.organisation_id, "role": p.role.value} for p in record.partners],
        },
        "programme": {
            "talks": [_talk(t) for t in prog.loose_talks],
            "blocks": [
                {
                    "title": b.title,
                    "starts_at": _when(b.starts_at),
                    "room": b.room,
                    "notes": b.notes,
                    "moderator_ids": [m.person_id for m in b.moderators],
                    "talks": [_talk(t) for t in b.talks],
                }
                for b in prog.blocks
            ],
        },
        "participants": [_participant(p) for p in sorted(participations, key=lambda p: (rank[p.person_id], p.id))],
        "resolution": {
            "preamble": res.preamble,
            "adopted_on": _when(res.adopted_on),
            "items": [{"section": i.section.value, "text": i.text} for i in res.items],
        },
    }


def _person(p: Person) -> Json:
    return {
        "id": p.id,
        "surname": p.surname,
        "given_name": p.given_name,
        "patronymic": p.patronymic,
        "gender": p.gender,
        "position": p.position,
        "degree": p.degree,
        "organisation_id": p.organisation_id,
        "city": p.city,
        "email": p.email,
        "phone": p.phone,
        "notes": p.notes,
        "dative": {f.language: f.dative for f in p.name_forms},
    }


def _talk(t: TalkRecord) -> Json:
    return {
        "title": t.title,
        "kind": t.kind.value,
        "duration_minutes": t.duration_minutes,
        "pinned_start": _when(t.pinned_start),
        "mode": t.mode.value,
        "materials_url": t.materials_url,
        "notes": t.notes,
        "speaker_ids": [s.person_id for s in t.speakers],
    }


def _participant(p: Participation) -> Json:
    c = p.certificate
    return {
        "person_id": p.person_id,
        "role": p.role,
        "mode": p.mode,
        "registered_at": _when(p.registered_at),
        "attended": p.attended,
        "certificate": None
        if c is None
        else {
            "number": c.number,
            "year": c.year,
            "sequence": c.sequence,
            "kind": c.kind,
            "issued_on": _when(c.issued_on),
        },
    }


# --- import ------------------------------------------------------------------------------------------


def validate(document: Any) -> Json:
    """Check a parsed document against the schema; the message names the place of the first fault."""
    if isinstance(document, dict) and document.get("format") == FORMAT:
        version = document.get("format_version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise ExchangeFormatError(
                f"the file is in exchange format version {version}, made by a newer Kafedra"
                f" (this one reads version {FORMAT_VERSION})"
            )
    try:
        jsonschema.validate(document, schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path) or "the top level"
        raise ExchangeFormatError(f"not a Kafedra seminar file: at {where}: {exc.message[:200]}") from exc
    result: Json = document
    return result


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def import_seminar(session: Session, document: Any, as_copy: bool = False) -> tuple[int, list[str]]:
    """Create the seminar a document describes; return its id and warnings about what could not be kept.

    People and organisations already in the directory are matched, not duplicated. A seminar whose uid is
    already here is refused, unless `as_copy` gives the copy a new identity.
    """
    doc = validate(document)
    data = doc["seminar"]
    existing = seminars.find_seminar_by_uid(session, data["uid"])
    if existing is not None and not as_copy:
        raise ExchangeFormatError(
            f"this seminar is already in the database (id {existing}); import it as a copy to keep both"
        )
    try:
        return _import(session, doc, uid=None if as_copy else data["uid"])
    except ValueError as exc:  # a date the schema's pattern let through but the calendar does not have
        raise ExchangeFormatError(f"not a Kafedra seminar file: {exc}") from exc


def _import(session: Session, doc: Json, uid: str | None) -> tuple[int, list[str]]:
    warnings: list[str] = []
    org_ids: dict[int, int] = {}
    for o in doc["organisations"]:
        org_ids[o["id"]] = organisations.find_or_create_organisation(
            session, OrganisationData(o["full_name"], o["short_name"], o["city"], o["region"])
        )
    person_ids: dict[int, int] = {}
    for p in doc["people"]:
        person_ids[p["id"]] = _import_person(session, p, org_ids)

    def org(ref: int | None) -> int | None:
        return None if ref is None else _ref(org_ids, ref, "organisation")

    def person(ref: int) -> int:
        return _ref(person_ids, ref, "person")

    s = doc["seminar"]
    seminar_id = seminars.create_seminar(
        session,
        SeminarData(
            title=s["title"],
            subtitle=s["subtitle"],
            kind=SeminarKind(s["kind"]),
            format=EventFormat(s["format"]),
            starts_at=dt.datetime.fromisoformat(s["starts_at"]),
            ends_at=dt.datetime.fromisoformat(s["ends_at"]),
            venue_address=s["venue_address"],
            venue_room=s["venue_room"],
            stream_url=s["stream_url"],
            recording_url=s["recording_url"],
            registration_url=s["registration_url"],
            organiser_id=org(s["organiser_id"]),
            organiser_department=s["organiser_department"],
            language=Language(s["language"]),
            status=SeminarStatus(s["status"]),
            academic_hours=s["academic_hours"],
            audience=s["audience"],
            notes=s["notes"],
        ),
        uid=uid,
    )
    seminars.set_partners(
        session,
        seminar_id,
        [(_ref(org_ids, p["organisation_id"], "organisation"), PartnerRole(p["role"])) for p in s["partners"]],
    )
    for t in doc["programme"]["talks"]:
        programme.add_talk(session, seminar_id, _talk_data(t, person))
    for b in doc["programme"]["blocks"]:
        block_id = programme.add_block(
            session,
            seminar_id,
            BlockData(
                title=b["title"],
                starts_at=dt.datetime.fromisoformat(b["starts_at"]),
                room=b["room"],
                notes=b["notes"],
                moderator_ids=tuple(person(i) for i in b["moderator_ids"]),
            ),
        )
        for t in b["talks"]:
            programme.add_talk(session, seminar_id, _talk_data(t, person), block_id=block_id)
    for p in doc["participants"]:
        warning = _import_participant(session, seminar_id, p, person(p["person_id"]))
        if warning:
            warnings.append(warning)
    r = doc["resolution"]
    if r["preamble"] or r["adopted_on"] or r["items"]:
        resolution.set_preamble(session, seminar_id, r["preamble"], _date(r["adopted_on"]))
        for item in r["items"]:
            resolution.add_item(session, seminar_id, ResolutionSection(item["section"]), item["text"])
    return seminar_id, warnings


def _ref(table: dict[int, int], ref: int, what: str) -> int:
    if ref not in table:
        raise ExchangeFormatError(f"not a Kafedra seminar file: it refers to {what} {ref}, which it does not list")
    return table[ref]


def _import_person(session: Session, p: Json, org_ids: dict[int, int]) -> int:
    organisation_id = None if p["organisation_id"] is None else _ref(org_ids, p["organisation_id"], "organisation")
    person_id, _created = people.find_or_create_person(
        session,
        PersonData(
            surname=p["surname"],
            given_name=p["given_name"],
            patronymic=p["patronymic"],
            gender=Gender(p["gender"]),
            position=p["position"],
            degree=p["degree"],
            organisation_id=organisation_id,
            city=p["city"],
            email=p["email"],
            phone=p["phone"],
            notes=p["notes"],
        ),
    )
    known = people.get_person(session, person_id).dative
    for language, dative in p["dative"].items():
        if Language(language) not in known:
            people.set_dative(session, person_id, Language(language), dative)
    return person_id


def _talk_data(t: Json, person: Any) -> TalkData:
    return TalkData(
        title=t["title"],
        kind=TalkKind(t["kind"]),
        duration_minutes=t["duration_minutes"],
        pinned_start=_datetime(t["pinned_start"]),
        mode=Mode(t["mode"]),
        materials_url=t["materials_url"],
        notes=t["notes"],
        speaker_ids=tuple(person(i) for i in t["speaker_ids"]),
    )


def _import_participant(session: Session, seminar_id: int, p: Json, person_id: int) -> str | None:
    participation_id, _ = register(
        session,
        seminar_id,
        person_id,
        role=Role(p["role"]),
        mode=Mode(p["mode"]),
        registered_at=dt.datetime.fromisoformat(p["registered_at"]),
        attended=p["attended"],
    )
    c = p["certificate"]
    if c is None:
        return None
    if session.scalars(select(Certificate.id).where(Certificate.number == c["number"])).first() is not None:
        return f"certificate {c['number']} is already in this database's register; it was not attached twice"
    participation = session.get_one(Participation, participation_id)
    row = Certificate(
        number=c["number"],
        year=c["year"],
        sequence=c["sequence"],
        kind=CertificateKind(c["kind"]).value,
        issued_on=dt.date.fromisoformat(c["issued_on"]),
        person_id=person_id,
        seminar_id=seminar_id,
        person_name=people.get_person(session, person_id).full_name,
        seminar_title=session.get_one(Seminar, seminar_id).title,
    )
    session.add(row)
    session.flush()
    participation.certificate_id = row.id
    # later numbers of that year continue after the imported ones, so none is issued twice
    counter = session.get(CertificateCounter, c["year"])
    if counter is None:
        session.add(CertificateCounter(year=c["year"], last_sequence=c["sequence"]))
    elif counter.last_sequence < c["sequence"]:
        counter.last_sequence = c["sequence"]
    session.flush()
    return None


def loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeFormatError(f"not a JSON file (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc


def dumps(document: Json) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
