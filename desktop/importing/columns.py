"""Which column holds what: the fields an import knows and the header wordings that name them.

Headers come from registration forms written by hand in Russian, Ukrainian or English («Фамилия, имя,
отчество», «ПІБ», «Ваш e-mail», «Full name»). A header is folded (case, ё, punctuation) and compared word by
word with the wordings below: first as a whole, then as a phrase inside a longer question («Укажите ваш
номер телефона»). The guess is only a proposal: the mapping dialog shows it and the user may change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.names import fold
from desktop.importing.errors import ImportFileError


class Field(StrEnum):
    FULL_NAME = "full_name"
    SURNAME = "surname"
    GIVEN_NAME = "given_name"
    PATRONYMIC = "patronymic"
    POSITION = "position"
    ORGANISATION = "organisation"
    CITY = "city"
    EMAIL = "email"
    PHONE = "phone"
    MODE = "mode"
    ROLE = "role"


FIELD_LABELS = {
    Field.FULL_NAME: "full name",
    Field.SURNAME: "surname",
    Field.GIVEN_NAME: "given name",
    Field.PATRONYMIC: "patronymic",
    Field.POSITION: "position",
    Field.ORGANISATION: "organisation",
    Field.CITY: "city",
    Field.EMAIL: "e-mail",
    Field.PHONE: "phone",
    Field.MODE: "participation format",
    Field.ROLE: "role",
}

# Folded wordings, most specific field first: «фамилия имя отчество» must become FULL_NAME before «фамилия»
# alone is tried. Each entry is a phrase of whole words.
_WORDINGS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (
        Field.FULL_NAME,
        (
            "фио", "ф и о", "фамилия имя отчество", "фамилия и имя", "фамилия имя", "имя и фамилия",
            "фамилия имя отчество полностью", "пиб", "піб", "п і б", "прізвище ім я по батькові",
            "прізвище імя по батькові", "прізвище та ім я", "прізвище ім я", "ім я та прізвище",
            "full name", "name", "participant", "your name", "имя участника", "участник", "учасник",
            "ваше имя", "ваше ім я", "name and surname", "first and last name",
        ),
    ),
    (Field.SURNAME, ("фамилия", "прізвище", "surname", "last name", "family name", "lastname")),
    (Field.PATRONYMIC, ("отчество", "по батькові", "по батькови", "patronymic", "middle name", "father s name")),
    (Field.GIVEN_NAME, ("имя", "ім я", "імя", "first name", "given name", "firstname", "forename")),
    (
        Field.POSITION,
        ("должность", "посада", "position", "job title", "job", "role at work", "занимаемая должность"),
    ),
    (
        Field.ORGANISATION,
        (
            "организация", "учреждение", "место работы", "наименование учреждения", "наименование организации",
            "название организации", "название учреждения", "название библиотеки", "назва організації",
            "назва закладу", "назва бібліотеки",
            "библиотека", "організація", "установа", "заклад", "місце роботи", "назва установи", "бібліотека",
            "organisation", "organization", "institution", "affiliation", "library", "employer", "company",
        ),
    ),
    (
        Field.CITY,
        (
            "город", "населенный пункт", "населённый пункт", "місто", "населений пункт", "city", "town",
            "locality", "громада",
        ),
    ),
    (
        Field.EMAIL,
        (
            "e mail", "email", "эл почта", "электронная почта", "адрес электронной почты", "почта", "емейл",
            "емэйл", "електронна пошта", "ел пошта", "пошта", "адреса електронної пошти", "mail", "e mail address",
        ),
    ),
    (Field.PHONE, ("телефон", "тел", "номер телефона", "мобильный", "номер телефону", "phone", "mobile", "tel")),
    (
        Field.MODE,
        (
            "форма участия", "формат участия", "формат", "участие", "форма участі", "формат участі", "участь",
            "participation", "attendance", "mode", "format", "how will you attend", "очно или дистанционно",
            "очно дистанционно", "очно онлайн",
        ),
    ),
    (Field.ROLE, ("роль", "статус участника", "роль участника", "роль учасника", "role", "участвую как")),
)  # fmt: skip

_NON_WORD = re.compile(r"[\W_]+")
# words that name a field when they are the whole header, but mean little inside a longer question
_TOO_LOOSE = frozenset({"name", "mail", "tel", "тел", "job", "mode", "format", "формат", "участие", "участь"})


def header_key(header: str) -> str:
    """A header reduced to folded words: «Ф.И.О.:» and «фио» coincide."""
    return " ".join(_NON_WORD.sub(" ", fold(header)).split())


_EXACT = {header_key(w): f for f, wordings in _WORDINGS for w in wordings}
_PHRASES = tuple((f, tuple(header_key(w) for w in wordings)) for f, wordings in _WORDINGS)


def guess_field(header: str) -> Field | None:
    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    padded = f" {key} "
    # a question that names both the surname and the given name asks for the whole name
    if any(f" {w} " in padded for w in ("фамилия", "прізвище", "surname")) and any(
        f" {w} " in padded for w in ("имя", "ім я", "імя", "name")
    ):
        return Field.FULL_NAME
    for candidate, phrases in _PHRASES:
        if any(f" {p} " in padded for p in phrases if p not in _TOO_LOOSE):
            return candidate
    return None


@dataclass(frozen=True)
class ColumnMapping:
    """The field of each column, in column order; None means the column is not imported."""

    fields: tuple[Field | None, ...]

    def column(self, wanted: Field) -> int | None:
        try:
            return self.fields.index(wanted)
        except ValueError:
            return None

    @property
    def has_name(self) -> bool:
        return Field.FULL_NAME in self.fields or Field.SURNAME in self.fields

    def describe(self, headers: tuple[str, ...]) -> list[str]:
        """«E-mail → e-mail» lines for a report or a log."""
        return [
            f"«{headers[i] if i < len(headers) else i + 1}» → {FIELD_LABELS[f]}"
            for i, f in enumerate(self.fields)
            if f is not None
        ]


def guess_mapping(headers: tuple[str, ...]) -> ColumnMapping:
    """One field per column at most and each field once: the first column that names a field gets it."""
    taken: set[Field] = set()
    fields: list[Field | None] = []
    for header in headers:
        guessed = guess_field(header)
        if guessed is not None and guessed not in taken:
            taken.add(guessed)
            fields.append(guessed)
        else:
            fields.append(None)
    return ColumnMapping(tuple(fields))


def check_mapping(mapping: ColumnMapping, headers: tuple[str, ...], source: str) -> ColumnMapping:
    """Refuse a mapping that cannot import anyone; pad or trim it to the header's width."""
    fields = (mapping.fields + (None,) * len(headers))[: len(headers)]
    chosen = [f for f in fields if f is not None]
    duplicates = sorted({f.value for f in chosen if chosen.count(f) > 1})
    if duplicates:
        raise ImportFileError(f"{source}: more than one column is mapped to {', '.join(duplicates)}")
    checked = ColumnMapping(fields)
    if not checked.has_name:
        shown = ", ".join(f"«{h}»" for h in headers if h)[:200] or "none"
        raise ImportFileError(
            f"{source}: no column with people's names (expected a header such as «ФИО», «Фамилия», «ПІБ»"
            f" or «Full name»; the headers are {shown})"
        )
    return checked


def header_row_index(candidates: list[tuple[str, ...]]) -> int:
    """Among the first non-blank rows, the header is the first that names a name column (a title may sit above)."""
    for index, cells in enumerate(candidates):
        if guess_mapping(tuple(cells)).has_name:
            return index
    return 0
