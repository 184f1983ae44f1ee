"""The participant list and the certificate register as CSV and XLSX, with headings in the seminar's language.

The participant list uses the very headings the importer recognises, so a list exported from one database
imports into another with every column mapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.domain.enums import CertificateKind, Language, Mode, Role
from desktop.domain.records import CertificateRecord
from desktop.exports.tabular import Cell, csv_bytes, xlsx_bytes

TableFormat = Literal["csv", "xlsx"]


@dataclass(frozen=True)
class ParticipantLine:
    surname: str
    given_name: str
    patronymic: str
    position: str
    organisation: str
    city: str
    email: str
    phone: str
    mode: Mode
    role: Role
    attended: bool
    certificate_number: str


@dataclass(frozen=True)
class ParticipantList:
    seminar_id: int
    seminar_title: str
    language: Language
    lines: tuple[ParticipantLine, ...]


_PARTICIPANT_HEADINGS = {
    Language.RU: ("№", "Фамилия", "Имя", "Отчество", "Должность", "Организация", "Город", "E-mail", "Телефон",
                  "Форма участия", "Роль", "Присутствовал(а)", "Номер сертификата"),
    Language.UK: ("№", "Прізвище", "Ім'я", "По батькові", "Посада", "Організація", "Місто", "E-mail", "Телефон",
                  "Форма участі", "Роль", "Був(ла) присутній(я)", "Номер сертифіката"),
    Language.EN: ("No.", "Surname", "Given name", "Patronymic", "Position", "Organisation", "City", "E-mail", "Phone",
                  "Participation", "Role", "Attended", "Certificate number"),
}  # fmt: skip
_MODES = {
    Language.RU: {Mode.IN_PERSON: "очно", Mode.ONLINE: "дистанционно"},
    Language.UK: {Mode.IN_PERSON: "очно", Mode.ONLINE: "дистанційно"},
    Language.EN: {Mode.IN_PERSON: "in person", Mode.ONLINE: "online"},
}
_ROLES = {
    Language.RU: {Role.PARTICIPANT: "участник", Role.SPEAKER: "докладчик", Role.MODERATOR: "модератор",
                  Role.ORGANISER: "организатор", Role.GUEST: "гость"},
    Language.UK: {Role.PARTICIPANT: "учасник", Role.SPEAKER: "доповідач", Role.MODERATOR: "модератор",
                  Role.ORGANISER: "організатор", Role.GUEST: "гість"},
    Language.EN: {Role.PARTICIPANT: "participant", Role.SPEAKER: "speaker", Role.MODERATOR: "moderator",
                  Role.ORGANISER: "organiser", Role.GUEST: "guest"},
}  # fmt: skip
_YES = {Language.RU: "да", Language.UK: "так", Language.EN: "yes"}
_SHEET = {Language.RU: "Участники", Language.UK: "Учасники", Language.EN: "Participants"}

_REGISTER_HEADINGS = {
    Language.RU: ("№", "Номер сертификата", "ФИО", "Мероприятие", "Дата выдачи", "Вид"),
    Language.UK: ("№", "Номер сертифіката", "ПІБ", "Захід", "Дата видачі", "Вид"),
    Language.EN: ("No.", "Certificate number", "Full name", "Event", "Issued on", "Kind"),
}
_KINDS = {
    Language.RU: {CertificateKind.PARTICIPANT: "участник", CertificateKind.SPEAKER: "докладчик"},
    Language.UK: {CertificateKind.PARTICIPANT: "учасник", CertificateKind.SPEAKER: "доповідач"},
    Language.EN: {CertificateKind.PARTICIPANT: "participant", CertificateKind.SPEAKER: "speaker"},
}
_REGISTER_SHEET = {Language.RU: "Реестр", Language.UK: "Реєстр", Language.EN: "Register"}


def _render(fmt: TableFormat, headers: tuple[str, ...], rows: list[list[Cell]], sheet: str) -> bytes:
    return csv_bytes(headers, rows) if fmt == "csv" else xlsx_bytes(headers, rows, sheet)


def participants_table(data: ParticipantList, fmt: TableFormat) -> bytes:
    language = data.language
    rows: list[list[Cell]] = [
        [
            number,
            line.surname,
            line.given_name,
            line.patronymic,
            line.position,
            line.organisation,
            line.city,
            line.email,
            line.phone,
            _MODES[language][line.mode],
            _ROLES[language][line.role],
            _YES[language] if line.attended else "",
            line.certificate_number,
        ]
        for number, line in enumerate(data.lines, start=1)
    ]
    return _render(fmt, _PARTICIPANT_HEADINGS[language], rows, _SHEET[language])


def register_table(records: list[CertificateRecord], fmt: TableFormat, language: Language = Language.RU) -> bytes:
    rows: list[list[Cell]] = [
        [number, r.number, r.person_name, r.seminar_title, r.issued_on, _KINDS[language][r.kind]]
        for number, r in enumerate(records, start=1)
    ]
    return _render(fmt, _REGISTER_HEADINGS[language], rows, _REGISTER_SHEET[language])
