"""Turning one row of a registration table into clean values, and saying what was changed or left out.

Pure string work: no database, no file. Every change a user would want to know about becomes a `RowNote`
with the row number the spreadsheet shows; trimming spaces is not reported (nobody can see it).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desktop.domain import names
from desktop.domain.enums import Mode, Role
from desktop.importing.columns import FIELD_LABELS, ColumnMapping, Field
from desktop.importing.reading import SourceRow


class NoteKind(StrEnum):
    SKIPPED = "skipped"  # the row was not imported
    LEFT_OUT = "left_out"  # a value was not imported, the person was
    FORMULA = "formula"  # a cell starting with «=» kept as plain text
    CHANGED = "changed"  # a value was imported in another form (name case, several e-mails)
    ASSUMED = "assumed"  # a value was not understood and a default was used
    MERGED = "merged"  # the row repeats an earlier row
    MATCHED = "matched"  # the row is a person already in the directory
    ALREADY = "already"  # the person was already registered for the seminar


@dataclass(frozen=True, slots=True)
class RowNote:
    row: int
    kind: NoteKind
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}"


class CleanRow(NamedTuple):
    """What a row says, cleaned. `mode` and `role` are None when the file does not say.

    A named tuple rather than a frozen dataclass: an import makes one per row, and a tuple is made in a
    fraction of the time and memory.
    """

    row: int
    surname: str
    given_name: str
    patronymic: str
    position: str = ""
    organisation: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    mode: Mode | None = None
    role: Role | None = None

    @property
    def full_name(self) -> str:
        return names.full_name(self.surname, self.given_name, self.patronymic)


# pragmatic, not RFC 5322: one @, no spaces or separators, a dot in the domain (Cyrillic domains allowed)
_EMAIL = re.compile(
    r"[^@\s<>()\[\]\\,;:\"]+@[^@\s<>()\[\]\\,;:\"._-][^@\s<>()\[\]\\,;:\"]*\.[^@\s<>()\[\]\\,;:\".\d]{2,}"
)
_EMAIL_SEPARATORS = re.compile(r"[\s,;]+")
_PHONE_ALLOWED = re.compile(r"[\d\s()+\-.–/]+")
_PHONE_EXTENSION = re.compile(r"\s*(?:доб|вн|ext|x)\.?\s*\d{1,6}\s*$", re.IGNORECASE)
_PHONE_SEPARATORS = re.compile(r"\s*[,;]\s*")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 5, 15  # a village number «2-15-47» up to E.164's limit

_MODE_PREFIXES = (
    (Mode.ONLINE, ("дистанц", "онлайн", "он-лайн", "заочн", "удален", "дистанційн", "віддален", "online",
                   "on-line", "remote", "zoom", "трансляц", "вебинар", "вебінар", "virtual", "по видео")),
    (Mode.IN_PERSON, ("очн", "лично", "в зале", "офлайн", "оффлайн", "присутств", "особисто", "в залі",
                      "offline", "in person", "in-person", "on site", "onsite")),
)  # fmt: skip
_ROLE_PREFIXES = (
    (Role.SPEAKER, ("доклад", "спикер", "выступ", "доповід", "лектор", "speaker", "presenter")),
    (Role.MODERATOR, ("модерат", "ведущ", "moderator", "chair")),
    (Role.ORGANISER, ("организ", "організ", "organi")),
    (Role.GUEST, ("гост", "гість", "guest")),
    (Role.PARTICIPANT, ("участ", "учасн", "слушат", "слухач", "participant", "attendee", "listener")),
)


@functools.lru_cache(maxsize=65536)
def _name_case(text: str) -> str:
    return names.normal_name_case(text)


@functools.lru_cache(maxsize=4096)
def organisation_key(name: str) -> str:
    """Cached: a registration file names the same few organisations on many rows."""
    return names.organisation_key(name)


@functools.lru_cache(maxsize=65536)
def _split(text: str) -> tuple[str, str, str]:
    return names.split_full_name(text)


@functools.lru_cache(maxsize=64)
def _columns(mapping: ColumnMapping) -> dict[Field, int]:
    """Each mapped field's column, as `ColumnMapping.column` finds it (the first), worked out once per mapping."""
    return {field: index for index, field in reversed(list(enumerate(mapping.fields))) if field is not None}


def _by_prefix(text: str, table: tuple[tuple[StrEnum, tuple[str, ...]], ...]) -> StrEnum | None:
    folded = names.fold(text)
    for value, prefixes in table:
        if folded.startswith(prefixes) or any(f" {p}" in f" {folded}" for p in prefixes if " " in p):
            return value
    return None


@functools.lru_cache(maxsize=1024)  # a file says «очно» or «дистанционно» on every row
def parse_mode(text: str) -> Mode | None:
    value = _by_prefix(text, _MODE_PREFIXES)
    return Mode(value) if value is not None else None


@functools.lru_cache(maxsize=1024)
def parse_role(text: str) -> Role | None:
    value = _by_prefix(text, _ROLE_PREFIXES)
    return Role(value) if value is not None else None


def is_email(text: str) -> bool:
    return _EMAIL.fullmatch(text) is not None and ".." not in text


def is_phone(text: str) -> bool:
    for part in _PHONE_SEPARATORS.split(text):
        bare = _PHONE_EXTENSION.sub("", part)
        if not _PHONE_ALLOWED.fullmatch(bare):
            return False
        digits = sum(ch.isdigit() for ch in bare)
        if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS or "+" in bare.lstrip()[1:]:
            return False
    return True


class _RowCleaner:
    __slots__ = ("cells", "columns", "notes", "number")

    def __init__(self, row: SourceRow, mapping: ColumnMapping) -> None:
        self.number, self.cells, self.columns = row.number, row.cells, _columns(mapping)
        self.notes: list[RowNote] = []

    def note(self, kind: NoteKind, message: str) -> None:
        self.notes.append(RowNote(self.number, kind, message))

    def cell(self, wanted: Field) -> str:
        index = self.columns.get(wanted)
        if index is None or index >= len(self.cells):
            return ""
        value = names.collapse_spaces(self.cells[index])
        if value.startswith("="):
            self.note(NoteKind.FORMULA, f"{FIELD_LABELS[wanted]} «{value[:60]}» starts with «=», kept as plain text")
        return value

    def name(self) -> tuple[str, str, str]:
        surname, given, patronymic = self.cell(Field.SURNAME), self.cell(Field.GIVEN_NAME), self.cell(Field.PATRONYMIC)
        full = self.cell(Field.FULL_NAME)
        if not surname and full:
            surname, given, patronymic = _split(full)
            # a separate given name or patronymic column wins over the words guessed from the full name
            given = self.cell(Field.GIVEN_NAME) or given
            patronymic = self.cell(Field.PATRONYMIC) or patronymic
        elif surname and not given and not patronymic and len(surname.split()) >= 3:
            # the whole name typed into the surname box of a form
            written = surname
            surname, given, patronymic = _split(surname)
            self.note(
                NoteKind.CHANGED, f"«{written}» in the surname column split into surname, given name and patronymic"
            )
        fixed = _name_case(surname), _name_case(given), _name_case(patronymic)
        if fixed != (surname, given, patronymic):
            typed, written = names.full_name(surname, given, patronymic), names.full_name(*fixed)
            self.note(NoteKind.CHANGED, f"name «{typed}» written as «{written}»")
        return fixed

    def email(self) -> str:
        return _email(self.cell(Field.EMAIL), self.notes, self.number)

    def phone(self) -> str:
        return _phone(self.cell(Field.PHONE), self.notes, self.number)

    def mode(self) -> Mode | None:
        return _mode(self.cell(Field.MODE), self.notes, self.number)

    def role(self) -> Role | None:
        return _role(self.cell(Field.ROLE), self.notes, self.number)


def _email(value: str, notes: list[RowNote], number: int) -> str:
    if value.lower().startswith("mailto:"):
        value = value[7:].strip()
    if not value or is_email(value):
        return value
    addresses = [a for a in _EMAIL_SEPARATORS.split(value) if a]
    if len(addresses) > 1 and all(is_email(a) for a in addresses):
        notes.append(RowNote(number, NoteKind.CHANGED, f"several e-mails «{value[:80]}», the first kept"))
        return addresses[0]
    notes.append(RowNote(number, NoteKind.LEFT_OUT, f"malformed e-mail «{value[:80]}», left out"))
    return ""


def _phone(value: str, notes: list[RowNote], number: int) -> str:
    if not value or is_phone(value):
        return value
    notes.append(RowNote(number, NoteKind.LEFT_OUT, f"malformed phone «{value[:80]}», left out"))
    return ""


def _mode(value: str, notes: list[RowNote], number: int) -> Mode | None:
    mode = parse_mode(value) if value else None
    if value and mode is None:
        message = f"participation format «{value[:60]}» not understood, the seminar's default used"
        notes.append(RowNote(number, NoteKind.ASSUMED, message))
    return mode


def _role(value: str, notes: list[RowNote], number: int) -> Role | None:
    role = parse_role(value) if value else None
    if value and role is None:
        notes.append(RowNote(number, NoteKind.ASSUMED, f"role «{value[:60]}» not understood, participant assumed"))
    return role


# the fields in the order the fast way reads them
_FAST_FIELDS = (
    Field.SURNAME,
    Field.GIVEN_NAME,
    Field.PATRONYMIC,
    Field.ORGANISATION,
    Field.POSITION,
    Field.CITY,
    Field.EMAIL,
    Field.PHONE,
    Field.MODE,
    Field.ROLE,
)


@functools.lru_cache(maxsize=64)
def _fast_columns(mapping: ColumnMapping) -> tuple[Callable[[tuple[str, ...]], tuple[str, ...]], int]:
    """What picks `_FAST_FIELDS`' cells from a row's cells with "" added at the end, and the width it needs.

    Each field's column is the one `_columns` finds; a field the mapping leaves out picks the "" at the end.
    """
    columns = _columns(mapping)
    indices = [columns.get(field, -1) for field in _FAST_FIELDS]
    return operator.itemgetter(*indices), max(indices) + 1


def _tidy(joined: str) -> bool:
    """Cells joined by «|» have no space but single « » inside them (a «|» in a cell only makes this say no).

    Every space but « » is unprintable (as are the invisible characters, which only make this say no too).
    """
    return (
        joined.isprintable()
        and "  " not in joined
        and " |" not in joined
        and "| " not in joined
        and not joined.startswith(" ")
        and not joined.endswith(" ")
    )


def _fixed_case(text: str) -> str:
    """`_name_case` of a collapsed cell; one word in mixed case («Иванова», «МакДональд») is kept as typed."""
    if " " not in text and not (text.isupper() or text.islower()):
        return text
    return _name_case(text)


def _clean_plain_row(row: SourceRow, mapping: ColumnMapping) -> tuple[CleanRow | None, list[RowNote]] | None:
    """`clean_row` of a row with a surname, no «=» anywhere and no whole name in the surname column; else None.

    Nearly every row of a registration file is such a row. Every cell is read once and the steps of
    `_RowCleaner` that cannot apply to it are left out; what remains is the same code in the same order.
    """
    cells = row.cells
    joined = "|".join(cells)
    if "=" in joined:
        return None
    pick, width = _fast_columns(mapping)
    if len(cells) < width:  # a short row: the full rules read its missing cells as ""
        return None
    values = pick((*cells, ""))
    if not _tidy(joined):  # else every cell is already as collapse_spaces would leave it
        values = tuple(" ".join(value.split()) for value in values)
    surname, given, patronymic, organisation, position, city, email, phone, mode, role = values
    if not surname or (not given and not patronymic and len(surname.split()) >= 3):
        return None
    fixed = _fixed_case(surname), _fixed_case(given), _fixed_case(patronymic)
    number = row.number
    notes: list[RowNote] = []
    if fixed != (surname, given, patronymic):
        typed, written = names.full_name(surname, given, patronymic), names.full_name(*fixed)
        notes.append(RowNote(number, NoteKind.CHANGED, f"name «{typed}» written as «{written}»"))
    surname, given, patronymic = fixed
    if not (surname[:1].isalnum() or any(ch.isalnum() for ch in surname)):
        return None, [RowNote(number, NoteKind.SKIPPED, "no name, skipped")]
    if organisation and not organisation_key(organisation):
        organisation = ""
    clean = CleanRow(
        number,
        surname,
        given,
        patronymic,
        position,
        organisation,
        city,
        _email(email, notes, number) if email else "",
        _phone(phone, notes, number) if phone else "",
        _mode(mode, notes, number) if mode else None,
        _role(role, notes, number) if role else None,
    )
    return clean, notes


def clean_row(row: SourceRow, mapping: ColumnMapping) -> tuple[CleanRow | None, list[RowNote]]:
    """The cleaned row (None when it is skipped) and the notes about it. Blank rows give (None, [])."""
    if row.is_blank:
        return None, []
    plain = _clean_plain_row(row, mapping)
    return plain if plain is not None else _clean_row_in_full(row, mapping)


def _clean_row_in_full(row: SourceRow, mapping: ColumnMapping) -> tuple[CleanRow | None, list[RowNote]]:
    """Every rule, cell by cell: the way of rows `_clean_plain_row` leaves (and the reference its tests use)."""
    cleaner = _RowCleaner(row, mapping)
    surname, given, patronymic = cleaner.name()
    if not (surname[:1].isalnum() or any(ch.isalnum() for ch in surname)):
        # a row with an e-mail or an organisation but nobody's name cannot become a person
        return None, [RowNote(row.number, NoteKind.SKIPPED, "no name, skipped")]
    organisation = cleaner.cell(Field.ORGANISATION)
    if not organisation_key(organisation):
        organisation = ""  # «—», «-», «?»: a form's way of saying there is none
    mapped = cleaner.columns  # a column the file does not have gives "" or None and no note: skip the call
    clean = CleanRow(
        row=row.number,
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        position=cleaner.cell(Field.POSITION) if Field.POSITION in mapped else "",
        organisation=organisation,
        city=cleaner.cell(Field.CITY) if Field.CITY in mapped else "",
        email=cleaner.email() if Field.EMAIL in mapped else "",
        phone=cleaner.phone() if Field.PHONE in mapped else "",
        mode=cleaner.mode() if Field.MODE in mapped else None,
        role=cleaner.role() if Field.ROLE in mapped else None,
    )
    return clean, cleaner.notes
